import type { IcsEvent } from './event.js';
import { icsDateTime } from './dates.js';
import { readPreviousFeed, type PreviousEvent } from './previous-feed.js';
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
}

/** Subscribed feeds are refetched by the client; twice a day is plenty for deadlines counted in days. */
const REFRESH = 'PT12H';

/**
 * One VCALENDAR, written piece by piece: `header()`, `event(…)` for each event in order, `end()`. SEQUENCE and
 * LAST-MODIFIED come from the previous build of the same feed: kept when the event's content hash is unchanged,
 * bumped (SEQUENCE + 1, LAST-MODIFIED = build time) when it changed, so clients that compare versions pick the
 * change up, and a rebuild of unchanged input gives the same bytes.
 */
export class FeedWriter {
  private readonly stamp: string;
  private readonly previous: ReadonlyMap<string, PreviousEvent>;

  /** `previous`: the same feed as the previous build wrote it, or null. */
  constructor(
    private readonly spec: FeedSpec,
    previous: Iterable<Uint8Array> | Uint8Array | null,
  ) {
    this.stamp = icsDateTime(spec.timestamp);
    this.previous = readPreviousFeed(previous);
  }

  header(): string {
    return joinLines([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//roadmap//Roadmap compiler//RU',
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
      contentLine('NAME', escapeText(this.spec.name)),
      contentLine('X-WR-CALNAME', escapeText(this.spec.name)),
      contentLine('X-WR-CALDESC', escapeText(this.spec.description)),
      'X-WR-TIMEZONE:Europe/Moscow',
      `REFRESH-INTERVAL;VALUE=DURATION:${REFRESH}`,
      `X-PUBLISHED-TTL:${REFRESH}`,
    ]);
  }

  /** The event's lines: those of this feed, then the shared bytes. */
  event(event: FeedEvent): [string, Uint8Array] {
    const before = this.previous.get(event.uid);
    let sequence = 0;
    let lastModified = this.stamp;
    if (before) {
      const unchanged = before.hash === event.hash && before.lastModified !== null;
      sequence = unchanged ? before.sequence : before.sequence + 1;
      lastModified = unchanged ? before.lastModified! : this.stamp;
    }
    return [
      `BEGIN:VEVENT\r\n${event.uidLine}\r\nDTSTAMP:${this.stamp}\r\nSEQUENCE:${sequence}\r\nLAST-MODIFIED:${lastModified}\r\n`,
      event.tail,
    ];
  }

  end(): string {
    return 'END:VCALENDAR\r\n';
  }
}
