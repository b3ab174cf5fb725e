import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
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
  - title: Проведение семинара для заместителей директоров
    when: Март 2023
  - title: Подготовка аналитической справки по итогам года
    when: Декабрь 2023
`;

describe('status import applies only what the person changed in that tracker', () => {
  let dir: string;
  let keys: string[];
  const cli = (...args: string[]) => runCli(args, { cwd: dir });
  const ok = (...args: string[]) => {
    const run = cli(...args);
    if (run.code !== 0) throw new Error(`roadmap ${args.join(' ')}: exit ${run.code}\n${run.stderr}`);
    return run;
  };
  const build = () => ok('build', ROADMAP, '--only', 'xlsx', '--out', 'out');
  const status = () => readFileSync(join(dir, STATUS), 'utf8');
  const fill = (out: string, edits: Parameters<typeof editTracker>[2], options?: { dropProvenance?: boolean }) =>
    editTracker(join(dir, TRACKER), join(dir, out), edits, options);

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'roadmap-provenance-'));
    mkdirSync(join(dir, 'roadmaps'));
    writeFileSync(join(dir, ROADMAP), YAML);
    build();
    keys = trackerTable(readFileSync(join(dir, TRACKER)))
      .map((r) => r[KEY]!)
      .filter(Boolean);
    expect(keys).toHaveLength(4);
  });

  it('merges the trackers of two executors, each filling their own rows, without undoing the other', async () => {
    await fill('ivanova.xlsx', { [keys[0]!]: { Статус: 'выполнено', Комментарий: 'Приказ подписан' } });
    await fill('petrov.xlsx', { [keys[2]!]: { Статус: 'в работе', 'Подтверждающий документ': 'План семинара' } });
    ok('status', 'import', 'ivanova.xlsx', ROADMAP);
    const second = ok('status', 'import', 'petrov.xlsx', ROADMAP);
    expect(second.stdout).toContain('изменено 1 статус');
    const text = status();
    // Petrov's tracker still shows row 1 as «не начато» (as built): that must not wipe Ivanova's record.
    expect(text).toContain('status: выполнено');
    expect(text).toContain('comment: Приказ подписан');
    expect(text).toContain('status: в работе');
    expect(text).toContain('evidence: План семинара');
    const run = ok('status', ROADMAP, '--json', '--today', '2023-06-01');
    expect(JSON.parse(run.stdout).roadmaps[0]).toMatchObject({ done: 1, in_progress: 1, not_started: 2 });
  });

  it('importing an older tracker again changes nothing recorded since; its stale change is shown, not applied', async () => {
    await fill('old.xlsx', { [keys[0]!]: { Статус: 'в работе' } });
    ok('status', 'import', 'old.xlsx', ROADMAP);
    build();
    await fill('new.xlsx', { [keys[0]!]: { Статус: 'выполнено', 'Дата выполнения': new Date(Date.UTC(2023, 0, 25)) } });
    ok('status', 'import', 'new.xlsx', ROADMAP);
    const before = status();
    const again = cli('status', 'import', 'old.xlsx', ROADMAP);
    expect(again.code).toBe(1);
    expect(again.stdout).toContain('Файлы статусов не изменились');
    expect(again.stderr).toContain(
      'статус «выполнено» → «в работе» (в файле статусов после выгрузки этого трекера записано другое)',
    );
    expect(status()).toBe(before);
    expect(before).toContain('done: 2023-01-25');
  });

  it('holds a change backwards (выполнено → не начато, a cleared comment) until --force, and says so', async () => {
    await fill('done.xlsx', { [keys[1]!]: { Статус: 'выполнено', Комментарий: 'Проведено 12 собеседований' } });
    ok('status', 'import', 'done.xlsx', ROADMAP);
    build();
    await fill('undo.xlsx', { [keys[1]!]: { Статус: 'не начато', Комментарий: null } });
    const before = status();
    const held = cli('status', 'import', 'undo.xlsx', ROADMAP);
    expect(held.code).toBe(1);
    expect(held.stderr).toContain('статус «выполнено» → «не начато» (изменение назад)');
    expect(held.stderr).toContain('комментарий «Проведено 12 собеседований» → (пусто)');
    expect(held.stderr).toContain('--force');
    expect(held.stdout).toContain('Не записано без --force: 1 строка');
    expect(status()).toBe(before);
    ok('status', 'import', 'undo.xlsx', ROADMAP, '--force');
    expect(status()).toContain('status: не начато');
  });

  it('holds a change that conflicts with a newer record in the status file', async () => {
    await fill('a.xlsx', { [keys[3]!]: { Комментарий: 'черновик справки' } });
    await fill('b.xlsx', { [keys[3]!]: { Комментарий: 'справка отправлена' } });
    ok('status', 'import', 'a.xlsx', ROADMAP);
    const before = status();
    const run = cli('status', 'import', 'b.xlsx', ROADMAP);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('комментарий «черновик справки» → «справка отправлена»');
    expect(run.stderr).toContain('после выгрузки этого трекера записано другое');
    expect(status()).toBe(before);
  });

  it('treats a tracker without provenance (an older build) conservatively: new marks only', async () => {
    await fill('first.xlsx', { [keys[0]!]: { Статус: 'выполнено', Комментарий: 'готово' } });
    ok('status', 'import', 'first.xlsx', ROADMAP);
    // An old tracker: row 1 still «не начато» and empty, row 3 newly marked.
    await fill('legacy.xlsx', { [keys[2]!]: { Статус: 'в работе' } }, { dropProvenance: true });
    const run = cli('status', 'import', 'legacy.xlsx', ROADMAP);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('трекер собран прежней версией');
    const text = status();
    expect(text).toContain('status: выполнено');
    expect(text).toContain('comment: готово');
    expect(text).toContain('status: в работе');
  });

  it('keeps a comment longer than an Excel cell whole, and warns about it on build', async () => {
    const [uid, deadline] = keys[0]!.split('#');
    const long = 'Очень подробный отчёт. '.repeat(2000);
    expect(long.length).toBeGreaterThan(32_767);
    writeFileSync(
      join(dir, STATUS),
      `items:\n  ${uid}:\n    ${deadline}:\n      status: в работе\n      comment: "${long}"\n`,
    );
    const built = build();
    expect(built.stderr).toContain('[status-text-too-long]');
    expect(built.stderr).toContain('больше предела ячейки Excel (32767)');
    copyFileSync(join(dir, TRACKER), join(dir, 'back.xlsx'));
    const before = status();
    ok('status', 'import', 'back.xlsx', ROADMAP);
    expect(status()).toBe(before);
  });
});
