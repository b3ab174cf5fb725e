import type { ResolvedRoadmap } from '../model/resolved.js';
import { statusKey, type OccurrenceStatus, type StatusBook } from '../model/status.js';
import { richTextToPlain } from '../resolve/rich-text.js';
import { ruDate } from '../util/dates.js';
import { trackedOccurrences, type TrackedOccurrence } from '../tracker/occurrences.js';
import type { StatusUpdate } from './status-file.js';
import type { TrackerRecord } from './read-tracker.js';
import type { TrackerBaseline } from '../tracker/provenance.js';
import { cellDate } from './tracker-cells.js';
import { parseStatusValue } from './status-values.js';
import { hasContent } from './write-status-file.js';
import { baselineEntry, mergeRow, type HeldChange } from './merge-row.js';
import { likelyItem } from './likely-item.js';

interface TrackerWarning {
  row: number;
  message: string;
}

export interface RoadmapInput {
  roadmap: ResolvedRoadmap;
  book: StatusBook;
}

export interface MatchResult {
  /** Changed statuses per roadmap id (only those that differ from what the status file has). */
  updates: Map<string, StatusUpdate[]>;
  warnings: TrackerWarning[];
  /** Rows matched to an occurrence. */
  matched: number;
  /** Matched rows that carry a status other than «не начато» or any filled-in field. */
  recorded: number;
  changed: number;
  unmatched: number;
  /** Changes not applied without `--force`: backwards, in conflict with a newer record, or unprovable. */
  held: { row: number; label: string; changes: HeldChange[] }[];
}

export interface MatchOptions {
  /** What the tracker showed when built (its provenance sheet); null for a tracker built before it existed. */
  baseline?: TrackerBaseline | null;
  /** Apply the held changes too. */
  force?: boolean;
}

/**
 * Matches tracker rows to the roadmaps' occurrences by the hidden key (item uid + deadline). A row that cannot
 * be matched — its item was deleted or retitled (the uid follows the title), or its deadline left the schedule —
 * is reported with its row number, never guessed (the likeliest item is named in the message).
 * Only what the person changed in this tracker is recorded (src/status/merge-row.ts): a row left as it was
 * built never overwrites the status file, so an old tracker or another executor's does not undo newer records.
 */
export function matchTracker(
  records: readonly TrackerRecord[],
  inputs: readonly RoadmapInput[],
  options: MatchOptions = {},
): MatchResult {
  const byKey = new Map<string, { input: RoadmapInput; occurrence: TrackedOccurrence }>();
  const byUid = new Map<string, TrackedOccurrence>();
  for (const input of inputs) {
    for (const occurrence of trackedOccurrences(input.roadmap)) {
      byKey.set(occurrence.key, { input, occurrence });
      byUid.set(occurrence.item.uid, occurrence);
    }
  }
  const result: MatchResult = {
    updates: new Map(),
    warnings: [],
    matched: 0,
    recorded: 0,
    changed: 0,
    unmatched: 0,
    held: [],
  };
  const seen = new Map<string, number>();
  for (const rec of records) {
    const label = rowLabel(rec);
    const warn = (message: string) => result.warnings.push({ row: rec.row, message });
    const filled =
      rec.evidence !== '' ||
      rec.comment !== '' ||
      !!rec.fact ||
      cellDate(rec.done) !== null ||
      (rec.status !== '' && parseStatusValue(rec.status) !== 'не начато');
    if (rec.key === '') {
      if (filled) warn(`${label}: нет ключа строки (строка добавлена вручную?) — статус не перенесён.`);
      continue;
    }
    const hit = byKey.get(rec.key);
    if (!hit) {
      result.unmatched++;
      warn(unmatchedMessage(rec, label, byUid, inputs));
      continue;
    }
    const first = seen.get(rec.key);
    if (first !== undefined) {
      warn(`${label}: повторяет строку ${first} (тот же ключ) — строка пропущена.`);
      continue;
    }
    seen.set(rec.key, rec.row);
    const status = rec.status === '' ? 'не начато' : parseStatusValue(rec.status);
    if (!status) {
      warn(
        `${label}: неизвестный статус «${rec.status}» — допустимы «не начато», «в работе», «выполнено», «не выполнено»; строка пропущена.`,
      );
      continue;
    }
    let doneDate = cellDate(rec.done);
    if (doneDate === undefined) {
      warn(
        `${label}: дата выполнения «${String(rec.done)}» не распознана (пишите ДД.ММ.ГГГГ) — записан только статус.`,
      );
      doneDate = null;
    }
    result.matched++;
    const { occurrence, input } = hit;
    const entry: OccurrenceStatus = {
      uid: occurrence.item.uid,
      deadline: occurrence.deadline,
      status,
      doneDate,
      evidence: rec.evidence || null,
      comment: rec.comment || null,
      ...(rec.fact !== undefined ? { fact: rec.fact || null } : {}),
    };
    if (hasContent(entry)) result.recorded++;
    const before = input.book.get(statusKey(entry.uid, entry.deadline));
    const base = options.baseline ? baselineEntry(options.baseline, rec.key, entry) : null;
    const { merged, held } = mergeRow(entry, before ?? null, base, options.force === true);
    if (held.length) result.held.push({ row: rec.row, label, changes: held });
    if (before ? sameStatus(before, merged) : !hasContent(merged)) continue;
    result.changed++;
    const list = result.updates.get(input.roadmap.id) ?? [];
    list.push({ entry: merged, label: `${occurrence.item.number} ${richTextToPlain(occurrence.item.title)}` });
    result.updates.set(input.roadmap.id, list);
  }
  return result;
}

function unmatchedMessage(
  rec: TrackerRecord,
  label: string,
  byUid: Map<string, TrackedOccurrence>,
  inputs: readonly RoadmapInput[],
): string {
  const [uid = '', deadline = ''] = rec.key.split('#');
  if (byUid.has(uid)) {
    const when = /^\d{4}-\d{2}-\d{2}$/.test(deadline) ? `срока ${ruDate(deadline)}` : 'строки без срока';
    return `${label}: ${when} больше нет в графике мероприятия (изменён срок?) — статус не перенесён.`;
  }
  const roadmap = inputs.find((i) => uid.startsWith(`${i.roadmap.id}-`))?.roadmap;
  const likely = roadmap && rec.title ? likelyItem(roadmap, rec.title) : null;
  const hint = likely
    ? ` Похоже, это мероприятие ${likely.number} «${shorten(richTextToPlain(likely.title))}» — перенесите отметку в его строку нового трекера (или задайте мероприятиям «id», чтобы переименование не теряло статусы).`
    : '';
  return `${label}: мероприятие не найдено в дорожной карте (удалено или изменено его название) — статус не перенесён.${hint}`;
}

function shorten(text: string): string {
  const t = text.replace(/\s+/g, ' ');
  return t.length > 60 ? `${t.slice(0, 59)}…` : t;
}

function rowLabel(rec: TrackerRecord): string {
  return `${rec.number ? `${rec.number} ` : ''}«${shorten(rec.title)}»`;
}

function sameStatus(a: OccurrenceStatus, b: OccurrenceStatus): boolean {
  return (
    a.status === b.status &&
    a.doneDate === b.doneDate &&
    a.evidence === b.evidence &&
    a.comment === b.comment &&
    (a.fact ?? null) === (b.fact ?? null)
  );
}
