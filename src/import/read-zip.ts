import { unzipSync } from 'fflate';
import * as zlib from 'node:zlib';

/** Limits for the parts an import reads (XML): a real document.xml is a few megabytes, compressed 5–20 times. */
const ZIP_LIMITS = {
  /** Bytes of one part once unpacked. */
  entry: 64 * 1024 * 1024,
  /** Bytes of all the parts read, unpacked. */
  total: 128 * 1024 * 1024,
  /** Unpacked size ÷ packed size of a part (a zip bomb packs gigabytes of one repeated byte a thousand times). */
  ratio: 200,
};

export type ZipProblem =
  | { kind: 'not-zip' }
  /** No end-of-archive record, or the directory points past the end: the file was cut short. */
  | { kind: 'truncated' }
  | { kind: 'corrupt'; entry: string }
  | { kind: 'too-large'; entry: string; size: number; limit: number }
  | { kind: 'ratio'; entry: string; ratio: number; limit: number };

export type ZipRead = { ok: true; files: Record<string, Uint8Array> } | { ok: false; problem: ZipProblem };

interface DirectoryEntry {
  crc: number;
  packed: number;
  size: number;
}

/**
 * Unpacks the entries of a zip that `wanted` selects, after checking what fflate does not: that the archive is
 * whole (its central directory is there), that each part's declared sizes are within ZIP_LIMITS before anything
 * is unpacked, and, after, that each part has its declared size and CRC-32 — a flipped byte or a cut part is
 * an error, never garbage read as text.
 */
export function readZip(bytes: Uint8Array, wanted: (name: string) => boolean): ZipRead {
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) return { ok: false, problem: { kind: 'not-zip' } };
  const directory = centralDirectory(bytes);
  if (!directory) return { ok: false, problem: { kind: 'truncated' } };
  let total = 0;
  for (const [entry, d] of directory) {
    if (!wanted(entry)) continue;
    if (d.size > ZIP_LIMITS.entry)
      return { ok: false, problem: { kind: 'too-large', entry, size: d.size, limit: ZIP_LIMITS.entry } };
    total += d.size;
    if (total > ZIP_LIMITS.total)
      return { ok: false, problem: { kind: 'too-large', entry, size: total, limit: ZIP_LIMITS.total } };
    const ratio = d.size / Math.max(d.packed, 1);
    if (d.size > 1024 * 1024 && ratio > ZIP_LIMITS.ratio)
      return { ok: false, problem: { kind: 'ratio', entry, ratio: Math.round(ratio), limit: ZIP_LIMITS.ratio } };
  }
  let files: Record<string, Uint8Array>;
  let current = '';
  try {
    files = unzipSync(bytes, {
      filter: (f) => {
        current = f.name;
        return wanted(f.name);
      },
    });
  } catch {
    return { ok: false, problem: current ? { kind: 'corrupt', entry: current } : { kind: 'truncated' } };
  }
  // zlib.crc32 is Node ≥ 20.15; on older Nodes the sizes are still checked.
  const crc32 = (zlib as { crc32?: (data: Uint8Array) => number }).crc32;
  for (const [entry, data] of Object.entries(files)) {
    const d = directory.get(entry);
    if (!d || data.length !== d.size || (crc32 && crc32(data) >>> 0 !== d.crc))
      return { ok: false, problem: { kind: 'corrupt', entry } };
  }
  return { ok: true, files };
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;

/** The central directory's entries by name, or null when the archive is cut (no end record, entries past the end). */
function centralDirectory(bytes: Uint8Array): Map<string, DirectoryEntry> | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === EOCD) {
      end = i;
      break;
    }
  }
  if (end < 0) return null;
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const entries = new Map<string, DirectoryEntry>();
  const decoder = new TextDecoder();
  for (let n = 0; n < count; n++) {
    if (at + 46 > end || view.getUint32(at, true) !== CENTRAL) return null;
    const nameLength = view.getUint16(at + 28, true);
    const skip = nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    if (at + 46 + skip > end) return null;
    const entry = {
      crc: view.getUint32(at + 16, true),
      packed: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
    };
    const local = view.getUint32(at + 42, true);
    if (local + 30 + entry.packed > end) return null;
    entries.set(decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)), entry);
    at += 46 + skip;
  }
  return entries;
}
