import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { REPO } from '../helpers/cli.js';

/** A Node binary the machine has, by major version. */
export interface NodeBinary {
  major: number;
  dir: string;
}

/**
 * The Node versions to try the package on: this one, any in ROADMAP_TEST_NODES (paths to `node`, separated like
 * PATH), and the ones `npx node@22` / `npx node@24` left in the npm cache. One per major version.
 */
export function nodeBinaries(): NodeBinary[] {
  const candidates = [process.execPath, ...(process.env.ROADMAP_TEST_NODES ?? '').split(delimiter).filter(Boolean)];
  const npx = join(homedir(), '.npm', '_npx');
  if (existsSync(npx))
    for (const d of readdirSync(npx)) candidates.push(join(npx, d, 'node_modules', 'node', 'bin', 'node'));
  const byMajor = new Map<number, NodeBinary>();
  for (const bin of candidates) {
    if (!existsSync(bin)) continue;
    const r = spawnSync(bin, ['-p', 'process.versions.node'], { encoding: 'utf8' });
    const major = Number(r.stdout.split('.')[0]);
    if (r.status === 0 && major >= 20 && !byMajor.has(major)) byMajor.set(major, { major, dir: dirname(bin) });
  }
  return [...byMajor.values()].sort((a, b) => a.major - b.major);
}

/** `npm pack` of the working tree (dist/ is fresh: the tests' global setup built it), into a temporary folder. */
export function packTarball(): string {
  const dest = mkdtempSync(join(tmpdir(), 'roadmap-pack-'));
  // --ignore-scripts: prepack would rebuild dist/ while other test files run the CLI from it.
  const r = spawnSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', dest], {
    cwd: REPO,
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`npm pack failed: ${r.stderr}`);
  const [pack] = JSON.parse(r.stdout) as { filename: string }[];
  return join(dest, pack!.filename);
}

/** The environment of a shell that has `node` of this version first on PATH and installs globally into `prefix`. */
export function shellEnv(node: NodeBinary, prefix: string): Record<string, string> {
  return {
    PATH: [join(prefix, 'bin'), node.dir, process.env.PATH ?? ''].join(delimiter),
    HOME: process.env.HOME ?? homedir(),
    LANG: 'C.UTF-8',
    NO_COLOR: '1',
    // Global installs go to the scratch prefix; packages come from the local npm cache when it has them.
    npm_config_prefix: prefix,
    npm_config_prefer_offline: 'true',
    npm_config_update_notifier: 'false',
  };
}

export interface ShellRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs a script as the CI runners do (`bash -eo pipefail`); async, so independent installs overlap. */
export function sh(script: string, cwd: string, env: Record<string, string>, timeout = 240_000): Promise<ShellRun> {
  return new Promise((resolvePromise) => {
    const child = spawn('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', script], { cwd, env, timeout });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (s: string) => (stdout += s));
    child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
    child.on('close', (code) => resolvePromise({ code: code ?? -1, stdout, stderr }));
  });
}
