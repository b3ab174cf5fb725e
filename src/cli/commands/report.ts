import { readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { EmitContext } from '../../emit/emitter.js';
import type { ResolvedRoadmap } from '../../model/resolved.js';
import { packageRoot } from '../../project/package-root.js';
import { buildTimestamp, documentTimestamp } from '../../project/timestamp.js';
import { writeOutputsAtomically } from '../../project/write-outputs.js';
import type { CliIo } from '../io.js';
import { loadTrackedRoadmaps, printProblems, todayOption } from './status.js';

/** `roadmap report`: «Отчёт о реализации дорожной карты» per roadmap, from the recorded statuses. */
export async function runReport(io: CliIo, paths: string[], opts: { out?: string; today?: string }): Promise<number> {
  const today = todayOption(io, opts.today);
  const { inputs, roadmaps, diagnostics } = loadTrackedRoadmaps(io, paths);
  const { config } = inputs;
  const outDir = opts.out ? resolve(io.cwd, opts.out) : resolve(config.root, config.out);
  const books = new Map(roadmaps.map((r) => [r.roadmap, r.book]));
  const list: ResolvedRoadmap[] = roadmaps.map((r) => r.roadmap);
  const epoch = io.env.SOURCE_DATE_EPOCH;
  const ctx: EmitContext = {
    timestampFor: (r) => documentTimestamp(r, epoch),
    timestamp: buildTimestamp(list, epoch),
    templateDirs: [join(config.root, 'templates'), join(packageRoot(), 'templates')],
    reminderDays: config.reminders,
    today,
    statusesFor: (r) => books.get(r) ?? new Map(),
    readFile: (path) => {
      try {
        return readFileSync(resolve(io.cwd, path));
      } catch {
        return null;
      }
    },
  };
  const { emitReport } = await import('../../emit/report/index.js');
  const result = await emitReport(list, ctx);
  const { errors } = await printProblems(io, [...diagnostics, ...result.diagnostics]);
  const written = writeOutputsAtomically(outDir, result.files);
  for (const file of written) io.stdout.write(`Отчёт: ${relative(io.cwd, file) || file}\n`);
  return errors > 0 ? 1 : 0;
}
