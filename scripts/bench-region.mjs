#!/usr/bin/env node
// A region's build: BENCH_REGION roadmaps (default 300) from BENCH_DISTRICTS districts (default 30), each a copy of
// МСОКО with its own id and issuer, built as a whole and as the site alone; prints time and peak memory.
//   node scripts/build.mjs && node scripts/bench-region.mjs
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BIN, MSOKO, rssProbe } from './bench-lib.mjs';

const N = Number(process.env.BENCH_REGION ?? 300);
const DISTRICTS = Number(process.env.BENCH_DISTRICTS ?? 30);
const work = mkdtempSync(join(tmpdir(), 'roadmap-region-'));
try {
  const text = readFileSync(MSOKO, 'utf8');
  mkdirSync(join(work, 'roadmaps'));
  for (let i = 0; i < N; i++) {
    const d = i % DISTRICTS;
    const issuer = `issuer:\n  - Управление образования администрации\n  - Района № ${d + 1}\n`;
    writeFileSync(join(work, 'roadmaps', `r${i}.yaml`), text.replace(/^id: (.*)$/m, `id: $1-${i}\n${issuer}`));
  }
  const probe = rssProbe(work);
  for (const [what, args] of [
    ['build (all formats)', ['build']],
    ['build --only html (the site alone)', ['build', '--only', 'html']],
  ]) {
    const { ms, rssKb } = probe.run([BIN, ...args], work);
    const out = join(work, 'out');
    const pages = readdirSync(out).filter((f) => f.endsWith('.html'));
    const bytes = pages.reduce((n, f) => n + statSync(join(out, f)).size, 0);
    console.log(
      `${what}: ${(ms / 1000).toFixed(1)} s, peak RSS ${(rssKb / 1024).toFixed(0)} MB; ${pages.length} pages in out/ (${(bytes / 1e6).toFixed(1)} MB), executors/: ${readdirSync(join(out, 'executors')).length}`,
    );
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
