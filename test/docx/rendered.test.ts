import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO, runCli } from '../helpers/cli.js';
import { BLANK_FOOTER, BLANK_ORGANISATION, blankDocx } from './blank-docx.js';

/**
 * The documents as a reader sees them: built by the CLI, printed to PDF by LibreOffice, read back page by page.
 * Skipped where LibreOffice or poppler is not installed.
 */

const has = (cmd: string, flag: string) => spawnSync(cmd, [flag], { stdio: 'ignore' }).status === 0;
const available = has('soffice', '--version') && has('pdftotext', '-v');

const work = mkdtempSync(join(tmpdir(), 'roadmap-rendered-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The text of each page of a PDF, as laid out. */
function pages(pdf: string): string[] {
  const text = spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).stdout;
  return text.split('\f').filter((p) => p.trim() !== '');
}
const firstLine = (page: string) =>
  page
    .split('\n')
    .find((l) => l.trim() !== '')!
    .trim();

describe.skipIf(!available)('DOCX rendered by LibreOffice', () => {
  let msoko: string[] = [];
  let letterhead: string[] = [];
  let sizes = '';

  beforeAll(async () => {
    const project = join(work, 'project');
    mkdirSync(join(project, 'templates'), { recursive: true });
    writeFileSync(join(project, 'templates', 'blank.docx'), await blankDocx({ firstPage: true }));
    writeFileSync(
      join(project, 'templates', 'blank.yaml'),
      `${readFileSync(join(REPO, 'templates', '500plus.yaml'), 'utf8')}\nletterhead: blank.docx\n`,
    );
    const seed = readFileSync(join(REPO, 'roadmaps', '500plus-lysogorsk.yaml'), 'utf8');
    writeFileSync(
      join(project, 'blank-roadmap.yaml'),
      seed.replace(/^template: .*$/m, 'template: blank').replace(/^id: .*$/m, 'id: blank-roadmap'),
    );
    const out = join(work, 'out');
    expect(runCli(['build', 'blank-roadmap.yaml', '--only', 'docx', '--out', out], { cwd: project }).code).toBe(0);
    expect(runCli(['build', 'roadmaps/msoko-bashmakovo.yaml', '--only', 'docx', '--out', out]).code).toBe(0);
    const profile = `file://${join(work, 'lo-profile')}`;
    const converted = spawnSync(
      'soffice',
      [
        `-env:UserInstallation=${profile}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        out,
        join(out, 'msoko-bashmakovo.docx'),
        join(out, 'blank-roadmap.docx'),
      ],
      { stdio: 'ignore', timeout: 120_000 },
    );
    expect(converted.status).toBe(0);
    msoko = pages(join(out, 'msoko-bashmakovo.pdf'));
    letterhead = pages(join(out, 'blank-roadmap.pdf'));
    sizes = spawnSync('pdfinfo', ['-f', '1', '-l', '999', join(out, 'msoko-bashmakovo.pdf')], {
      encoding: 'utf8',
    }).stdout;
  }, 180_000);

  it('prints the МСОКО roadmap landscape, with its title on page 1 and a page number atop every other page', () => {
    expect(msoko.length).toBeGreaterThan(5);
    const pageSizes = [...sizes.matchAll(/Page +\d+ size: +([\d.]+) x ([\d.]+)/g)];
    expect(pageSizes).toHaveLength(msoko.length);
    for (const [, w, h] of pageSizes) expect(Number(w)).toBeGreaterThan(Number(h));
    expect(msoko[0]).toContain('Дорожная карта по реализации основных направлений МСОКО');
    expect(firstLine(msoko[0]!)).not.toMatch(/^\d+$/);
    msoko.slice(1).forEach((page, i) => expect(firstLine(page), `page ${i + 2}`).toBe(String(i + 2)));
  });

  it('repeats the table header on every page and prints the sections as rows of their own', () => {
    msoko.forEach((page, i) => expect(page, `page ${i + 1}`).toMatch(/Наименование мероприятия/));
    const all = msoko.join('\n');
    expect(all).toContain('Направление «Развитие системы оценки качества подготовки обучающихся»');
    expect(all.match(/^\s*Направление «/gm)?.length).toBeGreaterThanOrEqual(9);
  });

  it("prints the blank's header on page 1 only, its footer on every page and our page numbers from page 2", () => {
    expect(letterhead.length).toBeGreaterThan(1);
    expect(letterhead[0]).toContain(BLANK_ORGANISATION);
    letterhead.slice(1).forEach((page, i) => {
      expect(page).not.toContain(BLANK_ORGANISATION);
      expect(firstLine(page)).toBe(String(i + 2));
    });
    letterhead.forEach((page) => expect(page).toContain(BLANK_FOOTER));
  });
});
