import { renderSchemas } from '../json-schemas.js';
import { githubWorkflow, giteaWorkflow, gitlabCi } from './ci-files.js';
import { CONFIG_FILE_TEXT } from './config-file.js';
import { exampleRoadmap } from './example-roadmap.js';
import { GITIGNORE, repoReadme } from './repo-files.js';
import { PACKAGE_NAME } from '../package-root.js';

export interface InitFile {
  /** Relative to the new repository, '/'-separated. */
  path: string;
  text: string;
}

/**
 * Everything `roadmap init` writes, for the tool's `version`: CI and the README install exactly that version
 * (`dorozhnaya-karta@0.1.0`), so a repository keeps building the same way until someone raises it.
 * No package.json: a methodist's repository needs no node_modules; the tool is installed once, globally.
 * The JSON Schemas are copied into the repo (not referenced in node_modules) so the editor finds them before
 * anything is installed, at the path the example's first line names.
 */
export function initFiles(year: number, version: string): InitFile[] {
  const schemas = renderSchemas();
  const pkg = `${PACKAGE_NAME}@${version}`;
  return [
    { path: 'roadmap.config.yaml', text: CONFIG_FILE_TEXT },
    { path: 'roadmaps/example.yaml', text: exampleRoadmap(year) },
    ...Object.entries(schemas).map(([name, text]) => ({ path: `schemas/${name}`, text })),
    { path: '.gitignore', text: GITIGNORE },
    { path: 'README.md', text: repoReadme(pkg) },
    { path: '.github/workflows/roadmap.yml', text: githubWorkflow(pkg) },
    { path: '.gitlab-ci.yml', text: gitlabCi(pkg) },
    { path: '.gitea/workflows/roadmap.yml', text: giteaWorkflow(pkg) },
  ];
}
