import type { ResolvedItem, ResolvedRoadmap } from '../model/resolved.js';
import { walkItems } from '../model/walk.js';
import { plainText } from '../upcoming/plain-text.js';
import { titleSimilarity } from '../resolve/title-similarity.js';
import type { FieldChange, ItemChange, ItemField, ItemSnapshot, RoadmapDiff } from './types.js';

const FIELDS: ItemField[] = ['title', 'when', 'executors', 'indicator', 'section'];

/**
 * Compares two versions of a roadmap item by item. Items are matched by UID (the item id, or the title), never
 * by position, so inserting an item does not show every later one as changed. Items left over on both sides are
 * paired a second time by title similarity and place: an item without id whose title was edited is «изменено
 * название», not removed + added.
 */
export function compareRoadmaps(
  before: ResolvedRoadmap | null,
  after: ResolvedRoadmap | null,
  labels: { before: string; after: string },
): RoadmapDiff {
  const base = after ?? before;
  if (!base) throw new Error('compareRoadmaps needs at least one roadmap');
  const a = before ? snapshots(before) : [];
  const b = after ? snapshots(after) : [];
  const diff: RoadmapDiff = {
    beforeLabel: labels.before,
    afterLabel: labels.after,
    id: base.id,
    title: base.title,
    status: !before ? 'added' : !after ? 'removed' : 'changed',
    header: before && after ? headerChanges(before, after) : [],
    added: [],
    removed: [],
    changed: [],
    renumbered: [],
  };
  // A list per uid: uids are unique in a valid roadmap, but a comparison must not lose items if they are not.
  const byUid = new Map<string, ItemSnapshot[]>();
  for (const s of b) byUid.set(s.uid, [...(byUid.get(s.uid) ?? []), s]);
  const pairs: [ItemSnapshot, ItemSnapshot, ItemChange['matchedBy']][] = [];
  const leftA: ItemSnapshot[] = [];
  const matchedB = new Set<ItemSnapshot>();
  for (const s of a) {
    const other = byUid.get(s.uid)?.shift();
    if (other) {
      pairs.push([s, other, 'uid']);
      matchedB.add(other);
    } else leftA.push(s);
  }
  const leftB = b.filter((s) => !matchedB.has(s));
  for (const [x, y] of pairBySimilarity(leftA, leftB)) pairs.push([x, y, 'similarity']);
  const pairedA = new Set(pairs.map((p) => p[0]));
  const pairedB = new Set(pairs.map((p) => p[1]));
  diff.removed = a.filter((s) => !pairedA.has(s));
  diff.added = b.filter((s) => !pairedB.has(s));
  for (const [x, y, matchedBy] of pairs.sort((p, q) => b.indexOf(p[1]) - b.indexOf(q[1]))) {
    const changes: FieldChange[] = [];
    for (const field of FIELDS) {
      const was = show(x, field);
      const now = show(y, field);
      if (was !== now) changes.push({ field, before: was, after: now });
    }
    if (changes.length > 0) diff.changed.push({ before: x, after: y, matchedBy, changes });
    else if (x.number !== y.number)
      diff.renumbered.push({ uid: y.uid, title: y.title, before: x.number, after: y.number });
  }
  return diff;
}

export function hasChanges(d: RoadmapDiff): boolean {
  return (
    d.status !== 'changed' ||
    d.header.length + d.added.length + d.removed.length + d.changed.length + d.renumbered.length > 0
  );
}

function snapshots(roadmap: ResolvedRoadmap): ItemSnapshot[] {
  return [...walkItems(roadmap)].map(({ item, section }) => snapshot(item, section.title));
}

function snapshot(item: ResolvedItem, section: string | null): ItemSnapshot {
  return {
    uid: item.uid,
    id: item.id,
    number: item.number,
    section,
    title: plainText(item.title),
    when: item.when,
    executors: item.executors.map((e) => e.name),
    indicator: plainText(item.indicator),
  };
}

function show(s: ItemSnapshot, field: ItemField): string {
  if (field === 'executors') return s.executors.join('; ');
  if (field === 'section') return s.section ?? '';
  return s[field];
}

/** Greedy best-first pairing; a pair needs a clearly similar title, or a fairly similar one at the same place. */
function pairBySimilarity(a: ItemSnapshot[], b: ItemSnapshot[]): [ItemSnapshot, ItemSnapshot][] {
  const candidates: { x: ItemSnapshot; y: ItemSnapshot; score: number }[] = [];
  for (const x of a) {
    for (const y of b) {
      const sim = titleSimilarity(x.title, y.title);
      const samePlace = x.number === y.number && x.section === y.section;
      const score = sim + (samePlace ? 0.2 : 0) + (x.when === y.when ? 0.05 : 0);
      if (sim >= 0.5 || (samePlace && sim >= 0.3)) candidates.push({ x, y, score });
    }
  }
  candidates.sort((p, q) => q.score - p.score);
  const usedA = new Set<ItemSnapshot>();
  const usedB = new Set<ItemSnapshot>();
  const out: [ItemSnapshot, ItemSnapshot][] = [];
  for (const c of candidates) {
    if (usedA.has(c.x) || usedB.has(c.y)) continue;
    usedA.add(c.x);
    usedB.add(c.y);
    out.push([c.x, c.y]);
  }
  return out;
}

function headerChanges(a: ResolvedRoadmap, b: ResolvedRoadmap): FieldChange[] {
  const out: FieldChange[] = [];
  const title = (r: ResolvedRoadmap) => [r.title, ...r.subtitle].join(' ');
  const approval = (r: ResolvedRoadmap) =>
    r.approval
      ? [r.approval.label, ...r.approval.by, r.approval.date ?? '', r.approval.number ? `№ ${r.approval.number}` : '']
          .filter(Boolean)
          .join(' ')
      : '';
  if (title(a) !== title(b)) out.push({ field: 'roadmap-title', before: title(a), after: title(b) });
  if (a.periodText !== b.periodText) out.push({ field: 'period', before: a.periodText, after: b.periodText });
  if (approval(a) !== approval(b)) out.push({ field: 'approval', before: approval(a), after: approval(b) });
  return out;
}
