import type { OccurrenceStatus } from '../model/status.js';

/** The status file of a roadmap lives beside it: `roadmaps/x.yaml` → `roadmaps/x.status.yaml`. */
export function statusFilePath(roadmapSource: string): string {
  return roadmapSource.replace(/\.ya?ml$/i, '') + '.status.yaml';
}

/** The occurrence key written in the status file: its deadline, or `undated` for an item without dates. */
export const UNDATED_KEY = 'undated';

/** Fields of one occurrence in the status file, in the order they are written. */
export const STATUS_FIELDS = ['status', 'done', 'evidence', 'comment', 'fact'] as const;
export type StatusField = (typeof STATUS_FIELDS)[number];

/** What to record for one occurrence, with a human label for the YAML comment of a new item. */
export interface StatusUpdate {
  entry: OccurrenceStatus;
  /** «1.1 Разработка плана-графика» — written as a comment beside a new item's uid. */
  label: string;
}

export function fieldValue(entry: OccurrenceStatus, field: StatusField): string | null {
  switch (field) {
    case 'status':
      return entry.status;
    case 'done':
      return entry.doneDate;
    case 'evidence':
      return entry.evidence;
    case 'comment':
      return entry.comment;
    case 'fact':
      return entry.fact ?? null;
  }
}

export function occurrenceKeyOf(entry: OccurrenceStatus): string {
  return entry.deadline ?? UNDATED_KEY;
}
