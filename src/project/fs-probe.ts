import { readFileSync, statSync } from 'node:fs';

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
