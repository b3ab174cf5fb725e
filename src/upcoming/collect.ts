import type { ResolvedItem, ResolvedRoadmap } from '../model/resolved.js';
import { statusKey, type StatusBook, type StatusValue } from '../model/status.js';
import { walkItems } from '../model/walk.js';
import { addDays } from '../util/dates.js';
import { plainText } from './plain-text.js';

/** One deadline: the end of one occurrence of one item. */
export interface Deadline {
  roadmapId: string;
  roadmapTitle: string;
  source: string;
  number: string;
  uid: string;
  title: string;
  /** The phrase as written in the roadmap. */
  when: string;
  start: string;
  date: string;
  executors: string[];
  status: StatusValue | null;
}

interface DateGroup {
  date: string;
  deadlines: Deadline[];
}

export interface UpcomingReport {
  today: string;
  /** Last day of the window, inclusive. */
  until: string;
  days: number;
  /** Deadlines before today (inside their roadmap's period) not recorded as done, oldest first. */
  overdue: Deadline[];
  /** Deadlines from today to `until`, grouped by date. */
  upcoming: DateGroup[];
}

export interface UpcomingOptions {
  today: string;
  days: number;
  /** An executor id (exact) or part of an executor's name (case-insensitive). */
  executor?: string;
  statusesFor?: (roadmap: ResolvedRoadmap) => StatusBook;
}

/**
 * What is due soon. Overdue deadlines are those already past but still inside their roadmap's period — a
 * roadmap is a plan for that period, so nothing before its start can be late. Done occurrences are left out.
 */
export function collectUpcoming(roadmaps: readonly ResolvedRoadmap[], options: UpcomingOptions): UpcomingReport {
  const { today, days } = options;
  const until = addDays(today, days);
  const overdue: Deadline[] = [];
  const soon: Deadline[] = [];
  for (const roadmap of roadmaps) {
    const statuses = options.statusesFor?.(roadmap) ?? new Map();
    for (const { item } of walkItems(roadmap)) {
      if (options.executor && !matchesExecutor(item, options.executor)) continue;
      for (const occ of item.schedule.occurrences) {
        if (occ.end > until || occ.end < roadmap.period.start) continue;
        const status = statuses.get(statusKey(item.uid, occ.end))?.status ?? null;
        if (status === 'выполнено') continue;
        const d = toDeadline(roadmap, item, occ.start, occ.end, status);
        (occ.end < today ? overdue : soon).push(d);
      }
    }
  }
  overdue.sort(byDate);
  soon.sort(byDate);
  const upcoming: DateGroup[] = [];
  for (const d of soon) {
    const last = upcoming[upcoming.length - 1];
    if (last && last.date === d.date) last.deadlines.push(d);
    else upcoming.push({ date: d.date, deadlines: [d] });
  }
  return { today, until, days, overdue, upcoming };
}

export function matchesExecutor(item: ResolvedItem, filter: string): boolean {
  const f = filter.trim().toLowerCase().replace(/ё/g, 'е');
  return item.executors.some(
    (e) => (e.id !== null && e.id.toLowerCase() === f) || e.name.toLowerCase().replace(/ё/g, 'е').includes(f),
  );
}

function toDeadline(
  roadmap: ResolvedRoadmap,
  item: ResolvedItem,
  start: string,
  date: string,
  status: StatusValue | null,
): Deadline {
  return {
    roadmapId: roadmap.id,
    roadmapTitle: [roadmap.title, ...roadmap.subtitle].join(' '),
    source: roadmap.source,
    number: item.number,
    uid: item.uid,
    title: plainText(item.title),
    when: item.when,
    start,
    date,
    executors: item.executors.map((e) => e.name),
    status,
  };
}

function byDate(a: Deadline, b: Deadline): number {
  return a.date < b.date
    ? -1
    : a.date > b.date
      ? 1
      : a.roadmapId.localeCompare(b.roadmapId) || compareNumbers(a.number, b.number);
}

function compareNumbers(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? -1) - (pb[i] ?? -1);
    if (d !== 0 && !Number.isNaN(d)) return d;
  }
  return a.localeCompare(b);
}
