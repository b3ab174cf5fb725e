import { AlignmentType, Paragraph, Tab, Table, TableCell, TableLayoutType, TableRow, TextRun, VerticalAlignTable, WidthType } from 'docx';
import type { RichText } from '../../model/text.js';
import { BULLET_INDENT, SINGLE, type Align } from './rich-cell.js';
import type { TableBlock, TableCellBlock } from './table.js';

/**
 * docx's Table for a laid-out table (table.ts): fixed layout with the page's column widths, header rows repeated
 * on every page (`tableHeader`), rows kept whole (`cantSplit`) unless too tall, section rows across all columns
 * (`columnSpan`), every paragraph single-spaced so a letterhead's Normal style can't bloat the rows.
 */
export function docxTable(table: TableBlock): Table {
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: table.width, type: WidthType.DXA },
    columnWidths: [...table.columnWidths],
    margins: table.margins,
    rows: table.rows.map(
      (row) =>
        new TableRow({
          ...(row.header ? { tableHeader: true } : {}),
          cantSplit: row.cantSplit,
          ...(row.keepNext !== undefined ? { keepNext: row.keepNext } : {}),
          children: row.cells.map(docxCell),
        }),
    ),
  });
}

function docxCell(cell: TableCellBlock): TableCell {
  return new TableCell({
    width: { size: cell.width, type: WidthType.DXA },
    ...(cell.span !== undefined ? { columnSpan: cell.span } : {}),
    verticalAlign: cell.middle ? VerticalAlignTable.CENTER : VerticalAlignTable.TOP,
    children: cellParagraphs(cell.text, cell.align, cell.bold),
  });
}

/**
 * A paragraph per block of the cell's text; bullet items as «–», a tab and a hanging indent (plain paragraphs
 * rather than Word numbering, so LibreOffice, Word and Google Docs all show them the same). Always at least one
 * paragraph: Word refuses a cell without one.
 */
function cellParagraphs(text: RichText, align: Align, bold: boolean | undefined): Paragraph[] {
  const alignment = align === 'center' ? AlignmentType.CENTER : AlignmentType.LEFT;
  const style = bold ? { bold } : {};
  const paragraphs = text.map((block) =>
    block.kind === 'bullet'
      ? new Paragraph({
          alignment: AlignmentType.LEFT,
          spacing: SINGLE,
          indent: { left: BULLET_INDENT, hanging: BULLET_INDENT },
          tabStops: [{ type: 'left', position: BULLET_INDENT }],
          children: [new TextRun({ ...style, children: ['–', new Tab(), block.text] })],
        })
      : new Paragraph({ alignment, spacing: SINGLE, children: [new TextRun({ ...style, text: block.text })] }),
  );
  return paragraphs.length ? paragraphs : [new Paragraph({ alignment, spacing: SINGLE })];
}
