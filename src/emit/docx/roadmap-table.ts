import type { ResolvedItem, ResolvedRoadmap } from '../../model/resolved.js';
import type { RichText } from '../../model/text.js';
import { walkItems } from '../../model/walk.js';
import type { ColumnField, Template } from '../../templates/model.js';
import { effectiveFontSize } from './document.js';
import { executorList } from './executor-list.js';
import { fitColumnWidths } from './fit-widths.js';
import { columnWidths, pageGeometry } from './geometry.js';
import { plainText } from './rich-cell.js';
import { buildTable, type TableBlock, type TableColumnSpec, type TableRowSpec } from './table.js';

/** The template's columns with widths in twips for its page. */
export function templateColumns(template: Template): TableColumnSpec[] {
  const widths = columnWidths(
    template.columns.map((c) => c.width),
    pageGeometry(template).textWidth,
  );
  return template.columns.map((c, i) => ({ header: c.header, width: widths[i]!, align: c.align }));
}

/** «1.» or «1» for top-level items per the template; sub-items keep «3.1». */
export function formatNumber(number: string, style: Template['numberStyle']): string {
  return style === 'dot' && !number.includes('.') ? `${number}.` : number;
}

/** What a column shows for an item. Unreadable phrases and heading items (no `when`) are shown as written. */
export function cellFor(item: ResolvedItem, field: ColumnField, template: Template): RichText {
  switch (field) {
    case 'number':
      return plainText(formatNumber(item.number, template.numberStyle));
    case 'title':
      return item.title;
    case 'when':
      return plainText(item.when);
    case 'when-canonical':
      return plainText(
        item.when === ''
          ? ''
          : item.schedule.kind === 'unknown' || !item.schedule.text
            ? item.when
            : item.schedule.text,
      );
    case 'indicator':
      return item.indicator;
    case 'executors':
      return plainText(executorList(item.executors));
    case 'note':
      return plainText(item.note ?? '');
  }
}

/** Section rows and item rows in document order; a roadmap without sections has no section row. */
export function roadmapRows(roadmap: ResolvedRoadmap, template: Template): TableRowSpec[] {
  const rows: TableRowSpec[] = [];
  let section: unknown = null;
  for (const visit of walkItems(roadmap)) {
    if (visit.section !== section) {
      section = visit.section;
      if (visit.section.title) rows.push({ kind: 'section', text: visit.section.title });
    }
    const { item } = visit;
    rows.push({
      kind: 'row',
      cells: template.columns.map((c) => cellFor(item, c.field, template)),
      keepWithNext: item.items.length > 0,
    });
  }
  return rows;
}

export function roadmapTable(roadmap: ResolvedRoadmap, template: Template): TableBlock {
  const rows = roadmapRows(roadmap, template);
  const fixed = new Set(template.columns.flatMap((c, i) => (c.width.kind === 'mm' ? [i] : [])));
  const cells = rows.flatMap((r) => (r.kind === 'row' ? [r.cells] : []));
  return buildTable({
    columns: template.fitWidths
      ? fitColumnWidths(templateColumns(template), cells, effectiveFontSize(template), fixed)
      : templateColumns(template),
    rows,
    columnNumbers: template.columnNumbers,
    fontSize: effectiveFontSize(template),
    textHeight: pageGeometry(template).textHeight,
  });
}
