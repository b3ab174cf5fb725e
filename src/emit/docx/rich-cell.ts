import { AlignmentType, Paragraph, Tab, TextRun } from '../../vendor/docx.js';
import type { RichText } from '../../model/text.js';

export type Align = 'left' | 'center';

/** Hanging indent of a bullet item: «–», a tab, then the text aligned under itself. */
const BULLET_INDENT = 284; // 5 mm

/** Single spacing, nothing before or after: set on every cell paragraph so a letterhead's Normal style can't bloat rows. */
export const SINGLE = { before: 0, after: 0, line: 240 } as const;

export interface RunStyle {
  bold?: boolean;
}

/**
 * Paragraphs for rich cell text: each paragraph its own, bullet items as «–» with a hanging indent (plain
 * paragraphs rather than Word numbering, so every reader — LibreOffice, Word, Google Docs — shows them the same).
 * Always at least one paragraph: Word refuses a cell without one.
 */
export function richParagraphs(text: RichText, align: Align = 'left', style: RunStyle = {}): Paragraph[] {
  const alignment = align === 'center' ? AlignmentType.CENTER : AlignmentType.LEFT;
  const paragraphs = text.map((block) =>
    block.kind === 'bullet'
      ? new Paragraph({
          alignment: AlignmentType.LEFT,
          spacing: SINGLE,
          indent: { left: BULLET_INDENT, hanging: BULLET_INDENT },
          tabStops: [{ type: 'left', position: BULLET_INDENT }],
          children: [new TextRun({ bold: style.bold, children: ['–', new Tab(), block.text] })],
        })
      : new Paragraph({ alignment, spacing: SINGLE, children: [new TextRun({ text: block.text, bold: style.bold })] }),
  );
  return paragraphs.length ? paragraphs : [new Paragraph({ alignment, spacing: SINGLE })];
}

/** Rich text from plain lines, one paragraph each. */
export function plainText(...lines: string[]): RichText {
  return lines.filter((l) => l !== '').map((text) => ({ kind: 'paragraph', text }));
}
