import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { PYTHON, runPython, trackerTable } from './helpers.js';

const TODAY = '2023-06-15';
const ENV = { ROADMAP_TODAY: TODAY, SOURCE_DATE_EPOCH: '1700000000' };

/** A roadmap of `issuer` with four monthly deadlines in 2023: January … April. */
const roadmap = (id: string, issuer: string) => `id: ${id}
title: Дорожная карта ${id}
issuer: ${issuer}
period: "2023"
items:
  - title: Совещание с руководителями
    when: Январь 2023
  - title: Семинар для заместителей
    when: Март 2023
  - title: Анализ результатов
    when: Сентябрь 2023
  - title: Итоговая справка
    when: Декабрь 2023
`;

const READ = `
import json, sys, openpyxl
ws = openpyxl.load_workbook(sys.argv[1])['Сводка по районам']
print(json.dumps({'title': ws['A1'].value, 'head': [c.value for c in ws[2]],
  'rows': [[c.value for c in r] for r in ws.iter_rows(min_row=3)]}, ensure_ascii=False))
`;

interface Progress {
  id: string;
  title: string;
  total: number;
  done: number;
  overdue: number;
}

describe('region.xlsx: the regional summary of a build with several districts (#20)', () => {
  let dir: string;
  const ok = (...args: string[]) => {
    const run = runCli(args, { cwd: dir, env: ENV });
    if (run.code !== 0) throw new Error(`roadmap ${args.join(' ')}: exit ${run.code}\n${run.stderr}`);
    return run;
  };

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'roadmap-region-'));
    mkdirSync(join(dir, 'roadmaps'));
    writeFileSync(join(dir, 'roadmaps/a1.yaml'), roadmap('a1', 'Управление образования Альфинского района'));
    writeFileSync(join(dir, 'roadmaps/a2.yaml'), roadmap('a2', 'Управление образования Альфинского района'));
    writeFileSync(join(dir, 'roadmaps/b1.yaml'), roadmap('b1', 'Отдел образования Бетинского района'));
    ok('build', 'roadmaps', '--only', 'xlsx', '--out', 'out');
    // a1: January done; b1: January and March done (from the trackers' row keys: uid#deadline).
    const done = (id: string, count: number) => {
      const keys = trackerTable(readFileSync(join(dir, `out/${id}.xlsx`)))
        .map((r) => r['Ключ строки (не изменять)']!)
        .slice(0, count);
      const items = keys.map((k) => `  ${k.split('#')[0]}:\n    ${k.split('#')[1]}:\n      status: выполнено\n`);
      writeFileSync(join(dir, `roadmaps/${id}.status.yaml`), `roadmap: ${id}\nitems:\n${items.join('')}`);
    };
    done('a1', 1);
    done('b1', 2);
    ok('build', 'roadmaps', '--only', 'xlsx', '--out', 'out');
  });

  it.skipIf(!PYTHON)('has a row per district and per roadmap and a total, with the numbers of `roadmap status`', () => {
    const status = JSON.parse(ok('status', 'roadmaps', '--json').stdout) as { today: string; roadmaps: Progress[] };
    expect(status.today).toBe(TODAY);
    const seen = runPython(READ, [join(dir, 'out/region.xlsx')]) as {
      title: string;
      head: string[];
      rows: unknown[][];
    };
    expect(seen.title).toBe('Выполнение дорожных карт по районам на 15.06.2023');
    expect(seen.head).toEqual([
      'Район / дорожная карта',
      'Карт',
      'Сроков',
      'Выполнено',
      'Выполнено, %',
      'Просрочено',
      'Впереди',
    ]);
    const line = (list: Progress[]) => {
      const total = list.reduce((n, p) => n + p.total, 0);
      const done = list.reduce((n, p) => n + p.done, 0);
      const overdue = list.reduce((n, p) => n + p.overdue, 0);
      return [total, done, total ? Math.round((done / total) * 100) : 0, overdue, total - done - overdue];
    };
    const of = (...ids: string[]) => status.roadmaps.filter((p) => ids.includes(p.id));
    expect(seen.rows).toEqual([
      ['Управление образования Альфинского района', 2, ...line(of('a1', 'a2'))],
      ['Дорожная карта a1', null, ...line(of('a1'))],
      ['Дорожная карта a2', null, ...line(of('a2'))],
      ['Отдел образования Бетинского района', 1, ...line(of('b1'))],
      ['Дорожная карта b1', null, ...line(of('b1'))],
      ['Итого', 3, ...line(status.roadmaps)],
    ]);
    // Two deadlines of four have passed in every roadmap; three of those six were done.
    expect(line(status.roadmaps)).toEqual([12, 3, 25, 3, 6]);
  });

  it('is byte-identical when rebuilt, and absent from a build of one district', () => {
    const first = readFileSync(join(dir, 'out/region.xlsx'));
    ok('build', 'roadmaps', '--only', 'xlsx', '--out', 'again');
    expect(readFileSync(join(dir, 'again/region.xlsx')).equals(first)).toBe(true);
    ok('build', 'roadmaps/a1.yaml', 'roadmaps/a2.yaml', '--only', 'xlsx', '--out', 'one');
    expect(existsSync(join(dir, 'one/a1.xlsx'))).toBe(true);
    expect(existsSync(join(dir, 'one/region.xlsx'))).toBe(false);
  });
});
