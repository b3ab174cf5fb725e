import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { roadmapYaml, tempProject } from './project.js';

describe('roadmap upcoming (built CLI)', () => {
  const dir = tempProject({
    'a.yaml': roadmapYaml('a'),
    'b.yaml': roadmapYaml('b', { title: 'Вторая карта', when: 'Август 2023' }),
  });

  it('prints deadlines of the next 30 days grouped by date, overdue first', () => {
    const r = runCli(['upcoming', '--today', '2023-09-20'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = r.stdout;
    expect(out).toContain('Сроки с 20.09.2023 по 20.10.2023');
    // b's plan was due in August: overdue, listed before the dated blocks.
    expect(out).toMatch(/Просрочено \(\d+\):[\s\S]*\[b\] 1\. Разработка плана-графика/);
    expect(out.indexOf('Просрочено')).toBeLessThan(out.indexOf('сб, 30.09.2023'));
    expect(out).toContain('сб, 30.09.2023 — через 10 дн.');
    expect(out).toContain('[a] 1. Разработка плана-графика');
    expect(out).not.toContain('31.10.2023'); // outside the 30 days
  });

  it('--days, --executor and --json', () => {
    const r = runCli(['upcoming', '--today', '2023-09-20', '--days', '60', '--executor', 'Школа', '--json'], {
      cwd: dir,
    });
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.until).toBe('2023-11-19');
    const titles = json.upcoming.flatMap((g: { deadlines: { title: string }[] }) => g.deadlines.map((d) => d.title));
    expect(new Set(titles)).toEqual(new Set(['Мониторинг успеваемости']));
    expect(json.upcoming.map((g: { date: string }) => g.date)).toEqual(['2023-09-30']);
  });

  it('skips occurrences recorded as done in the status file', () => {
    const done = tempProject({ 'a.yaml': roadmapYaml('a') });
    expect(runCli(['upcoming', '--today', '2023-09-20'], { cwd: done }).stdout).toContain(
      '1. Разработка плана-графика',
    );
    writeFileSync(
      join(done, 'roadmaps', 'a.status.yaml'),
      'roadmap: a\nitems:\n  a-plan@roadmap:\n    2023-09-30:\n      status: выполнено\n',
    );
    const r = runCli(['upcoming', '--today', '2023-09-20'], { cwd: done });
    expect(r.stderr).toBe('');
    expect(r.stdout).not.toContain('Разработка плана-графика');
    expect(r.stdout).toContain('2. Мониторинг успеваемости');
  });

  it('rejects a bad --days or --today as usage errors (exit 2, Russian, no stack)', () => {
    for (const args of [
      ['--days', 'много'],
      ['--today', '20.09.2023'],
    ]) {
      const r = runCli(['upcoming', ...args], { cwd: dir });
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^roadmap: .*[а-я]/);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('reports a broken roadmap with a position and exit 1, still listing the others', () => {
    const broken = tempProject({ 'a.yaml': roadmapYaml('a'), 'bad.yaml': 'id: bad\ntitle: [\n' });
    const r = runCli(['upcoming', '--today', '2023-09-20'], { cwd: broken });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/roadmaps\/bad\.yaml:\d+:\d+: ошибка:/);
    expect(r.stdout).toContain('1. Разработка плана-графика');
  });
});
