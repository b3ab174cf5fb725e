import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO, runCli } from '../helpers/cli.js';

const DOCX = join(REPO, 'test', 'fixtures', 'import', '500plus-libreoffice.docx');

/** The file the first line of an imported YAML names, resolved from that YAML's own folder (as the editor does). */
function schemaOf(yamlFile: string): string {
  const first = readFileSync(yamlFile, 'utf8').split('\n')[0]!;
  const m = /^# yaml-language-server: \$schema=(\S+)$/.exec(first);
  expect(m, first).not.toBeNull();
  return join(dirname(yamlFile), m![1]!);
}

describe('`roadmap import` names a schema that exists from where the YAML is written', () => {
  it.each([['roadmaps/lysogorsk.yaml'], ['sub/dir/x.yaml'], ['x.yaml']])('-o %s', (output) => {
    const repo = join(mkdtempSync(join(tmpdir(), 'roadmap-import-schema-')), 'repo');
    expect(runCli(['init', 'repo'], { cwd: dirname(repo) }).code).toBe(0);
    const r = runCli(['import', DOCX, '-o', output], { cwd: repo });
    expect(r.code, r.stderr).not.toBe(2);
    const schema = schemaOf(join(repo, output));
    expect(schema).toBe(join(repo, 'schemas', 'roadmap.schema.json'));
    expect(existsSync(schema)).toBe(true);
  });
});
