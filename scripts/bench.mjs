#!/usr/bin/env node
// `npm run bench`: speed of the built CLI, measured side by side in one run (medians over several runs).
// Not part of the tests: numbers depend on the machine; the table is what the performance notes quote.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(REPO, 'bin', 'roadmap.js');
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const SEEDS = ['roadmaps/msoko-bashmakovo.yaml', 'roadmaps/500plus-lysogorsk.yaml'];
const env = { ...process.env, NO_COLOR: '1', SOURCE_DATE_EPOCH: '1700000000' };
const work = mkdtempSync(join(tmpdir(), 'roadmap-bench-'));
const rows = [];

function timeOnce(cmd, args, options = {}) {
  const started = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { cwd: options.cwd ?? REPO, env, encoding: 'utf8', input: options.input });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (r.status !== 0 && !options.allowFail) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status}): ${r.stderr}`);
  return ms;
}

function median(values) {
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Interleaves the runs of several commands so machine noise hits them alike. */
function sideBySide(cases, runs = RUNS) {
  const times = cases.map(() => []);
  timeOnce(...cases[0].cmd); // warm the file cache
  for (let i = 0; i < runs; i++) cases.forEach((c, k) => times[k].push(timeOnce(...c.cmd)));
  return times.map(median);
}

function row(what, ms, note = '') {
  rows.push({ what, ms, note });
}

// 1. Start-up: validate the seeds vs a bare node start.
{
  const [bare, validate] = sideBySide([
    { cmd: [process.execPath, ['-e', '0']] },
    { cmd: [process.execPath, [BIN, 'validate', ...SEEDS]] },
  ]);
  row('node -e 0', bare);
  row('roadmap validate (оба образца)', validate, `${(validate / bare).toFixed(2)}× node (цель ≤ 2×, желательно 1,3×)`);
}

// 2. DOCX of the МСОКО seed vs pandoc converting the same table from Markdown.
{
  const out = join(work, 'docx');
  const json = join(work, 'json');
  timeOnce(process.execPath, [BIN, 'build', SEEDS[0], '--only', 'json', '--out', json]);
  const md = markdownTable(JSON.parse(readFileSync(join(json, 'msoko-bashmakovo.json'), 'utf8')));
  const mdFile = join(work, 'msoko.md');
  writeFileSync(mdFile, md);
  const hasPandoc = spawnSync('pandoc', ['--version']).status === 0;
  const cases = [{ cmd: [process.execPath, [BIN, 'build', SEEDS[0], '--only', 'docx', '--out', out]] }];
  if (hasPandoc) cases.push({ cmd: ['pandoc', [mdFile, '-o', join(work, 'pandoc.docx')]] });
  const [ours, pandoc] = sideBySide(cases);
  row('roadmap build --only docx (МСОКО)', ours, hasPandoc ? `${(ours / pandoc).toFixed(2)}× pandoc (цель ≤ 1,3×, желательно 0,8×)` : '');
  if (hasPandoc) row('pandoc msoko.md -o msoko.docx', pandoc);
  else row('pandoc', NaN, 'pandoc не установлен — сравнение пропущено');
}

// 3. Full build of both seeds, every format.
{
  const [full] = sideBySide([{ cmd: [process.execPath, [BIN, 'build', ...SEEDS, '--out', join(work, 'full')]] }]);
  row('roadmap build (оба образца, все форматы)', full);
}

// 4. Scale: synthetic repos of 10, 100, 1000 roadmaps made from the seeds.
{
  const sizes = (process.env.BENCH_SIZES ?? '10,100,1000').split(',').map(Number);
  const result = {};
  for (const n of sizes) {
    const dir = join(work, `repo-${n}`, 'roadmaps');
    mkdirSync(dir, { recursive: true });
    for (let i = 0; i < n; i++) {
      const seed = SEEDS[i % 2];
      const text = readFileSync(join(REPO, seed), 'utf8').replace(/^id: (.*)$/m, `id: $1-${i}`);
      writeFileSync(join(dir, `r${i}.yaml`), text);
    }
    const runs = n >= 1000 ? 1 : n >= 100 ? 3 : RUNS;
    const [ms] = sideBySide([{ cmd: [process.execPath, [BIN, 'build', '--out', join(work, `out-${n}`)], { cwd: join(work, `repo-${n}`) }] }], runs);
    result[n] = ms;
    row(`roadmap build, ${n} карт`, ms, `${(ms / n).toFixed(1)} мс на карту`);
  }
  if (result[10] && result[100]) row('100 карт / 10 карт', NaN, `${(result[100] / result[10]).toFixed(2)}× (цель ≤ 11×)`);
}

// 5. Deadline phrases per second, in process.
{
  const { parseDeadline } = await import(join(REPO, 'dist', 'index.js'));
  const phrases = [];
  for (const seed of SEEDS) for (const m of readFileSync(join(REPO, seed), 'utf8').matchAll(/^\s*when: (.*)$/gm)) phrases.push(m[1].replace(/^"|"$/g, ''));
  const column = Array.from({ length: 10_000 }, (_, i) => phrases[i % phrases.length]);
  const period = { start: '2020-01-01', end: '2022-12-31' };
  const times = [];
  for (let r = 0; r < 5; r++) {
    const t = performance.now();
    for (const p of column) parseDeadline(p, { period });
    times.push(performance.now() - t);
  }
  const ms = median(times);
  row('10 000 фраз сроков', ms, `${Math.round(10_000 / (ms / 1000)).toLocaleString('ru-RU')} фраз/с`);
}

// 6. Tracker read-back of 5,000 rows.
{
  const script = join(REPO, 'scripts', 'bench-tracker.mjs');
  const r = spawnSync(process.execPath, [script, '--json'], { cwd: REPO, env, encoding: 'utf8' });
  if (r.status === 0) {
    const { rows: n, ms, command } = JSON.parse(r.stdout.trim().split('\n').pop());
    row(`чтение трекера, ${n} строк (потоково)`, ms, `вся команда status import: ${command.toFixed(0)} мс`);
  } else {
    row('чтение трекера, 5 000 строк', NaN, `не измерено: ${r.stderr.split('\n')[0]}`);
  }
}

rmSync(work, { recursive: true, force: true });
print();

function print() {
  const cpu = cpus()[0]?.model ?? '?';
  console.log(`Машина: ${cpus().length} ядра, ${cpu}, ${(totalmem() / 2 ** 30).toFixed(0)} ГБ; Node ${process.version}; медиана из ${RUNS} запусков\n`);
  const w = Math.max(...rows.map((r) => r.what.length));
  console.log(`${'что'.padEnd(w)} | ${'мс'.padStart(8)} | примечание`);
  console.log(`${'-'.repeat(w)}-|-${'-'.repeat(8)}-|-----------`);
  for (const r of rows) console.log(`${r.what.padEnd(w)} | ${Number.isNaN(r.ms) ? '—'.padStart(8) : r.ms.toFixed(0).padStart(8)} | ${r.note}`);
}

function markdownTable(roadmap) {
  const cell = (s) => String(s ?? '').replace(/\|/g, '\\|').replace(/\n+/g, ' ');
  const lines = [`# ${roadmap.title}`, '', '| № п/п | Наименование мероприятия | Срок проведения | Индикативные показатели | Исполнители |', '|---|---|---|---|---|'];
  const walk = (items) => {
    for (const it of items) {
      lines.push(`| ${it.number}. | ${cell(it.title)} | ${cell(it.when)} | ${cell(it.indicator)} | ${cell(it.executors.join(', '))} |`);
      walk(it.items);
    }
  };
  for (const s of roadmap.sections) {
    if (s.title) lines.push(`| | **${cell(s.title)}** | | | |`);
    walk(s.items);
  }
  return `${lines.join('\n')}\n`;
}
