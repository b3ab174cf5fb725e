import type { ResolvedItem, ResolvedRoadmap } from '../../model/resolved.js';
import type { StatusBook } from '../../model/status.js';
import type { RichText } from '../../model/text.js';
import type { Period } from '../../schedule/types.js';
import type { Template } from '../../templates/model.js';
import { factVerdict, readIndicator } from '../../resolve/indicator.js';
import { richTextToPlain } from '../../resolve/rich-text.js';
import { ruDate } from '../../util/dates.js';
import {
  atLeastLongestWord,
  buildTable,
  columnWidths,
  effectiveFontSize,
  executorList,
  formatNumber,
  pageGeometry,
  plainText,
  type TableBlock,
  type TableColumnSpec,
  type TableRowSpec,
} from '../docx/index.js';
import { duePercent, reportLines, type ReportCounts, type ReportFigures, type ReportLine } from './report-figures.js';

const mm = (value: number) => ({ kind: 'mm' as const, value });
const weight = (value: number) => ({ kind: 'weight' as const, value });
type ColumnDef = [string, ReturnType<typeof mm> | ReturnType<typeof weight>, 'left' | 'center'];

function table(template: Template, defs: ColumnDef[], rows: TableRowSpec[]): TableBlock {
  const widths = columnWidths(
    defs.map((s) => s[1]),
    pageGeometry(template).textWidth,
  );
  const cols: TableColumnSpec[] = defs.map(([header, , align], i) => ({ header, width: widths[i]!, align }));
  const fontSize = effectiveFontSize(template);
  const cells = rows.flatMap((r) => (r.kind === 'row' ? [r.cells] : []));
  return buildTable({
    columns: atLeastLongestWord(cols, cells, fontSize),
    rows,
    fontSize,
    textHeight: pageGeometry(template).textHeight,
  });
}

const text = (v: string | number) => plainText(String(v));

/**
 * Totals per section and «Итого». Items and deadlines are counted apart; «выполнено, %» is of the deadlines due by
 * the report date; deadlines still ahead are a column of their own, not failures.
 */
export function totalsTable(figures: ReportFigures, template: Template): TableBlock {
  const undated = figures.undated > 0;
  const defs: ColumnDef[] = [
    ['Направление', weight(1), 'left'],
    ['Мероприятий', mm(26), 'center'],
    ['Сроков в периоде', mm(20), 'center'],
    ['Срок наступил', mm(20), 'center'],
    ['Выполнено', mm(24), 'center'],
    ['Просрочено', mm(25), 'center'],
    ['Выполнено, % от наступивших сроков', mm(28), 'center'],
    ['Срок не наступил', mm(20), 'center'],
    ...(undated ? ([['Без срока', mm(18), 'center']] as ColumnDef[]) : []),
  ];
  const row = (label: string, c: ReportCounts): TableRowSpec => ({
    kind: 'row',
    cells: [
      text(label),
      text(c.items),
      text(c.deadlines),
      text(c.due),
      text(c.done),
      text(c.overdue),
      text(duePercent(c)),
      text(c.upcoming),
      ...(undated ? [text(c.undated)] : []),
    ],
  });
  const rows = figures.sections.filter((s) => s.deadlines > 0).map((s) => row(s.title, s));
  rows.push(row('Итого', figures));
  return table(template, defs, rows);
}

function roadmapHasExecutors(roadmap: ResolvedRoadmap): boolean {
  const has = (items: readonly ResolvedItem[]): boolean => items.some((i) => i.executors.length > 0 || has(i.items));
  return roadmap.sections.some((s) => has(s.items));
}

