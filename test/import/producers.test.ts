import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importDocx } from '../../src/import/import-docx.js';
import { REPO } from '../helpers/cli.js';
import { compileText, rowsOf, seed } from './compare.js';

/**
 * Fresh DOCX from the installed producers (the committed fixtures were made the same way, see make-fixtures.sh):
 * skipped when pandoc or LibreOffice is not installed, so CI does not depend on them.
 */
const has = (tool: string) => spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0;
const dir = mkdtempSync(join(tmpdir(), 'roadmap-import-producers-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function html(seedName: string, flags: string[]): string {
  const out = join(dir, `${seedName}-${flags.join('')}.html`);
  const r = spawnSync(
    process.execPath,
    [join(REPO, 'test/fixtures/import/seed-to-html.mjs'), join(REPO, 'roadmaps', `${seedName}.yaml`), ...flags],
    { encoding: 'utf8' },
  );
  writeFileSync(out, r.stdout);
  return out;
}

function check(seedName: string, docx: string): void {
  const result = importDocx(readFileSync(docx), { fileName: 'fresh.docx', fallbackYear: 2030 });
  if (!result.ok) throw new Error(result.message);
  const compiled = compileText('fresh.yaml', result.yaml);
  expect(compiled.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  expect(rowsOf(compiled.roadmap!)).toEqual(rowsOf(seed(seedName)));
}

describe.each(['msoko-bashmakovo', '500plus-lysogorsk'])('fresh DOCX of %s', (seedName) => {
  it.skipIf(!has('pandoc'))('from pandoc, with and without spanning cells', () => {
    for (const flags of [['--quirks'], ['--spans']]) {
      const out = join(dir, `${seedName}-pandoc${flags.join('')}.docx`);
      const r = spawnSync('pandoc', ['-f', 'html', '-t', 'docx', '-o', out, html(seedName, flags)]);
      expect(r.status).toBe(0);
      check(seedName, out);
    }
  });

  it.skipIf(!has('soffice'))(
    'from LibreOffice',
    () => {
      const source = html(seedName, ['--spans', '--quirks']);
      const r = spawnSync(
        'soffice',
        [
          `-env:UserInstallation=file://${dir}/profile`,
          '--headless',
          '--convert-to',
          'docx:MS Word 2007 XML',
          '--outdir',
          dir,
          source,
        ],
        { timeout: 120_000 },
      );
      expect(r.status).toBe(0);
      check(seedName, source.replace(/\.html$/, '.docx'));
    },
    120_000,
  );
});
