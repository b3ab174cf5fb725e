import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO, runCli } from '../helpers/cli.js';
import { runActionsJob, runGitlabJob, type RunnerMachine } from './ci-runner.js';
import { nodeBinaries, packTarball, sh, shellEnv, type NodeBinary } from './packed-tool.js';

// Every install here is real (npm, from the local cache when it can): ~15–40 s each, so the tests run side by side.
const VERSION = (JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { version: string }).version;
const nodes = nodeBinaries();
const temp = (name: string): string => mkdtempSync(join(tmpdir(), `roadmap-${name}-`));

let tarball = '';
/** The tarball at an address, as a release page serves it (npm fetches a URL as it fetches a registry tarball). */
let tarballUrl = '';
let server: Server | undefined;
beforeAll(async () => {
  tarball = packTarball();
  const served = createServer((_, res) => res.end(readFileSync(tarball)));
  server = served;
  await new Promise<void>((resolve) => served.listen(0, '127.0.0.1', resolve));
  tarballUrl = `http://127.0.0.1:${(served.address() as AddressInfo).port}/${basename(tarball)}`;
});
afterAll(() => server?.close());

describe('the package as a methodist installs it', () => {
  it('holds what the installed tool needs and nothing of the repository', () => {
    const r = spawnSync('npm', ['pack', '--dry-run', '--ignore-scripts', '--json'], { cwd: REPO, encoding: 'utf8' });
    const [pack] = JSON.parse(r.stdout) as { files: { path: string }[]; bundled: string[] }[];
    const paths = pack!.files.map((f) => f.path);
    expect([...new Set(paths.map((p) => p.split('/')[0]))].sort()).toEqual([
      'README.md',
      'bin',
      'dist',
      'docs',
      'node_modules',
      'package.json',
      'schemas',
      'templates',
    ]);
    expect(paths).toContain('dist/cli.js');
    expect(paths).toContain('docs/workflow.md'); // the README's links work after install
    expect(paths.filter((p) => p.startsWith('dist/tools/'))).toEqual([]); // the schema generator is a dev tool
    // docx travels with its Node 20 nanoid (the override), so no install warns that nanoid 6 wants Node 22.
    expect(pack!.bundled).toContain('docx');
    expect(paths).toContain('node_modules/docx/node_modules/nanoid/package.json');
  });

  it.concurrent.each(nodes.map((n) => [n.major, n] as const))(
    'on Node %i: the tarball installs without warnings and runs init, validate, build',
    async (_, node: NodeBinary) => {
      const env = shellEnv(node, temp(`prefix${node.major}`));
      const installed = await sh(`npm install --global --no-audit --no-fund "${tarball}"`, tmpdir(), env);
      expect(installed.code, installed.stderr).toBe(0);
      expect(installed.stdout + installed.stderr).not.toMatch(/EBADENGINE|install-scripts|warn/i);
      const work = temp('methodist');
      expect((await sh('roadmap --version', work, env)).stdout.trim()).toBe(VERSION);
      const init = await sh('roadmap init demo', work, env);
      expect(init.code, init.stderr).toBe(0);
      const demo = join(work, 'demo');
      const validate = await sh('roadmap validate', demo, env);
      expect(validate.code, validate.stderr).toBe(0);
      const build = await sh('roadmap build', demo, env);
      expect(build.code, build.stderr).toBe(0);
      for (const f of ['example.docx', 'example.xlsx', 'example.ics', 'index.html', 'schemas/roadmap.schema.json'])
        expect(existsSync(join(demo, 'out', f)), f).toBe(true);
    },
    300_000,
  );
});