/** A roadmap without sections: the totals as a list of figures (a table of one «Итого» row says little). */
export function figuresTable(figures: ReportFigures, template: Template): TableBlock {
  const lines: [string, string | number][] = [
    ['Мероприятий в периоде', figures.items],
    ['Сроков в периоде', figures.deadlines],
    ['Срок наступил (к дате отчёта)', figures.due],
    ['Выполнено из наступивших', figures.done],
    ['Выполнено, % от наступивших сроков', duePercent(figures)],
    ['В работе', figures.inProgress],
    ['Не выполнено', figures.failed],
    ['Просрочено', figures.overdue],
    ['Срок не наступил', figures.upcoming],
    ...(figures.doneEarly ? ([['из них выполнено досрочно', figures.doneEarly]] as [string, number][]) : []),
    ...(figures.undated
      ? ([['Без срока (по графику других организаций)', figures.undated]] as [string, number][])
      : []),
  ];
  return table(
    template,
    [
      ['Показатель', weight(1), 'left'],
      ['Значение', mm(40), 'center'],
    ],
    lines.map(([label, v]) => ({ kind: 'row', cells: [text(label), text(v)] })),
  );
}

/**
 * Per item and deadline in the period: executors, indicator, deadline, status, completion date, the result
 * achieved. Later deadlines of a recurring item keep its number (no untitled rows at the top of a page) and the
 * rows of an item are kept together where they fit.
 */
export function itemsTable(
  roadmap: ResolvedRoadmap,
  book: StatusBook,
  template: Template,
  period: Period,
  today: string,
): TableBlock {
  // A roadmap that names no executors (500+) has no column for them.
  const executors = roadmapHasExecutors(roadmap);
  const defs: ColumnDef[] = [
    ['№ п/п', mm(14), 'center'],
    // Wide enough for the longest words: «общеобразовательные» among executors, «Ежеквартально» as a deadline.
    ['Наименование мероприятия', weight(3.2), 'left'],
    ...(executors ? ([['Исполнители', weight(1.8), 'left']] as ColumnDef[]) : []),
    ['Индикативный показатель', weight(executors ? 1.7 : 3), 'left'],
    ['Срок', mm(31), 'center'],
    ['Статус', mm(26), 'center'],
    ['Дата выполнения', mm(30), 'center'],
    ['Результат, документ', weight(1.3), 'left'],
  ];
  const lines = reportLines(roadmap, period);
  const itemOf = (l: ReportLine) => (l.kind === 'group' ? l.item : l.occurrence.item);
  const rows: TableRowSpec[] = [];
  let section: unknown = null;
  lines.forEach((line, i) => {
    const sec = line.kind === 'group' ? line.section : line.occurrence.section;
    if (sec !== section) {
      section = sec;
      if (sec.title) rows.push({ kind: 'section', text: sec.title });
    }
    const item = itemOf(line);
    const number = text(formatNumber(item.number, template.numberStyle));
    if (line.kind === 'group') {
      // A heading item: its number and title over its sub-items.
      const cells = [number, item.title, ...(executors ? [[]] : []), item.indicator, [], [], [], []];
      rows.push({ kind: 'row', cells, keepWithNext: true });
      return;
    }
    const { deadline, key } = line.occurrence;
    const first = i === 0 || itemOf(lines[i - 1]!) !== item;
    const last = i === lines.length - 1 || itemOf(lines[i + 1]!) !== item;
    const recorded = book.get(key);
    const status = recorded?.status ?? 'не начато';
    const ahead = deadline !== null && deadline > today;
    const overdue = deadline !== null && deadline < today && status !== 'выполнено';
    const statusText =
      ahead && status === 'не начато' ? 'срок не наступил' : overdue ? `${status}, просрочено` : status;
    // #20: what was achieved against a measurable target, with the verdict the site gives too.
    const fact = recorded?.fact ? factVerdict(readIndicator(richTextToPlain(item.indicator, '')), recorded.fact) : null;
    const result: RichText = plainText(
      ...[fact, recorded?.evidence, recorded?.comment].filter((s): s is string => !!s),
    );
    rows.push({
      kind: 'row',
      cells: [
        number,
        first ? item.title : [],
        ...(executors ? [first ? plainText(executorList(item.executors)) : []] : []),
        first ? item.indicator : [],
        plainText(...(first ? [item.when] : []), deadline ? ruDate(deadline) : 'без срока'),
        text(statusText),
        plainText(recorded?.doneDate ? ruDate(recorded.doneDate) : ''),
        result,
      ],
      keepWithNext: !last,
    });
  });
  return table(template, defs, rows);
}
