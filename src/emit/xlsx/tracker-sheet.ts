import type { Border, DataValidation, Fill, Style, Workbook, Worksheet } from 'exceljs';
import { STATUS_VALUES } from '../../model/status.js';
import {
  COL,
  COLUMN_ORDER,
  DATE_FORMAT,
  FROZEN_COLUMNS,
  HIDDEN_COLUMNS,
  LAST_VISIBLE,
  TRACKER_SHEET,
  colIndex,
  letterOf,
} from '../../tracker/columns.js';
import type { TrackerRow } from './tracker-model.js';
import { isoToUtc } from '../../util/dates.js';
// Excel refuses (or «repairs») a file with a cell longer than this.
import { EXCEL_CELL_LIMIT } from './overlong-cells.js';

const THIN: Partial<Border> = { style: 'thin', color: { argb: 'FFBFBFBF' } };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const solid = (argb: string): Fill => ({ type: 'pattern', pattern: 'solid', fgColor: { argb }, bgColor: { argb } });
export const FONT = { name: 'Calibri', size: 11 };
/** Days before the deadline from which a row is «скоро срок». */
const DUE_SOON_DAYS = 14;

/** How the tracker prints and what it shows of a roadmap. */
export interface TrackerSheetOptions {
  /** Printed atop every page. */
  title: string;
  /** A roadmap without sections has no «Направление» column to show (it would repeat the title on every row). */
  sections: boolean;
  /** #20: some item has a measurable target, so the «Факт» column is shown. */
  facts: boolean;
}

/** The «Трекер» sheet: one row per occurrence, statuses as a dropdown, colours computed by Excel from TODAY(). */
export function addTrackerSheet(workbook: Workbook, rows: readonly TrackerRow[], o: TrackerSheetOptions): Worksheet {
  const ws = workbook.addWorksheet(TRACKER_SHEET, {
    // The header row and the number and title columns stay in view.
    views: [{ state: 'frozen', ySplit: 1, xSplit: FROZEN_COLUMNS, activeCell: 'C2' }],
    // Printed: landscape, as wide as the page and as long as it takes (not shrunk onto one page), the header
    // row on every page, the title at the top and «Страница N из M» at the foot.
    pageSetup: printSetup,
    headerFooter: printHeader(o.title),
  });
  ws.columns = COLUMN_ORDER.map((id) => ({
    key: id,
    width: COL[id].width,
    hidden: HIDDEN_COLUMNS.includes(id) || (id === 'section' && !o.sections) || (id === 'fact' && !o.facts),
  }));
  const header = ws.getRow(1);
  COLUMN_ORDER.forEach((id, i) => (header.getCell(i + 1).value = COL[id].header));
  header.font = { ...FONT, bold: true };
  header.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  // Two lines: «Дата выполнения», «Подтверждающий документ» wrap (LibreOffice would not grow the row).
  header.height = 30;
  header.eachCell((cell) => {
    cell.fill = solid('FFD9E1F2');
    cell.border = BORDER;
  });

  rows.forEach((row, i) => writeRow(ws, i + 2, row));
  const last = Math.max(rows.length + 1, 2);
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: last, column: colIndex(LAST_VISIBLE) } };
  addStatusDropdown(ws, last);
  addHighlights(ws, last);
  return ws;
}

function writeRow(ws: Worksheet, r: number, row: TrackerRow): void {
  const excelRow = ws.getRow(r);
  // Plain strings only: exceljs turns objects with `formula` into formulas, strings stay text whatever they start with.
  const values: Record<string, string | number | Date | null> = {
    number: row.number,
    section: row.section,
    title: row.title,
    when: row.when,
    deadline: toDate(row.deadline),
    executors: row.executors,
    indicator: row.indicator,
    fact: row.fact,
    status: row.status,
    done: toDate(row.done),
    evidence: row.evidence,
    comment: row.comment,
    key: row.key,
    sectionCode: row.sectionCode,
    executorCodes: row.executorCodes,
  };
  // The row's own style (bold for a group row) is for cells typed in later; set before any cell exists.
  if (row.group) excelRow.font = { ...FONT, bold: true };
  for (const id of COLUMN_ORDER) {
    const cell = excelRow.getCell(colIndex(id));
    const v = values[id];
    cell.value = v === '' ? null : typeof v === 'string' ? fitCell(v) : (v ?? null);
    cell.style = cellStyle(id, row.group);
  }
  excelRow.height = rowHeight(values);
}

/**
 * Every body cell gets one of a few shared style objects, never a style of its own: exceljs numbers the styles
 * of a workbook by serialising each cell's style unless it has seen that very object before, which made styles
 * about two thirds of the time of writing a tracker. The objects are never changed after they are made.
 */
