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
export function readPreviousFeed(source: Iterable<Uint8Array> | Uint8Array | null): Map<string, PreviousEvent> {
  const events = new Map<string, PreviousEvent>();
  if (!source) return events;
  const bytes = source instanceof Uint8Array ? [source] : source;
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

/** First letters of WANTED, in lower case (`code | 0x20` lowers an ASCII letter). */
const WANTED_INITIALS = new Set([...WANTED].map((n) => n.toLowerCase().charCodeAt(0)));

/** A physical line longer than this is no line of ours (they are at most 75 octets): it is skipped unread. */
const LONGEST_LINE = 1 << 16;

/**
 * The properties versioning needs, as [NAME, unfolded value], in order, read chunk by chunk: the merged feeds of
 * a large build are hundreds of megabytes and are never held whole. Lines are found in the bytes; only wanted
 * values become strings, each its own copy (a slice of a chunk's text would keep the whole chunk alive). Values
 * are read as latin1: every value wanted here (UIDs are built from ASCII ids; numbers, dates, hex) is ASCII, and
 * UTF-8 never uses a byte below 0x80 inside a character, so line breaks and colons stay where they are.
 */
function* properties(chunks: Iterable<Uint8Array>): Generator<[string, string]> {
  let name: string | null = null; // the wanted property being unfolded
  let value = '';
  let carry: Buffer | null = null; // the start of a line the previous chunk cut
  let skipping = false; // inside an overlong line
  /** Takes one physical line (without its line break); returns the property it completes, if any. */
  const line = (bytes: Buffer, from: number, to: number): [string, string] | null => {
    const end = to > from && bytes[to - 1] === 13 ? to - 1 : to;
    const first = bytes[from] ?? 0;
    // Lines starting with a space or tab continue the line before (RFC 5545 folding).
    if (first === 32 || first === 9) {
      if (name !== null) value += bytes.toString('latin1', from + 1, end);
      return null;
    }
    const done: [string, string] | null = name === null ? null : [name, value];
    name = null;
    value = '';
    // Most lines are properties nobody here wants: they are told by their first letter.
    if (!WANTED_INITIALS.has(first | 0x20)) return done;
    const colon = bytes.indexOf(58, from);
    const found = colon >= 0 && colon < end ? bytes.toString('latin1', from, colon).toUpperCase() : '';
    if (WANTED.has(found)) {
      name = found;
      value = bytes.toString('latin1', colon + 1, end);
    }
    return done;
  };
  for (const chunk of chunks) {
    const bytes = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    let pos = 0;
    if (skipping) {
      const nl = bytes.indexOf(10);
      if (nl < 0) continue;
      skipping = false;
      pos = nl + 1;
    }
    if (carry) {
      const nl = bytes.indexOf(10, pos);
      const joined: Buffer = Buffer.concat([carry, bytes.subarray(pos, nl < 0 ? bytes.length : nl)]);
      carry = null;
      if (nl < 0) {
        carry = joined;
      } else {
        const done = line(joined, 0, joined.length);
        if (done) yield done;
        pos = nl + 1;
      }
    }
    if (!carry) {
      for (let nl = bytes.indexOf(10, pos); nl >= 0; nl = bytes.indexOf(10, pos)) {
        const done = line(bytes, pos, nl);
        if (done) yield done;
        pos = nl + 1;
      }
      if (pos < bytes.length) carry = Buffer.from(bytes.subarray(pos));
    }
    if (carry && carry.length > LONGEST_LINE) {
      carry = null;
      skipping = true;
      if (name !== null) yield [name, value];
      name = null;
    }
  }
  const done = carry && !skipping ? line(carry, 0, carry.length) : null;
  if (done) yield done;
  if (name !== null) yield [name, value];
}
