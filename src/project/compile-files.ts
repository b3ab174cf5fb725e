import { resolve } from 'node:path';
import { compileRoadmap, type CompileResult } from '../api/compile.js';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { ResolveOptions } from '../resolve/resolve-roadmap.js';
import { positionOf } from '../load/positions.js';
import { MAX_INPUT_SIZE_TEXT, readInput } from './fs-probe.js';

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
    const read = readInput(resolve(cwd, file));
    if (read.ok) {
      yield compileRoadmap(file, read.bytes, options);
      continue;
    }
    const place = { file, line: 0, column: 0 };
    const d =
      read.problem === 'too-large'
        ? diagnostic('file-too-large', place, MAX_INPUT_SIZE_TEXT)
        : diagnostic(
            'file-unreadable',
            place,
            read.problem === 'directory' || read.problem === 'not-regular' ? read.problem : 'no-access',
          );
    yield { file, roadmap: null, loaded: null, diagnostics: [d] };
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
