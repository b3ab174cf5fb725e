import type { RichText } from '../model/text.js';

/** Rich cell text as one line: paragraphs and bullet items joined by spaces (for terminals, diffs, pages). */
export function plainText(text: RichText): string {
  return text
    .map((b) => b.text.trim())
    .filter(Boolean)
    .join(' ');
}
