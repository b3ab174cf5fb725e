import type { ResolvedItem, ResolvedRoadmap, ResolvedSection } from './resolved.js';

export interface ItemVisit {
  item: ResolvedItem;
  section: ResolvedSection;
  /** Ancestors of the item, outermost first. */
  parents: ResolvedItem[];
}

/** Every item of a roadmap in document order, sub-items right after their parent. */
export function* walkItems(roadmap: ResolvedRoadmap): Generator<ItemVisit> {
  for (const section of roadmap.sections) yield* walkList(section.items, section, []);
}

function* walkList(items: ResolvedItem[], section: ResolvedSection, parents: ResolvedItem[]): Generator<ItemVisit> {
  for (const item of items) {
    yield { item, section, parents };
    if (item.items.length) yield* walkList(item.items, section, [...parents, item]);
  }
}

export function countItems(roadmap: ResolvedRoadmap): number {
  let n = 0;
  for (const _ of walkItems(roadmap)) n++;
  return n;
}
