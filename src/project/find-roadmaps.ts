import { readdirSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.js';

export interface FoundFiles {
  files: string[];
  /** Paths that do not exist: a usage error. */
  missing: string[];
  /** Folders that could not be listed (no permission): reported, and the others are still read. */
  unreadable: Diagnostic[];
}

const ROADMAP_FILE = /\.ya?ml$/i;
const SKIP_DIRS = new Set(['node_modules', '.git', 'out', 'dist']);

/** Expands files and folders into roadmap files (*.yaml, *.yml), sorted, without status files. */
export function findRoadmapFiles(paths: readonly string[], cwd: string): FoundFiles {
  const files = new Set<string>();
  const missing: string[] = [];
  const unreadable: Diagnostic[] = [];
  const walk = (dir: string): void => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const reason = code === 'EACCES' || code === 'EPERM' ? 'нет прав на чтение' : `ошибка ${code ?? '?'}`;
      unreadable.push(diagnostic('folder-unreadable', { file: display(dir, cwd), line: 0, column: 0 }, reason));
      return;
    }
    for (const entry of entries) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!SKIP_DIRS.has(entry.name) && !entry.name.startsWith('.')) walk(full);
      } else if (ROADMAP_FILE.test(entry.name) && !isAuxiliary(entry.name)) {
        files.add(full);
      }
    }
  };
  for (const p of paths) {
    const abs = resolve(cwd, p);
    let st;
    try {
      st = statSync(abs);
    } catch {
      missing.push(p);
      continue;
    }
    if (st.isDirectory()) walk(abs);
    else files.add(abs);
  }
  return { files: [...files].sort().map((f) => display(f, cwd)), missing, unreadable };
}

/** Status files and the project config live beside roadmaps but are not roadmaps. */
export function isAuxiliary(name: string): boolean {
  return /\.status\.ya?ml$/i.test(name) || /^roadmap\.config\.ya?ml$/i.test(name);
}

function display(abs: string, cwd: string): string {
  const rel = relative(cwd, abs);
  return rel.startsWith('..') ? abs : rel.split(sep).join('/');
}
