import { closeSync, openSync, writeSync } from 'node:fs';
import type { Chunk } from '../emit/emitter.js';

const BLOCK = 1 << 16;

/** A file written chunk by chunk through one small buffer: its whole content is never in memory. */
export class ChunkWriter {
  private readonly fd: number;
  private readonly block = Buffer.allocUnsafe(BLOCK);
  private used = 0;

  constructor(path: string) {
    this.fd = openSync(path, 'w');
  }

  write(chunk: Chunk): void {
    const size = typeof chunk === 'string' ? Buffer.byteLength(chunk) : chunk.byteLength;
    if (this.used + size > BLOCK) this.flush();
    if (size > BLOCK) this.writeAll(typeof chunk === 'string' ? Buffer.from(chunk) : chunk, size);
    else if (typeof chunk === 'string') this.used += this.block.write(chunk, this.used);
    else {
      this.block.set(chunk, this.used);
      this.used += size;
    }
  }

  close(): void {
    try {
      this.flush();
    } finally {
      closeSync(this.fd);
    }
  }

  private flush(): void {
    this.writeAll(this.block, this.used);
    this.used = 0;
  }

  private writeAll(bytes: Uint8Array, size: number): void {
    for (let at = 0; at < size;) at += writeSync(this.fd, bytes, at, size - at);
  }
}
