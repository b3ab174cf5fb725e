import type { ResolvedRoadmap } from '../model/resolved.js';
import type { Counts } from './progress.js';

/** A roadmap with its progress: the site's RoadmapView, the regional summary's line. */
interface WithProgress {
  roadmap: ResolvedRoadmap;
  progress: Counts;
}

/** Shared by the site's region page and the regional summary XLSX (#20): one grouping, one set of numbers. */
export interface District<V extends WithProgress = WithProgress> {
  /** The issuer as written («Управление образования … района»), '' when the roadmaps do not say. */
  name: string;
  anchor: string;
  views: V[];
  counts: Counts;
}

/**
 * Roadmaps grouped by issuer (район): a region's build holds many districts' roadmaps. Districts keep the order
 * in which their first roadmap comes; roadmaps without an issuer form one group at the end.
 */
export function districts<V extends WithProgress>(views: readonly V[]): District<V>[] {
  const groups = new Map<string, District<V>>();
  for (const v of views) {
    const name = v.roadmap.issuer.join(' ').replace(/\s+/g, ' ').trim();
    const key = name.toLowerCase().replace(/ё/g, 'е');
    let d = groups.get(key);
    if (!d) groups.set(key, (d = { name, anchor: '', views: [], counts: zero() }));
    d.views.push(v);
    for (const f of FIELDS) d.counts[f] += v.progress[f];
  }
  const list = [...groups.values()].sort((a, b) => Number(a.name === '') - Number(b.name === ''));
  list.forEach((d, i) => (d.anchor = `district-${i + 1}`));
  return list;
}

const FIELDS = ['total', 'done', 'in_progress', 'not_started', 'failed', 'overdue'] as const;

function zero(): Counts {
  return { total: 0, done: 0, in_progress: 0, not_started: 0, failed: 0, overdue: 0 };
}

export function sumCounts(list: readonly Counts[]): Counts {
  const c = zero();
  for (const x of list) for (const f of FIELDS) c[f] += x[f];
  return c;
}

/** Done, overdue, still ahead and the percentage done of a count, as the site and the regional summary show them. */
export function split(c: Counts): { done: number; overdue: number; ahead: number; percent: number } {
  const ahead = c.total - c.done - c.overdue;
  return { done: c.done, overdue: c.overdue, ahead, percent: c.total ? Math.round((c.done / c.total) * 100) : 0 };
}
