import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { initFiles } from '../../src/project/init/files.js';
import { REPO, runCli } from '../helpers/cli.js';

// `npx roadmap` (with no `-p <package>`) runs the registry's unrelated package «roadmap» — in CI without asking.
const BARE_NPX = /\bnpx(?:\s+--?(?!p\b|package\b)[\w-]+)*\s+roadmap\b/;
// The one exception: the README's developer command, run inside a clone, where npx runs the clone's own bin.
const CLONE_COMMAND = 'npm ci && npx roadmap build';

const offending = (text: string): string[] =>
  text.split('\n').filter((line) => BARE_NPX.test(line) && !line.startsWith(CLONE_COMMAND));

describe('nothing tells a user to run bare `npx roadmap`', () => {
  it.each([
    ['npx roadmap init', true],
    ['npx --yes roadmap build', true],
    ['npx -p dorozhnaya-karta roadmap validate', false],
    ['npx --package=dorozhnaya-karta roadmap', false],
    ['roadmap validate', false],
  ])('%s → flagged: %s', (line, flagged) => expect(BARE_NPX.test(line)).toBe(flagged));

  it('in the repository (docs, README, sources, tests)', () => {
    const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], {
      cwd: REPO,
      encoding: 'utf8',
    })
      .split('\n')
      .filter((f) => /\.(md|ts|mjs|js|json|ya?ml)$/.test(f) && f !== 'test/workflow/npx-form.test.ts');
    const found = files.flatMap((f) => offending(readFileSync(join(REPO, f), 'utf8')).map((l) => `${f}: ${l}`));
    expect(found).toEqual([]);
  });

  it('in what `roadmap init` writes and prints', () => {
    for (const f of initFiles(2026, '0.1.0')) expect(offending(f.text), f.path).toEqual([]);
    const r = runCli(['init', 'demo'], { cwd: mkdtempSync(join(tmpdir(), 'roadmap-npx-')) });
    expect(offending(r.stdout + r.stderr)).toEqual([]);
    // Run through npx, the hint repeats the form that works.
    const viaNpx = runCli(['init', 'demo'], {
      cwd: mkdtempSync(join(tmpdir(), 'roadmap-npx-')),
      env: { npm_command: 'exec' },
    });
    expect(viaNpx.stdout).toContain('cd demo && npx -p dorozhnaya-karta roadmap validate');
  });
});
