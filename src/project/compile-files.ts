import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { compileRoadmap, type CompileResult } from '../api/compile.js';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { ResolveOptions } from '../resolve/resolve-roadmap.js';
import { positionOf } from '../load/positions.js';

/** Reads and compiles each file; an unreadable file becomes a diagnostic, not an exception. */
export function compileFiles(files: readonly string[], cwd: string, options: ResolveOptions = {}): CompileResult[] {
  return files.map((file) => {
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(resolve(cwd, file));
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code === 'EISDIR' ? 'directory' : 'no-access';
      return {
        file,
        roadmap: null,
        loaded: null,
        diagnostics: [diagnostic('file-unreadable', { file, line: 0, column: 0 }, reason)],
      };
    }
    return compileRoadmap(file, bytes, options);
  });
}

/** Two roadmaps with one id would overwrite each other's outputs. */
export function duplicateIdDiagnostics(results: readonly CompileResult[]): Diagnostic[] {
  const seen = new Map<string, string>();
  const out: Diagnostic[] = [];
  for (const r of results) {
    if (!r.roadmap) continue;
    const first = seen.get(r.roadmap.id);
    if (first) {
      const pos = r.loaded ? positionOf(r.loaded, ['id']) : { line: 1, column: 1 };
      out.push(diagnostic('roadmap-duplicate-id', { file: r.file, ...pos }, r.roadmap.id, first));
    } else {
      seen.set(r.roadmap.id, r.file);
    }
  }
  return out;
}
