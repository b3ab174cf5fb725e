import type { OccurrenceStatus, StatusValue } from '../model/status.js';
import type { TrackerBaseline } from '../tracker/provenance.js';
import { parseStatusValue } from './status-values.js';
import { cellDate } from './tracker-cells.js';

type Field = 'status' | 'doneDate' | 'evidence' | 'comment' | 'fact';
const FIELDS: readonly Field[] = ['status', 'doneDate', 'evidence', 'comment', 'fact'];

/** Why a change from the tracker waits for `--force`. */
type HeldReason =
  /** «выполнено» → «не начато», or a recorded date, document or comment emptied. */
  | 'backwards'
  /** The status file changed this value after the tracker was built, and the tracker says something else. */
  | 'conflict'
  /** A tracker without provenance (built before it existed) would replace a recorded value. */
  | 'no-baseline';

export interface HeldChange {
  field: Field;
  from: string | null;
  to: string | null;
  reason: HeldReason;
}

/** The baseline of a row as an entry (null when the tracker's provenance does not know the row). */
export function baselineEntry(
  baseline: TrackerBaseline,
  key: string,
  like: Pick<OccurrenceStatus, 'uid' | 'deadline'>,
): OccurrenceStatus | null {
  const row = baseline.rows.get(key);
  if (!row) return null;
  return {
    uid: like.uid,
    deadline: like.deadline,
    status: parseStatusValue(row.status) ?? 'не начато',
    doneDate: cellDate(row.done) ?? null,
    evidence: row.evidence || null,
    comment: row.comment || null,
    fact: row.fact || null,
  };
}

const EMPTY = { status: 'не начато', doneDate: null, evidence: null, comment: null } as const;

/**
 * A three-way merge of one row: `tracker` (what the person left in the file), `recorded` (the status file now)
 * and `base` (what the tracker showed when built). Only the fields the person changed are taken; a change
 * backwards or against a newer record is held unless `force`. Without a base (an older tracker) every
 * difference counts as a change, but a recorded value is never replaced or emptied without `force`.
 */
export function mergeRow(
  tracker: OccurrenceStatus,
  recorded: OccurrenceStatus | null,
  base: OccurrenceStatus | null,
  force: boolean,
): { merged: OccurrenceStatus; held: HeldChange[] } {
  // Nothing recorded yet: an empty entry (with no fact at all, as the status file would read it).
  const now: OccurrenceStatus = recorded ?? { uid: tracker.uid, deadline: tracker.deadline, ...EMPTY };
  const merged: OccurrenceStatus = { ...now };
  const held: HeldChange[] = [];
  for (const field of FIELDS) {
    // A tracker without a «Факт» column says nothing about the fact (undefined), which is not «emptied».
    if (tracker[field] === undefined) continue;
    const to = tracker[field] ?? null;
    const from = now[field] ?? null;
    if (base && to === (base[field] ?? null)) continue; // left as built: the status file's value stands
    if (to === from) continue;
    const reason: HeldReason | null = base
      ? from !== (base[field] ?? null)
        ? 'conflict'
        : backwards(field, from, to)
          ? 'backwards'
          : null
      : backwards(field, from, to)
        ? 'backwards'
        : field !== 'status' && from !== null
          ? 'no-baseline'
          : null;
    if (reason && !force) {
      held.push({ field, from, to, reason });
      continue;
    }
    (merged as unknown as Record<Field, string | null>)[field] = to;
  }
  return { merged, held };
}

const RANK: Record<StatusValue, number> = { 'не начато': 0, 'в работе': 1, выполнено: 2, 'не выполнено': 2 };

function backwards(field: Field, from: string | null, to: string | null): boolean {
  if (field !== 'status') return from !== null && to === null;
  const a = RANK[from as StatusValue];
  const b = RANK[to as StatusValue];
  // A final verdict (выполнено / не выполнено) changed into anything else is a step back too.
  return b < a || (a === 2 && from !== to);
}
