import { resolve } from 'node:path';
import { formatDiagnostic, sortDiagnostics } from '../../diagnostics/format.js';
import { compileFiles, duplicateIdDiagnostics } from '../../project/compile-files.js';
import type { ResolvedRoadmap } from '../../model/resolved.js';
import { walkItems } from '../../model/walk.js';
import { statusBooks } from '../../status/status-books.js';
import { collectUpcoming, matchesExecutor } from '../../upcoming/collect.js';
import { formatUpcoming } from '../../upcoming/format.js';
import { isIsoDate, localIsoDate } from '../../util/dates.js';
import { readOrNull } from '../../project/fs-probe.js';
import { resolveInputs } from '../inputs.js';
import { UsageError, type CliIo } from '../io.js';
import { paintFor } from '../paint.js';

export interface UpcomingCliOptions {
  days?: string;
  executor?: string;
  today?: string;
  json?: boolean;
}

/** `roadmap upcoming`: deadlines of the next N days, overdue first. Exit 1 when a roadmap has errors. */
export async function runUpcoming(io: CliIo, paths: string[], opts: UpcomingCliOptions): Promise<number> {
  const today = opts.today ?? localIsoDate(io.now());
  if (!isIsoDate(today)) throw new UsageError(`дата «${opts.today}» не в виде ГГГГ-ММ-ДД.`);
  const daysText = (opts.days ?? '30').trim();
  const days = Number(daysText);
  if (!/^\d+$/.test(daysText) || days > 3660)
    throw new UsageError(`--days: ожидается целое число дней от 0 до 3660, а не «${opts.days}».`);
  const { config, configDiagnostics, files } = resolveInputs(io, paths);
  const results = compileFiles(files, io.cwd, {
    defaultTemplate: config.template,
    schoolCalendar: config.schoolCalendar,
  });
  const diagnostics = sortDiagnostics([
    ...configDiagnostics,
    ...results.flatMap((r) => r.diagnostics),
    ...duplicateIdDiagnostics(results),
  ]);
  const errors = diagnostics.filter((d) => d.severity === 'error');
  const roadmaps = results.flatMap((r) => (r.roadmap ? [r.roadmap] : []));
  // Occurrences recorded as done in a roadmap's status file are not due any more.
  const statuses = statusBooks((path) => readOrNull(resolve(io.cwd, path)));
  const report = collectUpcoming(roadmaps, {
    today,
    days,
    statusesFor: (r) => statuses.statusesFor(r),
    ...(opts.executor ? { executor: opts.executor } : {}),
  });
  errors.push(...statuses.diagnostics.filter((d) => d.severity === 'error'));

  const paint = await paintFor(io, 'stderr');
  for (const d of errors) io.stderr.write(`${formatDiagnostic(d, paint)}\n`);
  if (opts.executor && !roadmaps.some((r) => anyItemOf(r, opts.executor!))) {
    // A misspelt executor would otherwise look like «nothing is due»: that is a usage mistake, not good news.
    io.stderr.write(
      `roadmap: исполнитель «${opts.executor}» не найден ни в одном мероприятии (ищется по id из справочника или части названия).\n`,
    );
    return 2;
  }
  if (opts.json) {
    io.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  } else {
    io.stdout.write(formatUpcoming(report, await paintFor(io, 'stdout'), roadmaps.length > 1));
  }
  return errors.length > 0 ? 1 : 0;
}

function anyItemOf(roadmap: ResolvedRoadmap, executor: string): boolean {
  for (const { item } of walkItems(roadmap)) if (matchesExecutor(item, executor)) return true;
  return false;
}
