import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, relative, resolve, sep } from 'node:path';
import { compileRoadmap } from '../../api/compile.js';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { formatDiagnostic, sortDiagnostics } from '../../diagnostics/format.js';
import { compareRoadmaps } from '../../diff/compare.js';
import { formatDiff } from '../../diff/format.js';
import type { RoadmapDiff } from '../../diff/types.js';
import type { ResolvedRoadmap } from '../../model/resolved.js';
import { loadConfig } from '../../project/config.js';
import { isAuxiliary } from '../../project/find-roadmaps.js';
import { listFiles, resolveRevision, showFile, type GitResult } from '../../project/git.js';
import { resolveInputs } from '../inputs.js';
import { UsageError, type CliIo } from '../io.js';
import { paintFor } from '../paint.js';

interface Version {
  label: string;
  bytes: Uint8Array | null;
}

/**
 * `roadmap diff A B`: two files; a revision and a file (the file as committed vs. the working copy); or only a
 * revision: every roadmap of the project against that revision. Exit 0 when compared, 1 when a version has errors.
 */
export async function runDiff(io: CliIo, a: string, b: string | undefined, opts: { json?: boolean }): Promise<number> {
  const pairs = versionPairs(io, a, b);
  const { config } = loadConfig(io.cwd);
  const diagnostics: Diagnostic[] = [];
  const diffs: RoadmapDiff[] = [];
  for (const [before, after] of pairs) {
    const x = compile(before, config.template, diagnostics);
    const y = compile(after, config.template, diagnostics);
    if (x === undefined || y === undefined || (!x && !y)) continue;
    diffs.push(compareRoadmaps(x, y, { before: before.label, after: after.label }));
  }
  const errors = sortDiagnostics(diagnostics).filter((d) => d.severity === 'error');
  const paint = await paintFor(io, 'stderr');
  for (const d of errors) io.stderr.write(`${formatDiagnostic(d, paint)}\n`);
  if (opts.json) io.stdout.write(`${JSON.stringify({ roadmaps: diffs }, null, 2)}\n`);
  else if (diffs.length) io.stdout.write(formatDiff(diffs, await paintFor(io, 'stdout')));
  if (errors.length) io.stderr.write('roadmap: версию с ошибками сравнить нельзя — исправьте ошибки выше.\n');
  return errors.length ? 1 : 0;
}

/** null: this version does not exist (a roadmap added or removed); undefined: it has errors. */
function compile(v: Version, defaultTemplate: string, out: Diagnostic[]): ResolvedRoadmap | null | undefined {
  if (!v.bytes) return null;
  const result = compileRoadmap(v.label, v.bytes, { defaultTemplate });
  out.push(...result.diagnostics);
  return result.roadmap ?? undefined;
}

function versionPairs(io: CliIo, a: string, b: string | undefined): [Version, Version][] {
  if (isFile(io, a)) {
    if (b === undefined) {
      throw new UsageError(`с чем сравнить «${a}»? Укажите второй файл или ревизию git: roadmap diff HEAD~1 ${a}`);
    }
    if (!isFile(io, b)) throw new UsageError(`файл «${b}» не найден.`);
    return [[working(io, a), working(io, b)]];
  }
  const rev = revision(io, a, b);
  if (b !== undefined) return [[committed(io, rev, a, b, true), working(io, b)]];
  return projectPairs(io, rev, a);
}

function projectPairs(io: CliIo, rev: string, revText: string): [Version, Version][] {
  const { config, files } = resolveInputs(io, []);
  const now = new Set(files.map((f) => display(io, f)));
  const then = new Set<string>();
  for (const dir of config.roadmaps) {
    const rel = display(io, resolve(config.root, dir));
    for (const f of listFiles(io.cwd, rev, rel)) {
      if (/\.ya?ml$/i.test(f) && !isAuxiliary(basename(f))) then.add(f);
    }
  }
  const all = [...new Set([...now, ...then])].sort();
  return all.map((f) => [
    then.has(f) ? committed(io, rev, revText, f, false) : { label: `${revText}:${f}`, bytes: null },
    now.has(f) ? working(io, f) : { label: f, bytes: null },
  ]);
}

function revision(io: CliIo, a: string, b: string | undefined): string {
  const r = resolveRevision(io.cwd, a);
  if (r.ok) return a;
  const looksLikeFile = /\.ya?ml$/i.test(a) || a.includes(sep) || (b === undefined && a.includes('/'));
  if (looksLikeFile && !/[~^]/.test(a)) throw new UsageError(`файл «${a}» не найден.`);
  throw new UsageError(gitMessage(r, a));
}

function committed(io: CliIo, rev: string, revText: string, file: string, required: boolean): Version {
  const path = display(io, resolve(io.cwd, file));
  const shown = showFile(io.cwd, rev, path);
  if (!shown.ok) {
    if (required)
      throw new UsageError(
        `файла «${path}» нет в ревизии «${revText}»: он ещё не был сохранён в git (git add, git commit).`,
      );
    return { label: `${revText}:${path}`, bytes: null };
  }
  return { label: `${revText}:${path}`, bytes: shown.value };
}

function working(io: CliIo, file: string): Version {
  return { label: display(io, resolve(io.cwd, file)), bytes: readFileSync(resolve(io.cwd, file)) };
}

function gitMessage(r: GitResult<unknown> & { ok: false }, rev: string): string {
  switch (r.reason) {
    case 'no-git':
      return 'для сравнения с ревизией нужен git, а он не установлен.';
    case 'not-a-repo':
      return `«${rev}» — не файл, а сравнить с ревизией git нельзя: папка не в репозитории git.`;
    default:
      return `«${rev}» — не файл и не ревизия git (пример ревизии: HEAD~1, main, хеш коммита).`;
  }
}

function isFile(io: CliIo, p: string): boolean {
  const abs = resolve(io.cwd, p);
  return existsSync(abs) && statSync(abs).isFile();
}

function display(io: CliIo, abs: string): string {
  const rel = relative(io.cwd, abs);
  return rel.startsWith('..') ? abs : rel.split(sep).join('/');
}
