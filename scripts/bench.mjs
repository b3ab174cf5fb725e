#!/usr/bin/env node
// `npm run bench`: the speed budgets of docs/performance.md, each a ratio of two commands measured side by side in
// this run (interleaved, medians), printed with its budget and ok/over. Not a test: the numbers depend on the
// machine. Shorten with BENCH_RUNS (runs per case, default 7), BENCH_SIZES (small,large roadmap counts, default
// 10,1000) and BENCH_SCALE_RUNS (runs of the large build, default 1).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { BIN, MSOKO, copiesOfMsoko, median, rssProbe, sideBySide, timeOnce } from './bench-lib.mjs';
import { benchWatch } from './bench-watch.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const [SMALL, LARGE] = (process.env.BENCH_SIZES ?? '10,1000').split(',').map(Number);
const SCALE_RUNS = Number(process.env.BENCH_SCALE_RUNS ?? 1);
const work = mkdtempSync(join(tmpdir(), 'roadmap-bench-'));
const rows = [];
const budgets = [];
const row = (what, ms, note = '') => rows.push({ what, ms, note });
const budget = (what, value, limit, unit = '×') => budgets.push({ what, value, limit, unit });

try {
  // 1. validate МСОКО against a bare node start.
  {
    // The floor: only loading the libraries validate runs on (from node_modules, as the CLI loads them).
    const libraries =
      "import('yaml').then(() => import('zod')).then(() => import('commander')).then(() => import('rrule'))";
    const [bare, libs, validate] = sideBySide(
      [
        [process.execPath, ['-e', '0']],
        [process.execPath, ['-e', libraries]],
        [process.execPath, [BIN, 'validate', MSOKO]],
      ],
      RUNS,
    );
    row('node -e 0', bare);
    row('только загрузка yaml, zod, commander, rrule', libs, `${(libs / bare).toFixed(2)}× node -e 0`);
    row(
      'roadmap validate МСОКО',
      validate,
      `${((validate - libs) / bare).toFixed(2)}× node -e 0 сверх загрузки библиотек`,
    );
    budget('validate МСОКО / node -e 0', validate / bare, 3);
  }

  // 2. DOCX of МСОКО against pandoc writing the same table from Markdown.
  {
    const json = join(work, 'json');
    timeOnce(process.execPath, [BIN, 'build', MSOKO, '--only', 'json', '--out', json]);
    const mdFile = join(work, 'msoko.md');
    writeFileSync(mdFile, markdownTable(JSON.parse(readFileSync(join(json, 'msoko-bashmakovo.json'), 'utf8'))));
    const ours = [process.execPath, [BIN, 'build', MSOKO, '--only', 'docx', '--out', join(work, 'docx')]];
    if (spawnSync('pandoc', ['--version']).status === 0) {
      const [docx, pandoc] = sideBySide([ours, ['pandoc', [mdFile, '-o', join(work, 'pandoc.docx')]]], RUNS);
      row('roadmap build --only docx МСОКО', docx);
      row('pandoc msoko.md -o msoko.docx', pandoc);
      budget('build --only docx / pandoc', docx / pandoc, 1.5);
    } else {
      row('roadmap build --only docx МСОКО', sideBySide([ours], RUNS)[0], 'pandoc не установлен — сравнение пропущено');
    }
  }

  // 3. Scale: full builds of SMALL and LARGE copies of МСОКО, interleaved; peak RSS of the large one.
  {
    const probe = rssProbe(work);
    const small = copiesOfMsoko(join(work, `repo-${SMALL}`), SMALL);
    const large = copiesOfMsoko(join(work, `repo-${LARGE}`), LARGE);
    const build = (dir) => probe.run([BIN, 'build', '--out', 'out'], dir);
    build(small); // warm the file cache
    const smallRuns = [];
    const largeRuns = [];
    for (let i = 0; i < SCALE_RUNS; i++) {
      for (let k = 0; k < 3; k++) smallRuns.push(build(small));
      largeRuns.push(build(large));
    }
    const smallMs = median(smallRuns.map((r) => r.ms));
    const largeMs = median(largeRuns.map((r) => r.ms));
    const peak = Math.max(...largeRuns.map((r) => r.rssKb)) / 1024;
    row(`roadmap build, ${SMALL} карт`, smallMs, `${(smallMs / SMALL).toFixed(1)} мс на карту`);
    row(
      `roadmap build, ${LARGE} карт`,
      largeMs,
      `${(largeMs / LARGE).toFixed(1)} мс на карту, пик памяти ${peak.toFixed(0)} МБ`,
    );
    budget(`мс на карту: ${LARGE} карт / ${SMALL} карт`, largeMs / LARGE / (smallMs / SMALL), 1.2);
    budget(`пик памяти сборки ${LARGE} карт, МБ`, peak, 1024, ' МБ');
  }

  // 4. Watch mode: a saved edit to the rebuilt DOCX, against a cold build of the same DOCX.
  {
    const { edit, cold } = await benchWatch(work, Math.max(3, Math.min(RUNS, 7)));
    row('--watch: правка → новый DOCX', edit);
    row('build --only docx (холодный запуск)', cold);
    budget('--watch правка / холодная сборка', edit / cold, 2);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
print();

function print() {
  console.log(
    `Машина: ${cpus().length} ядра, ${cpus()[0]?.model ?? '?'}, ${(totalmem() / 2 ** 30).toFixed(0)} ГБ; Node ${process.version}; медианы из ${RUNS} запусков (большая сборка: ${SCALE_RUNS})\n`,
  );
  const w = Math.max(...rows.map((r) => r.what.length));
  for (const r of rows)
    console.log(
      `${r.what.padEnd(w)} | ${Number.isNaN(r.ms) ? '—'.padStart(8) : `${r.ms.toFixed(0)} мс`.padStart(8)} | ${r.note}`,
    );
  console.log('');
  const b = Math.max(...budgets.map((x) => x.what.length));
  for (const x of budgets) {
    const shown = x.unit === '×' ? `${x.value.toFixed(2)}×` : `${x.value.toFixed(0)}${x.unit}`;
    const limit = x.unit === '×' ? `≤ ${x.limit}×` : `≤ ${x.limit}${x.unit}`;
    console.log(
      `${x.what.padEnd(b)} | ${shown.padStart(9)} | цель ${limit.padEnd(9)} | ${x.value <= x.limit ? 'ok' : 'over'}`,
    );
  }
}

function markdownTable(roadmap) {
  const cell = (s) =>
    String(s ?? '')
      .replace(/\|/g, '\\|')
      .replace(/\n+/g, ' ');
  const lines = [
    `# ${roadmap.title}`,
    '',
    '| № п/п | Наименование мероприятия | Срок проведения | Индикативные показатели | Исполнители |',
    '|---|---|---|---|---|',
  ];
  const walk = (items) => {
    for (const it of items) {
      lines.push(
        `| ${it.number}. | ${cell(it.title)} | ${cell(it.when)} | ${cell(it.indicator)} | ${cell(it.executors.join(', '))} |`,
      );
      walk(it.items);
    }
  };
  for (const s of roadmap.sections) {
    if (s.title) lines.push(`| | **${cell(s.title)}** | | | |`);
    walk(s.items);
  }
  return `${lines.join('\n')}\n`;
}
