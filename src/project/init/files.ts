import { renderSchemas } from '../json-schemas.js';
import { GITHUB_WORKFLOW, GITLAB_CI } from './ci-files.js';
import { CONFIG_FILE_TEXT } from './config-file.js';
import { exampleRoadmap } from './example-roadmap.js';
import { GITIGNORE, README } from './repo-files.js';

export interface InitFile {
  /** Relative to the new repository, '/'-separated. */
  path: string;
  text: string;
}

/**
 * Everything `roadmap init` writes. No package.json: inside a checkout of the tool `npx roadmap` finds it, and a
 * package.json naming «roadmap» would make npx fetch an unrelated package of that name from the registry.
 * The JSON Schemas are copied into the repo (not referenced in node_modules) so the editor finds them before
 * anything is installed, at the path the example's first line names.
 */
export function initFiles(year: number): InitFile[] {
  const schemas = renderSchemas();
  return [
    { path: 'roadmap.config.yaml', text: CONFIG_FILE_TEXT },
    { path: 'roadmaps/example.yaml', text: exampleRoadmap(year) },
    ...Object.entries(schemas).map(([name, text]) => ({ path: `schemas/${name}`, text })),
    { path: '.gitignore', text: GITIGNORE },
    { path: 'README.md', text: README },
    { path: '.github/workflows/roadmap.yml', text: GITHUB_WORKFLOW },
    { path: '.gitlab-ci.yml', text: GITLAB_CI },
  ];
}
