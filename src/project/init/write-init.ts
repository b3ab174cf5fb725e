import { existsSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { InitFile } from './files.js';
import { makeDirectory } from '../fs-probe.js';

export interface InitOutcome {
  path: string;
  status: 'created' | 'exists';
}

/**
 * Writes the files that do not exist yet and never touches the ones that do: `init` in a folder that already
 * has a config or a README adds only what is missing. The exclusive flag closes the check-then-write race.
 */
export function writeInitFiles(dir: string, files: readonly InitFile[]): InitOutcome[] {
  makeDirectory(dir);
  return files.map((f) => {
    const target = join(dir, ...f.path.split('/'));
    if (existsSync(target)) return { path: f.path, status: 'exists' };
    makeDirectory(dirname(target));
    try {
      writeFileSync(target, f.text, { flag: 'wx' });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') return { path: f.path, status: 'exists' };
      throw error;
    }
    return { path: f.path, status: 'created' };
  });
}
