import { strFromU8, strToU8, zipSync, type Zippable } from 'fflate';

/**
 * Office documents (DOCX, XLSX) are zip packages; the libraries that write them stamp "now" into the zip entries
 * and docProps/core.xml. These helpers make the package depend on the input only. fflate (pure JS) compresses,
 * so the bytes are the same on every machine — native zlib builds differ between CPUs.
 */
export function pinCoreDates(files: Record<string, Uint8Array>, timestamp: Date): void {
  const core = files['docProps/core.xml'];
  if (!core) return;
  const iso = coreDate(timestamp);
  files['docProps/core.xml'] = strToU8(
    strFromU8(core).replace(/(<dcterms:(?:created|modified)\b[^>]*>)[^<]*(<\/dcterms:(?:created|modified)>)/g, `$1${iso}$2`),
  );
}

/** A date as docProps/core.xml holds it: ISO 8601 to the second, UTC. */
export function coreDate(timestamp: Date): string {
  return timestamp.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** Zips the parts with one fixed time and a fixed order: `[Content_Types].xml` first, then the rest by name. */
export function zipPackage(files: Record<string, Uint8Array>, timestamp: Date): Uint8Array {
  const mtime = zipTime(timestamp);
  const zippable: Zippable = {};
  for (const name of Object.keys(files).sort(entryOrder)) zippable[name] = [files[name]!, { mtime, level: 6 }];
  return zipSync(zippable);
}

function entryOrder(a: string, b: string): number {
  const rank = (n: string) => (n === '[Content_Types].xml' ? 0 : 1);
  return rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0);
}

/**
 * Zip times are local DOS times, and fflate reads the Date with local getters: shift it so the stored fields
 * are the UTC ones on any machine. DOS dates start in 1980.
 */
function zipTime(timestamp: Date): Date {
  const t = Math.max(timestamp.getTime(), Date.UTC(1980, 0, 2));
  return new Date(t + new Date(t).getTimezoneOffset() * 60_000);
}
