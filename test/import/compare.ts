import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileRoadmap } from '../../src/api/compile.js';
import type { ResolvedRoadmap } from '../../src/model/resolved.js';
import { walkItems } from '../../src/model/walk.js';
import { richTextToPlain } from '../../src/resolve/rich-text.js';
import { REPO } from '../helpers/cli.js';

/**
 * Our DOCX sets dashes typographically (issue #18: «2020–2022», «(далее — ГИА)»), the YAML keeps the hyphens as
 * typed: a dash with or without spaces around it reads the same here.
 */
export const undash = (s: string): string => s.replace(/[ \u00a0]*[-–—][ \u00a0]*/g, '-');
const norm = (s: string) => undash(s.replace(/\s+/g, ' ').trim());

/** What a reader of the document sees of each row: section, number, title, deadline, indicator, executors. */
export function rowsOf(roadmap: ResolvedRoadmap): string[][] {
  return [...walkItems(roadmap)].map(({ item, section }) => [
    norm(section.title ?? ''),
    item.number,
    norm(richTextToPlain(item.title)),
    norm(item.when),
    norm(richTextToPlain(item.indicator)),
    item.executors.map((e) => norm(e.name).toLowerCase()).join(' | '),
  ]);
}

export function compileText(file: string, yaml: string) {
  return compileRoadmap(file, new TextEncoder().encode(yaml));
}

export function seed(name: string): ResolvedRoadmap {
  const file = join(REPO, 'roadmaps', `${name}.yaml`);
  const result = compileRoadmap(file, readFileSync(file));
  if (!result.roadmap) throw new Error(`seed ${name} does not compile`);
  return result.roadmap;
}
