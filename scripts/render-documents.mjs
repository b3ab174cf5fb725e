#!/usr/bin/env node
/**
 * The documents a department submits, built by the CLI and rendered to PNG with LibreOffice, to look at them as a
 * clerk would: both seeds (DOCX and tracker), the МСОКО roadmap with «УТВЕРЖДАЮ», two «СОГЛАСОВАНО», signatures and
 * «Исполнитель» (test/fixtures/documents/stamps.yaml), and reports with statuses filled in — for the year and for a
 * quarter, dated inside the period.
 *
 *   node scripts/build.mjs && node scripts/render-documents.mjs [out-dir]   # PNGs in out-dir/png/
 *
 * The tests (test/docx/documents.test.ts) call `prepareDocuments` for the files and `renderPng` where LibreOffice
 * is installed.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = fileURLToPath(new URL('../', import.meta.url));
const BIN = join(REPO, 'bin', 'roadmap.js');

/** The report date of the МСОКО report and the quarter it covers (a date inside the period). */
export const REPORT = { today: '2021-06-01', from: '2021-04-01', to: '2021-06-30' };
/** The 500+ report: its year, half of it gone. */
export const REPORT_500 = { today: '2023-07-01' };

function cli(args, cwd) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', LANG: 'C.UTF-8', NO_COLOR: '1' },
    encoding: 'utf8',
    timeout: 120_000,
  });
  if (r.status !== 0) throw new Error(`roadmap ${args.join(' ')} → ${r.status}\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

/**
 * A status file for a compiled roadmap (its JSON): of the deadlines up to `today`, two in three are done (a few
 * days early, with a document as evidence), one in six in progress, the rest not started; later ones not touched.
 */
function statusFile(json, today) {
  const lines = [`roadmap: ${json.id}`, 'items:'];
  let n = 0;
  const visit = (item) => {
    const due = (item.schedule?.occurrences ?? []).map((o) => o.end).filter((d) => d <= today);
    const entries = [...new Set(due)].map((end) => {
      const k = n++ % 6;
      if (k < 4) {
        const done = `${end.slice(0, 8)}${String(Math.max(1, Number(end.slice(8)) - 3)).padStart(2, '0')}`;
        const evidence = `Приказ № ${10 + n}-од от ${done.split('-').reverse().join('.')}`;
        return `    ${end}:\n      status: выполнено\n      done: ${done}\n      evidence: "${evidence}"`;
      }
      return k === 4 ? `    ${end}:\n      status: в работе\n      comment: Готовится справка` : null;
    });
    const kept = entries.filter(Boolean);
    if (kept.length) lines.push(`  ${item.uid}:`, ...kept);
    for (const sub of item.items ?? []) visit(sub);
  };
  for (const section of json.sections ?? [{ items: json.items ?? [] }]) for (const item of section.items) visit(item);
  return `${lines.join('\n')}\n`;
}

/**
 * Builds the documents into `dir` (a project of its own): `out/` gets the seeds' DOCX and XLSX,
 * `msoko-signed.docx`, and the reports `msoko-signed-report.docx` (for a quarter) and `500plus-lysogorsk-report.docx`.
 */
export function prepareDocuments(dir) {
  const roadmaps = join(dir, 'roadmaps');
  mkdirSync(roadmaps, { recursive: true });
  writeFileSync(join(dir, 'roadmap.config.yaml'), 'roadmaps: roadmaps\n');
  for (const seed of ['msoko-bashmakovo.yaml', '500plus-lysogorsk.yaml']) {
    writeFileSync(join(roadmaps, seed), readFileSync(join(REPO, 'roadmaps', seed)));
  }
  const stamps = readFileSync(join(REPO, 'test', 'fixtures', 'documents', 'stamps.yaml'), 'utf8');
  const msoko = readFileSync(join(REPO, 'roadmaps', 'msoko-bashmakovo.yaml'), 'utf8');
  writeFileSync(join(roadmaps, 'msoko-signed.yaml'), `${msoko.replace(/^id: .*$/m, 'id: msoko-signed')}\n${stamps}`);
  const out = join(dir, 'out');
  cli(['build', 'roadmaps', '--out', out, '--only', 'docx,xlsx,json'], dir);
  const json = (id) => JSON.parse(readFileSync(join(out, `${id}.json`), 'utf8'));
  writeFileSync(join(roadmaps, 'msoko-signed.status.yaml'), statusFile(json('msoko-signed'), REPORT.today));
  writeFileSync(
    join(roadmaps, '500plus-lysogorsk.status.yaml'),
    statusFile(json('500plus-lysogorsk'), REPORT_500.today),
  );
  const rep = ['--today', REPORT.today, '--from', REPORT.from, '--to', REPORT.to, '--out', out];
  cli(['report', 'roadmaps/msoko-signed.yaml', ...rep], dir);
  cli(['report', 'roadmaps/500plus-lysogorsk.yaml', '--today', REPORT_500.today, '--out', out], dir);
  // The trackers again, now with the statuses filled in.
  cli(['build', 'roadmaps', '--out', out, '--only', 'xlsx'], dir);
  return out;
}

export const DOCUMENTS = [
  'msoko-bashmakovo.docx',
  '500plus-lysogorsk.docx',
  'msoko-signed.docx',
  'msoko-signed-report.docx',
  '500plus-lysogorsk-report.docx',
  'msoko-signed.xlsx',
  '500plus-lysogorsk.xlsx',
];

/**
 * PDF and PNG pages at 60 dpi of the documents, by LibreOffice: DOCX to `out/pdf/<name>.pdf`, XLSX to
 * `out/pdf/xlsx/<name>.pdf` (a roadmap's DOCX and XLSX share a name), pages to `out/png/<name>[-xlsx]-N.png`.
 */
export function renderPng(out, files = DOCUMENTS) {
  const profile = `file://${join(out, '.lo-profile')}`;
  const png = join(out, 'png');
  mkdirSync(png, { recursive: true });
  for (const kind of ['docx', 'xlsx']) {
    const list = files.filter((f) => f.endsWith(`.${kind}`));
    if (!list.length) continue;
    const pdfDir = join(out, 'pdf', kind === 'xlsx' ? 'xlsx' : '');
    const r = spawnSync(
      'soffice',
      [
        `-env:UserInstallation=${profile}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        pdfDir,
        ...list.map((f) => join(out, f)),
      ],
      { stdio: 'ignore', timeout: 600_000 },
    );
    if (r.status !== 0) throw new Error(`soffice exited with ${r.status}`);
    for (const f of list) {
      const base = f.slice(0, -5);
      const name = kind === 'xlsx' ? `${base}-xlsx` : base;
      spawnSync('pdftoppm', ['-png', '-r', '60', join(pdfDir, `${base}.pdf`), join(png, name)], { stdio: 'ignore' });
    }
  }
  return readdirSync(png)
    .filter((f) => f.endsWith('.png'))
    .sort();
}

/** The PDF LibreOffice made of a document (see renderPng). */
export function pdfOf(out, file) {
  return file.endsWith('.xlsx')
    ? join(out, 'pdf', 'xlsx', `${file.slice(0, -5)}.pdf`)
    : join(out, 'pdf', `${file.slice(0, -5)}.pdf`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = resolve(process.argv[2] ?? join(REPO, 'out', 'render'));
  const out = prepareDocuments(dir);
  const pages = renderPng(out);
  process.stdout.write(`${pages.length} страниц: ${join(out, 'png')}\n`);
}
