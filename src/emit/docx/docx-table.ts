import {
  AlignmentType,
  Paragraph,
  Tab,
  Table,
  TableCell,
  TableBorders,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type IParagraphStyleOptions,
} from 'docx';
import type { RichText } from '../../model/text.js';
import { BULLET_INDENT, SINGLE, type Align } from './rich-cell.js';
import type { TableBlock, TableCellBlock } from './table.js';
import { typeset } from './typography.js';

/**
 * The paragraph styles of table cells: single-spaced with nothing before or after, so a letterhead's Normal style
 * can't bloat the rows; centred; a «–» bullet with a hanging indent. A style per kind keeps each of the
 * thousands of cell paragraphs down to one property — a third less for docx to build and write.
 */
export const CELL_STYLES: IParagraphStyleOptions[] = [
  // Russian on the cells' style as well: with a letterhead the document defaults are the letterhead's.
  {
    id: 'RoadmapCell',
    name: 'Таблица: текст',
    basedOn: 'Normal',
    paragraph: { spacing: SINGLE },
    run: { language: { value: 'ru-RU' } },
  },
  {
    id: 'RoadmapCellCenter',
    name: 'Таблица: по центру',
    basedOn: 'RoadmapCell',
    paragraph: { alignment: AlignmentType.CENTER },
  },
  {
    id: 'RoadmapCellBullet',
    name: 'Таблица: пункт списка',
    basedOn: 'RoadmapCell',
    paragraph: { indent: { left: BULLET_INDENT, hanging: BULLET_INDENT } },
  },
];

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
    ...(table.borderless ? { borders: TableBorders.NONE } : {}),
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
    // Top is Word's default.
    ...(cell.middle ? { verticalAlign: VerticalAlignTable.CENTER } : {}),
    ...(cell.bottom ? { verticalAlign: VerticalAlignTable.BOTTOM } : {}),
    children: cellParagraphs(cell.text, cell.align, cell.bold),
  });
}

/**
 * A paragraph per block of the cell's text; bullet items as «–», a tab and a hanging indent (plain paragraphs
 * rather than Word numbering, so LibreOffice, Word and Google Docs all show them the same). Always at least one
 * paragraph: Word refuses a cell without one.
 */
/** A paragraph style can't hold tab stops: the bullet's tab to the text is set on each bullet paragraph. */
const BULLET_TAB = [{ type: 'left' as const, position: BULLET_INDENT }];

function cellParagraphs(text: RichText, align: Align, bold: boolean | undefined): Paragraph[] {
  const style = align === 'center' ? 'RoadmapCellCenter' : 'RoadmapCell';
  const run = bold ? { bold } : {};
  const paragraphs = text.map((block) =>
    block.kind === 'bullet'
      ? new Paragraph({
          style: 'RoadmapCellBullet',
          tabStops: BULLET_TAB,
          children: [new TextRun({ ...run, children: ['–', new Tab(), typeset(block.text)] })],
        })
      : new Paragraph({ style, children: [new TextRun({ ...run, text: typeset(block.text) })] }),
  );
  return paragraphs.length ? paragraphs : [new Paragraph({ style })];
}
