import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { trackerTable } from '../xlsx/helpers.js';
import { editTracker } from './edit-tracker.js';

const ROADMAP = 'roadmaps/pilot.yaml';
const STATUS = 'roadmaps/pilot.status.yaml';
const TRACKER = 'out/pilot.xlsx';
const KEY = 'Ключ строки (не изменять)';
const YAML = `id: pilot
title: Дорожная карта пилотного проекта
period: "2023"
items:
  - title: Назначение муниципального координатора проекта
    when: Январь 2023
  - title: Собеседование с руководителями общеобразовательных организаций
    when: Февраль 2023
`;

describe('a status file that cannot be read holds the outputs that show statuses', () => {
  const dir = mkdtempSync(join(tmpdir(), 'roadmap-held-'));
  const cli = (...args: string[]) => runCli(args, { cwd: dir });
  let uid: string;
  let good: string;
  let tracker: Buffer;

  beforeAll(async () => {
    mkdirSync(join(dir, 'roadmaps'));
    writeFileSync(join(dir, ROADMAP), YAML);
    expect(cli('build', ROADMAP, '--only', 'xlsx,html', '--out', 'out').code).toBe(0);
    const key = trackerTable(readFileSync(join(dir, TRACKER)))[0]![KEY]!;
    uid = key.split('#')[0]!;
    await editTracker(join(dir, TRACKER), join(dir, 'filled.xlsx'), { [key]: { Статус: 'выполнено' } });
    expect(cli('status', 'import', 'filled.xlsx', ROADMAP).code).toBe(0);
    expect(cli('build', ROADMAP, '--only', 'xlsx,html', '--out', 'out').code).toBe(0);
    good = readFileSync(join(dir, STATUS), 'utf8');
    tracker = readFileSync(join(dir, TRACKER));
    expect(trackerTable(tracker)[0]!['Статус']).toBe('выполнено');
  });

  const broken = {
    'a merge-conflict marker': (t: string) =>
      t.replace('    2023-01-31:', '<<<<<<< HEAD\n    2023-01-31:\n=======\n    2023-01-31:\n>>>>>>> other'),
    'a duplicate key': (t: string) => t.replace('status: выполнено', 'status: выполнено\n      status: в работе'),
    'a syntax error': (t: string) => t.replace('status: выполнено', 'status: [выполнено'),
    'an unknown status': (t: string) => t.replace('status: выполнено', 'status: сделано'),
  };

  it.each(Object.entries(broken))('with %s: build exits 1 and leaves the tracker and site as they were', (_, spoil) => {
    writeFileSync(join(dir, STATUS), spoil(good));
    const html = readFileSync(join(dir, 'out/index.html'));
    const run = cli('build', ROADMAP, '--only', 'xlsx,html', '--out', 'out');
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/pilot\.status\.yaml:\d+:\d+: ошибка:/);
    expect(run.stderr).toContain('[status-file-held]');
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(readFileSync(join(dir, TRACKER)).equals(tracker)).toBe(true);
    expect(readFileSync(join(dir, 'out/index.html')).equals(html)).toBe(true);
  });

  it('names the merge-conflict marker and its line', () => {
    writeFileSync(join(dir, STATUS), broken['a merge-conflict marker'](good));
    const run = cli('validate', ROADMAP);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/pilot\.status\.yaml:\d+:1: ошибка: В файле статусов осталась метка конфликта слияния/);
  });

  it('`status` and `status import` refuse too, and the status file is not touched', () => {
    const spoilt = broken['a duplicate key'](good);
    writeFileSync(join(dir, STATUS), spoilt);
    const status = cli('status', ROADMAP);
    expect(status.code).toBe(1);
    expect(status.stdout).not.toContain('не начато 2');
    const imp = cli('status', 'import', 'filled.xlsx', ROADMAP);
    expect(imp.code).toBe(1);
    expect(imp.stderr).toContain('статусы из трекера не перенесены');
    expect(readFileSync(join(dir, STATUS), 'utf8')).toBe(spoilt);
  });

  it('a status record whose item was renamed without an id is reported by validate, build and status', () => {
    writeFileSync(join(dir, STATUS), good);
    writeFileSync(
      join(dir, ROADMAP),
      YAML.replace(
        'Назначение муниципального координатора проекта',
        'Назначение муниципального координатора пилотного проекта',
      ),
    );
    const line = good.split('\n').findIndex((l) => l.includes(uid)) + 1;
    for (const args of [
      ['validate', ROADMAP],
      ['build', ROADMAP, '--only', 'xlsx', '--out', 'out'],
      ['status', ROADMAP],
    ]) {
      const run = cli(...args);
      expect(run.stderr, args[0]).toContain(
        `pilot.status.yaml:${line}:3: предупреждение: Статус записан для мероприятия`,
      );
      expect(run.stderr, args[0]).toContain('[status-orphaned]');
      expect(run.stderr, args[0]).toContain(
        'похоже на мероприятие 1 «Назначение муниципального координатора пилотного проекта»',
      );
    }
  });

  it('`status import` of a tracker row whose item was renamed suggests the likely item', () => {
    const run = cli('status', 'import', 'filled.xlsx', ROADMAP);
    expect(run.stderr).toContain('мероприятие не найдено в дорожной карте');
    expect(run.stderr).toContain(
      'Похоже, это мероприятие 1 «Назначение муниципального координатора пилотного проекта»',
    );
  });
});
