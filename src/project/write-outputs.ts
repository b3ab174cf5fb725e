import { closeSync, openSync, readdirSync, renameSync, rmdirSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { StreamedBody, type OutputFile } from '../emit/emitter.js';
import { makeDirectory } from './fs-probe.js';

/** Resolves an output path and refuses anything that would land outside the output folder. */
export function safeOutputPath(outDir: string, relPath: string): string | null {
  const root = resolve(outDir);
  if (relPath.includes('\0') || /^[a-zA-Z]:|^[/\\]/.test(relPath)) return null;
  const target = resolve(root, relPath);
  return target.startsWith(root + sep) ? target : null;
}

/**
 * Writes each file to a temporary name beside its target, then renames it over the target, so a failed or
 * interrupted build never leaves a half-written document where the previous one was.
 */
export function writeOutputsAtomically(outDir: string, files: readonly OutputFile[]): string[] {
  const staging = new Staging(outDir);
  try {
    staging.add(files);
  } catch (error) {
    staging.discard();
    throw error;
  }
  return staging.commit();
}

/**
 * Outputs written to temporary files as they are produced and renamed over their targets only at the end: a
 * build keeps its all-or-nothing behaviour without holding every document in memory until then (a thousand
 * roadmaps' DOCX and XLSX are hundreds of megabytes).
 */
export class Staging {
  private readonly staged: { temp: string; target: string }[] = [];
  /** Folders this build made (the output folder itself, on a first build): a discarded build removes them again. */
  private readonly made: string[] = [];

  constructor(private readonly outDir: string) {}

  /** Writes the files to temporary names; call `commit` to put them in place or `discard` to drop them. */
  add(files: readonly OutputFile[]): void {
    removeStaleTemps(this.outDir, files);
    for (const file of files) {
      const target = safeOutputPath(this.outDir, file.path);
      if (!target) throw new Error(`refusing to write outside the output folder: ${file.path}`);
      makeDirectory(dirname(target), this.made);
      const temp = `${target}.tmp-${process.pid}-${this.staged.length}`;
      this.staged.push({ temp, target });
      if (file.data instanceof StreamedBody) writeStreamed(temp, file.data);
      else writeFileSync(temp, file.data);
    }
  }

  /** Renames every staged file over its target; returns the targets. */
  commit(): string[] {
    const written: string[] = [];
    try {
      for (const { temp, target } of this.staged) {
        renameSync(temp, target);
        written.push(target);
      }
    } catch (error) {
      this.discard();
      throw error;
    }
    this.staged.length = 0;
    this.made.length = 0;
    return written;
  }

  /** Removes the temporary files of a build that will not be committed, and the folders it made for them. */
  discard(): void {
    for (const { temp } of this.staged) rmSync(temp, { force: true });
    this.staged.length = 0;
    for (const dir of this.made.reverse()) {
      try {
        rmdirSync(dir); // only while empty: something else may have put files there meanwhile
      } catch {
        // not empty, or already gone
      }
    }
    this.made.length = 0;
  }
}

const BLOCK = 1 << 20;

/** Writes a streamed body chunk by chunk through one buffer: the whole file is never in memory. */
function writeStreamed(path: string, body: StreamedBody): void {
  const fd = openSync(path, 'w');
  try {
    const block = Buffer.allocUnsafe(BLOCK);
    let used = 0;
    const flush = () => {
      for (let at = 0; at < used; ) at += writeSync(fd, block, at, used - at);
      used = 0;
    };
    for (const chunk of body.chunks()) {
      const size = typeof chunk === 'string' ? Buffer.byteLength(chunk) : chunk.byteLength;
      if (used + size > BLOCK) flush();
      if (size > BLOCK) {
        const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
        for (let at = 0; at < size; ) at += writeSync(fd, bytes, at, size - at);
      } else if (typeof chunk === 'string') {
        used += block.write(chunk, used);
      } else {
        block.set(chunk, used);
        used += size;
      }
    }
    flush();
  } finally {
    closeSync(fd);
  }
}

/** `<name>.tmp-<pid>-<n>`: a staged output (older builds wrote `<name>.tmp-<pid>`). */
const TEMP_NAME = /^(.*)\.tmp-(\d+)(?:-\d+)?$/;

export function isTemporaryOutput(name: string): boolean {
  return TEMP_NAME.test(name);
}

/**
 * A build killed between writing and renaming leaves `<name>.tmp-<pid>-<n>` behind; the next build clears those of
 * the files it writes (one directory listing per folder, not per file).
 */
function removeStaleTemps(outDir: string, files: readonly OutputFile[]): void {
  const byDir = new Map<string, Set<string>>();
  for (const file of files) {
    const target = safeOutputPath(outDir, file.path);
    if (!target) continue;
    const names = byDir.get(dirname(target)) ?? new Set<string>();
    names.add(basename(target));
    byDir.set(dirname(target), names);
  }
  for (const [dir, names] of byDir) {
    let entries: string[];
    try {
      entries = readdirSync(dir);
    } catch {
      continue;
    }
    for (const name of entries) {
      const m = TEMP_NAME.exec(name);
      // A build still running (`--watch` beside a manual build) keeps its temporary files until it renames them.
      if (m && names.has(m[1]!) && !isRunning(Number(m[2]))) rmSync(join(dir, name), { force: true });
    }
  }
}

function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
