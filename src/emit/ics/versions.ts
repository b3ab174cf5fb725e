import type { PreviousEvent } from './previous-feed.js';

/** The version of one event: what the feeds write as SEQUENCE, LAST-MODIFIED and DTSTAMP. */
export interface EventVersion {
  /** Content hash of the event (X-ROADMAP-HASH). */
  hash: string;
  sequence: number;
  /** LAST-MODIFIED (and DTSTAMP), an RFC 5545 UTC DATE-TIME: 20230505T000000Z. */
  modified: string;
}

/**
 * The version an event gets now: unchanged content keeps its version; changed content gets SEQUENCE + 1 and
 * LAST-MODIFIED `changedAt` (when its roadmap last changed); a new event starts at 0.
 */
export function nextVersion(before: EventVersion | undefined, hash: string, changedAt: () => string): EventVersion {
  if (!before) return { hash, sequence: 0, modified: changedAt() };
  if (before.hash === hash) return before;
  const now = changedAt();
  return { hash, sequence: before.sequence + 1, modified: now > before.modified ? now : before.modified };
}

/** A version read from a feed the previous build left in out/ (the only record before version files existed). */
export function versionFromFeed(previous: PreviousEvent | undefined): EventVersion | undefined {
  if (!previous?.hash || !previous.lastModified) return undefined;
  return { hash: previous.hash, sequence: previous.sequence, modified: previous.lastModified };
}

const DATE_TIME = /^\d{8}T\d{6}Z$/;

/**
 * Reads a version file (`<roadmap>.calendar-versions.json`, committed beside the roadmap): UID → version.
 * Anything malformed counts as no record for that UID.
 */
export function parseVersionFile(bytes: Uint8Array | null): Map<string, EventVersion> {
  const out = new Map<string, EventVersion>();
  if (!bytes) return out;
  let data: unknown;
  try {
    data = JSON.parse(Buffer.from(bytes).toString('utf8'));
  } catch {
    return out;
  }
  const events = (data as { events?: unknown } | null)?.events;
  if (!events || typeof events !== 'object') return out;
  for (const [uid, v] of Object.entries(events as Record<string, unknown>)) {
    const { hash, sequence, modified } = (v ?? {}) as Partial<EventVersion>;
    if (typeof hash === 'string' && Number.isInteger(sequence) && sequence! >= 0 && DATE_TIME.test(String(modified)))
      out.set(uid, { hash, sequence: sequence!, modified: modified! });
  }
  return out;
}

/** The version file's text: UIDs sorted, one per line, so a change of one event is a one-line diff. */
export function versionFileText(versions: ReadonlyMap<string, EventVersion>): string {
  const lines = [...versions.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([uid, v]) => `    ${JSON.stringify(uid)}: ${JSON.stringify(v)}`);
  const comment = 'Версии событий календаря (SEQUENCE, LAST-MODIFIED): пишет roadmap build, храните в репозитории.';
  return `{\n  "about": ${JSON.stringify(comment)},\n  "events": {\n${lines.join(',\n')}\n  }\n}\n`;
}
