import { readdirSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import type { CompileResult } from '../api/compile.js';
import { blocksBuild, diagnostic, uniqueDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { EmitContext, EmitResult, OutputFormat } from '../emit/emitter.js';
import { emittersFor } from '../emit/registry.js';
import type { ResolvedRoadmap } from '../model/resolved.js';
import { statusBooks, type StatusBooks } from '../status/status-books.js';
import { compileEach, duplicateIdCheck } from './compile-files.js';
import { ModelStore } from './model-store.js';
import type { ProjectConfig } from './config.js';
import { templateSource } from './template-source.js';
import { renderSchemas } from './json-schemas.js';
import { readOrNull } from './fs-probe.js';
import { readChunks } from './read-chunks.js';
import { calendarVersionFiles, roadmapChangedAt } from './calendar-versions.js';
import { buildTimestamp, documentTimestamp, type Dated } from './timestamp.js';
import { isTemporaryOutput, linkOutside, safeOutputPath, Staging } from './write-outputs.js';

export interface BuildOptions {
  files: readonly string[];
  cwd: string;
  outDir: string;
  formats: readonly OutputFormat[];
  config: ProjectConfig;
  env: Record<string, string | undefined>;
  today: string;
  onProgress?: (event: { stage: string; done: number; total: number; roadmap?: string }) => void;
  /**
   * Watch mode: only these source files get their per-roadmap documents (docx, xlsx, json) re-emitted; the
   * outputs that merge every roadmap (ics feeds, index.html) are still built from all of them. Absent: everything.
   */
  emitOnly?: ReadonlySet<string>;
}

/** A built roadmap as the report names it (the models themselves are not kept past the build). */
type BuiltRoadmap = Pick<ResolvedRoadmap, 'id' | 'source'>;

/** A file's compile result without its model: the report outlives the build, the models do not. */
interface BuildResult extends Pick<CompileResult, 'file' | 'diagnostics'> {
  roadmap: BuiltRoadmap | null;
}

export interface BuildReport {
  results: BuildResult[];
  diagnostics: Diagnostic[];
  /** Absolute paths of the files written. */
  written: string[];
  /** Roadmaps that were emitted. */
  built: BuiltRoadmap[];
}

/**
 * Compiles every file, emits the requested formats for the roadmaps that compiled, and puts them all in place at
 * the end, atomically: nothing is written for a roadmap with errors, and a crash while emitting changes nothing
 * (files wait under temporary names until then). Each emitter's files go to temporary files as soon as they are
 * made — a per-roadmap emitter's one roadmap at a time — so memory stays flat however many roadmaps there are;
 * the compiled models wait in a ModelStore, outside the heap, until an emitter needs them.
 */
export async function buildProject(options: BuildOptions): Promise<BuildReport> {
  const { config } = options;
  const emitters = emittersFor(options.formats);
  const uids = emitters.some((e) => e.needs.includes('uids'));
  const statuses = statusBooks((path) => readOrNull(resolve(options.cwd, path)));
  const { results, diagnostics, store, timestamp } = compileAll(options, uids, statuses);

  const ctx = emitContext(timestamp, options, statuses);
  ctx.baseUrl = config.baseUrl;
  // #16: calendar versions committed beside the roadmaps; LAST-MODIFIED from the roadmap's last commit
  const versionFiles = calendarVersionFiles(options.cwd);
  const changedAt = roadmapChangedAt(options.cwd, options.env.SOURCE_DATE_EPOCH);
  Object.assign(ctx, {
    calendarVersions: versionFiles.versions,
    changedAt: (r: ResolvedRoadmap) => changedAt(r.source) ?? ctx.timestampFor(r),
    timeZone: config.timeZone,
    reminderMinutes: config.reminderMinutes,
    // #16: feeds published at different addresses never share a UID; unpublished ones keep `@roadmap`
    uidDomain: config.uidDomain ?? hostOf(config.baseUrl),
    calendarWindows: config.calendarWindows,
  });
  const staging = new Staging(options.outDir);
  const byFormat = new Map<OutputFormat, string[]>();
  // #16: a roadmap that failed has no events this time; the shared feeds would lose them silently. They stay as
  // the last good build wrote them until every roadmap compiles again.
  const failed = results.filter((r) => !r.roadmap && r.diagnostics.some(blocksBuild));
  const stage = (format: OutputFormat, result: EmitResult): void => {
    const shared = (path: string) => format === 'ics' && failed.length > 0 && path.startsWith('calendars/');
    if (format === 'ics' && failed.length > 0 && store.size > 0)
      for (const r of failed)
        diagnostics.push(diagnostic('calendars-kept', { file: r.file, line: 1, column: 1 }, r.file));
    const inside = result.files.filter((f) => {
      if (shared(f.path)) return false;
      if (safeOutputPath(options.outDir, f.path)) return true;
      const link = linkOutside(resolve(options.outDir), resolve(options.outDir, f.path));
      const place = { file: join(options.outDir, f.path), line: 0, column: 0 };
      diagnostics.push(diagnostic('output-outside', place, f.path, link));
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
  // A format whose per-roadmap files were redone for some roadmaps only (its merged file, e.g. region.xlsx, does
  // not make it complete: the others' files are kept from earlier builds).
  const partly = new Set<string>();
  let everything: ResolvedRoadmap[] | null = null;
  // Progress counts steps: one per roadmap for a per-roadmap emitter, one for a merging emitter.
  const total = emitters.reduce((n, e) => n + (e.perRoadmap ? store.size : 1), 0);
  let done = 0;
  const step = (stage: string, roadmap?: string): void =>
    options.onProgress?.({ stage, done: done++, total, ...(roadmap !== undefined ? { roadmap } : {}) });
  try {
    for (const emitter of emitters) {
      const partial = options.emitOnly !== undefined && emitter.perRoadmap;
      // Outputs that show statuses wait while a status file cannot be read: the previous ones stay as they were.
      const held = (ref: BuiltRoadmap) => emitter.needs.includes('statuses') && statuses.unreadable(ref);
      if (!emitter.perRoadmap && store.refs.some(held)) {
        step(emitter.format);
        continue;
      }
      // With nothing built, the previous outputs stay as they were, and the page keeps linking them.
      if (partial) partly.add(emitter.format);
      if (!partial && !partly.has(emitter.format) && store.size > 0) complete.add(emitter.format);
      // An emitter that lists the outputs never lists its own previous files: it is replacing them.
      if (emitter.needs.includes('outputs'))
        ctx.outputs = [...collected(), ...keptOutputs(options.outDir, new Set([...complete, emitter.format]))];
      if (emitter.perRoadmap) {
        everything = null;
        for (const [i, { source }] of store.refs.entries()) {
          step(emitter.format, source);
          if ((!partial || options.emitOnly!.has(source)) && !held(store.refs[i]!))
            stage(emitter.format, await emitter.emit([store.at(i)], ctx));
        }
      } else {
        step(emitter.format);
        // The merging emitters (they come last) share one copy of every roadmap; emitters never change them.
        everything ??= store.all();
        stage(emitter.format, await emitter.emit(everything, ctx));
      }
    }
    // The site carries the editor schemas too: a repository's files can name one address for them.
    if (options.formats.includes('html') && store.size > 0) stage('html', { files: schemaFiles(), diagnostics: [] });
  } catch (error) {
    staging.discard();
    throw error;
  }
  diagnostics.push(...statuses.diagnostics);
  staging.commit();
  versionFiles.write();
  const written = collected().map((path) => safeOutputPath(options.outDir, path)!);
  return { results, diagnostics: uniqueDiagnostics(diagnostics), written, built: store.refs };
}

interface Compiled {
  results: BuildResult[];
  diagnostics: Diagnostic[];
  /** The roadmaps to emit: those that compiled, but no two with one id. */
  store: ModelStore;
  /** Timestamp of the outputs that span every roadmap. */
  timestamp: Date;
}

/**
 * Compiles the files one at a time; of each, only its diagnostics, its id and source, and its model (serialised,
 * into the store) are kept, so the loaded sources (text, positions) and the live models never pile up.
 */
function compileAll(options: BuildOptions, uids: boolean, statuses: StatusBooks): Compiled {
  const results: BuildResult[] = [];
  const diagnostics: Diagnostic[] = [];
  const duplicates: Diagnostic[] = [];
  const duplicateOf = duplicateIdCheck();
  const store = new ModelStore();
  const dates: Dated[] = [];
  const compiled = compileEach(options.files, options.cwd, {
    defaultTemplate: options.config.template,
    schoolCalendar: options.config.schoolCalendar,
    uids,
  });
  for (const r of compiled) {
    diagnostics.push(...r.diagnostics);
    const duplicate = duplicateOf(r);
    if (duplicate) duplicates.push(duplicate);
    else if (r.roadmap) {
      if (uids) statuses.checkOrphans(r.roadmap);
      store.add(r.roadmap);
      dates.push({ approval: r.roadmap.approval, period: r.roadmap.period });
    }
    results.push({
      file: r.file,
      diagnostics: r.diagnostics,
      roadmap: r.roadmap && { id: r.roadmap.id, source: r.roadmap.source },
    });
  }
  diagnostics.push(...duplicates);
  return { results, diagnostics, store, timestamp: buildTimestamp(dates, options.env.SOURCE_DATE_EPOCH) };
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
  timestamp: Date,
  options: Pick<BuildOptions, 'cwd' | 'outDir' | 'config' | 'env' | 'today'>,
  statuses: StatusBooks,
): EmitContext {
  const epoch = options.env.SOURCE_DATE_EPOCH;
  return {
    timestampFor: (r) => documentTimestamp(r, epoch),
    timestamp,
    ...templateSource(options.config, options.cwd),
    reminderDays: options.config.reminders,
    statusesFor: (r) => statuses.statusesFor(r),
    today: options.today,
    previousFiles: (dir) => {
      const target = safeOutputPath(options.outDir, dir);
      try {
        return target ? readdirSync(target).filter((name) => !isTemporaryOutput(name)) : [];
      } catch {
        return [];
      }
    },
    previousOutput: (path) => {
      const target = safeOutputPath(options.outDir, path);
      return target ? readChunks(target) : null;
    },
  };
}

/** `out/schemas/roadmap.schema.json` and the config's schema, as `init` copies them into a repository. */
function schemaFiles(): { path: string; data: string }[] {
  return Object.entries(renderSchemas()).map(([name, text]) => ({ path: `schemas/${name}`, data: text }));
}

/** The host of a published address (ROADMAP_BASE_URL is not validated like the config's baseUrl). */
function hostOf(baseUrl: string | null): string | null {
  return baseUrl && URL.canParse(baseUrl) ? new URL(baseUrl).hostname || null : null;
}
