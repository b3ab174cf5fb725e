import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { compileRoadmap, type CompileResult } from '../api/compile.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { messages } from '../diagnostics/messages.js';
import type { ResolveOptions } from '../resolve/resolve-roadmap.js';
import { positionOf } from '../load/positions.js';

/** Reads and compiles each file; an unreadable file becomes a diagnostic, not an exception. */
export function compileFiles(files: readonly string[], cwd: string, options: ResolveOptions = {}): CompileResult[] {
  return files.map((file) => {
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(resolve(cwd, file));
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code === 'EISDIR' ? 'это папка' : 'нет доступа или файл удалён';
      const d: Diagnostic = { file, line: 0, column: 0, severity: 'error', code: 'file-unreadable', message: messages['file-unreadable'](reason) };
      return { file, roadmap: null, loaded: null, diagnostics: [d] };
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
      out.push({
        file: r.file, line: pos.line, column: pos.column, severity: 'error', code: 'roadmap-duplicate-id',
        message: messages['roadmap-duplicate-id'](r.roadmap.id, first),
      });
    } else {
      seen.set(r.roadmap.id, r.file);
    }
  }
  return out;
}
