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
  let uid: string | null = null;
  let current: PreviousEvent | null = null;
  let depth = 0;
  for (const [name, value] of properties(bytes)) {
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

const WANTED = new Set(['BEGIN', 'END', 'UID', 'SEQUENCE', 'LAST-MODIFIED', 'X-ROADMAP-HASH']);

/**
 * The properties versioning needs, as [NAME, unfolded value], in order. The feed is read as latin1 without a
 * copy: every value wanted here (UIDs are built from ASCII ids; numbers, dates, hex) is ASCII, and UTF-8 never
 * uses a byte below 0x80 inside a character, so line breaks and colons stay where they are. Other properties
 * are skipped without making strings of them: the merged feeds of a large build are tens of megabytes.
 */
function* properties(bytes: Uint8Array): Generator<[string, string]> {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  const n = text.length;
  const lineEnd = (from: number): number => {
    const nl = text.indexOf('\n', from);
    return nl < 0 ? n : nl;
  };
  const content = (from: number, end: number): string => text.slice(from, end > from && text.charCodeAt(end - 1) === 13 ? end - 1 : end);
  let pos = 0;
  while (pos < n) {
    let end = lineEnd(pos);
    const first = text.charCodeAt(pos);
    // Lines starting with a space or tab continue the line before (RFC 5545 folding).
    if (first !== 32 && first !== 9) {
      const colon = text.indexOf(':', pos);
      const name = colon >= 0 && colon < end ? text.slice(pos, colon).toUpperCase() : '';
      if (WANTED.has(name)) {
        let value = content(colon + 1, end);
        while (end + 1 < n && (text.charCodeAt(end + 1) === 32 || text.charCodeAt(end + 1) === 9)) {
          const next = lineEnd(end + 1);
          value += content(end + 2, next);
          end = next;
        }
        yield [name, value];
      }
    }
    pos = end + 1;
  }
}
