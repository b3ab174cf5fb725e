import type { Workbook, Worksheet } from 'exceljs';
import type { StatusValue } from '../../model/status.js';
import { SUMMARY_SHEET, TRACKER_SHEET, letterOf } from '../../tracker/columns.js';
import { FONT, printHeader } from './tracker-sheet.js';
import type { ExecutorCode, TrackerRow } from './tracker-model.js';

const T = `'${TRACKER_SHEET}'!`;
const col = (id: Parameters<typeof letterOf>[0]): string => `${T}$${letterOf(id)}:$${letterOf(id)}`;
const HEAD = ['Всего', 'не начато', 'в работе', 'выполнено', 'не выполнено', 'просрочено', 'Выполнено, %'];

const LABEL_WIDTH = 60;

/** The height (points) of a row whose text wraps in a column `width` characters wide. */
function wrappedHeight(text: string, width: number, lineHeight: number): number {
  const perLine = Math.max(4, Math.floor(width * 0.95));
  return Math.min(409, Math.max(1, Math.ceil(text.length / perLine)) * lineHeight);
}

/** A group of tracker rows the summary counts: a formula criterion built only from our own codes, never user text. */
interface Group {
  label: string;
  criterion: string;
  rows: TrackerRow[];
}

/**
 * The «Сводка» sheet: per section and per executor, how many occurrences are in each status, counted by COUNTIFS
 * over the tracker, so the numbers follow the statuses people type in. Labels are plain strings; formulas contain
 * only column references, status names and codes generated here.
 */
export function addSummarySheet(
  workbook: Workbook,
  title: string,
  rows: readonly TrackerRow[],
  sections: readonly string[],
  executors: readonly ExecutorCode[],
): Worksheet {
  const ws = workbook.addWorksheet(SUMMARY_SHEET, {
    // Printed on one page, its title on it.
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 1 },
    headerFooter: printHeader(title),
  });
  ws.columns = [{ width: LABEL_WIDTH }, ...HEAD.map(() => ({ width: 13 }))];
  ws.getCell('A1').value = `Сводка: ${title}`;
  ws.getCell('A1').font = { ...FONT, bold: true, size: 13 };
  ws.getCell('A1').alignment = { wrapText: true, vertical: 'top' };
  ws.mergeCells(1, 1, 1, HEAD.length + 1);
  ws.getRow(1).height = wrappedHeight(`Сводка: ${title}`, LABEL_WIDTH + HEAD.length * 13, 18);
  ws.getCell('A2').value = 'Считается формулами по листу «Трекер»; «просрочено» — на день открытия файла.';
  ws.getCell('A2').font = { ...FONT, italic: true, color: { argb: 'FF595959' } };
  const tracked = rows.filter((r) => !r.group);
  // Rows are sorted into groups in one pass each: filtering all rows per section was quadratic in big roadmaps.
  const bySection = groupBy(tracked, (t) => [t.sectionCode]);
  const sectionGroups: Group[] = sections.map((label, i) => ({
    label,
    criterion: `${col('sectionCode')},${i + 1}`,
    rows: bySection.get(i + 1) ?? [],
  }));
  sectionGroups.push({ label: 'Итого', criterion: `${col('sectionCode')},">0"`, rows: tracked });
  const next = writeTable(ws, 4, 'Направление', sectionGroups);
  const byExecutor = groupBy(tracked, (t) => t.executorCodes.split('|').filter((c) => c !== ''));
  const executorGroups = executors.map((e) => ({
    label: e.name,
    criterion: `${col('executorCodes')},"*|${e.code}|*"`,
    rows: byExecutor.get(e.code) ?? [],
  }));
  if (executorGroups.length) writeTable(ws, next + 2, 'Исполнитель', executorGroups);
  return ws;
}

/** Rows under each of their keys (a row with two executors is in both groups, once each). */
function groupBy<K>(rows: readonly TrackerRow[], keys: (row: TrackerRow) => readonly K[]): Map<K, TrackerRow[]> {
  const groups = new Map<K, TrackerRow[]>();
  for (const row of rows) {
    for (const key of new Set(keys(row))) {
      const group = groups.get(key);
      if (group) group.push(row);
      else groups.set(key, [row]);
    }
  }
  return groups;
}

function writeTable(ws: Worksheet, top: number, what: string, groups: readonly Group[]): number {
  const header = ws.getRow(top);
  [what, ...HEAD].forEach((h, i) => (header.getCell(i + 1).value = h));
  header.font = { ...FONT, bold: true };
  header.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
  groups.forEach((g, i) => {
    const n = top + 1 + i;
    const row = ws.getRow(n);
    row.getCell(1).value = g.label;
    row.getCell(1).alignment = { wrapText: true, vertical: 'top' };
    // LibreOffice does not grow a row to its wrapped text: a long section name would run over the next row.
    row.height = wrappedHeight(g.label, LABEL_WIDTH, 15);
    const counts = new Map<StatusValue | null, number>();
    for (const x of g.rows) counts.set(x.status, (counts.get(x.status) ?? 0) + 1);
    const count = (status: StatusValue) => counts.get(status) ?? 0;
    const byStatus = (status: StatusValue) => ({
      formula: `COUNTIFS(${g.criterion},${col('status')},"${status}")`,
      result: count(status),
    });
    row.getCell(2).value = { formula: `COUNTIFS(${g.criterion})`, result: g.rows.length };
    row.getCell(4).value = byStatus('в работе');
    row.getCell(5).value = byStatus('выполнено');
    row.getCell(6).value = byStatus('не выполнено');
    row.getCell(3).value = {
      formula: `B${n}-D${n}-E${n}-F${n}`,
      result: g.rows.length - count('в работе') - count('выполнено') - count('не выполнено'),
    };
    // No cached result: the count depends on the day the file is opened.
    row.getCell(7).value = {
      formula: `COUNTIFS(${g.criterion},${col('deadline')},"<"&TODAY(),${col('status')},"<>выполнено")`,
    } as never;
    row.getCell(8).value = {
      formula: `IF(B${n}=0,0,E${n}/B${n})`,
      result: g.rows.length ? count('выполнено') / g.rows.length : 0,
    };
    row.getCell(8).numFmt = '0%';
    if (g.label === 'Итого' && i === groups.length - 1) row.font = { ...FONT, bold: true };
  });
  return top + groups.length;
}
