import type { ResolvedRoadmap } from '../../model/resolved.js';
import type { StatusBook } from '../../model/status.js';
import type { RichText } from '../../model/text.js';
import { trackerLines } from '../../tracker/occurrences.js';
import type { Counts, RoadmapProgress } from '../../tracker/progress.js';
import type { Template } from '../../templates/model.js';
import { ruDate } from '../../util/dates.js';
import {
  buildTable,
  columnWidths,
  effectiveFontSize,
  formatNumber,
  pageGeometry,
  plainText,
  type TableBlock,
  type TableColumnSpec,
  type TableRowSpec,
} from '../docx/index.js';

const mm = (value: number) => ({ kind: 'mm' as const, value });
const weight = (value: number) => ({ kind: 'weight' as const, value });

function columns(
  template: Template,
  specs: [string, ReturnType<typeof mm> | ReturnType<typeof weight>, 'left' | 'center'][],
): TableColumnSpec[] {
  const widths = columnWidths(
    specs.map((s) => s[1]),
    pageGeometry(template).textWidth,
  );
  return specs.map(([header, , align], i) => ({ header, width: widths[i]!, align }));
}

function table(template: Template, cols: TableColumnSpec[], rows: TableRowSpec[]): TableBlock {
  return buildTable({
    columns: cols,
    rows,
    fontSize: effectiveFontSize(template),
    textHeight: pageGeometry(template).textHeight,
  });
}

const pct = (c: Counts) => (c.total ? `${Math.round((c.done / c.total) * 100)}%` : '—');
const countCells = (label: string, c: Counts): RichText[] =>
  [label, c.total, c.done, c.in_progress, c.not_started, c.failed, c.overdue, pct(c)].map((v) => plainText(String(v)));

/** Totals: per section (when the roadmap has sections) and «Итого». */
export function totalsTable(progress: RoadmapProgress, template: Template): TableBlock {
  const cols = columns(template, [
    ['Направление', weight(1), 'left'],
    ['Всего', mm(18), 'center'],
    ['Выполнено', mm(26), 'center'],
    ['В работе', mm(24), 'center'],
    ['Не начато', mm(24), 'center'],
    ['Не выполнено', mm(28), 'center'],
    ['Просрочено', mm(28), 'center'],
    ['Выполнено, %', mm(26), 'center'],
  ]);
  const rows: TableRowSpec[] = progress.sections
    .filter((s) => s.title !== null)
    .map((s) => ({ kind: 'row', cells: countCells(s.title!, s) }));
  rows.push({ kind: 'row', cells: countCells('Итого', progress) });
  return table(template, cols, rows);
}

/** Per item and occurrence: deadline, status, completion date, evidence and comment. */
export function itemsTable(roadmap: ResolvedRoadmap, book: StatusBook, template: Template, today: string): TableBlock {
  const cols = columns(template, [
    ['№ п/п', mm(14), 'center'],
    ['Наименование мероприятия', weight(3), 'left'],
    ['Срок', weight(1.1), 'center'],
    ['Дедлайн', mm(24), 'center'],
    ['Статус', mm(28), 'center'],
    ['Дата выполнения', mm(32), 'center'],
    ['Подтверждающий документ, комментарий', weight(1.8), 'left'],
  ]);
  const rows: TableRowSpec[] = [];
  let section: unknown = null;
  let lastItem: unknown = null;
  for (const line of trackerLines(roadmap)) {
    const sec = line.kind === 'group' ? line.section : line.occurrence.section;
    if (sec !== section) {
      section = sec;
      if (sec.title) rows.push({ kind: 'section', text: sec.title });
    }
    const item = line.kind === 'group' ? line.item : line.occurrence.item;
    // Later occurrences of a recurring item leave the number and title cells empty: the item reads as one block.
    const first = item !== lastItem;
    lastItem = item;
    const head = first
      ? [plainText(formatNumber(item.number, template.numberStyle)), item.title, plainText(item.when)]
      : [[], [], []];
    if (line.kind === 'group') {
      rows.push({ kind: 'row', cells: [...head, [], [], [], []], keepWithNext: true });
      continue;
    }
    const { deadline, key } = line.occurrence;
    const recorded = book.get(key);
    const status = recorded?.status ?? 'не начато';
    const overdue = deadline !== null && deadline < today && status !== 'выполнено';
    const notes = [recorded?.evidence, recorded?.comment].filter((s): s is string => !!s);
    rows.push({
      kind: 'row',
      cells: [
        ...head,
        plainText(deadline ? ruDate(deadline) : '—'),
        plainText(overdue ? `${status}, просрочено` : status),
        plainText(recorded?.doneDate ? ruDate(recorded.doneDate) : ''),
        plainText(...notes),
      ],
    });
  }
  return table(template, cols, rows);
}
