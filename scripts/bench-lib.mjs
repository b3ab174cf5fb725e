// Shared pieces of the benchmarks: timing a command, medians, interleaved runs, peak memory of a child.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = fileURLToPath(new URL('..', import.meta.url));
export const BIN = join(REPO, 'bin', 'roadmap.js');
export const MSOKO = join(REPO, 'roadmaps', 'msoko-bashmakovo.yaml');
export const env = { ...process.env, NO_COLOR: '1', SOURCE_DATE_EPOCH: '1700000000' };

/** Runs a command once; returns its wall time in ms (and its peak RSS in KB when `rssFile` is given). */
export function timeOnce(cmd, args, options = {}) {
  const started = process.hrtime.bigint();
  const r = spawnSync(cmd, args, {
    cwd: options.cwd ?? REPO,
    env: options.env ?? env,
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (r.status !== 0)
    throw new Error(`${cmd} ${args.join(' ')} failed (${r.status}): ${String(r.stderr).slice(-2000)}`);
  return ms;
}

export function median(values) {
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Interleaves the runs of several commands so machine noise hits them alike; returns each one's median. */
export function sideBySide(cases, runs) {
  const times = cases.map(() => []);
  for (const c of cases) timeOnce(...c); // warm the file cache
  for (let i = 0; i < runs; i++) cases.forEach((c, k) => times[k].push(timeOnce(...c)));
  return times.map(median);
}

/**
 * `node --require <this file>` makes a child report its own peak RSS (process.resourceUsage, in KB) on exit into
 * BENCH_RSS_FILE: no external `time` needed, and only the build's process is counted.
 */
export function rssProbe(work) {
  const probe = join(work, 'rss-probe.cjs');
  writeFileSync(
    probe,
    "process.on('exit', () => require('node:fs').writeFileSync(process.env.BENCH_RSS_FILE, String(process.resourceUsage().maxRSS)));\n",
  );
  return {
    args: ['--require', probe],
    /** Runs `node --require probe ...args`; returns { ms, rssKb }. */
    run(args, cwd) {
      const file = join(work, `rss-${process.pid}-${Date.now()}.txt`);
      const ms = timeOnce(process.execPath, ['--require', probe, ...args], {
        cwd,
        env: { ...env, BENCH_RSS_FILE: file },
      });
      const rssKb = Number(readFileSync(file, 'utf8'));
      rmSync(file, { force: true });
      return { ms, rssKb };
    },
  };
}

/** A project of `n` copies of the МСОКО roadmap with distinct ids: `<dir>/roadmaps/r<i>.yaml`. */
export function copiesOfMsoko(dir, n) {
  const text = readFileSync(MSOKO, 'utf8');
  mkdirSync(join(dir, 'roadmaps'), { recursive: true });
  for (let i = 0; i < n; i++)
    writeFileSync(join(dir, 'roadmaps', `r${i}.yaml`), text.replace(/^id: (.*)$/m, `id: $1-${i}`));
  return dir;
}
