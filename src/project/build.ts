import { readdirSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import type { CompileResult } from '../api/compile.js';
import { diagnostic, uniqueDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { EmitContext, EmitResult, OutputFormat } from '../emit/emitter.js';
import { emittersFor } from '../emit/registry.js';
import type { ResolvedRoadmap } from '../model/resolved.js';
import { statusBooks, type StatusBooks } from '../status/status-books.js';
import { compileFiles, duplicateIdDiagnostics } from './compile-files.js';
import type { ProjectConfig } from './config.js';
import { templateSource } from './template-source.js';
import { readOrNull } from './fs-probe.js';
import { readChunks } from './read-chunks.js';
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
   * Watch mode: only these source files get their per-roadmap documents (docx, xlsx, json) re-emitted; the
   * outputs that merge every roadmap (ics feeds, index.html) are still built from all of them. Absent: everything.
   */
  emitOnly?: ReadonlySet<string>;
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
 * (files wait under temporary names until then). Each emitter's files go to temporary files as soon as they are
 * made — a per-roadmap emitter's one roadmap at a time — so memory stays flat however many roadmaps there are.
 */
export async function buildProject(options: BuildOptions): Promise<BuildReport> {
  const { config } = options;
  const emitters = emittersFor(options.formats);
  const uids = emitters.some((e) => e.needs.includes('uids'));
  const { results, diagnostics } = compileAll(options, uids);
  const duplicates = new Set(diagnostics.filter((d) => d.code === 'roadmap-duplicate-id').map((d) => d.file));
  const built = results.filter((r) => r.roadmap && !duplicates.has(r.file)).map((r) => r.roadmap!);

  const statuses = statusBooks((path) => readOrNull(resolve(options.cwd, path)));
  const ctx = emitContext(built, options, statuses);
  ctx.baseUrl = config.baseUrl;
  const staging = new Staging(options.outDir);
  const byFormat = new Map<OutputFormat, string[]>();
  const stage = (format: OutputFormat, result: EmitResult): void => {
    const inside = result.files.filter((f) => {
      if (safeOutputPath(options.outDir, f.path)) return true;
      diagnostics.push(diagnostic('output-outside', { file: f.path, line: 0, column: 0 }, f.path));
      return false;
    });
    staging.add(inside);
    const paths = byFormat.get(format) ?? [];
    for (const f of inside) paths.push(f.path);
    byFormat.set(format, paths);
    diagnostics.push(...result.diagnostics);
  };
  const collected = () => options.formats.flatMap((f) => byFormat.get(f) ?? []);
  const complete = new Set<string>();
  try {
    for (const [done, emitter] of emitters.entries()) {
      options.onProgress?.({ stage: emitter.format, done, total: emitters.length });
      const partial = options.emitOnly !== undefined && emitter.perRoadmap;
      const input = partial ? built.filter((r) => options.emitOnly!.has(r.source)) : built;
      // With nothing built, the previous outputs stay as they were, and the page keeps linking them.
      if (!partial && built.length > 0) complete.add(emitter.format);
      // An emitter that lists the outputs never lists its own previous files: it is replacing them.
      if (emitter.needs.includes('outputs'))
        ctx.outputs = [...collected(), ...keptOutputs(options.outDir, new Set([...complete, emitter.format]))];
      if (emitter.perRoadmap) for (const roadmap of input) stage(emitter.format, await emitter.emit([roadmap], ctx));
      else stage(emitter.format, await emitter.emit(input, ctx));
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

/** Compiles the files; the loaded sources (text, positions) are dropped once their diagnostics are made. */
function compileAll(options: BuildOptions, uids: boolean): { results: CompileResult[]; diagnostics: Diagnostic[] } {
  const compiled = compileFiles(options.files, options.cwd, { defaultTemplate: options.config.template, uids });
  const diagnostics = compiled.flatMap((r) => r.diagnostics);
  diagnostics.push(...duplicateIdDiagnostics(compiled));
  return { results: compiled.map((r) => ({ ...r, loaded: null })), diagnostics };
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
      return target ? readChunks(target) : null;
    },
  };
}
