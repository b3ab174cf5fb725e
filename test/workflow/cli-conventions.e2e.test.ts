import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { CliIo } from '../../src/cli/io.js';
import { REPO, runCli } from '../helpers/cli.js';

const VERSION = (JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { version: string }).version;
const temp = (): string => mkdtempSync(join(tmpdir(), 'roadmap-cli-'));

describe('command-line conventions', () => {
  it('--version prints the package version', () => {
    const r = runCli(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(VERSION);
  });

  it.each([
    [['biuld'], 'неизвестная команда «biuld»; возможно, имелось в виду «build»'],
    [['help', 'valdate'], 'неизвестная команда «valdate»; возможно, имелось в виду «validate»'],
    [['help', 'zzzzzz'], 'неизвестная команда «zzzzzz».'],
  ])('%j is a usage error with a suggestion', (args, message) => {
    const r = runCli(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
  });

  it('help <command> still shows that command’s help', () => {
    const r = runCli(['help', 'build']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('--only');
  });

  it('validate: --json is --format json', () => {
    const json = runCli(['validate', '--json']);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toEqual(JSON.parse(runCli(['validate', '--format', 'json']).stdout));
    expect(JSON.parse(json.stdout).files).toBe(2);
  });

  it('build, init and report --json print data', () => {
    const out = temp();
    const build = runCli(['build', '--json', '--only', 'json', '--out', out]);
    expect(build.code, build.stderr).toBe(0);
    const outcome = JSON.parse(build.stdout) as { built: { id: string }[]; written: string[] };
    expect(outcome.built.map((b) => b.id).sort()).toEqual(['500plus-lysogorsk', 'msoko-bashmakovo']);
    expect(outcome.written.some((w) => w.endsWith('msoko-bashmakovo.json'))).toBe(true);
    const init = runCli(['init', '--json', 'demo'], { cwd: temp() });
    const files = (JSON.parse(init.stdout) as { files: { path: string; status: string }[] }).files;
    expect(files).toContainEqual({ path: '.gitea/workflows/roadmap.yml', status: 'created' });
    const report = runCli(['report', '--json', '--out', temp(), '--today', '2023-03-01']);
    expect((JSON.parse(report.stdout) as { written: string[] }).written).toHaveLength(2);
  });

  it('--quiet leaves stdout empty but keeps errors and asked-for data; --verbose names the files', () => {
    expect(runCli(['--quiet', 'validate']).stdout).toBe('');
    expect(runCli(['validate', '--quiet']).stdout).toBe('');
    expect(JSON.parse(runCli(['--quiet', 'validate', '--json']).stdout).files).toBe(2);
    const verbose = runCli(['--verbose', 'validate']);
    expect(verbose.stderr).toContain('проверен roadmaps/msoko-bashmakovo.yaml');
    const build = runCli(['build', '--verbose', '--only', 'json', '--out', temp()]);
    expect(build.stdout).toMatch(/записан .*msoko-bashmakovo\.json/);
    expect(runCli(['--quiet', '--verbose', 'validate']).code).toBe(2);
  });

  it.each(['bash', 'zsh', 'fish'])('completion %s lists the commands and their options', (shell) => {
    const r = runCli(['completion', shell]);
    expect(r.code).toBe(0);
    for (const word of ['validate', 'build', 'status', 'init', 'completion']) expect(r.stdout).toContain(word);
    expect(r.stdout).toContain('only'); // build's --only
  });

  it('the bash completion script completes a command and an option', () => {
    const script = runCli(['completion', 'bash']).stdout;
    const complete = (words: string[]): string[] => {
      const r = spawnSync(
        'bash',
        [
          '-c',
          `${script}\nCOMP_WORDS=(${words.map((w) => `'${w}'`).join(' ')}); COMP_CWORD=${words.length - 1}; _roadmap; printf '%s\\n' "\${COMPREPLY[@]}"`,
        ],
        { encoding: 'utf8' },
      );
      expect(r.stderr).toBe('');
      return r.stdout.split('\n').filter(Boolean);
    };
    expect(complete(['roadmap', 'bui'])).toEqual(['build']);
    expect(complete(['roadmap', 'build', '--on'])).toEqual(['--only']);
  });
});

describe('the build progress bar', () => {
  afterEach(() => vi.restoreAllMocks());

  /** Runs `build` in-process with a clock that moves 1.1 s at every look, so the build "takes" seconds. */
  async function buildWith(isTTY: boolean): Promise<string> {
    let now = 0;
    vi.spyOn(Date, 'now').mockImplementation(() => (now += 1100));
    let stderr = '';
    const io: CliIo = {
      cwd: REPO,
      env: { NO_COLOR: '1' },
      stdout: { write: () => true, isTTY: false },
      stderr: { write: (s: string) => (stderr += s), isTTY },
      stdin: process.stdin,
      now: () => new Date(Date.UTC(2023, 2, 1)),
    };
    expect(await main(['build', '--only', 'json,ics', '--out', temp()], io)).toBe(0);
    return stderr;
  }

  it('in a terminal: a bar per roadmap and format on stderr, erased at the end', async () => {
    const stderr = await buildWith(true);
    expect(stderr).toMatch(/Сборка \[[█░]{24}\] \d\/3 json roadmaps\/msoko-bashmakovo\.yaml/);
    expect(stderr).toMatch(/Сборка \[█{16}░{8}\] 3\/3 ics/); // the merged feeds: one step, two done before it
    // Erased before the diagnostics and the summary are printed.
    expect(stderr.slice(stderr.lastIndexOf('Сборка ['))).toContain('\r\x1b[2K');
  });

  it('not in a terminal (CI, a pipe): no bar', async () => {
    expect(await buildWith(false)).not.toContain('Сборка [');
  });
});
