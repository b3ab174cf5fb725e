import { StreamedBody, type Chunk } from '../emitter.js';
import type { IcsEvent } from './event.js';
import { icsDateTime } from './dates.js';
import { readPreviousFeed } from './previous-feed.js';
import { contentLine, escapeText, joinLines } from './text.js';

/**
 * An event as every feed writes it: the escaped UID, and the bytes after the feed's own lines (DTSTAMP,
 * SEQUENCE, LAST-MODIFIED) — properties, hash, alarms, END:VEVENT — encoded once, shared by all the feeds that
 * carry the event. Bytes, not a string: a region's events are hundreds of megabytes of Cyrillic text, half the
 * size in UTF-8 and outside the JavaScript heap the collector walks.
 */
export interface FeedEvent {
  uid: string;
  /** The UID property line, folded. */
  uidLine: string;
  hash: string;
  tail: Uint8Array;
}

export function feedEvent(event: IcsEvent): FeedEvent {
  const lines = [event.props, `X-ROADMAP-HASH:${event.hash}`];
  if (event.alarms) lines.push(event.alarms);
  lines.push('END:VEVENT');
  const uid = escapeText(event.uid);
  return { uid, uidLine: contentLine('UID', uid), hash: event.hash, tail: Buffer.from(joinLines(lines)) };
}

export interface FeedSpec {
  name: string;
  description: string;
  /** DTSTAMP of every event, and LAST-MODIFIED of events that are new or changed. */
  timestamp: Date;
  /** The feed's events, in order; asked for again each time the feed is written. */
  events: () => Iterable<FeedEvent>;
  /** The same feed as the previous build wrote it (read while this one is written), or null. */
  previous: () => Iterable<Uint8Array> | Uint8Array | null;
}

/** Subscribed feeds are refetched by the client; twice a day is plenty for deadlines counted in days. */
const REFRESH = 'PT12H';

/**
 * One VCALENDAR, written as a stream of chunks. SEQUENCE and LAST-MODIFIED come from the previous build of the
 * same feed: kept when the event's content hash is unchanged, bumped (SEQUENCE + 1, LAST-MODIFIED = build time)
 * when it changed, so clients that compare versions pick the change up, and a rebuild of unchanged input gives
 * the same bytes.
 */
export function writeFeed(spec: FeedSpec): StreamedBody {
  return new StreamedBody(() => feedChunks(spec));
}

function* feedChunks(spec: FeedSpec): Generator<Chunk> {
  const stamp = icsDateTime(spec.timestamp);
  const previous = readPreviousFeed(spec.previous());
  yield joinLines([
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//roadmap//Roadmap compiler//RU',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    contentLine('NAME', escapeText(spec.name)),
    contentLine('X-WR-CALNAME', escapeText(spec.name)),
    contentLine('X-WR-CALDESC', escapeText(spec.description)),
    'X-WR-TIMEZONE:Europe/Moscow',
    `REFRESH-INTERVAL;VALUE=DURATION:${REFRESH}`,
    `X-PUBLISHED-TTL:${REFRESH}`,
  ]);
  for (const event of spec.events()) {
    const before = previous.get(event.uid);
    let sequence = 0;
    let lastModified = stamp;
    if (before) {
      const unchanged = before.hash === event.hash && before.lastModified !== null;
      sequence = unchanged ? before.sequence : before.sequence + 1;
      lastModified = unchanged ? before.lastModified! : stamp;
    }
    yield `BEGIN:VEVENT\r\n${event.uidLine}\r\nDTSTAMP:${stamp}\r\nSEQUENCE:${sequence}\r\nLAST-MODIFIED:${lastModified}\r\n`;
    yield event.tail;
  }
  yield 'END:VCALENDAR\r\n';
}
