import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { roadmapYaml, tempProject } from './project.js';

/** Links inside the site (without their #anchor) and webcal subscriptions; calendar services' https links left out. */
function hrefs(html: string): string[] {
  return [...html.matchAll(/href="([^"]*)"/g)]
    .map((m) => m[1]!.replace(/&amp;/g, '&'))
    .filter((h) => !/^(https?:|#)/.test(h))
    .map((h) => h.replace(/#.*$/, ''));
}

describe('out/index.html after a real build (built CLI)', () => {
  it('every link resolves to a file in out/; webcal links point at the same files under baseUrl', () => {
    const dir = tempProject(
      { 'a.yaml': roadmapYaml('a'), 'b.yaml': roadmapYaml('b', { title: 'Вторая карта' }) },
      'baseUrl: https://edu.example.org/karty/\n',
    );
    const r = runCli(['build'], { cwd: dir, env: { ROADMAP_TODAY: '2023-09-20' } });
    expect(r.code).toBe(0);
    const html = readFileSync(join(dir, 'out', 'index.html'), 'utf8');
    const links = hrefs(html);
    const files = links.filter((h) => !h.startsWith('webcal://'));
    const webcal = links.filter((h) => h.startsWith('webcal://'));
    for (const f of ['a.docx', 'a.xlsx', 'a.json', 'a.ics', 'b.docx', 'calendars/all.ics']) expect(files).toContain(f);
    expect(files.filter((f) => f.startsWith('calendars/')).length).toBeGreaterThanOrEqual(4); // all + uo, imc, «Школа № 1»
    for (const f of files) expect(existsSync(join(dir, 'out', decodeURIComponent(f))), f).toBe(true);
    expect(webcal.length).toBeGreaterThan(0);
    for (const w of webcal) {
      expect(w.startsWith('webcal://edu.example.org/karty/')).toBe(true);
      expect(
        existsSync(join(dir, 'out', decodeURIComponent(w.slice('webcal://edu.example.org/karty/'.length)))),
        w,
      ).toBe(true);
    }
    expect(html).toContain('сб, 30.09.2023');
  });

  it('without baseUrl: download links only, and the page explains how to get subscriptions', () => {
    const dir = tempProject({ 'a.yaml': roadmapYaml('a') });
    expect(runCli(['build', '--only', 'ics,html'], { cwd: dir }).code).toBe(0);
    const html = readFileSync(join(dir, 'out', 'index.html'), 'utf8');
    expect(html).not.toContain('webcal://');
    expect(html).toContain('baseUrl');
    for (const f of hrefs(html)) expect(existsSync(join(dir, 'out', decodeURIComponent(f))), f).toBe(true);
  });
});
