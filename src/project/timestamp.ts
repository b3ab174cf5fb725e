import type { ResolvedRoadmap } from '../model/resolved.js';

/**
 * The timestamp written into documents. SOURCE_DATE_EPOCH (seconds) wins; otherwise a date taken from the
 * roadmap itself (approval date, else the period's first day), so the same input always gives the same bytes.
 */
export function documentTimestamp(roadmap: Dated, sourceDateEpoch: string | undefined): Date {
  const epoch = parseEpoch(sourceDateEpoch);
  if (epoch) return epoch;
  return new Date(`${roadmap.approval?.date ?? roadmap.period.start}T00:00:00Z`);
}

/** What the timestamps are taken from. */
export type Dated = Pick<ResolvedRoadmap, 'approval' | 'period'>;

export function buildTimestamp(roadmaps: readonly Dated[], sourceDateEpoch: string | undefined): Date {
  const epoch = parseEpoch(sourceDateEpoch);
  if (epoch) return epoch;
  let latest = new Date('2000-01-01T00:00:00Z');
  for (const r of roadmaps) {
    const t = documentTimestamp(r, undefined);
    if (t > latest) latest = t;
  }
  return latest;
}

function parseEpoch(value: string | undefined): Date | null {
  if (value === undefined || !/^\d+$/.test(value.trim())) return null;
  return new Date(Number(value.trim()) * 1000);
}
