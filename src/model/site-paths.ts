import type { ResolvedRoadmap } from './resolved.js';
import { walkItems } from './walk.js';

/**
 * Where the site's pages and item anchors live inside `out/`. The HTML emitter writes these pages and the calendar
 * feeds link to them (`URL`), so both take the paths from here.
 */

/**
 * Names of the pages the whole build writes (`index.html`, `region.html`, `region.xlsx`): a roadmap with one of
 * these ids would overwrite them with its own page or tracker, so `validate` refuses such an id.
 */
export const SITE_PAGE_NAMES: ReadonlySet<string> = new Set(['index', 'region']);

/** `msoko-bashmakovo.html`: the page of one roadmap, beside its documents. */
export function roadmapPagePath(roadmapId: string): string {
  return `${roadmapId}.html`;
}

/** `3-5-1` for item «3.5.1»: an anchor that survives every browser and URL parser. */
export function itemAnchor(itemNumber: string): string {
  return itemNumber.replace(/\.+$/, '').replace(/[^0-9A-Za-z]+/g, '-');
}

/** `executors/<key>.html`: the «мои сроки» page of one executor; `key` is its calendar feed key. */
export function executorPagePath(executorKey: string): string {
  return `executors/${executorKey}.html`;
}

const anchorsOf = new WeakMap<ResolvedRoadmap, Map<string, string>>();

/**
 * The anchor of every item of a roadmap, by UID: `itemAnchor(number)`, except that a number met again in a later
 * section (roadmaps that number each section from 1, as МСОКО does) gets `s<section>-<anchor>` there, so no two
 * items share an anchor. Calendar events should link with these.
 */
export function itemAnchors(roadmap: ResolvedRoadmap): ReadonlyMap<string, string> {
  // The calendars ask for one item at a time: each roadmap's anchors are worked out once.
  const known = anchorsOf.get(roadmap);
  if (known) return known;
  const out = new Map<string, string>();
  anchorsOf.set(roadmap, out);
  const used = new Set<string>();
  for (const { item, section } of walkItems(roadmap)) {
    let anchor = itemAnchor(item.number);
    if (used.has(anchor)) anchor = `s${roadmap.sections.indexOf(section) + 1}-${anchor}`;
    for (let n = 2; used.has(anchor); n++) anchor = `${itemAnchor(item.number)}-${n}`;
    used.add(anchor);
    out.set(item.uid, anchor);
  }
  return out;
}
