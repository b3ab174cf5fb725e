import { flatText } from './cell-text.js';
import type { Row, Table } from './docx-body.js';

export type Field = 'number' | 'title' | 'when' | 'indicator' | 'executors' | 'note';

/** Header words of each field, checked in this order («Срок проведения мероприятия» is a deadline, not a title). */
const FIELD_PATTERNS: [Field, RegExp][] = [
  ['number', /^(№|n\s*п|#|номер(?![а-яё])|п\s*\/\s*п|пп(?![а-яё]))/i],
  ['when', /срок|дата|период|время|когда|график/i],
  ['executors', /исполнител|ответствен|участник|кто\s+(выполняет|отвечает)/i],
  [
    'indicator',
    /показател|результат|индикатор|продукт|форм[аы]\s+(завершения|отч[её]т|представления)|ожидаем|критери/i,
  ],
  ['note', /примечани|комментари/i],
  ['title', /мероприят|действи|наименовани|описани|содержани|задач|направлени|деятельност|работ[аы]?$/i],
];

export function fieldOfHeader(text: string): Field | null {
  const t = text.trim();
  if (t === '') return null;
  for (const [field, pattern] of FIELD_PATTERNS) if (pattern.test(t)) return field;
  return null;
}

export interface ColumnMap {
  /** Grid column → field, or null for a column we do not map (its text goes to `note`). */
  fields: (Field | null)[];
  /** Header text per grid column (as printed, breaks → spaces). */
  headers: string[];
  /** Index of the header row in the table, -1 when the table has none. */
  headerRow: number;
}

/** Header text of every grid column in a row (a spanning cell lends its text to each column it covers). */
export function rowHeaders(row: Row, columns: number): string[] {
  const out = Array<string>(columns).fill('');
  for (const cell of row.cells)
    for (let c = cell.start; c < cell.start + cell.span && c < columns; c++) out[c] = flatText(cell.paras);
  return out;
}

/** How many distinct fields a row's texts name: a roadmap header names at least two. */
export function headerScore(row: Row, columns: number): number {
  const fields = new Set(
    rowHeaders(row, columns)
      .map(fieldOfHeader)
      .filter((f) => f !== null),
  );
  return fields.size;
}

/** Finds the header among the first rows and maps columns to fields; falls back to the usual column order. */
export function mapColumns(table: Table): ColumnMap {
  let headerRow = -1;
  let best = 1;
  table.rows.slice(0, 4).forEach((row, i) => {
    const score = headerScore(row, table.columns);
    if (score > best) [best, headerRow] = [score, i];
  });
  if (headerRow < 0)
    return { fields: positionalFields(table.columns), headers: Array<string>(table.columns).fill(''), headerRow };
  const headers = rowHeaders(table.rows[headerRow]!, table.columns);
  const seen = new Set<Field>();
  const fields = headers.map((h) => {
    const f = fieldOfHeader(h);
    if (f === null || (seen.has(f) && f !== 'when')) return null;
    seen.add(f);
    return f;
  });
  // Two deadline columns («начало», «окончание») are read as one phrase; a header without a title column
  // keeps the first unnamed text column as the title.
  if (!seen.has('title')) {
    const free = fields.findIndex((f, i) => f === null && headers[i] !== '');
    const at = free >= 0 ? free : fields.findIndex((f) => f === null);
    if (at >= 0) fields[at] = 'title';
  }
  return { fields, headers, headerRow };
}

function positionalFields(columns: number): (Field | null)[] {
  const order: Field[] =
    columns >= 5
      ? ['number', 'title', 'when', 'indicator', 'executors']
      : columns === 4
        ? ['number', 'title', 'when', 'indicator']
        : ['number', 'title', 'when'];
  return Array.from({ length: columns }, (_, i) => order[i] ?? null);
}
