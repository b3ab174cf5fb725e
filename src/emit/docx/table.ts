import type { RichText } from '../../model/text.js';
import { plainText, type Align } from './rich-cell.js';

export interface TableColumnSpec {
  header: string;
  /** Width in twips; the widths of a table add up to the page's text width. */
  width: number;
  align: Align;
}

export type TableRowSpec =
  /** A row across all columns: a section («Направление …») heading. Kept with the row after it. */
  | { kind: 'section'; text: string }
  /** One cell of rich text per column. `keepWithNext` for a heading item whose sub-items follow. */
  | { kind: 'row'; cells: RichText[]; keepWithNext?: boolean };

export interface TableSpec {
  columns: readonly TableColumnSpec[];
  rows: readonly TableRowSpec[];
  /** Add the row of column numbers (1 2 3 …) under the header; it repeats on every page too. */
  columnNumbers?: boolean;
  /** For estimating row heights: the font size (pt) and the height of the page's text area (twips). */
  fontSize: number;
  textHeight: number;
}

/** A table laid out for the page, as data: docx-table.ts makes docx's Table of it. */
export interface TableBlock {
  kind: 'table';
  width: number;
  columnWidths: readonly number[];
  margins: { top: number; left: number; bottom: number; right: number };
  /** No lines: a layout table (stamps side by side, signatures). */
  borderless?: boolean;
  rows: readonly TableRowBlock[];
}

interface TableRowBlock {
  /** Repeated at the top of every page. */
  header?: boolean;
  cantSplit: boolean;
  /** Set on every paragraph of the row: true keeps it with the next row, false says so explicitly. */
  keepNext?: boolean;
  cells: TableCellBlock[];
}

export interface TableCellBlock {
  text: RichText;
  width: number;
  align: Align;
  bold?: boolean;
  middle?: boolean;
  /** Aligned to the cell's bottom (a signature line level with the last line of the position). */
  bottom?: boolean;
  span?: number;
}

/** Cell padding: 1.5 mm left and right, none above and below (Word's default is wider, which wastes columns). */
const CELL_MARGINS = { left: 85, right: 85, top: 0, bottom: 0 };
/** Horizontal padding of a cell, in twips. */
export const CELL_PADDING = CELL_MARGINS.left + CELL_MARGINS.right;
/** Line height as a multiple of the font size. */
const LINE_HEIGHT = 1.15;

/**
 * A fixed-layout table: header row(s) repeated on every page, section rows spanning all columns, rows kept
 * whole on one page unless they are too tall to fit (those must be allowed to split or they'd be cut off).
 */
export function buildTable(spec: TableSpec): TableBlock {
  const { columns } = spec;
  const header: TableRowBlock[] = [
    {
      header: true,
      cantSplit: true,
      cells: columns.map((c) => cell(plainText(c.header), c.width, 'center', { bold: true, middle: true })),
    },
  ];
  if (spec.columnNumbers) {
    header.push({
      header: true,
      cantSplit: true,
      cells: columns.map((c, i) => cell(plainText(String(i + 1)), c.width, 'center', {})),
    });
  }
  const total = columns.reduce((s, c) => s + c.width, 0);
  // A row that fits on a page under the repeated header is kept whole; only a taller one may split (kept
  // whole it would run off the page).
  const headerHeight = header.reduce(
    (s, row) =>
      s +
      estimateRowHeight(
        row.cells.map((c) => c.text),
        columns,
        spec.fontSize,
      ),
    0,
  );
  const splitAbove = spec.textHeight - headerHeight;
  const body = spec.rows.map((row): TableRowBlock => {
    if (row.kind === 'section') {
      return {
        cantSplit: true,
        keepNext: true,
        cells: [cell(plainText(row.text), total, 'center', { bold: true, span: columns.length })],
      };
    }
    const tall = estimateRowHeight(row.cells, columns, spec.fontSize) > splitAbove;
    return {
      cantSplit: !tall,
      keepNext: row.keepWithNext,
      cells: columns.map((c, i) => cell(row.cells[i] ?? [], c.width, c.align, {})),
    };
  });
  return {
    kind: 'table',
    width: total,
    columnWidths: columns.map((c) => c.width),
    margins: CELL_MARGINS,
    rows: [...header, ...body],
  };
}

function cell(
  text: RichText,
  width: number,
  align: Align,
  o: { bold?: boolean; middle?: boolean; span?: number },
): TableCellBlock {
  return { text, width, align, ...o };
}

/**
 * A rough height in twips: Times New Roman averages about half an em per Cyrillic letter, lines are ~1.15 em.
 * Only used to decide whether a row may split, so erring by a line or two is harmless.
 */
export function estimateRowHeight(
  cells: readonly RichText[],
  columns: readonly TableColumnSpec[],
  fontSize: number,
): number {
  const em = fontSize * 20;
  let lines = 1;
  cells.forEach((text, i) => {
    const width = (columns[i]?.width ?? 0) - CELL_PADDING;
    const perLine = Math.max(1, Math.floor(width / (em * 0.5)));
    const n = text.reduce(
      (s, b) => s + Math.max(1, Math.ceil((b.text.length + (b.kind === 'bullet' ? 3 : 0)) / perLine)),
      0,
    );
    lines = Math.max(lines, n);
  });
  return lines * em * LINE_HEIGHT;
}
