import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { PYTHON_DOCX, readDocx } from '../docx/python-docx.js';
import { PYTHON, runPython, trackerTable } from '../xlsx/helpers.js';
import { editTracker } from './edit-tracker.js';

const ROADMAP = 'roadmaps/pilot.yaml';
const STATUS = 'roadmaps/pilot.status.yaml';
const KEY = 'Ключ строки (не изменять)';
const YAML = `id: pilot
title: Дорожная карта пилотного проекта
period: "2023"
items:
  - title: Обучение педагогов на курсах повышения квалификации
    when: Март 2023
    indicator: Обучено не менее 14 человек
  - title: Подготовка аналитической справки по итогам года
    when: Декабрь 2023
    indicator: Аналитическая справка
`;

/** Headers of the «Трекер» sheet with whether each column is hidden, and the cells of row 2, read by openpyxl. */
const OPENPYXL = `
import json, sys, openpyxl
from openpyxl.utils import get_column_letter
ws = openpyxl.load_workbook(sys.argv[1])['Трекер']
heads = [c.value for c in ws[1]]
print(json.dumps({
  'headers': heads,
  'hidden': [bool(ws.column_dimensions[get_column_letter(i + 1)].hidden) for i in range(len(heads))],
  'rows': [[c.value for c in r] for r in ws.iter_rows(min_row=2)],
}, ensure_ascii=False, default=str))
`;

describe('«Факт»: a measurable target in the tracker, back in the status file and in the report (#20)', () => {
  let dir: string;
  const ok = (...args: string[]) => {
    const run = runCli(args, { cwd: dir });
    if (run.code !== 0) throw new Error(`roadmap ${args.join(' ')}: exit ${run.code}\n${run.stderr}`);
    return run;
  };
  const tracker = () => join(dir, 'out/pilot.xlsx');
  const keys = () =>
    trackerTable(readFileSync(tracker()))
      .map((r) => r[KEY]!)
      .filter(Boolean);

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'roadmap-fact-'));
    mkdirSync(join(dir, 'roadmaps'));
    writeFileSync(join(dir, ROADMAP), YAML);
    ok('build', ROADMAP, '--only', 'xlsx', '--out', 'out');
  });

  it.skipIf(!PYTHON)('has a visible «Факт» column right after «Показатель», empty until filled', () => {
    const seen = runPython(OPENPYXL, [tracker()]) as { headers: string[]; hidden: boolean[]; rows: unknown[][] };
    const at = seen.headers.indexOf('Факт');
    expect(at).toBe(seen.headers.indexOf('Показатель') + 1);
    expect(seen.hidden[at]).toBe(false);
    expect(seen.rows.map((r) => r[at])).toEqual([null, null]);
  });

  it('a roadmap with no measurable target keeps the column hidden', () => {
    const plain = mkdtempSync(join(tmpdir(), 'roadmap-nofact-'));
    mkdirSync(join(plain, 'roadmaps'));
    writeFileSync(join(plain, ROADMAP), YAML.replace('Обучено не менее 14 человек', 'Обучены педагоги'));
    const run = runCli(['build', ROADMAP, '--only', 'xlsx', '--out', 'out'], { cwd: plain });
    expect(run.code).toBe(0);
    const sheet = readFileSync(join(plain, 'out/pilot.xlsx'));
    if (!PYTHON) return;
    const seen = runPython(OPENPYXL, [join(plain, 'out/pilot.xlsx')]) as { headers: string[]; hidden: boolean[] };
    expect(seen.hidden[seen.headers.indexOf('Факт')]).toBe(true);
    expect(sheet.length).toBeGreaterThan(0);
  });

  it('imports a filled fact into the status file, never overwrites it with an unchanged one, asks --force to clear it', async () => {
    const [first, second] = keys();
    await editTracker(tracker(), join(dir, 'filled.xlsx'), {
      [first!]: { Статус: 'выполнено', Факт: 12 },
      [second!]: { Статус: 'в работе' },
    });
    ok('status', 'import', 'filled.xlsx', ROADMAP);
    expect(readFileSync(join(dir, STATUS), 'utf8')).toMatch(/fact: "?12"?/);

    // The new tracker shows the fact as a number; a person changes it to 13 in the status file, and an old
    // tracker that still says 12 (as built) must not undo that.
    ok('build', ROADMAP, '--only', 'xlsx', '--out', 'out');
    const table = trackerTable(readFileSync(tracker()));
    expect(table.find((r) => r[KEY] === first)!['Факт']).toBe('12');
    writeFileSync(join(dir, STATUS), readFileSync(join(dir, STATUS), 'utf8').replace(/fact: "?12"?/, 'fact: 13'));
    await editTracker(tracker(), join(dir, 'old.xlsx'), { [second!]: { Комментарий: 'Справка готовится' } });
    ok('status', 'import', 'old.xlsx', ROADMAP);
    expect(readFileSync(join(dir, STATUS), 'utf8')).toContain('fact: 13');

    // Clearing the fact in the tracker is a step back: held without --force.
    ok('build', ROADMAP, '--only', 'xlsx', '--out', 'out');
    await editTracker(tracker(), join(dir, 'cleared.xlsx'), { [first!]: { Факт: null } });
    const held = runCli(['status', 'import', 'cleared.xlsx', ROADMAP], { cwd: dir });
    expect(held.code).toBe(1);
    expect(held.stdout + held.stderr).toContain('факт «13» → (пусто)');
    expect(readFileSync(join(dir, STATUS), 'utf8')).toContain('fact: 13');
    ok('status', 'import', 'cleared.xlsx', ROADMAP, '--force');
    expect(readFileSync(join(dir, STATUS), 'utf8')).not.toContain('fact: 13');
  });

  it.skipIf(!PYTHON_DOCX)('the report shows the target against what was achieved', () => {
    writeFileSync(
      join(dir, STATUS),
      `roadmap: pilot\nitems:\n  ${keys()[0]!.split('#')[0]}:\n    2023-03-31:\n      status: выполнено\n      fact: 12\n`,
    );
    ok('report', ROADMAP, '--out', 'out', '--today', '2023-12-31');
    const text = JSON.stringify(readDocx(join(dir, 'out/pilot-report.docx')).tables);
    expect(text).toContain('цель: не менее 14 человек; факт: 12 — не достигнуто');
  });
});
