import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BIN } from '../helpers/cli.js';
import { roadmapYaml, tempProject } from './project.js';

interface Session {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
}

let session: Session | null = null;
afterEach(() => {
  session?.child.kill('SIGKILL');
  session = null;
});

function start(cwd: string, args: string[]): Session {
  const child = spawn(process.execPath, [BIN, 'build', '--watch', ...args], {
    cwd,
    env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', ROADMAP_TODAY: '2023-09-20' },
  });
  let out = '';
  let err = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (err += d));
  return (session = { child, stdout: () => out, stderr: () => err });
}

async function until(what: string, check: () => boolean, ms: number): Promise<number> {
  const started = Date.now();
  while (!check()) {
    if (Date.now() - started > ms) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
  return Date.now() - started;
}

describe('roadmap build --watch (built CLI)', () => {
  it('rebuilds a saved roadmap within a second, survives a broken file, stops on Ctrl+C', async () => {
    const dir = tempProject({ 'a.yaml': roadmapYaml('a'), 'b.yaml': roadmapYaml('b') });
    const s = start(dir, ['--only', 'json,ics,html']);
    await until('the first build and the watcher', () => s.stderr().includes('Слежу за изменениями'), 15_000);
    const json = () => readFileSync(join(dir, 'out', 'a.json'), 'utf8');
    expect(json()).toContain('Разработка плана-графика');

    // An edit: the new title appears in out/a.json within a second.
    writeFileSync(
      join(dir, 'roadmaps', 'a.yaml'),
      roadmapYaml('a').replace('Разработка плана-графика', 'Утверждение плана-графика'),
    );
    const took = await until('a rebuild after an edit', () => json().includes('Утверждение плана-графика'), 1000);
    expect(took).toBeLessThan(1000);
    await until('the summary', () => s.stdout().includes('Изменено: roadmaps/a.yaml'), 1000);

    // A half-written file: diagnostics printed, the process keeps running, the previous output stays.
    const before = json();
    writeFileSync(join(dir, 'roadmaps', 'a.yaml'), 'id: a\ntitle: Дорожная\nsections:\n  - title: [\n');
    await until(
      'the diagnostics of the broken file',
      () => /roadmaps\/a\.yaml:\d+:\d+: ошибка:/.test(s.stderr()),
      2000,
    );
    expect(s.child.exitCode).toBeNull();
    expect(json()).toBe(before);

    // Fixed: rebuilt again.
    writeFileSync(
      join(dir, 'roadmaps', 'a.yaml'),
      roadmapYaml('a').replace('Разработка плана-графика', 'Исправленный план'),
    );
    await until('a rebuild after the fix', () => json().includes('Исправленный план'), 2000);

    // Editors that save by writing a new file and renaming it over the old one, twice in a row.
    for (const title of ['Первое сохранение', 'Второе сохранение']) {
      writeFileSync(join(dir, 'roadmaps', '.a.yaml.swp'), roadmapYaml('a').replace('Разработка плана-графика', title));
      renameSync(join(dir, 'roadmaps', '.a.yaml.swp'), join(dir, 'roadmaps', 'a.yaml'));
      await until(`a rebuild after «${title}»`, () => json().includes(title), 1000);
    }

    // Ctrl+C: a clean stop with exit code 0.
    const exit = new Promise<number | null>((done) => s.child.on('exit', (code) => done(code)));
    s.child.kill('SIGINT');
    expect(await exit).toBe(0);
    expect(s.stderr()).toContain('Остановлено.');
    expect(s.stderr()).not.toMatch(/\n\s+at /);
  });
});
