import { spawnSync } from 'node:child_process';

export type GitResult<T> =
  { ok: true; value: T } | { ok: false; reason: 'no-git' | 'not-a-repo' | 'bad-revision' | 'no-file' };

function git(cwd: string, args: string[]): { status: number | null; stdout: Buffer; error?: Error } {
  const r = spawnSync('git', args, { cwd, maxBuffer: 64 * 1024 * 1024 });
  return { status: r.status, stdout: r.stdout ?? Buffer.alloc(0), ...(r.error ? { error: r.error } : {}) };
}

/** Whether `rev` names a commit in the repository around `cwd`. */
export function resolveRevision(cwd: string, rev: string): GitResult<string> {
  if (rev.startsWith('-')) return { ok: false, reason: 'bad-revision' };
  const inside = git(cwd, ['rev-parse', '--is-inside-work-tree']);
  if (inside.error) return { ok: false, reason: 'no-git' };
  if (inside.status !== 0) return { ok: false, reason: 'not-a-repo' };
  const r = git(cwd, ['rev-parse', '--verify', '--quiet', `${rev}^{commit}`]);
  return r.status === 0 ? { ok: true, value: r.stdout.toString('utf8').trim() } : { ok: false, reason: 'bad-revision' };
}

/** The bytes of `path` (relative to `cwd`) as committed in `rev`. */
export function showFile(cwd: string, rev: string, path: string): GitResult<Buffer> {
  const r = git(cwd, ['show', `${rev}:./${path.replace(/^\.\//, '')}`]);
  if (r.error) return { ok: false, reason: 'no-git' };
  return r.status === 0 ? { ok: true, value: r.stdout } : { ok: false, reason: 'no-file' };
}

/** Files under `dir` (relative to `cwd`) in `rev`, as paths relative to `cwd`. */
export function listFiles(cwd: string, rev: string, dir: string): string[] {
  const prefix = git(cwd, ['rev-parse', '--show-prefix']).stdout.toString('utf8').trim();
  const r = git(cwd, ['ls-tree', '-r', '-z', '--name-only', '--full-name', rev, '--', dir]);
  if (r.status !== 0) return [];
  return r.stdout
    .toString('utf8')
    .split('\0')
    .filter(Boolean)
    .map((p) => (prefix && p.startsWith(prefix) ? p.slice(prefix.length) : p));
}

/** When `path` (relative to `cwd`) was last committed, or null (no git, not a repository, never committed). */
export function lastCommitTime(cwd: string, path: string): Date | null {
  const r = git(cwd, ['log', '-1', '--format=%ct', '--', path]);
  const seconds = r.status === 0 ? r.stdout.toString('utf8').trim() : '';
  return /^\d+$/.test(seconds) ? new Date(Number(seconds) * 1000) : null;
}
