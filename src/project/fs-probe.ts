import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { dirname } from 'node:path';

/** The file's bytes, or null when it is missing or unreadable (the caller reports what that means). */
export function readOrNull(path: string): Uint8Array | null {
  try {
    return readFileSync(path);
  } catch {
    return null;
  }
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
