import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { compileRoadmap, type CompileResult } from '../api/compile.js';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { ResolveOptions } from '../resolve/resolve-roadmap.js';
import { positionOf } from '../load/positions.js';

/** Reads and compiles each file; an unreadable file becomes a diagnostic, not an exception. */
export function compileFiles(files: readonly string[], cwd: string, options: ResolveOptions = {}): CompileResult[] {
  return [...compileEach(files, cwd, options)];
}

/** `compileFiles` one file at a time: the caller keeps of each result only what it needs. */
export function* compileEach(
  files: readonly string[],
  cwd: string,
  options: ResolveOptions = {},
): Generator<CompileResult> {
  for (const file of files) {
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(resolve(cwd, file));
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code === 'EISDIR' ? 'directory' : 'no-access';
      yield {
        file,
        roadmap: null,
        loaded: null,
        diagnostics: [diagnostic('file-unreadable', { file, line: 0, column: 0 }, reason)],
      };
      continue;
    }
    yield compileRoadmap(file, bytes, options);
  }
}

/** Two roadmaps with one id would overwrite each other's outputs. */
export function duplicateIdDiagnostics(results: readonly CompileResult[]): Diagnostic[] {
  const check = duplicateIdCheck();
  return results.flatMap((r) => check(r) ?? []);
}

/**
 * `duplicateIdDiagnostics` one result at a time, in file order: the diagnostic for a roadmap whose id an earlier
 * one already has, or null.
 */
export function duplicateIdCheck(): (result: CompileResult) => Diagnostic | null {
  const seen = new Map<string, string>();
  return (r) => {
    if (!r.roadmap) return null;
    const first = seen.get(r.roadmap.id);
    if (!first) {
      seen.set(r.roadmap.id, r.file);
      return null;
    }
    const pos = r.loaded ? positionOf(r.loaded, ['id']) : { line: 1, column: 1 };
    return diagnostic('roadmap-duplicate-id', { file: r.file, ...pos }, r.roadmap.id, first);
  };
}