describe('the CI files `roadmap init` writes run green', () => {
  // Each forge's install step really installs the packed tool — through the ROADMAP_PACKAGE variable, the way a
  // department points CI at a release tarball — into the job's scratch prefix. Re-runs reuse that machine.
  const machine = (): RunnerMachine => {
    const prefixes = new Map<number, string>();
    return {
      nodes,
      baseEnv: (node) => {
        if (!prefixes.has(node.major)) prefixes.set(node.major, temp('runner'));
        return shellEnv(node, prefixes.get(node.major)!);
      },
    };
  };
  const newRepo = (): string => {
    const work = temp('ci');
    expect(runCli(['init', 'repo'], { cwd: work }).code).toBe(0);
    return join(work, 'repo');
  };
  const breakRoadmap = (repo: string): void =>
    writeFileSync(
      join(repo, 'roadmaps', 'broken.yaml'),
      'id: broken\ntitle: Карта\nperiod: "2023"\nitems:\n  - title: Без срока\n    whem: Май\n',
    );

  it.concurrent(
    'GitHub Actions: install, validate with annotations, build with the Pages address, upload the site',
    async () => {
      const repo = newRepo();
      const file = '.github/workflows/roadmap.yml';
      expect(readFileSync(join(repo, file), 'utf8')).toContain(`vars.ROADMAP_PACKAGE || 'dorozhnaya-karta@${VERSION}'`);
      const context = {
        vars: { ROADMAP_PACKAGE: tarball },
        github: { repository_owner: 'uo-raion', event: { repository: { name: 'roadmaps' } } },
      };
      const runner = machine();
      const logs = await runActionsJob(file, 'build', repo, runner, context);
      expect(
        logs.map((l) => [l.name, l.code]),
        logs.map((l) => l.stderr).join('\n'),
      ).toEqual([
        ['Установка roadmap', 0],
        ['Проверка', 0],
        ['Сборка', 0],
        ['actions/upload-pages-artifact@v3', 0],
      ]);
      expect(readFileSync(join(repo, 'out', 'index.html'), 'utf8')).toContain('webcal://uo-raion.github.io/roadmaps/');

      breakRoadmap(repo);
      const failed = await runActionsJob(file, 'build', repo, runner, context, ['Установка roadmap']);
      expect(failed.map((l) => [l.name, l.code])).toEqual([['Проверка', 1]]); // no build, no upload
      expect(failed[0]!.stdout).toMatch(
        /^::error file=roadmaps\/broken\.yaml,line=6,col=5,title=roadmap \[[a-z-]+\]::.*whem/m,
      );
    },
    300_000,
  );

  it.concurrent(
    'Gitea / Forgejo Actions: the same steps, the tool from a release URL, the site kept as an artifact',
    async () => {
      const repo = newRepo();
      const context = { vars: { ROADMAP_PACKAGE: tarballUrl, ROADMAP_BASE_URL: 'https://roadmaps.uo.example.ru/' } };
      const logs = await runActionsJob('.gitea/workflows/roadmap.yml', 'build', repo, machine(), context);
      expect(
        logs.map((l) => [l.name, l.code]),
        logs.map((l) => l.stderr).join('\n'),
      ).toEqual([
        ['Установка roadmap', 0],
        ['Проверка', 0],
        ['Сборка', 0],
        ['actions/upload-artifact@v3', 0],
      ]);
      expect(readFileSync(join(repo, 'out', 'index.html'), 'utf8')).toContain('webcal://roadmaps.uo.example.ru/');
    },
    300_000,
  );

  it.concurrent(
    'GitLab CI: a Code Quality report, the build, and Pages from the default branch with its address',
    async () => {
      const repo = newRepo();
      const predefined = {
        CI_PAGES_URL: 'https://uo-raion.gitlab.io/roadmaps',
        CI_COMMIT_BRANCH: 'main',
        CI_DEFAULT_BRANCH: 'main',
      };
      const project = { ROADMAP_PACKAGE: tarball }; // a CI/CD variable wins over the file's pinned version
      expect(readFileSync(join(repo, '.gitlab-ci.yml'), 'utf8')).toContain(
        `ROADMAP_PACKAGE: dorozhnaya-karta@${VERSION}`,
      );
      const runner = machine();
      const check = await runGitlabJob(repo, 'check', runner, predefined, project);
      expect(
        check.logs.map((l) => l.code),
        check.logs.map((l) => l.stderr).join('\n'),
      ).toEqual([0, 0, 0]);
      const report = check.artifacts!.reports!.codequality!;
      expect(JSON.parse(readFileSync(join(repo, report), 'utf8'))).toEqual([]);
      for (const p of check.artifacts!.paths!) expect(existsSync(join(repo, p, 'index.html')), p).toBe(true);

      const again = { skipBeforeScript: true }; // the same machine: the tool is installed
      const pages = await runGitlabJob(repo, 'pages', runner, predefined, project, again);
      expect(pages.logs.map((l) => l.code)).toEqual([0]);
      expect(pages.artifacts!.paths).toEqual(['public']);
      expect(readFileSync(join(repo, 'public', 'index.html'), 'utf8')).toContain(
        'webcal://uo-raion.gitlab.io/roadmaps/',
      );
      const draft = { ...predefined, CI_COMMIT_BRANCH: 'draft' };
      expect((await runGitlabJob(repo, 'pages', runner, draft, project, again)).runs).toBe(false);

      breakRoadmap(repo);
      const failed = await runGitlabJob(repo, 'check', runner, predefined, project, again);
      expect(failed.logs.map((l) => l.code)).toEqual([1]); // the job fails; `when: always` keeps the report
      expect(check.artifacts!.when).toBe('always');
      const issues = JSON.parse(readFileSync(join(repo, report), 'utf8')) as {
        severity: string;
        location: { path: string; lines: { begin: number } };
        fingerprint: string;
        description: string;
      }[];
      expect(issues.map((i) => [i.location.path, i.location.lines.begin, i.severity])).toContainEqual([
        'roadmaps/broken.yaml',
        6,
        'major',
      ]);
      expect(issues[0]!.description).toMatch(/[а-я]/);
      expect(new Set(issues.map((i) => i.fingerprint)).size).toBe(issues.length);
    },
    300_000,
  );
});
