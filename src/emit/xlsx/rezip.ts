import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';

/**
 * exceljs stamps zip entries with the current time: re-zip with a fixed time and order, and pin the dates in
 * docProps/core.xml, so the same roadmap gives the same bytes.
 */
export function rezipDeterministic(packed: Uint8Array, timestamp: Date): Uint8Array {
  const files = unzipSync(packed);
  const core = files['docProps/core.xml'];
  if (core) {
    const iso = timestamp.toISOString().replace(/\.\d{3}Z$/, 'Z');
    files['docProps/core.xml'] = strToU8(strFromU8(core).replace(/(<dcterms:(?:created|modified)\b[^>]*>)[^<]*(<\/dcterms:(?:created|modified)>)/g, `$1${iso}$2`));
  }
  const mtime = zipTime(timestamp);
  const zippable: Zippable = {};
  for (const name of Object.keys(files).sort(entryOrder)) zippable[name] = [files[name]!, { mtime, level: 6 }];
  return zipSync(zippable);
}

/** `[Content_Types].xml` first (some readers expect it), then the rest by name. */
function entryOrder(a: string, b: string): number {
  const rank = (n: string) => (n === '[Content_Types].xml' ? 0 : 1);
  return rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0);
}

/** Zip times are local DOS times read with local getters: shift so the stored fields are the UTC ones anywhere. */
function zipTime(timestamp: Date): Date {
  const t = Math.max(timestamp.getTime(), Date.UTC(1980, 0, 2));
  return new Date(t + new Date(t).getTimezoneOffset() * 60_000);
}
