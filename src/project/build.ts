import { readdirSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import type { CompileResult } from '../api/compile.js';
import { diagnostic, uniqueDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { EmitContext, OutputFile, OutputFormat } from '../emit/emitter.js';
import { loadEmitter } from '../emit/registry.js';
import type { ResolvedRoadmap } from '../model/resolved.js';
import { statusBooks, type StatusBooks } from '../status/status-books.js';
import { compileFiles, duplicateIdDiagnostics } from './compile-files.js';
import type { ProjectConfig } from './config.js';
import { templateSource } from './template-source.js';
import { readOrNull } from './fs-probe.js';
import { buildTimestamp, documentTimestamp } from './timestamp.js';
import { isTemporaryOutput, safeOutputPath, Staging } from './write-outputs.js';

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
  /**
   * Other threads that can emit a share of the per-roadmap documents of a large build (the CLI passes worker
   * threads; see src/cli/emit-workers.ts). Absent: everything is emitted here.
   */
  helpers?: EmitHelpers;
}

/** Formats whose files each belong to one roadmap; the others (ics, html) also write merged files. */
const PER_ROADMAP: ReadonlySet<OutputFormat> = new Set(['docx', 'xlsx', 'json']);

/** Only the official document never shows item UIDs (nor statuses, which are kept by UID). */
const needsUids = (formats: readonly OutputFormat[]): boolean => formats.some((f) => f !== 'docx');

/** Below this many roadmaps a helper thread costs more to start than it saves. */
export const HELPERS_FROM = 16;

export interface EmitHelpers {
  /** How many helpers may work at once. */
  count: number;
  run(task: EmitTask): Promise<EmitTaskResult>;
}

/** A share of a build's per-roadmap documents, in a form that crosses to another thread. */
export interface EmitTask {
  /** Source files of roadmaps that compiled in the main build. */
  files: string[];
  formats: OutputFormat[];
  cwd: string;
  outDir: string;
  config: ProjectConfig;
  epoch: string | null;
  today: string;
}

export interface EmitTaskResult {
  /** The files of each format of the task, in the task's order of formats. */
  files: OutputFile[][];
  diagnostics: Diagnostic[];
}

export interface BuildReport {
  results: CompileResult[];
  diagnostics: Diagnostic[];
  /** Absolute paths of the files written. */
  written: string[];
  /** Roadmaps that were emitted. */
  built: ResolvedRoadmap[];
}

/**
 * Compiles every file, emits the requested formats for the roadmaps that compiled, and puts them all in place at
 * the end, atomically: nothing is written for a roadmap with errors, and a crash while emitting changes nothing
 * (files wait under temporary names until then).
 * In a large build, helpers emit the later roadmaps' documents while this thread does the earlier ones; the
 * files are put back in roadmap order, so the result does not depend on who emitted what.
 */
export async function buildProject(options: BuildOptions): Promise<BuildReport> {
  const { config } = options;
  const results = compileFiles(options.files, options.cwd, { defaultTemplate: config.template, uids: needsUids(options.formats) });
  const diagnostics = results.flatMap((r) => r.diagnostics);
  diagnostics.push(...duplicateIdDiagnostics(results));
  const duplicates = new Set(diagnostics.filter((d) => d.code === 'roadmap-duplicate-id').map((d) => d.file));
  const built = results.filter((r) => r.roadmap && !duplicates.has(r.file)).map((r) => r.roadmap!);

  const statuses = statusBooks((path) => readOrNull(resolve(options.cwd, path)));
  const ctx = emitContext(built, options, statuses);
  ctx.baseUrl = config.baseUrl;
  const shared = options.emitOnly === undefined ? shareOut(built, options) : null;
  // Each emitter's files go to temporary files at once (memory stays flat however many roadmaps there are) and
  // replace the previous outputs only when everything has been emitted.
  const staging = new Staging(options.outDir);
  const byFormat = new Map<OutputFormat, string[]>();
  const stage = (format: OutputFormat, files: readonly OutputFile[]): void => {
    const inside = files.filter((f) => {
      if (safeOutputPath(options.outDir, f.path)) return true;
      diagnostics.push(diagnostic('output-outside', { file: f.path, line: 0, column: 0 }, f.path));
      return false;
    });
    staging.add(inside);
    byFormat.set(format, [...(byFormat.get(format) ?? []), ...inside.map((f) => f.path)]);
  };
  const collected = () => options.formats.flatMap((f) => byFormat.get(f) ?? []);
  const complete = new Set<string>();
  let done = 0;
  try {
    for (const format of options.formats) {
      options.onProgress?.({ stage: format, done: done++, total: options.formats.length });
      if (built.length === 0 && format !== 'html') continue;
      const partial = options.emitOnly !== undefined && PER_ROADMAP.has(format);
      const input = partial ? built.filter((r) => options.emitOnly!.has(r.source)) : shared && PER_ROADMAP.has(format) ? shared.local : built;
      if (!partial) complete.add(format);
      if (format === 'html') {
        if (shared) await shared.merge(stage, diagnostics);
        ctx.outputs = [...collected(), ...keptOutputs(options.outDir, complete)];
      }
      const emit = await loadEmitter(format);
      const result = await emit(input, ctx);
      stage(format, result.files);
      diagnostics.push(...result.diagnostics);
    }
    if (shared) await shared.merge(stage, diagnostics);
  } catch (error) {
    staging.discard();
    throw error;
  }
  diagnostics.push(...statuses.diagnostics);
  staging.commit();
  const written = collected().map((path) => safeOutputPath(options.outDir, path)!);
  return { results, diagnostics: uniqueDiagnostics(diagnostics), written, built };
}

/**
 * Hands the later roadmaps' per-roadmap documents to helpers, in contiguous shares, and keeps the first share.
 */
function shareOut(built: readonly ResolvedRoadmap[], options: BuildOptions) {
  const formats = options.formats.filter((f) => PER_ROADMAP.has(f));
  const helpers = options.helpers;
  if (!helpers || helpers.count < 1 || formats.length === 0 || built.length < HELPERS_FROM) return null;
  // Equal shares measured best on two cores: this thread also compiles everything and writes the merged
  // calendars, but a helper first has to start and compile its share again.
  const size = Math.ceil(built.length / (helpers.count + 1));
  const shares = Array.from({ length: helpers.count + 1 }, (_, i) => built.slice(i * size, (i + 1) * size)).filter((s) => s.length > 0);
  const local = shares[0]!;
  const pending = shares.slice(1).map((share) =>
    helpers.run({
      files: share.map((r) => r.source), formats, cwd: options.cwd, outDir: options.outDir, config: options.config,
      epoch: options.env.SOURCE_DATE_EPOCH ?? null, today: options.today,
    }),
  );
  // Every helper is awaited, even when one fails, so none is left running; the first failure is reported.
  const all = Promise.allSettled(pending);
  let merged = false;
  return {
    local,
    /** Waits for the helpers and hands over their files, format by format, after this thread's. */
    async merge(stage: (format: OutputFormat, files: readonly OutputFile[]) => void, diagnostics: Diagnostic[]): Promise<void> {
      if (merged) return;
      merged = true;
      const settled = await all;
      for (const s of settled) if (s.status === 'rejected') throw s.reason;
      for (const s of settled as PromiseFulfilledResult<EmitTaskResult>[]) {
        formats.forEach((f, i) => stage(f, s.value.files[i] ?? []));
        diagnostics.push(...s.value.diagnostics);
      }
    },
  };
}

/**
 * What a helper runs: compiles its share of roadmaps again (cheaper than sending the resolved model across) and
 * emits their per-roadmap documents with the same context a whole build would give them.
 */
export async function runEmitTask(task: EmitTask): Promise<EmitTaskResult> {
  const results = compileFiles(task.files, task.cwd, { defaultTemplate: task.config.template, uids: needsUids(task.formats) });
  const built = results.flatMap((r) => (r.roadmap ? [r.roadmap] : []));
  const statuses = statusBooks((path) => readOrNull(resolve(task.cwd, path)));
  const env = task.epoch === null ? {} : { SOURCE_DATE_EPOCH: task.epoch };
  const ctx = emitContext(built, { cwd: task.cwd, outDir: task.outDir, config: task.config, env, today: task.today }, statuses);
  ctx.baseUrl = task.config.baseUrl;
  const files: OutputFile[][] = [];
  const diagnostics: Diagnostic[] = [];
  for (const format of task.formats) {
    const result = await (await loadEmitter(format))(built, ctx);
    files.push(result.files);
    diagnostics.push(...result.diagnostics);
  }
  diagnostics.push(...statuses.diagnostics);
  return { files, diagnostics };
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
      else if (!isTemporaryOutput(e.name) && !complete.has(extname(e.name).slice(1))) out.push(`${prefix}${e.name}`);
    }
  };
  walk(outDir, '');
  return out;
}

function emitContext(
  roadmaps: readonly ResolvedRoadmap[],
  options: Pick<BuildOptions, 'cwd' | 'outDir' | 'config' | 'env' | 'today'>,
  statuses: StatusBooks,
): EmitContext {
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
