import type { RichText } from '../../model/text.js';

export type Align = 'left' | 'center';

/** Hanging indent of a bullet item: «–», a tab, then the text aligned under itself. */
export const BULLET_INDENT = 284; // 5 mm

/** Single spacing, nothing before or after: set on every cell paragraph so a letterhead's Normal style can't bloat rows. */
export const SINGLE = { before: 0, after: 0, line: 240 } as const;

/** Rich text from plain lines, one paragraph each. */
export function plainText(...lines: string[]): RichText {
  return lines.filter((l) => l !== '').map((text) => ({ kind: 'paragraph', text }));
}
