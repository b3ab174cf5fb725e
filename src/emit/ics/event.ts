import { sha1Hex } from '../../util/hash.js';
import type { Executor, ResolvedRoadmap } from '../../model/resolved.js';
import type { ItemVisit } from '../../model/walk.js';
import { describeItem, numbered } from './description.js';
import { icsDate, nextDay } from './dates.js';
import { recurrenceParts } from './recurrence.js';
import { itemAnchors, roadmapPagePath } from '../../model/site-paths.js';
import { statusKey, type StatusBook } from '../../model/status.js';
import { daysBetween, ruDate } from '../../util/dates.js';
import type { Occurrence } from '../../schedule/types.js';
import { days, eventsCount, richTextToLine } from './plain.js';
import { contentLine, escapeText, escapeTextList } from './text.js';

/** One item as a VEVENT, minus the lines that depend on the feed (DTSTAMP, SEQUENCE, LAST-MODIFIED). */
export interface IcsEvent {
  uid: string;
  /** Folded property lines (DTSTART … TRANSP), joined with CRLF: built once, written into several feeds. */
  props: string;
  /** Folded VALARM components, CRLF-joined ('' for none); RFC 5545 wants them after all the event's properties. */
  alarms: string;
  /** Content hash, carried in the feed as X-ROADMAP-HASH so the next build can tell a changed event. */
  hash: string;
}

/** What the emitter makes of an item: events, an undated item (listed only in the calendar description), or nothing. */
export type ItemEntry =
  | { kind: 'event'; events: IcsEvent[]; executors: Executor[] }
  | { kind: 'undated'; executors: Executor[] }
  | { kind: 'heading' };

/** Whether an item is an event, an undated item or a heading, without making the event. */
export function entryKind({ item }: ItemVisit): ItemEntry['kind'] {
  if (item.when.trim() === '') return 'heading';
  const { schedule } = item;
  const dated = schedule.kind === 'once' || schedule.kind === 'recurring' || schedule.kind === 'continuous';
  return dated && schedule.occurrences.length > 0 ? 'event' : 'undated';
}

/** What the events of every item share: the feed's settings and the roadmap's recorded statuses. */
export interface EventOptions {
  /** Whole days before the deadline, farthest first (normaliseReminders). */
  reminderDays: readonly number[];
  /** The hour of the working day reminders start at, in minutes after local midnight (09:00 → 540). */
  reminderMinutes: number;
  statuses: StatusBook;
  /** The published address of out/ (config baseUrl) for the event's URL, or null. */
  baseUrl: string | null;
}

/** Outlook cuts SUMMARY at 255 characters; the full title is in DESCRIPTION. */
const SUMMARY_LIMIT = 255;

export function itemEntry(visit: ItemVisit, roadmap: ResolvedRoadmap, options: EventOptions): ItemEntry {
  const { item } = visit;
  const kind = entryKind(visit);
  if (kind === 'heading') return { kind };
  if (kind === 'undated') return { kind, executors: item.executors };
  const ends = [...new Set(item.schedule.occurrences.map((o) => o.end))].sort();
  const parts = recurrenceParts(ends);
  const title = numbered(item.number, richTextToLine(item.title));
  const description = describeItem(visit, roadmap);
  const url = options.baseUrl
    ? `${options.baseUrl.replace(/\/+$/, '')}/${roadmapPagePath(roadmap.id)}#${itemAnchors(roadmap).get(item.uid) ?? ''}`
    : null;
  const events = parts.map((part, k) => {
    const uid = k === 0 ? item.uid : partUid(item.uid, k + 1);
    const progress = partProgress(item.uid, part.dates, options.statuses);
    const summary = shortened(`${progress.done ? '✔ ' : ''}${title}`);
    const body: string[] = [
      `DTSTART;VALUE=DATE:${icsDate(part.dates[0]!)}`,
      `DTEND;VALUE=DATE:${icsDate(nextDay(part.dates[0]!))}`,
    ];
    if (part.rrule) body.push(contentLine('RRULE', part.rrule));
    body.push(contentLine('SUMMARY', escapeText(summary)));
    const notes = [...progress.lines];
    if (summary !== `${progress.done ? '✔ ' : ''}${title}`) notes.push(`Полное название: ${title}`);
    if (parts.length > 1) notes.push(`Сроки этого мероприятия разделены на ${eventsCount(parts.length)} календаря.`);
    const full = notes.length ? `${notes.join('\n')}\n\n${description}` : description;
    body.push(contentLine('DESCRIPTION', escapeText(full)));
    if (visit.section.title) body.push(contentLine('CATEGORIES', escapeTextList([visit.section.title])));
    if (url) body.push(contentLine('URL', url, ';VALUE=URI'));
    if (progress.cancelled) body.push('STATUS:CANCELLED');
    else if (progress.done) body.push('STATUS:CONFIRMED');
    body.push('TRANSP:TRANSPARENT');
    const alarms: string[] = [];
    // Done or cancelled work needs no reminding; the event stays as history.
    if (!progress.done && !progress.cancelled) {
      const minutes = options.reminderMinutes + spread(item.uid);
      for (const n of options.reminderDays) {
        const when = n === 0 ? 'Сегодня срок' : `Через ${days(n)} срок`;
        alarms.push(
          'BEGIN:VALARM',
          'ACTION:DISPLAY',
          `TRIGGER:${alarmTrigger(n, minutes)}`,
          contentLine('DESCRIPTION', escapeText(shortened(`${when}: ${title}`))),
          'END:VALARM',
        );
      }
      // A window of several years («2020-2022») is also reminded of at each year's end inside it, the
      // farthest reminder day before: a single reminder a week before 31.12.2022 comes two years too late.
      const lead = options.reminderDays[0] ?? 0;
      for (const checkpoint of yearlyCheckpoints(item.schedule.occurrences, part.dates)) {
        const n = daysBetween(checkpoint, part.dates[0]!) + lead;
        alarms.push(
          'BEGIN:VALARM',
          'ACTION:DISPLAY',
          `TRIGGER:${alarmTrigger(n, minutes)}`,
          contentLine(
            'DESCRIPTION',
            escapeText(shortened(`Итоги ${checkpoint.slice(0, 4)} года (срок — ${ruDate(part.dates[0]!)}): ${title}`)),
          ),
          'END:VALARM',
        );
      }
    }
    const props = body.join('\r\n');
    const alarmText = alarms.join('\r\n');
    const hash = sha1Hex(`${props}\n${alarmText}`).slice(0, 16);
    return { uid, props, alarms: alarmText, hash };
  });
  return { kind: 'event', events, executors: item.executors };
}

