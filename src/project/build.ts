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
}

/** Formats whose files each belong to one roadmap; the others (ics, html) also write merged files. */
const PER_ROADMAP: ReadonlySet<OutputFormat> = new Set(['docx', 'xlsx', 'json']);

/** Only the official document never shows item UIDs (nor statuses, which are kept by UID). */
const needsUids = (formats: readonly OutputFormat[]): boolean => formats.some((f) => f !== 'docx');

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
      const input = partial ? built.filter((r) => options.emitOnly!.has(r.source)) : built;
      if (!partial) complete.add(format);
      if (format === 'html') {
        ctx.outputs = [...collected(), ...keptOutputs(options.outDir, complete)];
      }
      const emit = await loadEmitter(format);
      const result = await emit(input, ctx);
      stage(format, result.files);
      diagnostics.push(...result.diagnostics);
    }
  } catch (error) {
    staging.discard();
    throw error;
  }
  diagnostics.push(...statuses.diagnostics);
  staging.commit();
  const written = collected().map((path) => safeOutputPath(options.outDir, path)!);
  return { results, diagnostics: uniqueDiagnostics(diagnostics), written, built };
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
