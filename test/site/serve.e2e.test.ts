import { spawn, type ChildProcess } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BIN } from '../helpers/cli.js';
import { roadmapYaml, tempProject } from '../workflow/project.js';

let child: ChildProcess | null = null;
afterEach(() => {
  child?.kill('SIGKILL');
  child = null;
});

async function until<T>(what: string, check: () => T | null | undefined | false, ms: number): Promise<T> {
  const started = Date.now();
  for (;;) {
    const v = check();
    if (v) return v;
    if (Date.now() - started > ms) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

describe('roadmap serve (built CLI)', () => {
  it('serves the site on 127.0.0.1, prints the address, and tells open pages to reload after a save', async () => {
    const dir = tempProject({ 'a.yaml': roadmapYaml('a') });
    child = spawn(process.execPath, [BIN, 'serve', '--port', '0', '--only', 'json'], {
      cwd: dir,
      env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', ROADMAP_TODAY: '2023-09-20' },
    });
    let out = '';
    let err = '';
    child.stdout!.on('data', (d) => (out += d));
    child.stderr!.on('data', (d) => (err += d));
    const address = await until('the address', () => /Сайт: (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out)?.[1], 20_000);
    await until('the watcher', () => err.includes('Слежу за изменениями'), 10_000);

    const page = await (await fetch(`${address}a.html`)).text();
    expect(page).toContain('Разработка плана-графика');
    expect(page).toContain("new EventSource('/__roadmap/reload')");
    expect((await fetch(`${address}index.html`)).status).toBe(200);
    expect((await fetch(`${address}a.json`)).headers.get('content-type')).toContain('application/json');
    expect((await fetch(`${address}%2e%2e/roadmaps/a.yaml`)).status).toBe(404);

    // The page's reload channel, read as the browser's EventSource reads it.
    const events = await fetch(`${address}__roadmap/reload`);
    const reader = events.body!.getReader();
    let stream = '';
    void (async () => {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        stream += new TextDecoder().decode(value);
      }
    })();
    writeFileSync(
      join(dir, 'roadmaps', 'a.yaml'),
      roadmapYaml('a').replace('Разработка плана-графика', 'Утверждение плана-графика'),
    );
    await until('the reload signal', () => stream.includes('event: reload'), 10_000);
    const after = await (await fetch(`${address}a.html`)).text();
    expect(after).toContain('Утверждение плана-графика');
    await reader.cancel();

    child.kill('SIGINT');
    const code = await new Promise((done) => child!.on('exit', done));
    expect(code).toBe(0);
    expect(err).toContain('Остановлено.');
  }, 60_000);
});
