import { spawnSync } from 'node:child_process';
import { appendFileSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, REPO } from '../helpers/cli.js';

const HOOK = join(REPO, 'test', 'helpers', 'record-requires.cjs');
const HEAVY = ['docx', 'exceljs'];

/**
 * Runs the built CLI and returns the packages it loaded: through require() (the hook sees those) or as the
 * bundled copies in dist/vendor/ that bin/roadmap.cjs loads itself (it names them under ROADMAP_DEBUG).
 */
function packagesLoadedBy(args: string[], cwd = REPO): string[] {
  const log = join(mkdtempSync(join(tmpdir(), 'roadmap-requires-')), 'log.txt');
  const r = spawnSync(process.execPath, ['--require', HOOK, BIN, ...args], {
    cwd, encoding: 'utf8', env: { ...process.env, ROADMAP_REQUIRES_LOG: log, ROADMAP_DEBUG: '1', NO_COLOR: '1' },
  });
  expect(r.status, r.stderr).not.toBe(2);
  const vendored = [...r.stderr.matchAll(/dist\/vendor\/([a-z]+)\.cjs/g)].map((m) => m[1]!);
  return [...readFileSync(log, 'utf8').split('\n').filter(Boolean), ...vendored];
}

describe('start-up cost: heavy libraries load only in the commands that need them', () => {
  it.each([
    [['validate']],
    [['when', 'Сентябрь ежегодно', '--period', '2020-2022']],
    [['upcoming', '--today', '2023-03-01']],
    [['status']],
    [['diff', 'roadmaps/msoko-bashmakovo.yaml', 'roadmaps/msoko-bashmakovo.yaml']],
    [['build', '--only', 'json,ics', '--out', mkdtempSync(join(tmpdir(), 'roadmap-lazy-'))]],
  ])('roadmap %j loads neither docx nor exceljs', (args) => {
    const loaded = packagesLoadedBy(args);
    for (const pkg of HEAVY) expect(loaded, pkg).not.toContain(pkg);
  });

  it('validate and a DOCX-only build do not load node:crypto (no UIDs to hash), other builds do', () => {
    expect(packagesLoadedBy(['validate'])).not.toContain('node:crypto');
    expect(packagesLoadedBy(['build', 'roadmaps/500plus-lysogorsk.yaml', '--only', 'docx', '--out', mkdtempSync(join(tmpdir(), 'roadmap-lazy-'))])).not.toContain('node:crypto');
    expect(packagesLoadedBy(['build', 'roadmaps/500plus-lysogorsk.yaml', '--only', 'json', '--out', mkdtempSync(join(tmpdir(), 'roadmap-lazy-'))])).toContain('node:crypto');
  });

  it('a DOCX build loads docx (with or without a letterhead), an XLSX build exceljs (so the checks above can fail)', () => {
    const plain = packagesLoadedBy(['build', 'roadmaps/500plus-lysogorsk.yaml', '--only', 'docx', '--out', mkdtempSync(join(tmpdir(), 'roadmap-lazy-'))]);
    expect(plain).toContain('docx');
    expect(plain).not.toContain('exceljs');
    // A project whose template names a letterhead: any DOCX will do as one, so the document just built.
    const project = mkdtempSync(join(tmpdir(), 'roadmap-lazy-'));
    mkdirSync(join(project, 'templates'));
    copyFileSync(join(REPO, 'templates', '500plus.yaml'), join(project, 'templates', 'blank.yaml'));
    appendFileSync(join(project, 'templates', 'blank.yaml'), '\nletterhead: blank.docx\n');
    const out = mkdtempSync(join(tmpdir(), 'roadmap-lazy-'));
    expect(packagesLoadedBy(['build', 'roadmaps/500plus-lysogorsk.yaml', '--only', 'docx', '--out', out])).toContain('docx');
    copyFileSync(join(out, '500plus-lysogorsk.docx'), join(project, 'templates', 'blank.docx'));
    writeFileSync(join(project, 'r.yaml'), readFileSync(join(REPO, 'roadmaps', '500plus-lysogorsk.yaml'), 'utf8').replace(/^template: .*$/m, 'template: blank'));
    const letterhead = packagesLoadedBy(['build', 'r.yaml', '--only', 'docx', '--out', join(project, 'out')], project);
    expect(letterhead).toContain('docx');
    expect(existsSync(join(project, 'out', '500plus-lysogorsk.docx'))).toBe(true);
    const xlsx = packagesLoadedBy(['build', 'roadmaps/500plus-lysogorsk.yaml', '--only', 'xlsx', '--out', mkdtempSync(join(tmpdir(), 'roadmap-lazy-'))]);
    expect(xlsx).toContain('exceljs');
    expect(xlsx).not.toContain('docx');
  });
});
