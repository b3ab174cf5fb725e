import { closeSync, constants, fstatSync, mkdirSync, openSync, readSync, statSync } from 'node:fs';
import { dirname } from 'node:path';

/** The largest input read (a roadmap, a status file, the config, a letterhead): a district's roadmap is ~30 KB. */
const MAX_INPUT_BYTES = 16 * 1024 * 1024;
export const MAX_INPUT_SIZE_TEXT = '16 МБ';

export type InputRead =
  | { ok: true; bytes: Uint8Array }
  | { ok: false; problem: 'missing' | 'no-access' | 'directory' | 'not-regular' | 'too-large' };

/**
 * Reads an input file, refusing what is not a regular file or is over MAX_INPUT_BYTES. Opened without blocking
 * and checked on the open descriptor, so a FIFO named `plan.yaml` is refused instead of waiting forever for a
 * writer, and a link to /dev/zero instead of reading until memory runs out; a file that grows meanwhile is read
 * no further than the limit.
 */
export function readInput(path: string, limit = MAX_INPUT_BYTES): InputRead {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { ok: false, problem: code === 'ENOENT' || code === 'ENOTDIR' ? 'missing' : 'no-access' };
  }
  try {
    const st = fstatSync(fd);
    if (st.isDirectory()) return { ok: false, problem: 'directory' };
    if (!st.isFile()) return { ok: false, problem: 'not-regular' };
    if (st.size > limit) return { ok: false, problem: 'too-large' };
    const buffer = Buffer.allocUnsafe(Math.min(st.size, limit) + 1);
    let n = 0;
    for (;;) {
      const got = readSync(fd, buffer, n, buffer.length - n, null);
      if (got === 0) break;
      n += got;
      if (n > limit) return { ok: false, problem: 'too-large' };
      if (n === buffer.length) break;
    }
    return { ok: true, bytes: buffer.subarray(0, n) };
  } catch (error) {
    return { ok: false, problem: (error as NodeJS.ErrnoException).code === 'EISDIR' ? 'directory' : 'no-access' };
  } finally {
    closeSync(fd);
  }
}

/**
 * The file's bytes, or null when it is missing or unreadable (the caller reports what that means). A FIFO, a
 * device or a file over MAX_INPUT_BYTES is not "missing" — treating a status file so would overwrite the
 * tracker with every status «не начато» — so those throw an error `describeSystemError` words.
 */
export function readOrNull(path: string): Uint8Array | null {
  const read = readInput(path);
  if (read.ok) return read.bytes;
  if (read.problem === 'not-regular' || read.problem === 'too-large') {
    throw Object.assign(new Error(`${path}: ${read.problem}`), {
      code: read.problem === 'too-large' ? 'EFBIG' : 'ENOTREGULAR',
      path,
    });
  }
  return null;
}

export function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/**
 * mkdir -p. Node's own `recursive: true` loops forever where a folder cannot be made but reports ENOENT
 * (under /proc); walking the parents ourselves turns that into an ordinary error. The folders it makes are added
 * to `made`, outermost first — also those made before a deeper one fails.
 */
export function makeDirectory(path: string, made: string[] = []): void {
  if (isDirectory(path)) return;
  const parent = dirname(path);
  if (parent !== path) makeDirectory(parent, made);
  try {
    mkdirSync(path);
    made.push(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || !isDirectory(path)) throw error;
  }
}

/**
 * A spreadsheet that is not an XLSX, by its first bytes: an OpenDocument table (LibreOffice's .ods: a zip whose
 * first entry `mimetype` names it) or an old binary Excel .xls (an OLE2 compound file). Null for anything else.
 */
export function otherSpreadsheetKind(path: string): 'ods' | 'xls' | null {
  const read = readInput(path);
  if (!read.ok) return null;
  const head = Buffer.from(read.bytes.subarray(0, 128));
  if (head.subarray(0, 8).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))) return 'xls';
  if (head.readUInt32LE(0) === 0x04034b50 && head.includes('application/vnd.oasis.opendocument.spreadsheet'))
    return 'ods';
  return null;
}
