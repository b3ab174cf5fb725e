import { sha1Hex } from '../../util/hash.js';
import type { Executor, ResolvedRoadmap } from '../../model/resolved.js';
import type { ItemVisit } from '../../model/walk.js';
import { describeItem, numbered, type WindowsShown } from './description.js';
import { icsDate, nextDay } from './dates.js';
import { recurrenceParts, type RecurrencePart } from './recurrence.js';
import { calendarUid } from '../../resolve/uid.js';
import type { CalendarWindows } from '../emitter.js';
import { itemAnchors, roadmapPagePath } from '../../model/site-paths.js';
import { statusKey, type StatusBook } from '../../model/status.js';
import { addDays, daysBetween, ruDate, type IsoDate } from '../../util/dates.js';
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
  /** The UIDs' domain (config uidDomain, else baseUrl's host); null: `@roadmap`. */
  uidDomain: string | null;
  /** How windows such as «Август-сентябрь» are shown (config calendarWindows). */
  windows: CalendarWindows;
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
  const url = options.baseUrl
    ? `${options.baseUrl.replace(/\/+$/, '')}/${roadmapPagePath(roadmap.id)}#${itemAnchors(roadmap).get(item.uid) ?? ''}`
    : null;
  const windows = windowsByEnd(item.schedule.kind === 'continuous' ? [] : item.schedule.occurrences);
  // Window starts that get a «Начало» marker: every window's with `start`; with `span`, those of the parts that
  // cannot be written as spans.
  const markerStarts: IsoDate[] = [];
  const spans = parts.map((part) => (options.windows === 'span' ? spanOf(part, windows) : null));
  const description = describeItem(visit, roadmap, windowsShown(options.windows, windows.size > 0, spans));
  const makeEvent = (spec: EventSpec): IcsEvent => {
    const progress = partProgress(item.uid, spec.deadlines, options.statuses);
    const summary = shortened(`${progress.done ? '✔ ' : ''}${spec.prefix}${title}`);
    const body: string[] = [`DTSTART;VALUE=DATE:${icsDate(spec.start)}`, `DTEND;VALUE=DATE:${icsDate(spec.end)}`];
    if (spec.rrule) body.push(contentLine('RRULE', spec.rrule));
    body.push(contentLine('SUMMARY', escapeText(summary)));
    const notes = [...spec.notes, ...progress.lines];
    if (summary !== `${progress.done ? '✔ ' : ''}${spec.prefix}${title}`) notes.push(`Полное название: ${title}`);
    if (parts.length > 1) notes.push(`Сроки этого мероприятия разделены на ${eventsCount(parts.length)} календаря.`);
    const full = notes.length ? `${notes.join('\n')}\n\n${description}` : description;
    body.push(contentLine('DESCRIPTION', escapeText(full)));
    if (visit.section.title) body.push(contentLine('CATEGORIES', escapeTextList([visit.section.title])));
    if (url) body.push(contentLine('URL', url, ';VALUE=URI'));
    if (progress.cancelled) body.push('STATUS:CANCELLED');
    else if (progress.done) body.push('STATUS:CONFIRMED');
    body.push('TRANSP:TRANSPARENT');
    const alarms: string[] = [];
    // Done or cancelled work needs no reminding; the event stays as history. Start markers are not reminded of.
    if (spec.alarms && !progress.done && !progress.cancelled) {
      const minutes = options.reminderMinutes + spread(item.uid);
      // Triggers count from DTSTART: a span starts `shift` days before its deadline.
      const shift = daysBetween(spec.start, spec.deadlines[0]!);
      for (const n of options.reminderDays) {
        const when = n === 0 ? 'Сегодня срок' : `Через ${days(n)} срок`;
        alarms.push(
          'BEGIN:VALARM',
          'ACTION:DISPLAY',
          `TRIGGER:${alarmTrigger(n - shift, minutes)}`,
          contentLine('DESCRIPTION', escapeText(shortened(`${when}: ${title}`))),
          'END:VALARM',
        );
      }
      // A window of several years («2020-2022») is also reminded of at each year's end inside it, the
      // farthest reminder day before: a single reminder a week before 31.12.2022 comes two years too late.
      const lead = options.reminderDays[0] ?? 0;
      for (const checkpoint of yearlyCheckpoints(item.schedule.occurrences, spec.deadlines)) {
        const n = daysBetween(checkpoint, spec.deadlines[0]!) + lead;
        alarms.push(
          'BEGIN:VALARM',
          'ACTION:DISPLAY',
          `TRIGGER:${alarmTrigger(n - shift, minutes)}`,
          contentLine(
            'DESCRIPTION',
            escapeText(
              shortened(`Итоги ${checkpoint.slice(0, 4)} года (срок — ${ruDate(spec.deadlines[0]!)}): ${title}`),
            ),
          ),
          'END:VALARM',
        );
      }
    }
    const props = body.join('\r\n');
    const alarmText = alarms.join('\r\n');
    const hash = sha1Hex(`${props}\n${alarmText}`).slice(0, 16);
    return { uid: calendarUid(spec.key, options.uidDomain), props, alarms: alarmText, hash };
  };
  const events = parts.map((part, k) => {
    const key = k === 0 ? item.uid : partUid(item.uid, String(k + 1));
    const first = part.dates[0]!;
    const span = spans[k]!;
    if (options.windows === 'start' || (options.windows === 'span' && !span))
      for (const d of part.dates) if (windows.has(d)) markerStarts.push(windows.get(d)!);
    if (span) return makeEvent({ key, ...span, deadlines: part.dates, prefix: '', notes: [], alarms: true });
    const dates = { start: first, end: nextDay(first), rrule: part.rrule };
    return makeEvent({ key, ...dates, deadlines: part.dates, prefix: '', notes: [], alarms: true });
  });
  // Starts of windows as one-day markers, split into safe rules like the deadlines: `<uid>.start@…`,
  // `<uid>.start.2@…`. The deadline of the window each marker opens is what its status follows.
  const deadlineOf = new Map([...windows].map(([end, start]) => [start, end]));
  const markers = recurrenceParts([...new Set(markerStarts)].sort());
  for (const [k, part] of markers.entries()) {
    const key = partUid(item.uid, k === 0 ? 'start' : `start.${k + 1}`);
    const deadlines = part.dates.map((d) => deadlineOf.get(d)!);
    const note =
      part.dates.length === 1
        ? `Начало срока выполнения: ${ruDate(part.dates[0]!)}, срок — ${ruDate(deadlines[0]!)}.`
        : 'Начало срока выполнения; сам срок — в событии мероприятия.';
    const first = part.dates[0]!;
    events.push(
      makeEvent({
        key,
        start: first,
        end: nextDay(first),
        rrule: part.rrule,
        deadlines,
        prefix: 'Начало: ',
        notes: [note],
        alarms: false,
      }),
    );
  }
  return { kind: 'event', events, executors: item.executors };
}