/**
 * The UID of the k-th event (k ≥ 2) of an item whose deadlines need several: `<uid>.k@…`. Item ids, roadmap ids
 * and title hashes never contain a dot, so this never meets another item's UID.
 */
function partUid(uid: string, k: number): string {
  const at = uid.lastIndexOf('@');
  return at < 0 ? `${uid}.${k}` : `${uid.slice(0, at)}.${k}${uid.slice(at)}`;
}

/**
 * Reminders of a pile of deadlines on one day do not all fire at once: each item's reminders come at the working
 * hour plus 0, 5, … 55 minutes, a fixed offset from its UID (so it never changes when other items come and go).
 */
function spread(uid: string): number {
  return (parseInt(sha1Hex(uid).slice(0, 8), 16) % 12) * 5;
}

/**
 * An all-day event starts at local midnight; `-P7D` would fire at 00:00. The trigger is counted from that midnight
 * to the working hour `minutes` of the day `n` days before: `-P6DT15H` is 09:00 seven days before.
 */
function alarmTrigger(n: number, minutes: number): string {
  const before = n * 24 * 60 - minutes;
  const sign = before > 0 ? '-' : '';
  const total = Math.abs(before);
  const d = Math.floor(total / 1440);
  const h = Math.floor((total % 1440) / 60);
  const m = total % 60;
  if (total === 0) return 'PT0S';
  return `${sign}P${d ? `${d}D` : ''}${h || m ? 'T' : ''}${h ? `${h}H` : ''}${m ? `${m}M` : ''}`;
}

/** 31 December of every year a one-deadline item's window covers before the deadline's year. */
function yearlyCheckpoints(occurrences: readonly Occurrence[], dates: readonly string[]): string[] {
  if (occurrences.length !== 1 || dates.length !== 1) return [];
  const { start, end } = occurrences[0]!;
  const out: string[] = [];
  for (let y = Number(start.slice(0, 4)); y < Number(end.slice(0, 4)); y++) out.push(`${y}-12-31`);
  return out;
}

function shortened(text: string): string {
  const chars = [...text];
  return chars.length <= SUMMARY_LIMIT ? text : `${chars.slice(0, SUMMARY_LIMIT - 1).join('')}…`;
}

/** Done when every deadline of the event is recorded done; cancelled when every one is cancelled. */
function partProgress(
  uid: string,
  dates: readonly string[],
  statuses: StatusBook,
): { done: boolean; cancelled: boolean; lines: string[] } {
  const recorded = dates.map((d) => statuses.get(statusKey(uid, d)) ?? null);
  const done = recorded.every((r) => r?.status === 'выполнено');
  // «отменено» is not a tracker status yet (src/model/status.ts, #15a); once it is, the event says CANCELLED.
  const cancelled = recorded.every((r) => (r?.status as string | undefined) === 'отменено');
  const lines: string[] = [];
  for (const r of recorded) {
    if (r?.status !== 'выполнено') continue;
    const when = r.doneDate ? ` ${ruDate(r.doneDate)}` : '';
    lines.push(`✔ Выполнено${when} (срок ${ruDate(r.deadline!)})`);
  }
  if (cancelled) lines.push('Мероприятие отменено.');
  return { done, cancelled, lines };
}

/** Reminder offsets as the feed uses them: whole days, no repeats, farthest first. */
export function normaliseReminders(reminderDays: readonly number[]): number[] {
  return [...new Set(reminderDays.filter((n) => Number.isInteger(n) && n >= 0 && n <= 366))].sort((a, b) => b - a);
}
