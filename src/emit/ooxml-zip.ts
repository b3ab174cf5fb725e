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
    strFromU8(core).replace(
      /(<dcterms:(?:created|modified)\b[^>]*>)[^<]*(<\/dcterms:(?:created|modified)>)/g,
      `$1${iso}$2`,
    ),
  );
}

/** A date as docProps/core.xml holds it: ISO 8601 to the second, UTC. */
export function coreDate(timestamp: Date): string {
  return timestamp.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/**
 * Zips the parts in a fixed order (`[Content_Types].xml` first, then the rest by name), every entry dated with
 * the UTC date and time of `timestamp`, whatever the machine's time zone.
 */
export function zipPackage(files: Record<string, Uint8Array>, timestamp: Date): Uint8Array {
  const zippable: Zippable = {};
  // Any date fflate accepts: the entries' times are set below.
  const mtime = new Date(2000, 0, 1);
  for (const name of Object.keys(files).sort(entryOrder)) zippable[name] = [files[name]!, { mtime, level: 6 }];
  return setZipTimes(zipSync(zippable), timestamp);
}

/** Dates every entry of a zip fflate has written (DOCX from docx's Packer, or zipPackage's) with `timestamp`. */
export function setZipTimes(zip: Uint8Array, timestamp: Date): Uint8Array {
  setEntryTimes(zip, dosDateTime(timestamp));
  return zip;
}

function entryOrder(a: string, b: string): number {
  const rank = (n: string) => (n === '[Content_Types].xml' ? 0 : 1);
  return rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0);
}

/**
 * A zip entry's time is a DOS date and time: local fields with no zone. fflate fills them from a Date's local
 * getters, so they follow the machine's zone — and a UTC time inside a local DST gap (2023-03-26 02:30 in
 * Berlin) has no local Date at all. The UTC fields are written into the headers instead. DOS dates run from
 * 1980 to 2107; a two-second resolution.
 */
export function dosDateTime(timestamp: Date): { date: number; time: number } {
  const t = new Date(Math.min(Math.max(timestamp.getTime(), Date.UTC(1980, 0, 1)), Date.UTC(2107, 11, 31, 23, 59, 58)));
  return {
    date: ((t.getUTCFullYear() - 1980) << 9) | ((t.getUTCMonth() + 1) << 5) | t.getUTCDate(),
    time: (t.getUTCHours() << 11) | (t.getUTCMinutes() << 5) | (t.getUTCSeconds() >> 1),
  };
}

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;

/**
 * Sets the date and time of every entry, in its central directory record and its local header. Only for zips
 * written by fflate's zipSync: no archive comment, no zip64.
 */
function setEntryTimes(zip: Uint8Array, { date, time }: { date: number; time: number }): void {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const end = zip.byteLength - 22;
  if (end < 0 || view.getUint32(end, true) !== END_OF_CENTRAL_DIRECTORY)
    throw new Error('zipPackage: no end of central directory');
  const count = view.getUint16(end + 10, true);
  let p = view.getUint32(end + 16, true);
  for (let i = 0; i < count; i++) {
    if (view.getUint32(p, true) !== CENTRAL_HEADER) throw new Error('zipPackage: broken central directory');
    view.setUint16(p + 12, time, true);
    view.setUint16(p + 14, date, true);
    const local = view.getUint32(p + 42, true);
    if (view.getUint32(local, true) !== LOCAL_HEADER) throw new Error('zipPackage: broken local header');
    view.setUint16(local + 10, time, true);
    view.setUint16(local + 12, date, true);
    p += 46 + view.getUint16(p + 28, true) + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
  }
}
