import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { EmitHelpers, EmitTask, EmitTaskResult } from '../project/build.js';

/** At most this many helper threads: past a few, writing the files and the merged calendars dominate. */
const MAX_HELPERS = 3;

/**
 * Worker threads that emit shares of a large build (see buildProject). Each runs `entry` (bin/roadmap.cjs), which
 * recognises the task in its workerData. ROADMAP_WORKERS sets the number (0 turns them off); by default one fewer
 * than the processors, so a two-core machine gets one helper.
 */
export function emitWorkers(entry: string | undefined, env: Record<string, string | undefined>): EmitHelpers | undefined {
  if (!entry) return undefined;
  const asked = env.ROADMAP_WORKERS === undefined || env.ROADMAP_WORKERS === '' ? NaN : Number(env.ROADMAP_WORKERS);
  const count = Number.isInteger(asked) && asked >= 0 ? Math.min(asked, 16) : Math.min(availableParallelism() - 1, MAX_HELPERS);
  if (count < 1) return undefined;
  return { count, run: (task) => runInWorker(entry, task) };
}

function runInWorker(entry: string, task: EmitTask): Promise<EmitTaskResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(entry, { workerData: { roadmapEmitTask: task } });
    let answered = false;
    worker.once('message', (result: EmitTaskResult) => {
      answered = true;
      resolve(result);
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (!answered) reject(new Error(`a build helper thread stopped (exit code ${code}) before it answered`));
    });
  });
}
