import { strFromU8, unzipSync } from 'fflate';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { REPO, runCli } from '../helpers/cli.js';
import { trackerTable } from '../xlsx/helpers.js';

const ROADMAP = 'roadmaps/msoko-bashmakovo.yaml';
const STATUS = 'roadmaps/msoko-bashmakovo.status.yaml';
const TRACKER = 'out/msoko-bashmakovo.xlsx';
const KEY = 'Ключ строки (не изменять)';

/** Edits the tracker the way a person does in Excel: cells of the «Трекер» sheet, found by the key column. */
async function editTracker(
  file: string,
  out: string,
  edits: Record<string, Record<string, unknown>>,
): Promise<number[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet('Трекер')!;
  const headers = (ws.getRow(1).values as unknown[]).map(String);
  const touched: number[] = [];
  ws.eachRow((row, n) => {
    const edit = edits[String(row.getCell(headers.indexOf(KEY)).value)];
    if (!edit) return;
    for (const [header, value] of Object.entries(edit))
      row.getCell(headers.indexOf(header)).value = value as ExcelJS.CellValue;
    touched.push(n);
  });
  await wb.xlsx.writeFile(out);
  return touched;
}

describe('status round trip: build → fill the tracker → import → status → rebuild', () => {
  const dir = mkdtempSync(join(tmpdir(), 'roadmap-status-'));
  const cli = (...args: string[]) => runCli(args, { cwd: dir });
  const ok = (...args: string[]) => {
    const run = cli(...args);
    if (run.code !== 0) throw new Error(`roadmap ${args.join(' ')}: exit ${run.code}\n${run.stderr}`);
    return run;
  };
  let yamlBefore: Buffer;
  let keys: string[];

  beforeAll(async () => {
    mkdirSync(join(dir, 'roadmaps'));
    copyFileSync(join(REPO, ROADMAP), join(dir, ROADMAP));
    yamlBefore = readFileSync(join(dir, ROADMAP));
    ok('build', ROADMAP, '--only', 'xlsx', '--out', 'out');
    keys = trackerTable(readFileSync(join(dir, TRACKER)))
      .map((r) => r[KEY]!)
      .filter(Boolean);
    // The methodist already keeps a status file with her own comment.
    const [uid, deadline] = keys[0]!.split('#');
    writeFileSync(
      join(dir, STATUS),
      `# Ведёт методист, не удалять.\nitems:\n  ${uid}:\n    ${deadline}:   # первый срок\n      status: в работе\n`,
    );
  });

  it('pre-fills recorded statuses into a rebuilt tracker', () => {
    ok('build', ROADMAP, '--only', 'xlsx', '--out', 'out');
    const rows = trackerTable(readFileSync(join(dir, TRACKER)));
    expect(rows.find((r) => r[KEY] === keys[0])?.['Статус']).toBe('в работе');
  });

  it('imports a status set in Excel, reports rows it cannot match, and leaves the roadmap alone', async () => {
    const statusBefore = readFileSync(join(dir, STATUS), 'utf8');
    const rows = await editTracker(join(dir, TRACKER), join(dir, 'filled.xlsx'), {
      [keys[1]!]: {
        Статус: 'выполнено',
        'Дата выполнения': new Date(Date.UTC(2020, 6, 20)),
        'Подтверждающий документ': 'Приказ № 15-од',
        Комментарий: '=не формула',
      },
      [keys[2]!]: { [KEY]: 'msoko-bashmakovo-tdeadbeef0000@roadmap#2020-07-31', Статус: 'выполнено' },
    });
    const run = cli('status', 'import', 'filled.xlsx', ROADMAP);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('изменено 1 статус');
    expect(run.stdout).toContain('не сопоставлено 1');
    expect(run.stderr).toContain(`filled.xlsx:строка ${rows[1]}: предупреждение:`);
    expect(run.stderr).toContain('мероприятие не найдено в дорожной карте');
    const statusAfter = readFileSync(join(dir, STATUS), 'utf8');
    // The existing text (with its comments) is kept byte for byte; the new entry is added to it.
    expect(statusAfter.startsWith(statusBefore)).toBe(true);
    expect(statusAfter).toContain('evidence: Приказ № 15-од');
    expect(readFileSync(join(dir, ROADMAP)).equals(yamlBefore)).toBe(true);
  });

  it('shows the imported status in `roadmap status --json`', () => {
    const run = cli('status', ROADMAP, '--json', '--today', '2021-01-15');
    expect(run.code).toBe(0);
    const [progress] = JSON.parse(run.stdout).roadmaps;
    expect(progress).toMatchObject({ id: 'msoko-bashmakovo', done: 1, in_progress: 1 });
    expect(progress.total).toBe(keys.length);
    expect(progress.not_started).toBe(keys.length - 2);
    expect(progress.overdue).toBeGreaterThan(0);
    expect(progress.overdue_items.every((o: { deadline: string }) => o.deadline < '2021-01-15')).toBe(true);
    expect(progress.sections).toHaveLength(9);
    expect(progress.executors.map((e: { name: string }) => e.name)).toContain('Отдел образования');
  });

  it('keeps the statuses when the tracker is rebuilt', () => {
    ok('build', ROADMAP, '--only', 'xlsx', '--out', 'out');
    const rows = trackerTable(readFileSync(join(dir, TRACKER)));
    const done = rows.find((r) => r[KEY] === keys[1])!;
    expect(done['Статус']).toBe('выполнено');
    expect(done['Дата выполнения']).toBe(String(Date.UTC(2020, 6, 20) / 86_400_000 + 25569));
    expect(done['Подтверждающий документ']).toBe('Приказ № 15-од');
    expect(rows.find((r) => r[KEY] === keys[0])?.['Статус']).toBe('в работе');
  });

  it('writes the report DOCX from the recorded statuses', () => {
    ok('report', ROADMAP, '--out', 'out', '--today', '2021-01-15');
    const xml = strFromU8(unzipSync(readFileSync(join(dir, 'out/msoko-bashmakovo-report.docx')))['word/document.xml']!);
    const text = xml.replace(/<[^>]+>/g, '');
    expect(text).toContain('Отчёт о реализации дорожной карты');
    expect(text).toContain('по состоянию на 15.01.2021');
    expect(text).toContain('Приказ № 15-од');
    expect(text).toContain('20.07.2020');
    expect(text).toContain('не начато, просрочено');
  });

  it('refuses a file that is not a tracker, in Russian and without a stack trace', () => {
    const notXlsx = cli('status', 'import', ROADMAP, ROADMAP);
    expect(notXlsx.code).toBe(1);
    expect(notXlsx.stderr).toContain('не удалось прочитать трекер: это не книга Excel');
    expect(notXlsx.stderr).not.toMatch(/\n\s+at /);
    const report = cli('status', 'import', 'out/missing.xlsx', ROADMAP);
    expect(report.code).toBe(2);
  });
});
