import { relative } from 'node:path';
import type { EmitContext } from '../../emit/emitter.js';
import type { ResolvedRoadmap } from '../../model/resolved.js';
import { templateSource } from '../../project/template-source.js';
import { buildTimestamp, documentTimestamp } from '../../project/timestamp.js';
import { writeOutputsAtomically } from '../../project/write-outputs.js';
import { outputFolder } from '../out-dir.js';
import { UsageError, type CliIo } from '../io.js';
import { isIsoDate } from '../../util/dates.js';
import { checkSourceDateEpoch } from '../source-date-epoch.js';
import { loadTrackedRoadmaps, printProblems, todayOption } from './status.js';

/** `roadmap report`: «Отчёт о реализации дорожной карты» per roadmap, from the recorded statuses. */
export async function runReport(
  io: CliIo,
  paths: string[],
  opts: { out?: string; today?: string; from?: string; to?: string; json?: boolean },
): Promise<number> {
  const today = todayOption(io, opts.today);
  for (const date of [opts.from, opts.to]) {
    if (date !== undefined && !isIsoDate(date)) throw new UsageError(`дата «${date}» не в виде ГГГГ-ММ-ДД.`);
  }
  if (opts.from && opts.to && opts.from > opts.to) {
    throw new UsageError(`начало периода (--from ${opts.from}) позже его конца (--to ${opts.to}).`);
  }
  checkSourceDateEpoch(io.env);
  const { inputs, roadmaps, diagnostics } = loadTrackedRoadmaps(io, paths);
  const { config } = inputs;
  const outDir = outputFolder(io, config, opts.out);
  const books = new Map(roadmaps.map((r) => [r.roadmap, r.book]));
  const list: ResolvedRoadmap[] = roadmaps.map((r) => r.roadmap);
  const epoch = io.env.SOURCE_DATE_EPOCH;
  const ctx: EmitContext = {
    timestampFor: (r) => documentTimestamp(r, epoch),
    timestamp: buildTimestamp(list, epoch),
    ...templateSource(config, io.cwd),
    reminderDays: config.reminders,
    today,
    statusesFor: (r) => books.get(r) ?? new Map(),
  };
  const { emitReport } = await import('../../emit/report/index.js');
  const result = await emitReport(list, ctx, {
    ...(opts.from ? { from: opts.from } : {}),
    ...(opts.to ? { to: opts.to } : {}),
  });
  const { errors } = await printProblems(io, [...diagnostics, ...result.diagnostics]);
  const written = writeOutputsAtomically(outDir, result.files);
  const shown = written.map((file) => relative(io.cwd, file) || file);
  if (opts.json) io.stdout.write(`${JSON.stringify({ written: shown, diagnostics }, null, 2)}\n`);
  else for (const file of shown) io.stdout.write(`Отчёт: ${file}\n`);
  return errors > 0 ? 1 : 0;
}
