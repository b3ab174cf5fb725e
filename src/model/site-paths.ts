/**
 * Where the site's pages and item anchors live inside `out/`. The HTML emitter writes these pages and the calendar
 * feeds link to them (`URL`), so both take the paths from here.
 */

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
