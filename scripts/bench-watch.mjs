// Watch mode: from saving an edit of the МСОКО roadmap to its rebuilt DOCX, next to a cold `build --only docx`.
import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BIN, MSOKO, env, median, timeOnce } from './bench-lib.mjs';

/** Returns { edit, cold }: medians in ms over `runs` edits and as many cold builds, interleaved. */
export async function benchWatch(work, runs) {
  const dir = join(work, 'watch');
  mkdirSync(join(dir, 'roadmaps'), { recursive: true });
  const file = join(dir, 'roadmaps', 'msoko.yaml');
  copyFileSync(MSOKO, file);
  const original = readFileSync(file, 'utf8');
  const child = spawn(process.execPath, [BIN, 'build', '--watch', '--only', 'docx', '--out', 'out'], { cwd: dir, env });
  let out = '';
  let err = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (err += d));
  const until = async (check, what) => {
    const started = Date.now();
    while (!check()) {
      if (child.exitCode !== null || Date.now() - started > 60_000)
        throw new Error(`watch: ${what} did not happen\n${err}`);
      await new Promise((r) => setTimeout(r, 2));
    }
  };
  const builds = () => out.split('Собрано:').length - 1;
  try {
    await until(() => err.includes('Слежу за изменениями'), 'the first build');
    await new Promise((r) => setTimeout(r, 1000)); // the message comes just before the folders are watched
    const edits = [];
    const colds = [];
    for (let i = 0; i <= runs; i++) {
      const before = builds();
      const started = process.hrtime.bigint();
      writeFileSync(file, original.replace(/^title: (.*)$/m, `title: $1 (правка ${i})`));
      await until(() => builds() > before, 'a rebuild after an edit');
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      const cold = timeOnce(process.execPath, [
        BIN,
        'build',
        file,
        '--only',
        'docx',
        '--out',
        join(work, 'watch-cold'),
      ]);
      if (i > 0) {
        // the first edit warms the watcher up
        edits.push(ms);
        colds.push(cold);
      }
    }
    return { edit: median(edits), cold: median(colds) };
  } finally {
    child.kill('SIGINT');
  }
}
