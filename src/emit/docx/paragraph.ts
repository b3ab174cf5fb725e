import { escapeXml } from './table-xml.js';

/**
 * The body of our documents as data: paragraphs outside the tables (the approval stamp, the title block, a
 * report's headings) and tables already written as markup (table-xml.ts). package-xml.ts writes the markup of a
 * document from it; docx-writer.ts hands the same to docx for documents with a letterhead.
 */

/** A run of text. `bold: false` is written out (`<w:b w:val="false"/>`), as the title block always says. */
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

/** A body part whose WordprocessingML is already written: a table. */
export interface PrewrittenXml {
  kind: 'xml';
  xml: string;
}

export type BodyBlock = ParagraphSpec | PrewrittenXml;

export function paragraph(runs: readonly TextRunSpec[], options: Omit<ParagraphSpec, 'kind' | 'runs'> = {}): ParagraphSpec {
  return { kind: 'paragraph', ...options, runs };
}

/** An empty paragraph: a blank line. */
export const EMPTY_PARAGRAPH: ParagraphSpec = Object.freeze(paragraph([]));

/** The markup docx writes for the same paragraph (its property order: keepNext, spacing, ind, jc). */
export function paragraphXml(p: ParagraphSpec): string {
  let pPr = '';
  if (p.keepNext !== undefined) pPr += p.keepNext ? '<w:keepNext/>' : '<w:keepNext w:val="false"/>';
  if (p.spacing) pPr += `<w:spacing w:after="${p.spacing.after}" w:before="${p.spacing.before}"/>`;
  if (p.indentLeft !== undefined) pPr += `<w:ind w:left="${p.indentLeft}"/>`;
  if (p.align) pPr += `<w:jc w:val="${p.align}"/>`;
  let runs = '';
  for (const run of p.runs) {
    const rPr = run.bold === undefined ? '' : run.bold ? '<w:rPr><w:b/><w:bCs/></w:rPr>' : '<w:rPr><w:b w:val="false"/><w:bCs w:val="false"/></w:rPr>';
    runs += `<w:r>${rPr}<w:t xml:space="preserve">${escapeXml(run.text)}</w:t></w:r>`;
  }
  const content = (pPr ? `<w:pPr>${pPr}</w:pPr>` : '') + runs;
  return content ? `<w:p>${content}</w:p>` : '<w:p/>';
}