function windowsShown(mode: CalendarWindows, any: boolean, spans: ReadonlyArray<unknown>): WindowsShown {
  if (!any || mode === 'deadline') return 'last';
  if (mode === 'start' || spans.every((s) => s === null)) return 'ends';
  return spans.every((s) => s !== null) ? 'whole' : 'mixed';
}

/** One VEVENT to write: its key (the UID before the domain), dates, and what its text and alarms say. */
interface EventSpec {
  key: string;
  start: IsoDate;
  /** Exclusive DTEND of the first instance. */
  end: IsoDate;
  rrule: string | null;
  /** The deadlines this event stands for: its status follows them, its reminders count to the first. */
  deadlines: readonly IsoDate[];
  prefix: string;
  notes: string[];
  alarms: boolean;
}

/** Windows of several days, deadline → first day; a deadline shared by windows with other starts is left out. */
function windowsByEnd(occurrences: readonly Occurrence[]): Map<IsoDate, IsoDate> {
  const out = new Map<IsoDate, IsoDate>();
  const clash = new Set<IsoDate>();
  for (const { start, end } of occurrences) {
    if (start >= end) continue;
    if (out.has(end) && out.get(end) !== start) clash.add(end);
    out.set(end, start);
  }
  for (const end of clash) out.delete(end);
  return out;
}

/**
 * The deadlines of one part as multi-day events, when every engine is sure to agree: each deadline closes a
 * window, all windows are equally long, and their first days are one safe rule (recurrence.ts) with as many
 * dates. Then DTSTART is the first window's first day, DTEND the day after its deadline and the rule repeats the
 * whole window. Windows of different lengths (quarters, months, «февраль-март» across a leap year) have no one
 * DURATION, and a rule for their starts would be a second rule no engine was checked on: those parts stay
 * one-day deadline events and get start markers instead (docs/calendars.md says so).
 */
function spanOf(
  part: RecurrencePart,
  windows: ReadonlyMap<IsoDate, IsoDate>,
): Omit<EventSpec, 'key' | 'deadlines' | 'prefix' | 'notes' | 'alarms'> | null {
  const starts = part.dates.map((d) => windows.get(d));
  if (starts.some((s) => s === undefined)) return null;
  const lengths = new Set(part.dates.map((d, i) => daysBetween(starts[i]!, d)));
  if (lengths.size !== 1) return null;
  const rules = recurrenceParts(starts as IsoDate[]);
  if (rules.length !== 1 || rules[0]!.dates.length !== part.dates.length) return null;
  const length = [...lengths][0]!;
  return { start: starts[0]!, end: addDays(starts[0]!, length + 1), rrule: rules[0]!.rrule };
}

/**
 * The UID of the k-th event (k ≥ 2) of an item whose deadlines need several: `<uid>.k@…`, and of its start
 * markers: `<uid>.start@…`. Item ids, roadmap ids and title hashes never contain a dot, so this never meets
 * another item's UID.
 */
function partUid(uid: string, k: string): string {
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
function yearlyCheckpoints(occurrences: readonly Occurrence[], dates: readonly IsoDate[]): string[] {
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
