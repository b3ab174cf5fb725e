import { closeSync, openSync, readSync, statSync } from 'node:fs';

const CHUNK = 1 << 20;

/**
 * A file's bytes as chunks of up to 1 MiB, read as they are asked for (a previous merged feed is hundreds of
 * megabytes); null when it is not a readable file. A file that vanishes meanwhile just ends early.
 */
export function readChunks(path: string): Iterable<Uint8Array> | null {
  try {
    if (!statSync(path).isFile()) return null;
  } catch {
    return null;
  }
  return {
    *[Symbol.iterator]() {
      let fd: number;
      try {
        fd = openSync(path, 'r');
      } catch {
        return;
      }
      try {
        for (;;) {
          const buffer = Buffer.allocUnsafe(CHUNK);
          const n = readSync(fd, buffer, 0, CHUNK, null);
          if (n === 0) return;
          yield buffer.subarray(0, n);
        }
      } finally {
        closeSync(fd);
      }
    },
  };
}
