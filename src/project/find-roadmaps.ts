import { readdirSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';

export interface FoundFiles {
  files: string[];
  /** Paths that do not exist: a usage error. */
  missing: string[];
}

const ROADMAP_FILE = /\.ya?ml$/i;
const SKIP_DIRS = new Set(['node_modules', '.git', 'out', 'dist']);

/** Expands files and folders into roadmap files (*.yaml, *.yml), sorted, without status files. */
export function findRoadmapFiles(paths: readonly string[], cwd: string): FoundFiles {
  const files = new Set<string>();
  const missing: string[] = [];
  for (const p of paths) {
    const abs = resolve(cwd, p);
    let st;
    try {
      st = statSync(abs);
    } catch {
      missing.push(p);
      continue;
    }
    if (st.isDirectory()) walk(abs, files);
    else files.add(abs);
  }
  return { files: [...files].sort().map((f) => display(f, cwd)), missing };
}

function walk(dir: string, out: Set<string>): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIP_DIRS.has(entry.name) && !entry.name.startsWith('.')) walk(full, out);
    } else if (ROADMAP_FILE.test(entry.name) && !isAuxiliary(entry.name)) {
      out.add(full);
    }
  }
}

/** Status files and the project config live beside roadmaps but are not roadmaps. */
export function isAuxiliary(name: string): boolean {
  return /\.status\.ya?ml$/i.test(name) || /^roadmap\.config\.ya?ml$/i.test(name);
}

function display(abs: string, cwd: string): string {
  const rel = relative(cwd, abs);
  return rel.startsWith('..') ? abs : rel.split(sep).join('/');
}
