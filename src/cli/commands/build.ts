import { outputFolder } from '../out-dir.js';
import { resolve } from 'node:path';
import { OUTPUT_FORMATS, type OutputFormat } from '../../emit/emitter.js';
import { buildOnce, type BuildSetup } from '../build-once.js';
import { resolveInputs } from '../inputs.js';
import { blocksBuild } from '../../diagnostics/diagnostic.js';
import { formatDiagnostic } from '../../diagnostics/format.js';
import { UsageError, type CliIo } from '../io.js';
import { paintFor } from '../paint.js';
import { checkSourceDateEpoch } from '../source-date-epoch.js';
import { watchBuild } from '../watch-build.js';

export interface BuildCliOptions {
  out?: string;
  only?: string;
  watch?: boolean;
  json?: boolean;
}

export async function runBuild(io: CliIo, paths: string[], opts: BuildCliOptions): Promise<number> {
  const prepared = await prepareBuild(io, paths, opts);
  if (typeof prepared === 'number') return prepared;
  const code = await buildOnce(prepared.setup, prepared.files);
  if (!opts.watch) return code;
  return watchBuild(prepared.setup, prepared.targets);
}

/** What a build needs, from the config and options; 1 when the config is broken (its errors are printed). */
export async function prepareBuild(
  io: CliIo,
  paths: string[],
  opts: Pick<BuildCliOptions, 'out' | 'only' | 'json'>,
): Promise<{ setup: BuildSetup; files: string[]; targets: string[] } | number> {
  checkSourceDateEpoch(io.env);
  const { config, configDiagnostics, files } = resolveInputs(io, paths);
  if (configDiagnostics.some(blocksBuild)) {
    // A broken config would silently build with the defaults, possibly into another folder: stop instead.
    const paint = await paintFor(io, 'stderr');
    for (const d of configDiagnostics) io.stderr.write(`${formatDiagnostic(d, paint)}\n`);
    return 1;
  }
  const formats = opts.only !== undefined ? parseFormats(opts.only) : config.formats;
  const outDir = outputFolder(io, config, opts.out);
  const setup: BuildSetup = {
    io,
    outDir,
    formats,
    configDiagnostics,
    // CI passes the published address in ROADMAP_BASE_URL; an explicit baseUrl in the config wins.
    base: {
      cwd: io.cwd,
      outDir,
      formats,
      config: { ...config, baseUrl: config.baseUrl ?? (io.env.ROADMAP_BASE_URL || null) },
      env: io.env,
    },
    out: await paintFor(io, 'stdout'),
    err: await paintFor(io, 'stderr'),
    json: opts.json === true,
  };
  const targets = paths.length > 0 ? paths : config.roadmaps.map((p) => resolve(config.root, p));
  return { setup, files, targets };
}

export function parseFormats(value: string): OutputFormat[] {
  const list = value
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);
  const bad = list.filter((f) => !OUTPUT_FORMATS.includes(f as OutputFormat));
  if (list.length === 0) throw new UsageError(`не указаны форматы для --only: допустимы ${OUTPUT_FORMATS.join(', ')}.`);
  if (bad.length) {
    throw new UsageError(
      `неизвестный формат ${bad.map((b) => `«${b}»`).join(', ')}: допустимы ${OUTPUT_FORMATS.join(', ')}.`,
    );
  }
  return [...new Set(list)] as OutputFormat[];
}
