import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';

const CALENDAR = `name: График школы № 5
years:
  - year: 2024/2025
    start: 2024-09-02
    end: 2025-05-23
    quarters:
      - 2024-09-02..2024-10-25
      - 2024-11-05..2024-12-27
      - 2025-01-09..2025-03-21
      - 2025-03-31..2025-05-23
    holidays:
      autumn: 2024-10-26..2024-11-04
`;

const ROADMAP = `id: school-5
title: План школы
period: 2024/2025
items:
  - title: Отчёт
    when: по итогам IV четверти
`;

function project(calendar: string, config = 'schoolCalendar: calendars/school.yaml\n'): string {
  const dir = mkdtempSync(join(tmpdir(), 'roadmap-school-'));
  mkdirSync(join(dir, 'calendars'));
  mkdirSync(join(dir, 'roadmaps'));
  writeFileSync(join(dir, 'roadmap.config.yaml'), config);
  writeFileSync(join(dir, 'calendars', 'school.yaml'), calendar);
  writeFileSync(join(dir, 'roadmaps', 'school-5.yaml'), ROADMAP);
  return dir;
}

describe('a school calendar of the project (built CLI)', () => {
  it('`roadmap when` reads terms from calendars/ and says which calendar it used', () => {
    const dir = project(CALENDAR);
    const r = runCli(['when', 'IV четверть', '--period', '2024/2025', '--json'], { cwd: dir });
    expect(r.stderr).toBe('');
    const out = JSON.parse(r.stdout) as { occurrences: unknown; calendar: { year: string; school: string } };
    expect(out.occurrences).toEqual([{ start: '2025-03-31', end: '2025-05-23' }]);
    expect(out.calendar).toMatchObject({ year: 'school', school: 'График школы № 5' });
    const text = runCli(['when', 'IV четверть', '--period', '2024/2025', '--today', '2024-09-01'], { cwd: dir });
    expect(text.stdout).toContain('Учебный календарь: График школы № 5');
    expect(text.stdout).toContain('IV четверть 2024/2025: 31.03.2025–23.05.2025');
    expect(text.stdout).toContain('Год: учебный');
  });

  it('a build reads the roadmap’s phrases against it', () => {
    const dir = project(CALENDAR);
    const r = runCli(['build', '--only', 'json'], { cwd: dir });
    expect(r.code).toBe(0);
    const json = readFileSync(join(dir, 'out', 'school-5.json'), 'utf8');
    expect(json).toMatch(/"start": ?"2025-05-24"/);
  });

  it('the calendar inline in roadmap.config.yaml works too', () => {
    const inline = `schoolCalendar:\n${CALENDAR.replace(/^/gm, '  ')}`;
    const dir = project('', inline);
    const r = runCli(['when', 'осенние каникулы', '--period', '2024/2025', '--json'], { cwd: dir });
    expect(JSON.parse(r.stdout).occurrences).toEqual([{ start: '2024-10-26', end: '2024-11-04' }]);
  });

  it.each([
    ['a reversed term', CALENDAR.replace('2024-11-05..2024-12-27', '2024-12-27..2024-11-05'), 8, 'раньше начала'],
    ['three quarters', CALENDAR.replace('      - 2025-01-09..2025-03-21\n', ''), 7, 'четыре'],
    ['a date that does not exist', CALENDAR.replace('2024-09-02\n', '2024-09-31\n'), 4, 'такой даты нет'],
    ['a term outside the school year', CALENDAR.replace('2025-03-31..2025-05-23', '2025-03-31..2025-09-23'), 10, 'вне'],
    ['an unknown key', CALENDAR.replace('    holidays:', '    holydays:'), 11, 'неизвестный ключ'],
  ])('%s is an error at its place in the calendar file', (_, calendar, line, words) => {
    const dir = project(calendar);
    const r = runCli(['validate'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`calendars/school\\.yaml:${line}:\\d+: .*Учебный календарный график`));
    expect(r.stderr).toContain(words);
  });
});
