import type { IsoDate } from '../schedule/types.js';

/** Progress of one occurrence, as the tracker's «Статус» dropdown spells it. */
export const STATUS_VALUES = ['не начато', 'в работе', 'выполнено', 'не выполнено'] as const;
export type StatusValue = (typeof STATUS_VALUES)[number];

/** What was recorded for one occurrence of one item. */
export interface OccurrenceStatus {
  /** The item's UID (ResolvedItem.uid). */
  uid: string;
  /** The occurrence's deadline (its `end`), or null for an undated (external/unknown) item's single row. */
  deadline: IsoDate | null;
  status: StatusValue;
  /** «Дата выполнения». */
  doneDate: IsoDate | null;
  /** «Подтверждающий документ»: a link or a document reference. */
  evidence: string | null;
  comment: string | null;
  /** «Факт»: what was achieved, for an item with a measurable target (#20); absent when not recorded. */
  fact?: string | null;
}

/** Recorded statuses of one roadmap, keyed by `statusKey(uid, deadline)`. */
export type StatusBook = ReadonlyMap<string, OccurrenceStatus>;

export function statusKey(uid: string, deadline: IsoDate | null): string {
  return `${uid}#${deadline ?? 'undated'}`;
}
