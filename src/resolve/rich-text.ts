import type { Block, RichText } from '../model/text.js';

const BULLET = /^\s*(?:[-*•–—]|\u2022)\s+/;

/**
 * Reads a cell value written as lines of a block scalar (or a list of such strings) into paragraphs and
 * bullet items. Blank lines only separate; runs of spaces inside a line are kept as written.
 */
export function parseRichText(value: string | readonly string[] | undefined): RichText {
  if (value === undefined) return [];
  const chunks = typeof value === 'string' ? [value] : value;
  const blocks: Block[] = [];
  for (const chunk of chunks) {
    for (const raw of chunk.split(/\r?\n/)) {
      const line = raw.trim();
      if (line === '') continue;
      if (BULLET.test(raw)) blocks.push({ kind: 'bullet', text: raw.replace(BULLET, '').trim() });
      else blocks.push({ kind: 'paragraph', text: line });
    }
  }
  return blocks;
}

/** Plain text of rich text: paragraphs on their own lines, bullets prefixed with «– ». */
export function richTextToPlain(text: RichText, bullet = '– '): string {
  return text.map((b) => (b.kind === 'bullet' ? `${bullet}${b.text}` : b.text)).join('\n');
}

/** Source form of rich text, the way the YAML format writes it (bullets as «- »). */
export function richTextToSource(text: RichText): string {
  return richTextToPlain(text, '- ');
}