const ROW_STYLES = (() => {
  const base = { border: BORDER, alignment: { vertical: 'top', wrapText: true } } as const;
  const group = { ...base, font: { ...FONT, bold: true } };
  const grey = { ...group, fill: solid('FFEDEDED') };
  return deepFreeze({
    plain: { text: base, date: { ...base, numFmt: DATE_FORMAT } },
    // Group rows are bold throughout and grey up to the last visible column.
    group: { text: grey, date: { ...grey, numFmt: DATE_FORMAT }, hidden: group },
  });
})();

/** Shared styles must never change: a cell setter (`cell.font = …`) on one would restyle every row. */
function deepFreeze<T extends object>(value: T): T {
  for (const v of Object.values(value)) if (typeof v === 'object' && v !== null && !Object.isFrozen(v)) deepFreeze(v);
  return Object.freeze(value);
}

function cellStyle(id: (typeof COLUMN_ORDER)[number], group: boolean | undefined): Partial<Style> {
  const date = id === 'deadline' || id === 'done';
  if (!group) return date ? ROW_STYLES.plain.date : ROW_STYLES.plain.text;
  if (colIndex(id) > colIndex(LAST_VISIBLE)) return ROW_STYLES.group.hidden;
  return date ? ROW_STYLES.group.date : ROW_STYLES.group.text;
}

const LINE_HEIGHT = 15;

function fitCell(text: string): string {
  if (text.length <= EXCEL_CELL_LIMIT) return text;
  const note = ' … [текст сокращён: полностью — в документе DOCX]';
  return text.slice(0, EXCEL_CELL_LIMIT - note.length) + note;
}

/**
 * Wrapped text needs a row tall enough to show it. Excel grows rows itself only when it edits them, and
 * LibreOffice not at all on import, so the height is estimated from the longest wrapped cell.
 */
function rowHeight(values: Record<string, unknown>): number {
  let lines = 1;
  for (const id of COLUMN_ORDER) {
    if (HIDDEN_COLUMNS.includes(id)) continue;
    const v = values[id];
    if (typeof v !== 'string' || v === '') continue;
    const perLine = Math.max(4, Math.floor(COL[id].width * 0.95));
    const n = v.split('\n').reduce((sum, part) => sum + Math.max(1, Math.ceil(part.length / perLine)), 0);
    if (n > lines) lines = n;
  }
  return Math.min(409, lines * LINE_HEIGHT);
}

function addStatusDropdown(ws: Worksheet, last: number): void {
  const ref = `${letterOf('status')}2:${letterOf('status')}${last}`;
  // One range-wide rule (exceljs has it at runtime, not in its types): one <dataValidation sqref> in the XML.
  (ws as Worksheet & { dataValidations: { add(ref: string, v: DataValidation): void } }).dataValidations.add(ref, {
    type: 'list',
    allowBlank: true,
    formulae: [`"${STATUS_VALUES.join(',')}"`],
    showErrorMessage: true,
    errorStyle: 'stop',
    errorTitle: 'Статус',
    error: `Выберите статус из списка: ${STATUS_VALUES.join(', ')}.`,
  });
}

/** Overdue, due-soon and done rows are coloured by Excel itself, so the file stays right when opened next month. */
function addHighlights(ws: Worksheet, last: number): void {
  const d = `$${letterOf('deadline')}2`;
  const s = `$${letterOf('status')}2`;
  ws.addConditionalFormatting({
    ref: `A2:${letterOf(LAST_VISIBLE)}${last}`,
    rules: [
      { type: 'expression', priority: 1, formulae: [`${s}="выполнено"`], style: { fill: solid('FFE2EFDA') } },
      {
        type: 'expression',
        priority: 2,
        formulae: [`AND(${s}<>"выполнено",${d}<>"",${d}<TODAY())`],
        style: { fill: solid('FFF4CCCC') },
      },
      {
        type: 'expression',
        priority: 3,
        formulae: [`AND(${s}<>"выполнено",${d}<>"",${d}>=TODAY(),${d}<=TODAY()+${DUE_SOON_DAYS})`],
        style: { fill: solid('FFFFF2CC') },
      },
    ],
  });
}

const printSetup = {
  paperSize: 9,
  orientation: 'landscape',
  fitToPage: true,
  fitToWidth: 1,
  fitToHeight: 0,
  printTitlesRow: '1:1',
  margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
} as const;

/** Excel's print header and footer codes: the title centred atop, page numbers at the foot (& doubled in text). */
export function printHeader(title: string): { oddHeader: string; oddFooter: string } {
  const text = title.replace(/&/g, '&&').slice(0, 200);
  return { oddHeader: `&C&"Calibri,Bold"${text}`, oddFooter: '&CСтраница &P из &N' };
}

/** Date cells are written from UTC midnights: a local date would shift with the machine's time zone. */
function toDate(iso: string | null): Date | null {
  return iso ? isoToUtc(iso) : null;
}
