// The roadmap table built from docx's own objects, as src/emit/docx/table.ts did before it wrote the markup
// itself. Tests build tables both ways and compare the XML: the direct writer must write what docx would.
import { AlignmentType, Paragraph, Tab, Table, TableCell, TableLayoutType, TableRow, TextRun, VerticalAlignTable, WidthType } from 'docx';
import type { RichText } from '../../src/model/text.js';
import { BULLET_INDENT, SINGLE, plainText, type Align } from '../../src/emit/docx/rich-cell.js';
import { estimateRowHeight, type TableSpec } from '../../src/emit/docx/table.js';

const CELL_MARGINS = { left: 85, right: 85, top: 0, bottom: 0 };

/**
 * A fixed-layout table: header row(s) repeated on every page, section rows spanning all columns, rows kept
 * whole on one page unless they are too tall to fit (those must be allowed to split or they'd be cut off).
 */
export function referenceTable(spec: TableSpec): Table {
  const { columns } = spec;
  const header = [
    new TableRow({
      tableHeader: true,
      cantSplit: true,
      children: columns.map((c) => cell(plainText(c.header), c.width, 'center', { bold: true, middle: true })),
    }),
  ];
  if (spec.columnNumbers) {
    header.push(
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: columns.map((c, i) => cell(plainText(String(i + 1)), c.width, 'center', {})),
      }),
    );
  }
  const total = columns.reduce((s, c) => s + c.width, 0);
  const splitAbove = spec.textHeight * 0.6;
  const body = spec.rows.map((row) => {
    if (row.kind === 'section') {
      return new TableRow({
        cantSplit: true,
        keepNext: true,
        children: [cell(plainText(row.text), total, 'center', { bold: true, span: columns.length })],
      });
    }
    const tall = estimateRowHeight(row.cells, columns, spec.fontSize) > splitAbove;
    return new TableRow({
      cantSplit: !tall,
      keepNext: row.keepWithNext,
      children: columns.map((c, i) => cell(row.cells[i] ?? [], c.width, c.align, {})),
    });
  });
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: total, type: WidthType.DXA },
    columnWidths: columns.map((c) => c.width),
    margins: CELL_MARGINS,
    rows: [...header, ...body],
  });
}

function cell(text: RichText, width: number, align: Align, o: { bold?: boolean; middle?: boolean; span?: number }): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    columnSpan: o.span,
    verticalAlign: o.middle ? VerticalAlignTable.CENTER : VerticalAlignTable.TOP,
    children: richParagraphs(text, align, { bold: o.bold }),
  });
}

/**
 * Paragraphs for rich cell text: each paragraph its own, bullet items as «–» with a hanging indent (plain
 * paragraphs rather than Word numbering, so every reader — LibreOffice, Word, Google Docs — shows them the same).
 * Always at least one paragraph: Word refuses a cell without one.
 */
function richParagraphs(text: RichText, align: Align = 'left', style: { bold?: boolean } = {}): Paragraph[] {
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

