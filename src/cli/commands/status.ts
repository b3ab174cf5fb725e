import { resolve } from 'node:path';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { DiagnosticCode } from '../../diagnostics/registry.js';
import { formatDiagnostic, sortDiagnostics, summarize } from '../../diagnostics/format.js';
import type { ResolvedRoadmap } from '../../model/resolved.js';
import type { OccurrenceStatus } from '../../model/status.js';
import { compileFiles, duplicateIdDiagnostics } from '../../project/compile-files.js';
import { formatProgress } from '../../status/format-progress.js';
import { roadmapProgress } from '../../tracker/progress.js';
import { statusBooks } from '../../status/status-books.js';
import { isIsoDate, localIsoDate } from '../../util/dates.js';
import { readOrNull } from '../../project/fs-probe.js';
import { resolveInputs, type Inputs } from '../inputs.js';
import { UsageError, type CliIo } from '../io.js';
import { paintFor } from '../paint.js';

export interface TrackedRoadmaps {
  inputs: Inputs;
  roadmaps: { roadmap: ResolvedRoadmap; book: Map<string, OccurrenceStatus> }[];
  /** Roadmaps left out because their status file cannot be read (what it shows would be wrong). */
  held: ResolvedRoadmap[];
  /** Problems in the roadmaps, the config and the status files. */
  diagnostics: Diagnostic[];
}

/** The roadmaps a status command works on, each with the statuses recorded in its status file. */
export function loadTrackedRoadmaps(
  io: CliIo,
  paths: readonly string[],
  inputs: Inputs = resolveInputs(io, paths),
): TrackedRoadmaps {
  const results = compileFiles(inputs.files, io.cwd, {
    defaultTemplate: inputs.config.template,
    schoolCalendar: inputs.config.schoolCalendar,
  });
  const books = statusBooks((path) => readOrNull(resolve(io.cwd, path)));
  const compiled = results.flatMap((r) => (r.roadmap ? [r.roadmap] : []));
  for (const roadmap of compiled) books.checkOrphans(roadmap);
  const held = compiled.filter((r) => books.unreadable(r));
  const roadmaps = compiled
    .filter((r) => !books.unreadable(r))
    .map((roadmap) => ({ roadmap, book: books.statusesFor(roadmap) }));
  const diagnostics = [
    ...inputs.configDiagnostics,
    ...results.flatMap((r) => r.diagnostics),
    ...duplicateIdDiagnostics(results),
    ...books.diagnostics,
  ];
  return { inputs, roadmaps, held, diagnostics };
}

const STATUS_FILE_CODES: ReadonlySet<DiagnosticCode> = new Set([
  'status-file-invalid',
  'status-file-other-roadmap',
  'status-file-held',
  'status-orphaned',
  'status-text-too-long',
]);

/** Errors and status files' warnings go to stderr; «when-» notes about deadline phrases are `roadmap validate`'s business. */
export async function printProblems(io: CliIo, diagnostics: Diagnostic[]): Promise<{ errors: number }> {
  const shown = sortDiagnostics(
    diagnostics.filter((d) => d.severity === 'error' || (d.severity === 'warning' && STATUS_FILE_CODES.has(d.code))),
  );
  const paint = await paintFor(io, 'stderr');
  for (const d of shown) io.stderr.write(`${formatDiagnostic(d, paint)}\n`);
  return { errors: summarize(diagnostics).errors };
}

export function todayOption(io: CliIo, given: string | undefined): string {
  const today = given ?? io.env.ROADMAP_TODAY ?? localIsoDate(io.now());
  if (!isIsoDate(today)) throw new UsageError(`дата «${today}» не в виде ГГГГ-ММ-ДД.`);
  return today;
}

export async function runStatus(io: CliIo, paths: string[], opts: { json?: boolean; today?: string }): Promise<number> {
  const today = todayOption(io, opts.today);
  const { roadmaps, diagnostics } = loadTrackedRoadmaps(io, paths);
  const { errors } = await printProblems(io, diagnostics);
  const progress = roadmaps.map(({ roadmap, book }) => roadmapProgress(roadmap, book, today));
  if (opts.json) {
    io.stdout.write(`${JSON.stringify({ today, roadmaps: progress }, null, 2)}\n`);
  } else {
    const paint = await paintFor(io, 'stdout');
    io.stdout.write(progress.map((p) => formatProgress(p, today, paint)).join('\n\n') + (progress.length ? '\n' : ''));
  }
  return errors > 0 ? 1 : 0;
}
