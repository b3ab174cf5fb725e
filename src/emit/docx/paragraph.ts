import type { TableBlock } from './table.js';

/**
 * The body of our documents as data: paragraphs outside the tables (the approval stamp, the title block, a
 * report's headings) and tables (table.ts). docx-writer.ts turns it into docx objects; keeping it as plain data
 * lets the emitters lay a document out without loading docx.
 */

/** A run of text. `bold: false` is written out, as the title block always says. */
export interface TextRunSpec {
  text: string;
  bold?: boolean;
}

export interface ParagraphSpec {
  kind: 'paragraph';
  align?: 'center';
  /** Left indent in twips. */
  indentLeft?: number;
  /** Space before and after, in twips. */
  spacing?: { before: number; after: number };
  keepNext?: boolean;
  runs: readonly TextRunSpec[];
}

export type BodyBlock = ParagraphSpec | TableBlock;

export function paragraph(
  runs: readonly TextRunSpec[],
  options: Omit<ParagraphSpec, 'kind' | 'runs'> = {},
): ParagraphSpec {
  return { kind: 'paragraph', ...options, runs };
}

/** An empty paragraph: a blank line. */
export const EMPTY_PARAGRAPH: ParagraphSpec = Object.freeze(paragraph([]));
