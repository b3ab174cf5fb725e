import { sha1Hex } from '../../util/hash.js';
import type { Executor, ResolvedRoadmap } from '../../model/resolved.js';
import { walkItems } from '../../model/walk.js';
import { slugify } from '../../util/transliterate.js';

/** One per-executor feed: `calendars/<key>.ics`. */
export interface ExecutorFeed {
  key: string;
  name: string;
}

/** File names the emitter itself uses in calendars/. */
const RESERVED = new Set(['all']);

/**
 * The same organisation in two roadmaps (or once by directory id, once as free text) is one executor: names are
 * compared without case, quotes, «ё» and extra spaces.
 */
export function executorIdentity(executor: Executor): string {
  return executor.name
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[«»"'„“”]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

interface Candidate {
  identity: string;
  name: string;
  id: string | null;
  order: number;
}

/**
 * Assigns each executor of the given roadmaps a file name. The directory id is the key when there is one, else a
 * transliterated slug of the name. Keys are never shared: when two different executors want the same key, the
 * first one with a directory id (then the first met) keeps it and the others get a short hash of their name.
 */
export function assignExecutorFeeds(roadmaps: readonly ResolvedRoadmap[]): Map<string, ExecutorFeed> {
  const candidates = new Map<string, Candidate>();
  const meet = (e: Executor) => {
    const identity = executorIdentity(e);
    if (identity === '') return;
    const known = candidates.get(identity);
    if (!known) candidates.set(identity, { identity, name: e.name, id: e.id, order: candidates.size });
    else if (known.id === null && e.id !== null) known.id = e.id;
  };
  for (const roadmap of roadmaps) {
    roadmap.executors.forEach(meet);
    for (const { item } of walkItems(roadmap)) item.executors.forEach(meet);
  }

  const byBase = new Map<string, Candidate[]>();
  for (const c of candidates.values()) {
    const base = slugify(c.id ?? c.name);
    const group = byBase.get(base) ?? [];
    group.push(c);
    byBase.set(base, group);
  }
  const taken = new Set<string>(RESERVED);
  const feeds = new Map<string, ExecutorFeed>();
  const losers: Array<{ base: string; candidate: Candidate }> = [];
  for (const [base, group] of byBase) {
    group.sort((a, b) => Number(b.id !== null) - Number(a.id !== null) || a.order - b.order);
    group.forEach((candidate, i) => {
      if (i === 0 && base !== '' && !taken.has(base)) {
        taken.add(base);
        feeds.set(candidate.identity, { key: base, name: candidate.name });
      } else losers.push({ base: base || 'executor', candidate });
    });
  }
  for (const { base, candidate } of losers) {
    const hash = sha1Hex(candidate.identity);
    let length = 6;
    let key = `${base}-${hash.slice(0, length)}`;
    while (taken.has(key)) key = `${base}-${hash.slice(0, ++length)}`;
    taken.add(key);
    feeds.set(candidate.identity, { key, name: candidate.name });
  }
  return feeds;
}
