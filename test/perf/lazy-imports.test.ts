import { spawnSync } from 'node:child_process';
import { appendFileSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BIN, REPO } from '../helpers/cli.js';

const HOOK = pathToFileURL(join(REPO, 'test', 'helpers', 'record-imports.mjs')).href;
const HEAVY = ['docx', 'exceljs'];

const tempDir = (): string => mkdtempSync(join(tmpdir(), 'roadmap-lazy-'));

/** Runs the built CLI as a user does and returns the packages it loaded from node_modules (and node:crypto). */
function packagesLoadedBy(args: string[], cwd = REPO): string[] {
  const log = join(tempDir(), 'imports.txt');
  writeFileSync(log, '');
  const r = spawnSync(process.execPath, ['--import', HOOK, BIN, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, ROADMAP_IMPORTS_LOG: log, NO_COLOR: '1' },
  });
  expect(r.status, r.stderr).not.toBe(2);
  const names = readFileSync(log, 'utf8').split('\n').filter(Boolean);
  return [
    ...new Set(
      names.map((n) =>
        n.startsWith('node:')
          ? n
          : n
              .split('/')
              .slice(0, n.startsWith('@') ? 2 : 1)
              .join('/'),
      ),
    ),
  ];
}

describe('start-up cost: heavy libraries load only in the commands that need them', () => {
  it.each([
    [['validate']],
    [['validate', '--format', 'json']],
    [['when', 'Сентябрь ежегодно', '--period', '2020-2022']],
    [['upcoming', '--today', '2023-03-01']],
    [['status']],
    [['diff', 'roadmaps/msoko-bashmakovo.yaml', 'roadmaps/msoko-bashmakovo.yaml']],
    [['build', '--only', 'json', '--out', tempDir()]],
    [['build', '--only', 'json,ics', '--out', tempDir()]],
  ])('roadmap %j loads neither docx nor exceljs', (args) => {
    const loaded = packagesLoadedBy(args);
    expect(loaded).toContain('commander'); // the recorder sees packages: every command loads commander
    for (const pkg of HEAVY) expect(loaded, pkg).not.toContain(pkg);
  });

  it('validate does not load node:crypto (no UIDs to hash), a JSON build does', () => {
    expect(packagesLoadedBy(['validate'])).not.toContain('node:crypto');
    expect(
      packagesLoadedBy(['build', 'roadmaps/500plus-lysogorsk.yaml', '--only', 'json', '--out', tempDir()]),
    ).toContain('node:crypto');
  });

  it('a DOCX build loads docx (with or without a letterhead), an XLSX build exceljs (so the checks above can fail)', () => {
    const xlsx = packagesLoadedBy(['build', 'roadmaps/500plus-lysogorsk.yaml', '--only', 'xlsx', '--out', tempDir()]);
    expect(xlsx).toContain('exceljs');
    expect(xlsx).not.toContain('docx');
    const plain = packagesLoadedBy(['build', 'roadmaps/500plus-lysogorsk.yaml', '--only', 'docx', '--out', tempDir()]);
    expect(plain).toContain('docx');
    expect(plain).not.toContain('exceljs');
    // A project whose template names a letterhead: any DOCX will do as one, so a document built here.
    const project = tempDir();
    mkdirSync(join(project, 'templates'));
    copyFileSync(join(REPO, 'templates', '500plus.yaml'), join(project, 'templates', 'blank.yaml'));
    appendFileSync(join(project, 'templates', 'blank.yaml'), '\nletterhead: blank.docx\n');
    const out = tempDir();
    packagesLoadedBy(['build', 'roadmaps/500plus-lysogorsk.yaml', '--only', 'docx', '--out', out]);
    copyFileSync(join(out, '500plus-lysogorsk.docx'), join(project, 'templates', 'blank.docx'));
    writeFileSync(
      join(project, 'r.yaml'),
      readFileSync(join(REPO, 'roadmaps', '500plus-lysogorsk.yaml'), 'utf8').replace(
        /^template: .*$/m,
        'template: blank',
      ),
    );
    const letterhead = packagesLoadedBy(['build', 'r.yaml', '--only', 'docx', '--out', join(project, 'out')], project);
    expect(letterhead).toContain('docx');
    expect(letterhead).not.toContain('exceljs');
    expect(existsSync(join(project, 'out', '500plus-lysogorsk.docx'))).toBe(true);
  });
});
