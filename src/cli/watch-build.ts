import { basename, dirname, resolve, sep } from 'node:path';
import { findRoadmapFiles } from '../project/find-roadmaps.js';
import { watchFolders } from '../project/watch.js';
import { displayPath } from './build-summary.js';
import { buildOnce, type BuildSetup } from './build-once.js';
import { isDirectory } from '../project/fs-probe.js';

/**
 * `roadmap build --watch`: after the first build, rebuilds on every save until Ctrl+C. A broken or half-saved file
 * only prints its diagnostics (outputs are written atomically, so the previous ones stay); watching goes on.
 */
export async function watchBuild(
  setup: BuildSetup,
  targets: readonly string[],
  /** Called after each rebuild (`roadmap serve` tells the open pages to reload). */
  onRebuilt?: (code: number) => void,
): Promise<number> {
  const { io } = setup;
  const abs = targets.map((t) => resolve(io.cwd, t));
  const dirs = [...new Set(abs.map((t) => (isDirectory(t) ? t : dirname(t))))];
  const files = new Set(abs.filter((t) => !isDirectory(t)));
  let known = currentFiles(setup, targets);
  const controller = new AbortController();
  const onSigint = () => controller.abort();
  process.once('SIGINT', onSigint);
  process.once('SIGTERM', onSigint);
  io.stderr.write(
    `Слежу за изменениями: ${dirs.map((d) => displayPath(d, io.cwd)).join(', ')}. Остановить — Ctrl+C.\n`,
  );

  await watchFolders({
    dirs,
    signal: controller.signal,
    onError: (dir, error) =>
      io.stderr.write(`roadmap: не удаётся следить за «${displayPath(dir, io.cwd)}»: ${error.message}\n`),
    onChange: async (changed) => {
      const relevant = [...changed].filter(
        (p) => isRoadmapPath(p, setup.outDir) && (files.size === 0 || files.has(roadmapOf(p))),
      );
      if (relevant.length === 0) return;
      const now = currentFiles(setup, targets);
      const sameSet = now.length === known.length && now.every((f, i) => f === known[i]);
      known = now;
      const touched = new Set(relevant.map((p) => displayPath(roadmapOf(p), io.cwd)));
      const time = io.now().toTimeString().slice(0, 8);
      io.stdout.write(`\n[${time}] Изменено: ${[...touched].join(', ')} — пересборка…\n`);
      if (now.length === 0) {
        io.stderr.write('roadmap: не осталось ни одного файла дорожной карты; жду новых.\n');
        return;
      }
      try {
        const code = await buildOnce(setup, now, sameSet ? new Set(now.filter((f) => touched.has(f))) : undefined);
        onRebuilt?.(code);
      } catch (error) {
        // A bug in an emitter must not end the session: report it and keep watching.
        io.stderr.write(`roadmap: внутренняя ошибка при сборке: ${(error as Error).message}\n`);
      }
    },
  });
  process.off('SIGINT', onSigint);
  process.off('SIGTERM', onSigint);
  io.stderr.write('Остановлено.\n');
  return 0;
}

function currentFiles(setup: BuildSetup, targets: readonly string[]): string[] {
  const found = findRoadmapFiles(targets, setup.io.cwd);
  return found.files;
}

/** A status file belongs to its roadmap: `a.status.yaml` → `a.yaml`. */
function roadmapOf(path: string): string {
  return path.replace(/\.status(\.ya?ml)$/i, '$1');
}

function isRoadmapPath(path: string, outDir: string): boolean {
  if (path.startsWith(outDir + sep)) return false;
  return /\.ya?ml$/i.test(path) && !basename(path).startsWith('.') && !/^roadmap\.config\.ya?ml$/i.test(basename(path));
}
