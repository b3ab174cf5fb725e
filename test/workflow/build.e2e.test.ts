import { spawn } from 'node:child_process';
import { cpSync, existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, runCli } from '../helpers/cli.js';
import { roadmapYaml, snapshot, tempProject } from './project.js';

const ENV = { ROADMAP_TODAY: '2023-09-20' };

describe('roadmap build of a whole project (built CLI)', () => {
  it('builds every roadmap into every format and prints a per-roadmap summary', () => {
    const dir = tempProject({ 'a.yaml': roadmapYaml('a'), 'b.yaml': roadmapYaml('b') });
    const r = runCli(['build'], { cwd: dir, env: ENV });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/✓ a — \d+ файл/);
    expect(r.stdout).toMatch(/✓ b — \d+ файл/);
    expect(r.stdout).toMatch(/Собрано: 2 дорожные карты, \d+ файл\S* в out \(\d+,\d с\)\./);
    expect(r.stdout).not.toMatch(/\x1b\[/); // not a terminal: no colours
    const out = [...snapshot(join(dir, 'out')).keys()];
    for (const f of [
      'a.docx',
      'a.xlsx',
      'a.ics',
      'a.json',
      'b.docx',
      'b.xlsx',
      'b.ics',
      'b.json',
      'calendars/all.ics',
      'index.html',
    ]) {
      expect(out).toContain(f);
    }
  });

  it('colours the summary when asked (FORCE_COLOR) and never with NO_COLOR', () => {
    const dir = tempProject({ 'a.yaml': roadmapYaml('a') });
    expect(runCli(['build', '--only', 'json'], { cwd: dir, env: { FORCE_COLOR: '1', NO_COLOR: '' } }).stdout).toMatch(
      /\x1b\[/,
    );
    expect(
      runCli(['build', '--only', 'json'], { cwd: dir, env: { FORCE_COLOR: '1', NO_COLOR: '1' } }).stdout,
    ).not.toMatch(/\x1b\[/);
  });

  it('a roadmap broken afterwards: exit 1, the others still built, its previous outputs byte-identical', () => {
    const dir = tempProject({ 'a.yaml': roadmapYaml('a'), 'b.yaml': roadmapYaml('b') });
    expect(runCli(['build'], { cwd: dir, env: ENV }).code).toBe(0);
    const before = snapshot(join(dir, 'out'));
    writeFileSync(join(dir, 'roadmaps', 'b.yaml'), roadmapYaml('b').replace('period: "2023"', 'period: когда-нибудь'));
    writeFileSync(join(dir, 'roadmaps', 'a.yaml'), roadmapYaml('a', { when: 'Ноябрь 2023' }));
    const r = runCli(['build'], { cwd: dir, env: ENV });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/roadmaps\/b\.yaml:\d+:\d+: ошибка: /);
    expect(r.stdout).toMatch(/✗ roadmaps\/b\.yaml — не собрано: 1 ошибка/);
    expect(r.stdout).toContain('не собрано из-за ошибок: 1');
    const after = snapshot(join(dir, 'out'));
    for (const f of ['b.docx', 'b.xlsx', 'b.ics', 'b.json']) expect(after.get(f)?.equals(before.get(f)!), f).toBe(true);
    expect(after.get('a.json')?.equals(before.get('a.json')!)).toBe(false); // a was rebuilt with its new deadline
  });

  it('a roadmap id can never write outside the output folder', () => {
    const dir = tempProject({ 'evil.yaml': roadmapYaml('../../evil'), 'ok.yaml': roadmapYaml('ok') });
    const r = runCli(['build'], { cwd: dir, env: ENV });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/roadmaps\/evil\.yaml:1:\d+: ошибка: .*«id»/);
    expect(readdirSync(dir).sort()).toEqual(['out', 'roadmaps']);
    expect(existsSync(join(dir, '..', 'evil.json'))).toBe(false);
    expect([...snapshot(join(dir, 'out')).keys()].every((p) => !p.includes('evil'))).toBe(true);
  });

  it('a build killed at any moment leaves each output either as it was or complete', async () => {
    const dir = tempProject({ 'a.yaml': roadmapYaml('a'), 'b.yaml': roadmapYaml('b') });
    expect(runCli(['build'], { cwd: dir, env: ENV }).code).toBe(0);
    const old = snapshot(join(dir, 'out'));
    // The complete new outputs, built elsewhere from the same previous outputs (calendars carry SEQUENCE over from
    // the previous feed; builds are reproducible, so these are the bytes to expect).
    cpSync(join(dir, 'out'), join(dir, 'expected'), { recursive: true });
    writeFileSync(join(dir, 'roadmaps', 'a.yaml'), roadmapYaml('a', { when: 'Ноябрь 2023' }));
    expect(runCli(['build', '--out', 'expected'], { cwd: dir, env: ENV }).code).toBe(0);
    const fresh = snapshot(join(dir, 'expected'));
    let interrupted = 0;
    for (const delay of [50, 150, 250, 350, 450, 600, 800, 1000]) {
      const killed = await killAfter(dir, delay);
      if (killed) interrupted++;
      for (const [path, bytes] of snapshot(join(dir, 'out'))) {
        if (/\.tmp-\d+(?:-\d+)?$/.test(path)) continue; // a temp file never replaces an output; the next build overwrites it
        const ok = bytes.equals(old.get(path) ?? Buffer.alloc(0)) || bytes.equals(fresh.get(path) ?? Buffer.alloc(0));
        expect(ok, `${path} after a kill at ${delay} ms`).toBe(true);
      }
    }
    expect(interrupted).toBeGreaterThan(0);
  });
});

/** Starts a build and SIGKILLs it after `ms`; true when it was still running. */
function killAfter(cwd: string, ms: number): Promise<boolean> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [BIN, 'build'], {
      cwd,
      env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', ...ENV },
      stdio: 'ignore',
    });
    let exited = false;
    child.on('exit', () => {
      exited = true;
    });
    setTimeout(() => {
      const running = !exited;
      child.kill('SIGKILL');
      child.on('close', () => done(running));
      if (exited) done(false);
    }, ms);
  });
}
