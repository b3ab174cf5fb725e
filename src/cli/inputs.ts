import { resolve } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { loadConfig, type ProjectConfig } from '../project/config.js';
import { findRoadmapFiles } from '../project/find-roadmaps.js';
import { UsageError, type CliIo } from './io.js';

export interface Inputs {
  config: ProjectConfig;
  configDiagnostics: Diagnostic[];
  files: string[];
}

/** The roadmap files a command works on: the given paths, or the project's roadmaps folder(s). */
export function resolveInputs(io: CliIo, paths: readonly string[]): Inputs {
  const { config, diagnostics } = loadConfig(io.cwd);
  const given = paths.length > 0;
  const targets = given ? [...paths] : config.roadmaps.map((p) => resolve(config.root, p));
  const found = findRoadmapFiles(targets, io.cwd);
  if (found.missing.length > 0) {
    const list = found.missing.map((m) => `«${m}»`).join(', ');
    throw new UsageError(
      given
        ? `не найдено: ${list}.`
        : `нет папки с дорожными картами ${list}. Создайте её или запустите «roadmap init».`,
    );
  }
  if (found.files.length === 0 && found.unreadable.length === 0) {
    throw new UsageError(`в ${targets.map((t) => `«${t}»`).join(', ')} нет файлов дорожных карт (*.yaml).`);
  }
  // An unreadable sub-folder is reported with the config's problems; it does not block the build of the rest.
  return { config, configDiagnostics: [...diagnostics, ...found.unreadable], files: found.files };
}
