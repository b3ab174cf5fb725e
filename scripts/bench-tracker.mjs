// Benchmark: reading back a filled tracker of 5,000 rows (`roadmap status import`). Uses the built CLI (dist/):
//   node scripts/build.mjs && node scripts/bench-tracker.mjs
// Prints the time of the whole import command (start-up, compiling the 1,250-item YAML, reading, matching, writing
// the status file), the reading and matching phases as the command measures them (ROADMAP_TIMING=1), and a bare
// exceljs streaming read of the same file for reference.
import { spawnSync } from 'node:child_process';
import { createReadStream, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';

const BIN = fileURLToPath(new URL('../bin/roadmap.js', import.meta.url));
const ITEMS = 1250; // quarterly items: 4 rows each
const RUNS = 5;

const dir = mkdtempSync(join(tmpdir(), 'roadmap-bench-tracker-'));
mkdirSync(join(dir, 'roadmaps'));
const items = Array.from(
  { length: ITEMS },
  (_, i) =>
    `      - title: Мероприятие номер ${i + 1} — мониторинг и анализ результатов\n        when: Ежеквартально\n        indicator: Наличие отчёта\n        executors: [oo]\n`,
);
const sections = Array.from(
  { length: 10 },
  (_, s) =>
    `  - title: Направление ${s + 1}\n    items:\n${items.slice(s * (ITEMS / 10), (s + 1) * (ITEMS / 10)).join('')}`,
);
writeFileSync(
  join(dir, 'roadmaps/big.yaml'),
  `id: big\ntitle: Большая дорожная карта\nperiod: "2023"\nexecutors:\n  oo: Отдел образования\nsections:\n${sections.join('')}`,
);

const cli = (...args) => {
  const t = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: dir,
    encoding: 'utf8',
    maxBuffer: 256 << 20,
    env: { ...process.env, NO_COLOR: '1', ROADMAP_TIMING: '1' },
  });
  if (r.status !== 0) throw new Error(`roadmap ${args.join(' ')} → ${r.status}\n${r.stderr.slice(0, 2000)}`);
  return { ms: Number(process.hrtime.bigint() - t) / 1e6, out: r.stdout, err: r.stderr };
};
cli('build', 'roadmaps/big.yaml', '--only', 'xlsx', '--out', 'out');

// Fill every row as people do, so the import has work to do.
const wb = new ExcelJS.Workbook();
await wb.xlsx.readFile(join(dir, 'out/big.xlsx'));
const ws = wb.getWorksheet('Трекер');
ws.eachRow((row, n) => {
  if (n > 1) row.getCell(8).value = n % 3 === 0 ? 'выполнено' : 'в работе';
});
await wb.xlsx.writeFile(join(dir, 'filled.xlsx'));
const rows = ws.rowCount - 1;

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const imports = [];
const reads = [];
const matches = [];
let summary = '';
for (let i = 0; i < RUNS; i++) {
  writeFileSync(join(dir, 'roadmaps/big.status.yaml'), ''); // every run imports all statuses afresh
  const r = cli('status', 'import', 'filled.xlsx', 'roadmaps/big.yaml');
  imports.push(r.ms);
  summary = r.out.trim().split('\n')[0];
  const timing = /чтение трекера (\d+) мс, .*сопоставление (\d+) мс/.exec(r.err);
  reads.push(Number(timing[1]));
  matches.push(Number(timing[2]));
}
const bare = [];
for (let i = 0; i < RUNS; i++) {
  const t = process.hrtime.bigint();
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(createReadStream(join(dir, 'filled.xlsx')), {
    styles: 'ignore',
    hyperlinks: 'ignore',
  });
  for await (const sheet of reader) for await (const _ of sheet);
  bare.push(Number(process.hrtime.bigint() - t) / 1e6);
}
console.log(`tracker rows: ${rows} (${dir}/filled.xlsx)`);
console.log(summary);
console.log(`roadmap status import (whole command, median of ${RUNS}): ${median(imports).toFixed(0)} ms`);
console.log(`  of which reading the tracker (streaming):           ${median(reads).toFixed(0)} ms`);
console.log(`  of which matching rows to occurrences:              ${median(matches).toFixed(0)} ms`);
console.log(`bare exceljs streaming read of the file:              ${median(bare).toFixed(0)} ms`);
// For npm run bench: one machine-readable line last.
if (process.argv.includes('--json')) console.log(JSON.stringify({ rows, ms: median(reads), command: median(imports) }));
