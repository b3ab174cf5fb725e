// A site to look at and to test: both seed roadmaps copied into a temporary project, each with a filled status
// file (made from the resolved JSON by a fixed rule, so the same every run), built as of one date.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = fileURLToPath(new URL('../', import.meta.url));
const BIN = join(REPO, 'bin', 'roadmap.js');
export const SITE_TODAY = '2022-11-15';

export function runRoadmap(args, cwd, env = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', LANG: 'C.UTF-8', NO_COLOR: '1', ...env },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** Builds the seeds with statuses into `<tmp>/out`; returns the project folder. */
export function buildSeedSite(options = {}) {
  const today = options.today ?? SITE_TODAY;
  const dir = mkdtempSync(join(tmpdir(), 'roadmap-site-'));
  mkdirSync(join(dir, 'roadmaps'));
  for (const f of readdirSync(join(REPO, 'roadmaps')).filter((f) => f.endsWith('.yaml')))
    copyFileSync(join(REPO, 'roadmaps', f), join(dir, 'roadmaps', f));
  writeFileSync(join(dir, 'roadmap.config.yaml'), `baseUrl: ${options.baseUrl ?? 'https://edu.example.org/karty/'}\n`);
  const env = { ROADMAP_TODAY: today };
  const json = runRoadmap(['build', '--only', 'json'], dir, env);
  if (json.code !== 0) throw new Error(`build --only json failed: ${json.stderr}`);
  for (const f of readdirSync(join(dir, 'out')).filter((f) => f.endsWith('.json'))) {
    const roadmap = JSON.parse(readFileSync(join(dir, 'out', f), 'utf8'));
    writeFileSync(join(dir, 'roadmaps', `${roadmap.id}.status.yaml`), statusFile(roadmap, today));
  }
  const built = runRoadmap(['build'], dir, env);
  if (built.code !== 0) throw new Error(`build failed: ${built.stderr}`);
  return dir;
}

/**
 * Past deadlines: 3 of 5 done (with a «факт» where the indicator has a target), 1 in progress, 1 left; ahead: every
 * 5th in progress; undated: in progress.
 */
function statusFile(roadmap, today) {
  const lines = [`roadmap: ${roadmap.id}`, 'items:'];
  let n = 0;
  const visit = (items) => {
    for (const item of items) {
      const ends = [...new Set(item.schedule.occurrences.map((o) => o.end))];
      const entries = [];
      if (item.when.trim() !== '' || item.items.length === 0) {
        if (ends.length === 0) entries.push(['undated', { status: 'в работе' }]);
        for (const end of ends) {
          const k = n++ % 5;
          if (end < today && k < 3) {
            const evidence = `Приказ № ${n}-од от ${end.split('-').reverse().join('.')}`;
            const done = { status: 'выполнено', done: end, evidence };
            // a measured result beside a target: met twice, missed once
            const target = /не менее (\d+)/i.exec(item.indicator);
            if (target) done.fact = String(Number(target[1]) + (k === 2 ? -1 : 1));
            entries.push([end, done]);
          } else if (end < today && k === 3) entries.push([end, { status: 'в работе' }]);
          else if (end >= today && k === 0) entries.push([end, { status: 'в работе' }]);
        }
      }
      if (entries.length) {
        lines.push(`  "${item.uid}":`);
        for (const [key, v] of entries) {
          lines.push(`    ${key === 'undated' ? 'undated' : key}:`);
          for (const [field, value] of Object.entries(v)) lines.push(`      ${field}: "${value}"`);
        }
      }
      visit(item.items);
    }
  };
  for (const s of roadmap.sections) visit(s.items);
  return `${lines.join('\n')}\n`;
}
