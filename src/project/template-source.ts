import { join, resolve } from 'node:path';
import type { TemplateSource } from '../templates/load-template.js';
import type { ProjectConfig } from './config.js';
import { packageRoot } from './package-root.js';
import { readOrNull } from './fs-probe.js';

/** Template folders in search order (the project's own `templates/`, then the bundled one) and a file reader. */
export function templateSource(config: ProjectConfig, cwd: string): TemplateSource {
  return {
    templateDirs: [join(config.root, 'templates'), join(packageRoot(), 'templates')],
    readFile: (path) => readOrNull(resolve(cwd, path)),
  };
}
