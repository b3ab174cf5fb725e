import { sha1Hex } from '../../util/hash.js';
import type { Executor, ResolvedRoadmap } from '../../model/resolved.js';
import type { ItemVisit } from '../../model/walk.js';
import { describeItem, numbered } from './description.js';
import { icsDate, nextDay } from './dates.js';
import { compatibleRrule } from './rrule-compat.js';
import { days, richTextToLine } from './plain.js';
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

/** What the emitter makes of an item: an event, an undated item (listed only in the calendar description), or nothing. */
export type ItemEntry =
  | { kind: 'event'; event: IcsEvent; executors: Executor[] }
  | { kind: 'undated'; executors: Executor[] }
  | { kind: 'heading' };

/** An rrule from the schedule engine is machine-made; still, only this alphabet may ever reach the feed. */
const SAFE_RRULE = /^[A-Z0-9=;,+-]+$/;

/** Whether an item is an event, an undated item or a heading, without making the event. */
export function entryKind({ item }: ItemVisit): ItemEntry['kind'] {
  if (item.when.trim() === '') return 'heading';
  const { schedule } = item;
  const dated = schedule.kind === 'once' || schedule.kind === 'recurring' || schedule.kind === 'continuous';
  return dated && schedule.occurrences.length > 0 ? 'event' : 'undated';
}

export function itemEntry(visit: ItemVisit, roadmap: ResolvedRoadmap, reminderDays: readonly number[]): ItemEntry {
  const { item } = visit;
  const kind = entryKind(visit);
  if (kind === 'heading') return { kind };
  if (kind === 'undated') return { kind, executors: item.executors };
  const { schedule } = item;
  const ends = [...new Set(schedule.occurrences.map((o) => o.end))].sort();

  const summary = numbered(item.number, richTextToLine(item.title));
  const body: string[] = [];
  // A rule for a single deadline adds nothing, and ical.js (Thunderbird) drops an event whose UNTIL equals DTSTART.
  if (ends.length > 1 && schedule.rrule && schedule.dtstart && SAFE_RRULE.test(schedule.rrule)) {
    body.push(
      `DTSTART;VALUE=DATE:${icsDate(schedule.dtstart)}`,
      `DTEND;VALUE=DATE:${icsDate(nextDay(schedule.dtstart))}`,
    );
    body.push(contentLine('RRULE', compatibleRrule(schedule.rrule, schedule.dtstart)));
  } else {
    // Deadlines no rule describes (or a one-off): the first one is DTSTART, the others are RDATEs of the same event.
    body.push(`DTSTART;VALUE=DATE:${icsDate(ends[0]!)}`, `DTEND;VALUE=DATE:${icsDate(nextDay(ends[0]!))}`);
    if (ends.length > 1) body.push(contentLine('RDATE', ends.slice(1).map(icsDate).join(','), ';VALUE=DATE'));
  }
  body.push(contentLine('SUMMARY', escapeText(summary)));
  body.push(contentLine('DESCRIPTION', escapeText(describeItem(visit, roadmap))));
  if (visit.section.title) body.push(contentLine('CATEGORIES', escapeTextList([visit.section.title])));
  body.push('TRANSP:TRANSPARENT');
  const alarms: string[] = [];
  for (const n of reminderDays) {
    const when = n === 0 ? 'Сегодня срок' : `Через ${days(n)} срок`;
    alarms.push(
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      n === 0 ? 'TRIGGER:PT0S' : `TRIGGER:-P${n}D`,
      contentLine('DESCRIPTION', escapeText(`${when}: ${summary}`)),
      'END:VALARM',
    );
  }
  const props = body.join('\r\n');
  const alarmText = alarms.join('\r\n');
  const hash = sha1Hex(`${props}\n${alarmText}`).slice(0, 16);
  return { kind: 'event', event: { uid: item.uid, props, alarms: alarmText, hash }, executors: item.executors };
}

/** Reminder offsets as the feed uses them: whole days, no repeats, farthest first. */
export function normaliseReminders(reminderDays: readonly number[]): number[] {
  return [...new Set(reminderDays.filter((n) => Number.isInteger(n) && n >= 0 && n <= 366))].sort((a, b) => b - a);
}
