import { flatText, textKey } from './cell-text.js';
import { headerScore, rowHeaders, type ColumnMap, type Field } from './columns.js';
import type { Para, Row, Table } from './docx-body.js';

type ContentField = Exclude<Field, 'number'>;

export interface DraftItem {
  /** The number printed in the document («3.1», without the trailing dot), or null (none / Word auto-numbering). */
  docNumber: string | null;
  cells: Record<ContentField, Para[]>;
  /** Text of columns we do not map, as «header: text» lines (kept in `note`). */
  extra: string[];
  items: DraftItem[];
}

export interface DraftSection {
  title: string | null;
  items: DraftItem[];
}

interface RowView {
  own: Map<Field, Para[]>;
  /** Text of vertically merged cells this row continues (w:vMerge continue), by field. */
  inherited: Map<Field, Para[]>;
  extra: string[];
  filled: { field: Field | null; span: number; text: string }[];
  autoNumber: boolean;
  /** The number Word's automatic numbering shows in the № cell («2.1»), when numbering.xml defines it. */
  autoLabel: string | null;
}

const NUMBER = /^(\d+(?:\.\d+)*)[.)]?$/;
const ROMAN = /^[IVXLCІ]+[.)]?$/;
const SECTION_WORD = /^(направлени[ея]|раздел|блок|модуль|подпрограмма|задача\s+\d)/i;
const ROMAN_LEAD = /^[IVXLC]+[.)]\s+\S/;
/** Fields whose merged cell applies to every row it spans (one deadline / result / executor for several items). */
const SHARED: Field[] = ['when', 'indicator', 'executors'];

/** Reads the table rows into sections and items (see docs/import.md for the rules). */
export function readRows(tables: readonly Table[], between: readonly string[][], map: ColumnMap): DraftSection[] {
  const sections: DraftSection[] = [{ title: null, items: [] }];
  const headerKey = textKey(map.headers.join(' '));
  const views: (RowView | { section: string })[] = [];
  tables.forEach((table, t) => {
    for (const line of t > 0 ? (between[t - 1] ?? []) : [])
      if (SECTION_WORD.test(line) || ROMAN_LEAD.test(line)) views.push({ section: line });
    const restart = new Map<number, Para[]>();
    table.rows.forEach((row, r) => {
      const view = viewOf(row, map, restart);
      if (t === 0 && r <= map.headerRow) return;
      if (isHeaderRepeat(row, table.columns, headerKey) || isColumnNumbers(view)) return;
      if (view.filled.length === 0 && !view.autoNumber) return;
      const section = sectionTitle(view, table.columns);
      views.push(section !== null ? { section } : view);
    });
  });
  const rows = views.filter((v): v is RowView => !('section' in v));
  const numbered = rows.filter((v) => v.autoNumber || NUMBER.test(flatText(v.own.get('number') ?? []))).length;
  const useNumbers = map.fields.includes('number') && numbered * 3 >= rows.length;

  let path: DraftItem[] = [];
  for (const view of views) {
    if ('section' in view) {
      sections.push({ title: view.section, items: [] });
      path = [];
      continue;
    }
    const section = sections[sections.length - 1]!;
    const numberText = flatText(view.own.get('number') ?? []) || (view.autoLabel ?? '');
    const current = path[path.length - 1];
    const startsItem = !useNumbers || numberText !== '' || view.autoNumber || !current;
    if (!startsItem || (!useNumbers && current && flatText(view.own.get('title') ?? []) === '')) {
      appendTo(current!, view);
      continue;
    }
    const match = NUMBER.exec(numberText);
    const docNumber = match ? match[1]! : numberText === '' ? null : numberText.replace(/[.)]+$/, '');
    const item = newItem(docNumber, view);
    const depth = match ? match[1]!.split('.').length : 1;
    const parentNumber = match && depth > 1 ? match[1]!.split('.').slice(0, -1).join('.') : null;
    const parentAt = parentNumber === null ? -1 : path.findLastIndex((p) => p.docNumber === parentNumber);
    if (parentAt >= 0) {
      path = path.slice(0, parentAt + 1);
      path[parentAt]!.items.push(item);
    } else {
      path = [];
      section.items.push(item);
    }
    path.push(item);
  }
  return sections.filter((s, i) => i > 0 || s.items.length > 0);
}

function viewOf(row: Row, map: ColumnMap, restart: Map<number, Para[]>): RowView {
  const view: RowView = {
    own: new Map(),
    inherited: new Map(),
    extra: [],
    filled: [],
    autoNumber: false,
    autoLabel: null,
  };
  for (const cell of row.cells) {
    const covered = map.fields.slice(cell.start, cell.start + cell.span);
    const field = covered.find((f) => f !== null) ?? null;
    if (cell.vMerge === 'restart') restart.set(cell.start, cell.paras);
    if (cell.vMerge === 'continue') {
      if (field) view.inherited.set(field, restart.get(cell.start) ?? []);
      continue;
    }
    if (field === 'number' && cell.autoNumber) {
      view.autoNumber = true;
      view.autoLabel = cell.autoLabel;
    }
    const text = flatText(cell.paras);
    if (text === '') continue;
    view.filled.push({ field, span: cell.span, text });
    if (field) view.own.set(field, [...(view.own.get(field) ?? []), ...cell.paras]);
    else view.extra.push(map.headers[cell.start] ? `${map.headers[cell.start]}: ${text}` : text);
  }
  return view;
}

function isHeaderRepeat(row: Row, columns: number, headerKey: string): boolean {
  if (headerKey === '') return false;
  const key = textKey(
    rowHeaders(row, columns)
      .filter((h, i, all) => i === 0 || h !== all[i - 1])
      .join(' '),
  );
  return key === headerKey || (row.header && headerScore(row, columns) >= 2);
}

/** The row «1 2 3 4 5» under the header that numbers the columns. */
function isColumnNumbers(view: RowView): boolean {
  const texts = view.filled.map((f) => f.text);
  return texts.length >= 3 && texts.every((t, i) => t === String(i + 1));
}

function sectionTitle(view: RowView, columns: number): string | null {
  const number = flatText(view.own.get('number') ?? []);
  if (view.filled.length === 1) {
    const only = view.filled[0]!;
    if (only.span >= Math.max(2, columns - 1) || SECTION_WORD.test(only.text) || ROMAN_LEAD.test(only.text))
      return only.text;
    if (only.field === 'number' && !NUMBER.test(only.text) && only.text.length > 3) return only.text;
  }
  if (ROMAN.test(number) && view.filled.length === 2 && view.own.has('title'))
    return `${number} ${flatText(view.own.get('title')!)}`;
  return null;
}

function newItem(docNumber: string | null, view: RowView): DraftItem {
  const cells = { title: [], when: [], indicator: [], executors: [], note: [] } as Record<ContentField, Para[]>;
  for (const field of Object.keys(cells) as ContentField[]) {
    const own = view.own.get(field) ?? [];
    cells[field] = own.length === 0 && SHARED.includes(field) ? [...(view.inherited.get(field) ?? [])] : [...own];
  }
  return { docNumber, cells, extra: [...view.extra], items: [] };
}

/** A row with an empty number cell right after an item: the item continues (a page break split it). */
function appendTo(item: DraftItem, view: RowView): void {
  for (const field of Object.keys(item.cells) as ContentField[]) item.cells[field].push(...(view.own.get(field) ?? []));
  item.extra.push(...view.extra);
}
