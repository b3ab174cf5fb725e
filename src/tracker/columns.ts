/**
 * The tracker's columns. The status importer finds columns by these header texts (not by position), so a user
 * who inserts or reorders columns in Excel can still import the file. No exceljs here: the importer reads it too.
 */
export const TRACKER_SHEET = 'Трекер';
export const SUMMARY_SHEET = 'Сводка';

export const COL = {
  // What people read and fill comes first: the number and title (frozen), then the status and its date and
  // comment, so the cells to fill are on a laptop's screen next to the title.
  number: { header: '№', width: 7 },
  title: { header: 'Мероприятие', width: 60 },
  status: { header: 'Статус', width: 14 },
  done: { header: 'Дата выполнения', width: 14 },
  comment: { header: 'Комментарий', width: 26 },
  when: { header: 'Срок', width: 18 },
  deadline: { header: 'Дедлайн', width: 12 },
  executors: { header: 'Исполнители', width: 24 },
  indicator: { header: 'Показатель', width: 34 },
  // #20: what was achieved, a number, next to a measurable target (hidden when no item has one).
  fact: { header: 'Факт', width: 10 },
  evidence: { header: 'Подтверждающий документ', width: 26 },
  section: { header: 'Направление', width: 30 },
  // Hidden technical columns: the row's identity for import, and codes the summary's formulas count by.
  key: { header: 'Ключ строки (не изменять)', width: 40 },
  sectionCode: { header: 'Код направления', width: 8 },
  executorCodes: { header: 'Коды исполнителей', width: 12 },
} as const;

export type ColumnId = keyof typeof COL;
export const COLUMN_ORDER = Object.keys(COL) as ColumnId[];
export const HIDDEN_COLUMNS: readonly ColumnId[] = ['key', 'sectionCode', 'executorCodes'];
/** The last column people see (the end of the filter, the colours and the grey of group rows). */
export const LAST_VISIBLE: ColumnId = 'section';
/** Frozen at the left with the header: the number and the title stay in view while scrolling to the right. */
export const FROZEN_COLUMNS = 2;

/** 1-based column index of a column in the tracker as we write it. */
export function colIndex(id: ColumnId): number {
  return COLUMN_ORDER.indexOf(id) + 1;
}

/** Column letter (A … Z, AA …) of a 1-based index. */
function colLetter(index: number): string {
  let s = '';
  for (let n = index; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export const letterOf = (id: ColumnId): string => colLetter(colIndex(id));

/** Date format of the date columns: ДД.ММ.ГГГГ as Excel spells it. */
export const DATE_FORMAT = 'dd.mm.yyyy';
