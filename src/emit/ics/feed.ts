import type { IcsEvent } from './event.js';
import { icsDateTime } from './dates.js';
import type { PreviousEvent } from './previous-feed.js';
import { contentLine, escapeText, joinLines } from './text.js';

export interface FeedSpec {
  name: string;
  description: string;
  /** DTSTAMP of every event, and LAST-MODIFIED of events that are new or changed. */
  timestamp: Date;
  events: readonly IcsEvent[];
  /** The same feed as the previous build wrote it, by escaped UID. */
  previous: ReadonlyMap<string, PreviousEvent>;
}

/** Subscribed feeds are refetched by the client; twice a day is plenty for deadlines counted in days. */
const REFRESH = 'PT12H';

/**
 * Writes one VCALENDAR. SEQUENCE and LAST-MODIFIED come from the previous build of the same feed: kept when the
 * event's content hash is unchanged, bumped (SEQUENCE + 1, LAST-MODIFIED = build time) when it changed, so clients
 * that compare versions pick the change up, and a rebuild of unchanged input gives the same bytes.
 */
export function writeFeed(spec: FeedSpec): string {
  const stamp = icsDateTime(spec.timestamp);
  const lines = [
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
  ];
  for (const event of spec.events) {
    const uid = escapeText(event.uid);
    const before = spec.previous.get(uid);
    let sequence = 0;
    let lastModified = stamp;
    if (before) {
      const unchanged = before.hash === event.hash && before.lastModified !== null;
      sequence = unchanged ? before.sequence : before.sequence + 1;
      lastModified = unchanged ? before.lastModified! : stamp;
    }
    lines.push('BEGIN:VEVENT', contentLine('UID', uid), `DTSTAMP:${stamp}`, `SEQUENCE:${sequence}`, `LAST-MODIFIED:${lastModified}`);
    lines.push(event.props, `X-ROADMAP-HASH:${event.hash}`);
    if (event.alarms) lines.push(event.alarms);
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return joinLines(lines);
}
