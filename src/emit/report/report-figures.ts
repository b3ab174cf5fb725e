import type { ResolvedItem, ResolvedRoadmap } from '../../model/resolved.js';
import type { StatusBook, StatusValue } from '../../model/status.js';
import {
  trackedOccurrences,
  trackerLines,
  type TrackedOccurrence,
  type TrackerLine,
} from '../../tracker/occurrences.js';
import type { IsoDate, Period } from '../../schedule/types.js';

/** The figures of a report for one group (a section, or the whole roadmap). */
export interface ReportCounts {
  /** Items (мероприятия) with a deadline in the period, or without dates. */
  items: number;
  /** Their deadlines (сроки) in the period; an undated item counts once. */
  deadlines: number;
  /** Deadlines on or before the report date: what could have been done by now. */
  due: number;
  /** Of the due deadlines: done, in progress, not started, failed; `overdue` = due and not done. */
  done: number;
  inProgress: number;
  notStarted: number;
  failed: number;
  overdue: number;
  /** Deadlines after the report date that are already done. */
  doneEarly: number;
  /** Deadlines after the report date: not failures, just not yet due. */
  upcoming: number;
  /** Undated items (external schedules): not counted as due; how many of them are done. */
  undated: number;
  undatedDone: number;
}

export interface ReportFigures extends ReportCounts {
  sections: (ReportCounts & { title: string })[];
}

const inPeriod = (o: TrackedOccurrence, period: Period) =>
  o.deadline === null || (o.deadline >= period.start && o.deadline <= period.end);

/** The occurrences a report covers: deadlines inside the period (and undated items). */
function reportOccurrences(roadmap: ResolvedRoadmap, period: Period): TrackedOccurrence[] {
  return trackedOccurrences(roadmap).filter((o) => inPeriod(o, period));
}

export type ReportLine = TrackerLine;

/** The tracker's lines a report shows: occurrences in the period, and heading items over any of them. */
export function reportLines(roadmap: ResolvedRoadmap, period: Period): ReportLine[] {
  const lines = trackerLines(roadmap);
  const keep = lines.map((l) => l.kind === 'occurrence' && inPeriod(l.occurrence, period));
  // A heading item stays when one of the lines under it (its sub-items come right after it) stays.
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i]!;
    if (line.kind !== 'group') continue;
    const under = new Set<unknown>();
    const collect = (items: readonly ResolvedItem[]) => items.forEach((x) => (under.add(x), collect(x.items)));
    collect(line.item.items);
    for (let j = i + 1; j < lines.length; j++) {
      const l = lines[j]!;
      const item = l.kind === 'group' ? l.item : l.occurrence.item;
      if (!under.has(item)) break;
      if (keep[j]) {
        keep[i] = true;
        break;
      }
    }
  }
  return lines.filter((_, i) => keep[i]);
}

/**
 * Honest figures as of `today`: «выполнено, %» is of the deadlines already due, not of all of them; items and
 * deadlines are counted apart; a deadline still ahead is «срок не наступил», never a failure.
 */
export function reportFigures(
  roadmap: ResolvedRoadmap,
  book: StatusBook,
  period: Period,
  today: IsoDate,
): ReportFigures {
  const total = zero();
  const sections = roadmap.sections.map((s) => ({ title: s.title ?? '', ...zero() }));
  const itemsSeen = new Set<unknown>();
  for (const occ of reportOccurrences(roadmap, period)) {
    const status: StatusValue = book.get(occ.key)?.status ?? 'не начато';
    const counters = [total, sections[occ.sectionIndex]!];
    const newItem = !itemsSeen.has(occ.item);
    itemsSeen.add(occ.item);
    for (const c of counters) {
      if (newItem) c.items++;
      c.deadlines++;
      if (occ.deadline === null) {
        c.undated++;
        if (status === 'выполнено') c.undatedDone++;
        continue;
      }
      if (occ.deadline > today) {
        c.upcoming++;
        if (status === 'выполнено') c.doneEarly++;
        continue;
      }
      c.due++;
      if (status === 'выполнено') c.done++;
      else {
        c.overdue += occ.deadline < today ? 1 : 0;
        if (status === 'в работе') c.inProgress++;
        else if (status === 'не выполнено') c.failed++;
        else c.notStarted++;
      }
    }
  }
  return { ...total, sections };
}

/** Done of the due deadlines, in whole percent; «—» when nothing is due yet. */
export function duePercent(c: ReportCounts): string {
  return c.due ? `${Math.round((c.done / c.due) * 100)}\u00a0%` : '—';
}

const zero = (): ReportCounts => ({
  items: 0,
  deadlines: 0,
  due: 0,
  done: 0,
  inProgress: 0,
  notStarted: 0,
  failed: 0,
  overdue: 0,
  doneEarly: 0,
  upcoming: 0,
  undated: 0,
  undatedDone: 0,
});
