import { readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve, sep } from 'node:path';
import type { OutputFile } from '../emit/emitter.js';
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
  const written: string[] = [];
  removeStaleTemps(outDir, files);
  for (const file of files) {
    const target = safeOutputPath(outDir, file.path);
    if (!target) throw new Error(`refusing to write outside the output folder: ${file.path}`);
    makeDirectory(dirname(target));
    const temp = `${target}.tmp-${process.pid}`;
    try {
      writeFileSync(temp, file.data);
      renameSync(temp, target);
    } catch (error) {
      rmSync(temp, { force: true });
      throw error;
    }
    written.push(target);
  }
  return written;
}

/**
 * A build killed between writing and renaming leaves `<name>.tmp-<pid>` behind; the next build clears those of
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
      const m = /^(.*)\.tmp-\d+$/.exec(name);
      if (m && names.has(m[1]!)) rmSync(join(dir, name), { force: true });
    }
  }
}
