import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { parse } from 'yaml';
import { sh, type NodeBinary } from './packed-tool.js';

/**
 * A faithful stand-in for the CI runners, for the files `roadmap init` writes: it reads the YAML the way the
 * forge does and runs every `run:` / `script:` line with bash in the repository folder, with the env the file
 * declares. The few `uses:` actions are played by what they do (checkout: the folder is the checkout;
 * setup-node: the asked Node version first on PATH; upload-*artifact: the folder must exist and hold the site).
 */

export interface StepLog {
  name: string;
  code: number;
  stdout: string;
  stderr: string;
}

export interface RunnerMachine {
  /** Node binaries by major version; setup-node picks the one asked for (or the closest older one). */
  nodes: NodeBinary[];
  /** A fresh machine's shell environment with this Node on PATH and a scratch npm prefix for the job. */
  baseEnv(node: NodeBinary): Record<string, string>;
}

type Context = Record<string, unknown>;

/** `${{ a.b || 'x' }}`: property paths, string literals and `||` — all the generated files use. */
function evaluate(text: string, context: Context): string {
  return text.replace(/\$\{\{\s*(.+?)\s*\}\}/g, (_, expression: string) => {
    for (const alternative of expression.split('||').map((s) => s.trim())) {
      const literal = /^'(.*)'$/.exec(alternative);
      const value = literal
        ? literal[1]
        : alternative.split('.').reduce<unknown>((o, k) => (o as Context | undefined)?.[k], context);
      if (value) return String(value);
    }
    return '';
  });
}

const evaluateAll = (env: Record<string, string> | undefined, context: Context): Record<string, string> =>
  Object.fromEntries(Object.entries(env ?? {}).map(([k, v]) => [k, evaluate(String(v), context)]));

interface ActionsStep {
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, string | number>;
  env?: Record<string, string>;
}

/** Runs one job of a GitHub / Gitea Actions workflow; returns the log of every step (stops at a failure). */
export async function runActionsJob(
  file: string,
  job: string,
  repo: string,
  machine: RunnerMachine,
  context: Context,
  /** Steps left out on a re-run in the same machine (its tool is installed already). */
  skip: readonly string[] = [],
): Promise<StepLog[]> {
  const workflow = parse(readFileSync(join(repo, file), 'utf8')) as {
    jobs: Record<string, { env?: Record<string, string>; steps: ActionsStep[] }>;
  };
  const { env: jobEnv, steps } = workflow.jobs[job]!;
  let machineEnv: Record<string, string> | null = null;
  const logs: StepLog[] = [];
  for (const step of steps) {
    const name = step.name ?? step.uses ?? step.run ?? '?';
    if (skip.includes(name)) continue;
    if (step.uses) {
      const [action, version] = step.uses.split('@');
      if (action === 'actions/checkout') continue;
      if (action === 'actions/setup-node') {
        machineEnv = machine.baseEnv(pickNode(machine.nodes, Number(step.with?.['node-version'])));
        continue;
      }
      if (action === 'actions/upload-pages-artifact' || action === 'actions/upload-artifact') {
        // Both forges' runners accept these majors (Gitea/Forgejo do not accept upload-artifact@v4).
        expect(['v3'], step.uses).toContain(version);
        const path = join(repo, String(step.with?.path));
        expect(existsSync(join(path, 'index.html')), `${step.uses}: ${path}/index.html`).toBe(true);
        logs.push({ name, code: 0, stdout: readdirSync(path).join('\n'), stderr: '' });
        continue;
      }
      throw new Error(`the runner does not know the action ${step.uses}`);
    }
    if (!machineEnv) throw new Error('a run: step before actions/setup-node');
    const env = { ...machineEnv, ...evaluateAll(jobEnv, context), ...evaluateAll(step.env, context) };
    const r = await sh(evaluate(step.run!, context), repo, env);
    logs.push({ name, ...r });
    if (r.code !== 0) break;
  }
  return logs;
}

/** The asked major, else the newest older one the machine has (the test still runs the file's own steps). */
function pickNode(nodes: readonly NodeBinary[], major: number): NodeBinary {
  return nodes.find((n) => n.major === major) ?? [...nodes].reverse().find((n) => n.major < major) ?? nodes[0]!;
}

interface GitlabJob {
  script: string[];
  variables?: Record<string, string>;
  artifacts?: { when?: string; paths?: string[]; reports?: { codequality?: string } };
  rules?: { if: string }[];
}

/** Expands `$VAR` / `${VAR}` in a variable's value as GitLab does before the job starts. */
function expandVariables(value: string, vars: Record<string, string>): string {
  return value.replace(/\$\{?([A-Z_][A-Z0-9_]*)\}?/g, (_, k: string) => vars[k] ?? '');
}

/**
 * Runs one job of a .gitlab-ci.yml in the `image:` Node version: before_script then script. `predefined` are
 * GitLab's CI_* variables; `project` the project's CI/CD variables, which win over the file's.
 */
export async function runGitlabJob(
  repo: string,
  job: string,
  machine: RunnerMachine,
  predefined: Record<string, string>,
  project: Record<string, string> = {},
  options: { skipBeforeScript?: boolean } = {},
): Promise<{ logs: StepLog[]; runs: boolean; artifacts: GitlabJob['artifacts'] }> {
  const ci = parse(readFileSync(join(repo, '.gitlab-ci.yml'), 'utf8')) as Record<string, unknown> & {
    image: string;
    variables?: Record<string, string>;
    default?: { before_script?: string[] };
  };
  const spec = ci[job] as GitlabJob;
  const vars: Record<string, string> = { ...predefined };
  for (const [k, v] of Object.entries({ ...ci.variables, ...spec.variables })) vars[k] = expandVariables(v, vars);
  Object.assign(vars, project);
  const runs = (spec.rules ?? []).every((rule) => {
    const m = /^\$(\w+) == \$(\w+)$/.exec(rule.if);
    if (!m) throw new Error(`the runner does not know the rule ${rule.if}`);
    return vars[m[1]!] === vars[m[2]!];
  });
  const node = pickNode(machine.nodes, Number(/^node:(\d+)/.exec(ci.image)?.[1]));
  const logs: StepLog[] = [];
  if (!runs) return { logs, runs, artifacts: spec.artifacts };
  const env = { ...machine.baseEnv(node), ...vars };
  const before = options.skipBeforeScript ? [] : (ci.default?.before_script ?? []);
  for (const line of [...before, ...spec.script]) {
    const r = await sh(line, repo, env);
    logs.push({ name: line, ...r });
    if (r.code !== 0) break;
  }
  return { logs, runs, artifacts: spec.artifacts };
}
