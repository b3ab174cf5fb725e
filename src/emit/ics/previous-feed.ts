/** What the previous build wrote for one event, as far as versioning needs it. */
export interface PreviousEvent {
  sequence: number;
  lastModified: string | null;
  hash: string | null;
}

const DATE_TIME = /^\d{8}T\d{6}Z$/;

/**
 * Reads UID, SEQUENCE, LAST-MODIFIED and X-ROADMAP-HASH of each VEVENT from the feed written last time.
 * Anything unreadable (a hand-edited or foreign file) simply counts as "no previous version".
 */
export function readPreviousFeed(bytes: Uint8Array | null): Map<string, PreviousEvent> {
  const events = new Map<string, PreviousEvent>();
  if (!bytes) return events;
  // Read as latin1, without a copy: every value wanted here (UIDs are built from ASCII ids, numbers, dates, hex)
  // is ASCII, and UTF-8 never uses a byte below 0x80 inside a character, so line breaks and colons stay where they
  // are. Decoding the whole feed as UTF-8 was most of the time of reading a large feed.
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1').replace(/\r?\n[ \t]/g, '');
  let uid: string | null = null;
  let current: PreviousEvent | null = null;
  let depth = 0;
  for (const line of text.split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon < 0) continue;
    const name = line.slice(0, colon).toUpperCase();
    const value = line.slice(colon + 1);
    if (name === 'BEGIN' && value === 'VEVENT') {
      uid = null;
      current = { sequence: 0, lastModified: null, hash: null };
      depth = 0;
    } else if (!current) {
      continue;
    } else if (name === 'BEGIN') {
      depth++;
    } else if (name === 'END' && value === 'VEVENT') {
      if (uid !== null) events.set(uid, current);
      current = null;
    } else if (name === 'END') {
      depth--;
    } else if (depth === 0) {
      if (name === 'UID') uid = value;
      else if (name === 'SEQUENCE' && /^\d{1,9}$/.test(value)) current.sequence = Number(value);
      else if (name === 'LAST-MODIFIED' && DATE_TIME.test(value)) current.lastModified = value;
      else if (name === 'X-ROADMAP-HASH' && /^[0-9a-f]{1,64}$/.test(value)) current.hash = value;
    }
  }
  return events;
}
