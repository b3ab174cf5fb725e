import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { formatDiagnostic, sortDiagnostics, summarize, type Paint } from '../diagnostics/format.js';
import type { OutputFormat } from '../emit/emitter.js';
import { buildProject, type BuildOptions } from '../project/build.js';
import { localIsoDate } from '../util/dates.js';
import { formatBuildSummary } from './build-summary.js';
import type { CliIo } from './io.js';

/** What one build run needs besides the files; shared by `build` and `build --watch`. */
export interface BuildSetup {
  io: CliIo;
  outDir: string;
  formats: OutputFormat[];
  base: Omit<BuildOptions, 'files' | 'emitOnly' | 'today'>;
  configDiagnostics: Diagnostic[];
  out: Paint;
  err: Paint;
}

/** One build: diagnostics on stderr, the summary on stdout. Exit 1 when any roadmap has errors. */
export async function buildOnce(
  setup: BuildSetup,
  files: readonly string[],
  emitOnly?: ReadonlySet<string>,
): Promise<number> {
  const { io } = setup;
  const started = Date.now();
  const progress = progressReporter(io, started);
  const report = await buildProject({
    ...setup.base,
    files,
    today: io.env.ROADMAP_TODAY ?? localIsoDate(io.now()),
    onProgress: progress.update,
    ...(emitOnly ? { emitOnly } : {}),
  });
  progress.clear();
  const diagnostics = sortDiagnostics([...setup.configDiagnostics, ...report.diagnostics]);
  for (const d of diagnostics) io.stderr.write(`${formatDiagnostic(d, setup.err)}\n`);
  io.stdout.write(formatBuildSummary(report, setup.outDir, io.cwd, setup.out, Date.now() - started));
  return summarize(diagnostics).errors > 0 ? 1 : 0;
}

/** «Сборка: docx (2/5)…» on one rewritten stderr line — only in a terminal, and only once a build takes a while. */
function progressReporter(io: CliIo, started: number): { update: BuildOptions['onProgress']; clear(): void } {
  let shown = false;
  if (io.stderr.isTTY !== true) return { update: undefined, clear: () => undefined };
  return {
    update: (e) => {
      if (Date.now() - started < 300) return;
      shown = true;
      io.stderr.write(`\r\x1b[2KСборка: ${e.stage} (${e.done + 1}/${e.total})…`);
    },
    clear: () => {
      if (shown) io.stderr.write('\r\x1b[2K');
    },
  };
}
