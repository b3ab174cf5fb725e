import ICAL from 'ical.js';
import type { OutputFile } from '../../src/emit/emitter.js';

/** A feed as an independent parser (ical.js) reads it. */
export interface ParsedFeed {
  calendar: ICAL.Component;
  events: ICAL.Component[];
}

export function parseFeed(text: string): ParsedFeed {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return { calendar, events: calendar.getAllSubcomponents('vevent') };
}

export function fileText(files: readonly OutputFile[], path: string): string {
  const file = files.find((f) => f.path === path);
  if (!file) throw new Error(`no ${path} among ${files.map((f) => f.path).join(', ')}`);
  return typeof file.data === 'string' ? file.data : Buffer.from(file.data).toString('utf8');
}

export function eventByUid(feed: ParsedFeed, uid: string): ICAL.Component {
  const found = feed.events.find((e) => e.getFirstPropertyValue('uid') === uid);
  if (!found) throw new Error(`no event ${uid}`);
  return found;
}

/**
 * The events of one item: its UID, then `<uid>.2@…`, `<uid>.3@…` when its deadlines need several simple rules
 * (src/emit/ics/recurrence.ts).
 */
function eventsOfItem(feed: ParsedFeed, uid: string): ICAL.Component[] {
  const at = uid.lastIndexOf('@');
  const part = new RegExp(`^${escapeRegExp(uid.slice(0, at))}\\.\\d+${escapeRegExp(uid.slice(at))}$`);
  const found = feed.events.filter((e) => {
    const u = String(e.getFirstPropertyValue('uid'));
    return u === uid || part.test(u);
  });
  if (!found.length) throw new Error(`no event ${uid}`);
  return found;
}

/** The item UIDs a feed's events belong to, in order, each once. */
export function itemUids(feed: ParsedFeed): string[] {
  return [...new Set(feed.events.map((e) => String(e.getFirstPropertyValue('uid')).replace(/\.\d+@/, '@')))];
}

/** All the days of an item's events, sorted. */
export function expandItem(feed: ParsedFeed, uid: string): string[] {
  return eventsOfItem(feed, uid)
    .flatMap((e) => expand(e))
    .sort();
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Expands an event the way a client does (bounded) and returns the days as 'YYYY-MM-DD'. */
export function expand(vevent: ICAL.Component, limit = 1000): string[] {
  const it = new ICAL.Event(vevent).iterator();
  const days: string[] = [];
  for (let next = it.next(); next && days.length < limit; next = it.next()) days.push(next.toString().slice(0, 10));
  return days;
}

export function textOf(component: ICAL.Component, name: string): string {
  return String(component.getFirstPropertyValue(name));
}

/**
 * ical.js leaves values of properties it has no type for (X-WR-CALNAME, X-WR-CALDESC, NAME) as written; this is
 * the RFC 5545 TEXT decoding a client applies to them.
 */
function unescapeText(raw: string): string {
  return raw.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

export function calendarText(feed: ParsedFeed, name: string): string {
  return unescapeText(textOf(feed.calendar, name));
}
