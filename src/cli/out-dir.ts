import { statSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import type { ProjectConfig } from '../project/config.js';
import { UsageError, type CliIo } from './io.js';

/**
 * The output folder: `--out` (relative to the working folder) or the config's `out` (relative to the project).
 * Outputs overwrite what is there, so the folder must not be the project itself, a roadmaps folder or a file;
 * the config may not point outside the project (a `--out` given by hand may).
 */
export function outputFolder(io: CliIo, config: ProjectConfig, given: string | undefined): string {
  if (given !== undefined && given.trim() === '')
    throw new UsageError('пустое значение --out: укажите папку для результатов.');
  const fromConfig = given === undefined;
  const outDir = fromConfig ? resolve(config.root, config.out) : resolve(io.cwd, given);
  const source = fromConfig ? `«out: ${config.out}» в roadmap.config.yaml` : `--out ${given}`;
  const inside = (parent: string, child: string) => child === parent || child.startsWith(parent + sep);
  if (fromConfig && !inside(config.root, outDir))
    throw new UsageError(`${source}: папка результатов должна быть внутри проекта (${config.root}).`);
  if (outDir === resolve(config.root) || outDir === resolve(io.cwd)) {
    throw new UsageError(
      `${source}: результаты нельзя собирать прямо в папку проекта — они перезаписали бы ваши файлы. Укажите отдельную папку, например out.`,
    );
  }
  for (const folder of config.roadmaps.map((r) => resolve(config.root, r))) {
    if (inside(folder, outDir) || inside(outDir, folder)) {
      throw new UsageError(
        `${source}: папка результатов не может совпадать с папкой дорожных карт (${relative(io.cwd, folder) || '.'}) или содержать её.`,
      );
    }
  }
  let isFile = false;
  try {
    isFile = !statSync(outDir).isDirectory();
  } catch {
    // does not exist yet: it will be created
  }
  if (isFile) throw new UsageError(`${source}: «${outDir}» — это файл, а не папка.`);
  return outDir;
}
