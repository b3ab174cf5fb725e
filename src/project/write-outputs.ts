import { readdirSync, realpathSync, renameSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { StreamedBody, type OutputFile, type StreamedFiles } from '../emit/emitter.js';
import { ChunkWriter } from './chunk-writer.js';
import { makeDirectory } from './fs-probe.js';

/**
 * Resolves an output path and refuses anything that would land outside the output folder: by its name (`../x`,
 * an absolute path) or through a symbolic link inside the folder (`out/calendars` → `/somewhere`; see linkOutside).
 */
export function safeOutputPath(outDir: string, relPath: string): string | null {
  const root = resolve(outDir);
  if (relPath.includes('\0') || /^[a-zA-Z]:|^[/\\]/.test(relPath)) return null;
  const target = resolve(root, relPath);
  return target.startsWith(root + sep) && linkOutside(root, target) === null ? target : null;
}

/**
 * The path between `target` and the output folder `root` (the target itself included) whose real path is outside
 * the folder's real path — a symbolic link leading out of it — or null. The output folder itself may be a link
 * (to another disk): only what is below it is checked. The nearest existing path decides: its real path resolves
 * every link above it.
 */
export function linkOutside(root: string, target: string): string | null {
  let realRoot: string;
  try {
    realRoot = realpathSync(root);
  } catch {
    return null; // no output folder yet: nothing below it exists, so nothing below it is a link
  }
  for (let p = target; p.startsWith(root + sep); p = dirname(p)) {
    let real: string;
    try {
      real = realpathSync(p);
    } catch {
      continue; // not made yet
    }
    return real === realRoot || real.startsWith(realRoot + sep) ? null : firstLink(root, p);
  }
  return null;
}

/** The outermost path from `root` down to `p` that resolves outside: the link the user made. */
function firstLink(root: string, p: string): string {
  const parts = p.slice(root.length + 1).split(sep);
  const realRoot = realpathSync(root);
  for (let i = 1; i <= parts.length; i++) {
    const q = join(root, ...parts.slice(0, i));
    try {
      const real = realpathSync(q);
      if (real !== realRoot && !real.startsWith(realRoot + sep)) return q;
    } catch {
      return q;
    }
  }
  return p;
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
  private readonly stale = new Map<string, Map<string, string[]>>();

  constructor(private readonly outDir: string) {}

  /** Writes the files to temporary names; call `commit` to put them in place or `discard` to drop them. */
  add(files: readonly OutputFile[]): void {
    this.removeStaleTemps(files);
    const groups = new Map<StreamedFiles, Map<number, string>>();
    for (const file of files) {
      const target = safeOutputPath(this.outDir, file.path);
      if (!target) throw new Error(`refusing to write outside the output folder: ${file.path}`);
      makeDirectory(dirname(target), this.made);
      const temp = `${target}.tmp-${process.pid}-${this.staged.length}`;
      this.staged.push({ temp, target });
      if (file.data instanceof StreamedBody) {
        const temps = groups.get(file.data.files) ?? new Map<number, string>();
        groups.set(file.data.files, temps.set(file.data.index, temp));
      } else {
        writeFileSync(temp, file.data);
      }
    }
    writeStreamed(groups);
  }

  /**
   * A build killed between writing and renaming leaves `<name>.tmp-<pid>-<n>` behind; this build clears those of
   * the files it writes. Each folder is listed once per build (a region's output folder has thousands of files).
   */
  private removeStaleTemps(files: readonly OutputFile[]): void {
    for (const file of files) {
      const target = safeOutputPath(this.outDir, file.path);
      if (!target) continue;
      const stale = this.staleIn(dirname(target));
      for (const name of stale.get(basename(target)) ?? []) rmSync(join(dirname(target), name), { force: true });
      stale.delete(basename(target));
    }
  }

  /** Temporary files of dead builds in `dir`, by the name of the output they were for. */
  private staleIn(dir: string): Map<string, string[]> {
    let stale = this.stale.get(dir);
    if (stale) return stale;
    stale = new Map();
    this.stale.set(dir, stale);
    let entries: string[];
    try {
      entries = readdirSync(dir);
    } catch {
      return stale;
    }
    for (const name of entries) {
      const m = TEMP_NAME.exec(name);
      // A build still running (`--watch` beside a manual build) keeps its temporary files until it renames them.
      if (m && !isRunning(Number(m[2]))) stale.set(m[1]!, [...(stale.get(m[1]!) ?? []), name]);
    }
    return stale;
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

/**
 * Writes each group of streamed files in one pass, chunk by chunk, into their temporary files (`temps`: the
 * temporary path of each file of the group that is staged; chunks for the others are dropped).
 */
function writeStreamed(groups: ReadonlyMap<StreamedFiles, ReadonlyMap<number, string>>): void {
  for (const [files, temps] of groups) {
    const open = new Map<number, ChunkWriter>();
    const done = new Set<number>();
    try {
      for (const [index, chunk] of files.chunks()) {
        const temp = temps.get(index);
        if (temp === undefined || done.has(index)) continue;
        let writer = open.get(index);
        if (!writer) open.set(index, (writer = new ChunkWriter(temp)));
        if (chunk !== null) {
          writer.write(chunk);
          continue;
        }
        open.delete(index);
        done.add(index);
        writer.close();
      }
    } finally {
      for (const writer of open.values()) writer.close();
    }
    // A file of the group that got no chunk at all is empty.
    for (const [index, temp] of temps) if (!done.has(index) && !open.has(index)) writeFileSync(temp, '');
  }
}

/** `<name>.tmp-<pid>-<n>`: a staged output (older builds wrote `<name>.tmp-<pid>`). */
const TEMP_NAME = /^(.*)\.tmp-(\d+)(?:-\d+)?$/;

export function isTemporaryOutput(name: string): boolean {
  return TEMP_NAME.test(name);
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
