import type { IcsEvent } from './event.js';
import { sha1Hex } from '../../util/hash.js';
import { icsDateTime } from './dates.js';
import type { EventVersion } from './versions.js';
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
  /** What the feed says when it has no events (RFC 5545 wants at least one component: a VJOURNAL note). */
  emptyNote: string;
}

/** Subscribed feeds are refetched by the client; twice a day is plenty for deadlines counted in days. */
const REFRESH = 'PT12H';

/**
 * One VCALENDAR, written piece by piece: `header()`, `event(…)` for each event in order, `end()`. An event's
 * version (SEQUENCE, LAST-MODIFIED, DTSTAMP) is decided once, by the emitter, and is the same in every feed.
 */
export class FeedWriter {
  private events = 0;

  /** `stamp`: DTSTAMP of the note an empty feed carries. */
  constructor(
    private readonly spec: FeedSpec,
    private readonly timeZone: string,
    private readonly stamp: Date,
  ) {}

  header(): string {
    // No METHOD: METHOD:PUBLISH is an iTIP message (RFC 5546) and wants an ORGANIZER that deadlines do not have;
    // without METHOD, DTSTAMP means the time the event last changed, which is what the feeds write.
    return joinLines([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//roadmap//Roadmap compiler//RU',
      'CALSCALE:GREGORIAN',
      contentLine('NAME', escapeText(this.spec.name)),
      contentLine('X-WR-CALNAME', escapeText(this.spec.name)),
      contentLine('X-WR-CALDESC', escapeText(this.spec.description)),
      contentLine('X-WR-TIMEZONE', escapeText(this.timeZone)),
      `REFRESH-INTERVAL;VALUE=DURATION:${REFRESH}`,
      `X-PUBLISHED-TTL:${REFRESH}`,
    ]);
  }

  /** The event's lines: its version, then the shared bytes. */
  event(event: FeedEvent, version: EventVersion): [string, Uint8Array] {
    this.events++;
    return [
      `BEGIN:VEVENT\r\n${event.uidLine}\r\nDTSTAMP:${version.modified}\r\nSEQUENCE:${version.sequence}\r\nLAST-MODIFIED:${version.modified}\r\n`,
      event.tail,
    ];
  }

  /**
   * A feed without events still has one component: a VJOURNAL note (calendar views do not show journal entries, so
   * nothing lands in anyone's day), with the reason in words — for whoever opens the file.
   */
  end(): string {
    if (this.events > 0) return 'END:VCALENDAR\r\n';
    return joinLines([
      'BEGIN:VJOURNAL',
      contentLine('UID', escapeText(`note-${sha1Hex(this.spec.name).slice(0, 12)}@roadmap`)),
      `DTSTAMP:${icsDateTime(this.stamp)}`,
      contentLine('SUMMARY', escapeText(this.spec.name)),
      contentLine('DESCRIPTION', escapeText(this.spec.emptyNote)),
      'END:VJOURNAL',
      'END:VCALENDAR',
    ]);
  }
}
