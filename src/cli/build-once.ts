import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { formatDiagnostic, sortDiagnostics, summarize, type Paint } from '../diagnostics/format.js';
import type { OutputFormat } from '../emit/emitter.js';
import { buildProject, type BuildOptions } from '../project/build.js';
import { localIsoDate } from '../util/dates.js';
import { displayPath, formatBuildSummary } from './build-summary.js';
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
  /** `build --json`: the outcome as JSON on stdout instead of the summary. */
  json?: boolean;
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
  if (setup.json) {
    const outcome = {
      built: report.built.map((r) => ({ id: r.id, source: r.source })),
      written: report.written.map((f) => displayPath(f, io.cwd)),
      diagnostics,
    };
    io.stdout.write(`${JSON.stringify(outcome, null, 2)}\n`);
  } else {
    if (io.verbose) for (const f of report.written) io.stdout.write(`  записан ${displayPath(f, io.cwd)}\n`);
    io.stdout.write(formatBuildSummary(report, setup.outDir, io.cwd, setup.out, Date.now() - started));
  }
  return summarize(diagnostics).errors > 0 ? 1 : 0;
}

/**
 * A progress bar on one rewritten stderr line — `Сборка [██████░░░░░░] 12/40 docx a.yaml` — only in a terminal
 * (CI logs and pipes get none), and only once the build has run for a second: quick builds stay quiet.
 */
function progressReporter(io: CliIo, started: number): { update: BuildOptions['onProgress']; clear(): void } {
  let shown = false;
  if (io.stderr.isTTY !== true || io.quiet) return { update: undefined, clear: () => undefined };
  return {
    update: (e) => {
      if (Date.now() - started < 1000) return;
      shown = true;
      const width = 24;
      const filled = e.total > 0 ? Math.round((width * e.done) / e.total) : 0;
      const bar = `${'█'.repeat(filled)}${'░'.repeat(width - filled)}`;
      const what = e.roadmap !== undefined ? `${e.stage} ${e.roadmap}` : e.stage;
      io.stderr.write(`\r\x1b[2KСборка [${bar}] ${e.done + 1}/${e.total} ${what}`);
    },
    clear: () => {
      if (shown) io.stderr.write('\r\x1b[2K');
    },
  };
}
