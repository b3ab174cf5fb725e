import { itemAnchors } from '../../model/site-paths.js';
import type { ResolvedItem, ResolvedRoadmap, ResolvedSection } from '../../model/resolved.js';
import type { OccurrenceStatus, StatusBook, StatusValue } from '../../model/status.js';
import type { IsoDate } from '../../schedule/types.js';
import { roadmapProgress, type RoadmapProgress } from '../../tracker/progress.js';
import { trackerLines } from '../../tracker/occurrences.js';
import { itemState, occurrenceState, type ItemState } from './item-state.js';

/** One occurrence as the site shows it: its window, what was recorded and what that means today. */
export interface OccurrenceView {
  start: IsoDate | null;
  deadline: IsoDate | null;
  status: StatusValue;
  state: ItemState;
  record: OccurrenceStatus | null;
}

/** One row of the roadmap table: an item with its occurrences (none for a heading that only groups sub-items). */
export interface ItemRow {
  item: ResolvedItem;
  section: ResolvedSection;
  sectionIndex: number;
  depth: number;
  occurrences: OccurrenceView[];
  /** Null for a group heading: it carries no status. */
  state: ItemState | null;
}

export interface RoadmapView {
  roadmap: ResolvedRoadmap;
  progress: RoadmapProgress;
  rows: ItemRow[];
  /** Item anchors on the roadmap's page, by UID. */
  anchors: ReadonlyMap<string, string>;
}

/** Everything the pages of one roadmap show, computed once from the roadmap and its status file. */
export function roadmapView(roadmap: ResolvedRoadmap, book: StatusBook, today: IsoDate): RoadmapView {
  const rows: ItemRow[] = [];
  const byItem = new Map<ResolvedItem, ItemRow>();
  const depth = depths(roadmap);
  for (const line of trackerLines(roadmap)) {
    const item = line.kind === 'group' ? line.item : line.occurrence.item;
    let row = byItem.get(item);
    if (!row) {
      const section = line.kind === 'group' ? line.section : line.occurrence.section;
      const sectionIndex = line.kind === 'group' ? line.sectionIndex : line.occurrence.sectionIndex;
      row = { item, section, sectionIndex, depth: depth.get(item) ?? 0, occurrences: [], state: null };
      byItem.set(item, row);
      rows.push(row);
    }
    if (line.kind === 'group') continue;
    const { deadline, key } = line.occurrence;
    const record = book.get(key) ?? null;
    const status = record?.status ?? 'не начато';
    const start =
      deadline === null ? null : (item.schedule.occurrences.find((o) => o.end === deadline)?.start ?? deadline);
    row.occurrences.push({ start, deadline, status, state: occurrenceState(status, deadline, today), record });
  }
  for (const row of rows) if (row.occurrences.length) row.state = itemState(row.occurrences.map((o) => o.state));
  return { roadmap, progress: roadmapProgress(roadmap, book, today), rows, anchors: itemAnchors(roadmap) };
}

function depths(roadmap: ResolvedRoadmap): Map<ResolvedItem, number> {
  const out = new Map<ResolvedItem, number>();
  const visit = (items: ResolvedItem[], d: number) => {
    for (const i of items) {
      out.set(i, d);
      visit(i.items, d + 1);
    }
  };
  for (const s of roadmap.sections) visit(s.items, 0);
  return out;
}
