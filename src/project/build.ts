import { readdirSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import type { CompileResult } from '../api/compile.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { messages } from '../diagnostics/messages.js';
import type { EmitContext, OutputFile, OutputFormat } from '../emit/emitter.js';
import { loadEmitter } from '../emit/registry.js';
import type { ResolvedRoadmap } from '../model/resolved.js';
import { statusBooks, type StatusBooks } from '../status/status-books.js';
import { compileFiles, duplicateIdDiagnostics } from './compile-files.js';
import type { ProjectConfig } from './config.js';
import { templateSource } from './template-source.js';
import { readOrNull } from './fs-probe.js';
import { buildTimestamp, documentTimestamp } from './timestamp.js';
import { safeOutputPath, writeOutputsAtomically } from './write-outputs.js';

export interface BuildOptions {
  files: readonly string[];
  cwd: string;
  outDir: string;
  formats: readonly OutputFormat[];
  config: ProjectConfig;
  env: Record<string, string | undefined>;
  today: string;
  onProgress?: (event: { stage: string; done: number; total: number }) => void;
  /**
   * Watch mode: only these source files get their own documents (docx, xlsx, json) re-emitted; the outputs that
   * merge every roadmap (ics feeds, index.html) are still built from all of them. Absent: everything.
   */
  emitOnly?: ReadonlySet<string>;
}

/** Formats whose files each belong to one roadmap; the others (ics, html) also write merged files. */
const PER_ROADMAP: ReadonlySet<OutputFormat> = new Set(['docx', 'xlsx', 'json']);

export interface BuildReport {
  results: CompileResult[];
  diagnostics: Diagnostic[];
  /** Absolute paths of the files written. */
  written: string[];
  /** Roadmaps that were emitted. */
  built: ResolvedRoadmap[];
}

/**
 * Compiles every file, emits the requested formats for the roadmaps that compiled, and writes them all at the
 * end, atomically: nothing is written for a roadmap with errors, and a crash while emitting writes nothing.
 */
export async function buildProject(options: BuildOptions): Promise<BuildReport> {
  const { config, env } = options;
  const results = compileFiles(options.files, options.cwd, { defaultTemplate: config.template });
  const diagnostics = results.flatMap((r) => r.diagnostics);
  diagnostics.push(...duplicateIdDiagnostics(results));
  const duplicates = new Set(diagnostics.filter((d) => d.code === 'roadmap-duplicate-id').map((d) => d.file));
  const built = results.filter((r) => r.roadmap && !duplicates.has(r.file)).map((r) => r.roadmap!);

  const statuses = statusBooks((path) => readOrNull(resolve(options.cwd, path)));
  const ctx = emitContext(built, options, statuses);
  ctx.baseUrl = config.baseUrl;
  const outputs: OutputFile[] = [];
  const complete = new Set<string>();
  let done = 0;
  for (const format of options.formats) {
    options.onProgress?.({ stage: format, done: done++, total: options.formats.length });
    if (built.length === 0 && format !== 'html') continue;
    const partial = options.emitOnly !== undefined && PER_ROADMAP.has(format);
    const input = partial ? built.filter((r) => options.emitOnly!.has(r.source)) : built;
    if (!partial) complete.add(format);
    if (format === 'html') ctx.outputs = [...outputs.map((f) => f.path), ...keptOutputs(options.outDir, complete)];
    const emit = await loadEmitter(format);
    const result = await emit(input, ctx);
    outputs.push(...result.files);
    diagnostics.push(...result.diagnostics);
  }
  diagnostics.push(...statuses.diagnostics);
  const rejected = outputs.filter((f) => !safeOutputPath(options.outDir, f.path));
  for (const f of rejected) {
    diagnostics.push({ file: f.path, line: 0, column: 0, severity: 'error', code: 'output-outside', message: messages['output-outside'](f.path) });
  }
  const written = writeOutputsAtomically(options.outDir, outputs.filter((f) => !rejected.includes(f)));
  void env;
  return { results, diagnostics, written, built };
}

/** Files left by earlier builds in formats this build did not redo for every roadmap (`--only`, watch mode). */
function keptOutputs(outDir: string, complete: ReadonlySet<string>): string[] {
  const out: string[] = [];
  const walk = (dir: string, prefix: string) => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      if (e.isDirectory()) walk(join(dir, e.name), `${prefix}${e.name}/`);
      else if (!/\.tmp-\d+$/.test(e.name) && !complete.has(extname(e.name).slice(1))) out.push(`${prefix}${e.name}`);
    }
  };
  walk(outDir, '');
  return out;
}

function emitContext(roadmaps: readonly ResolvedRoadmap[], options: BuildOptions, statuses: StatusBooks): EmitContext {
  const epoch = options.env.SOURCE_DATE_EPOCH;
  return {
    timestampFor: (r) => documentTimestamp(r, epoch),
    timestamp: buildTimestamp(roadmaps, epoch),
    ...templateSource(options.config, options.cwd),
    reminderDays: options.config.reminders,
    statusesFor: (r) => statuses.statusesFor(r),
    today: options.today,
    previousOutput: (path) => {
      const target = safeOutputPath(options.outDir, path);
      return target ? readOrNull(target) : null;
    },
  };
}
