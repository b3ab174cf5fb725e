import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { DOCUMENTS, REPORT, REPORT_500, pdfOf, prepareDocuments, renderPng } from '../../scripts/render-documents.mjs';
import { runCli } from '../helpers/cli.js';
import { PYTHON, runPython } from '../xlsx/helpers.js';
import { PYTHON_DOCX, readDocx, type DocxSeen } from './python-docx.js';

/**
 * The documents a department submits (issue #18), built by the CLI (scripts/render-documents.mjs) and read
 * back with python-docx and openpyxl: the seeds, the МСОКО roadmap with «УТВЕРЖДАЮ», two «СОГЛАСОВАНО»,
 * signatures and «Исполнитель», and reports with statuses filled in. Rendered by LibreOffice where installed.
 */

const work = mkdtempSync(join(tmpdir(), 'roadmap-documents-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
let out = '';
const docs: Record<string, DocxSeen> = {};
const doc = (name: string) => docs[name]!;

beforeAll(() => {
  out = prepareDocuments(work);
  if (PYTHON_DOCX) for (const f of DOCUMENTS.filter((d) => d.endsWith('.docx'))) docs[f] = readDocx(join(out, f));
}, 240_000);

const paragraphs = (d: DocxSeen) => d.body.filter((b): b is string => typeof b === 'string');
const tableAt = (d: DocxSeen, i: number) => d.tables[i]!;
/** The tables with borders: the roadmap's (and the report's) own, not the layout tables of stamps and signatures. */
const dataTables = (d: DocxSeen) => d.tables.filter((t) => !t.borderless);

describe.skipIf(!PYTHON_DOCX)('the roadmap DOCX, read by python-docx', () => {
  it('prints «УТВЕРЖДАЮ» as ГОСТ Р 7.0.97 §5.20 orders it: position lines, signature and name, date — no «№»', () => {
    const stamps = tableAt(doc('msoko-signed.docx'), 0);
    expect(doc('msoko-signed.docx').body[0]).toBe(0);
    expect(stamps.borderless).toBe(true);
    const [agreed, , approval] = stamps.rows[0]!;
    expect(approval!.split('\n')).toEqual([
      'УТВЕРЖДАЮ',
      'Начальник отдела образования',
      'администрации Башмаковского района',
      '_______________ И.И. Иванова',
      '15.01.2020',
    ]);
    expect(approval).not.toContain('№');
    // Wide enough for «администрации Башмаковского района» on one line: at least 90 mm.
    expect(stamps.widths[2]!).toBeGreaterThanOrEqual(Math.round((90 * 1440) / 25.4));
    // Two «СОГЛАСОВАНО» on the left, one under the other; the second has no date yet: a blank to fill in.
    expect(agreed!.split('\n')).toEqual([
      'СОГЛАСОВАНО',
      'Директор ГБУ ПО «ЦППМиСППО»',
      '_______________ П.П. Петров',
      '14.01.2020',
      '\u00a0',
      'СОГЛАСОВАНО',
      'Председатель Башмаковской районной',
      'организации профсоюза работников образования',
      '_______________ С.С. Сидорова',
      '«____» ______________ 20___ г.',
    ]);
  });

  it('ends with the signatures and «Исполнитель: ФИО, тел.», after the table', () => {
    const d = doc('msoko-signed.docx');
    const last = d.tables[d.tables.length - 1]!;
    expect(last.borderless).toBe(true);
    expect(last.rows).toEqual([
      ['Начальник отдела образования', '_______________ И.И. Иванова'],
      ['\u00a0\nГлавный специалист\nотдела образования', '_______________ А.С. Петрова'],
    ]);
    expect(d.body.indexOf(d.tables.length - 1)).toBeGreaterThan(d.body.indexOf(d.tables.length - 2));
    // The telephone keeps its hyphens: typography is for ranges, not numbers.
    expect(paragraphs(d).at(-1)).toBe('Исполнитель: Петрова Анна Сергеевна, тел. 8 (84143) 4-12-34');
  });

  it('writes executor lists as a document does: lower case after a comma, abbreviations keep their capitals', () => {
    const rows = dataTables(doc('msoko-bashmakovo.docx'))[0]!.rows;
    const executors = rows.map((r) => r[4] ?? '').filter((e) => e.includes(','));
    expect(executors.length).toBeGreaterThan(5);
    expect(rows.find((r) => r[0] === '1.')![4]).toBe('Отдел образования, образовательные организации');
    for (const e of executors) expect(e).not.toMatch(/, (Образовательные|Общеобразовательные|Отдел)/);
    expect(executors.some((e) => /, ГБУ ПО «ЦППМиСППО»/.test(e))).toBe(true);
  });

  it('keeps every row that fits on a page whole (cantSplit), 3.5.1 among them', () => {
    const table = dataTables(doc('msoko-bashmakovo.docx'))[0]!;
    // 3.5.1: item 5.1 of the third section, a long row that fits on a page.
    const sections = table.rows.flatMap((r, i) => (r.length === 1 ? [i] : []));
    const i = table.rows.findIndex((r, j) => j > sections[2]! && r[0] === '5.1');
    expect(i).toBeGreaterThan(0);
    expect(table.cantSplit[i]).toBe(true);
    expect(table.cantSplit.every(Boolean)).toBe(true);
  });

  it('sets dashes in the document (not in the source) and declares Russian', () => {
    const text = dataTables(doc('msoko-bashmakovo.docx'))[0]!.rows.flat().join('\n');
    expect(text).toContain('(далее\u00a0— ГИА)');
    expect(text).toContain('Август–сентябрь, ежегодно');
    expect(text).toContain('2020–2022');
    expect(text).not.toMatch(/\d{4}-\d{4}| - /);
    expect(text).toContain('учителей-предметников');
    expect(doc('msoko-bashmakovo.docx').languages).toContain('ru-RU');
    expect(readFileSync(join(work, 'roadmaps', 'msoko-bashmakovo.yaml'), 'utf8')).toContain('(далее - ГИА)');
  });
});

/** What the generated status file (scripts/render-documents.mjs) recorded: deadline → status, per uid. */
function recorded(id: string): Map<string, string> {
  const file = parse(readFileSync(join(work, 'roadmaps', `${id}.status.yaml`), 'utf8')) as {
    items: Record<string, Record<string, { status: string }>>;
  };
  const map = new Map<string, string>();
  for (const [uid, byDate] of Object.entries(file.items)) {
    for (const [date, entry] of Object.entries(byDate)) map.set(`${uid}#${date}`, entry.status);
  }
  return map;
}

/** Deadlines of a compiled roadmap (its JSON), as `uid#date`, with the item they belong to. */
function deadlines(id: string): { key: string; date: string; item: string }[] {
  type Item = { uid: string; number: string; schedule: { occurrences: { end: string }[] }; items: Item[] };
  const json = JSON.parse(readFileSync(join(out, `${id}.json`), 'utf8')) as { sections: { items: Item[] }[] };
  const list: { key: string; date: string; item: string }[] = [];
  const walk = (items: Item[]) =>
    items.forEach((i) => {
      for (const date of new Set(i.schedule.occurrences.map((o) => o.end))) {
        list.push({ key: `${i.uid}#${date}`, date, item: i.uid });
      }
      walk(i.items);
    });
  json.sections.forEach((s) => walk(s.items));
  return list;
}

describe.skipIf(!PYTHON_DOCX)('the progress report DOCX, read by python-docx', () => {
  it('counts «выполнено, %» of the deadlines due by the report date, items and deadlines apart', () => {
    const status = recorded('500plus-lysogorsk');
    // All deadlines, «Декабрь 2022» (before the roadmap's year) too: a report on the whole roadmap leaves none out.
    const all = deadlines('500plus-lysogorsk');
    const due = all.filter((d) => d.date <= REPORT_500.today);
    const done = due.filter((d) => status.get(d.key) === 'выполнено').length;
    const items = new Set(all.map((d) => d.item)).size;
    const percent = `${Math.round((done / due.length) * 100)}\u00a0%`;
    const text = paragraphs(doc('500plus-lysogorsk-report.docx')).join('\n');
    expect(text).toContain(`мероприятий ${items}, сроков ${all.length}`);
    expect(text).toContain(`наступило сроков: ${due.length}, из них выполнено ${done} (${percent})`);
    // Not the share of all deadlines of the year.
    expect(percent).not.toBe(`${Math.round((done / all.length) * 100)}\u00a0%`);
    // A roadmap without sections: the figures as a list, not a table of one «Итого» row.
    const figures = dataTables(doc('500plus-lysogorsk-report.docx'))[0]!.rows;
    expect(figures).toContainEqual(['Выполнено, % от наступивших сроков', percent]);
    expect(figures.flat()).not.toContain('Итого');
  });

  it('reports a quarter (--from/--to), dated inside it; deadlines still ahead are not failures', () => {
    const d = doc('msoko-signed-report.docx');
    const text = paragraphs(d);
    expect(text).toContain('за II квартал 2021 года');
    expect(text).toContain('(по состоянию на 01.06.2021)');
    const [totals, items] = dataTables(d);
    const total = totals!.rows.find((r) => r[0] === 'Итого')!;
    const inQuarter = deadlines('msoko-signed').filter((x) => x.date >= REPORT.from && x.date <= REPORT.to);
    const ahead = inQuarter.filter((x) => x.date > REPORT.today).length;
    expect(totals!.rows[0]!.slice(0, 3)).toEqual(['Направление', 'Мероприятий', 'Сроков в периоде']);
    expect(total[7]).toBe(String(ahead));
    const body = items!.rows.slice(1).filter((r) => r.length > 1);
    const deadline = (r: string[]) => /\d\d\.\d\d\.\d{4}$/.exec(r[4]!)?.[0];
    const aheadRows = body.filter((r) => deadline(r) && toIso(deadline(r)!) > REPORT.today);
    expect(aheadRows.length).toBeGreaterThan(0);
    for (const r of aheadRows) expect(r[5]).toBe('срок не наступил');
    // Every deadline outside the quarter is left out.
    for (const r of body) if (deadline(r)) expect(toIso(deadline(r)!) >= REPORT.from).toBe(true);
  });

  it('has the columns a report needs and every row names its item', () => {
    const [, items] = dataTables(doc('msoko-signed-report.docx'));
    expect(items!.rows[0]).toEqual([
      '№ п/п',
      'Наименование мероприятия',
      'Исполнители',
      'Индикативный показатель',
      'Срок',
      'Статус',
      'Дата выполнения',
      'Результат, документ',
    ]);
    const body = items!.rows.slice(1).filter((r) => r.length > 1);
    for (const r of body) expect(r[0]).toMatch(/^\d+(\.\d+)*\.?$/);
    expect(body.some((r) => r[5] === 'выполнено' && /^\d\d\.\d\d\.\d{4}$/.test(r[6]!) && /Приказ №/.test(r[7]!))).toBe(
      true,
    );
    // 500+ names no executors: no empty column for them.
    expect(dataTables(doc('500plus-lysogorsk-report.docx'))[1]!.rows[0]).not.toContain('Исполнители');
  });

  it('names the period once in the title and ends with the signatures and «Исполнитель»', () => {
    const text = paragraphs(doc('500plus-lysogorsk-report.docx'));
    expect(text.filter((p) => p.includes('на 2023 год'))).toHaveLength(1);
    const signed = doc('msoko-signed-report.docx');
    expect(signed.tables.at(-1)!.rows[0]).toEqual(['Начальник отдела образования', '_______________ И.И. Иванова']);
    expect(paragraphs(signed).at(-1)).toMatch(/^Исполнитель: Петрова Анна Сергеевна, тел\./);
    // The roadmap's stamps are not the report's.
    expect(paragraphs(signed).join('\n')).not.toMatch(/УТВЕРЖДАЮ|СОГЛАСОВАНО/);
  });
});

const toIso = (ru: string) => ru.split('.').reverse().join('-');

const TRACKER_SCRIPT = `
import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
ws, summary = wb['Трекер'], wb['Сводка']
def setup(s):
    p = s.page_setup
    return {'orientation': p.orientation, 'fitToWidth': p.fitToWidth, 'fitToHeight': p.fitToHeight,
            'fit': s.sheet_properties.pageSetUpPr.fitToPage if s.sheet_properties.pageSetUpPr else None,
            'header': s.oddHeader.center.text, 'footer': s.oddFooter.center.text}
print(json.dumps({
  'freeze': ws.freeze_panes,
  'headers': [c.value for c in ws[1]],
  'hidden': [c.value for c in ws[1] if ws.column_dimensions[c.column_letter].hidden],
  'sectionValues': sorted({str(r[[c.value for c in ws[1]].index('Направление')].value) for r in ws.iter_rows(min_row=2)}),
  'printTitles': ws.print_title_rows,
  'tracker': setup(ws),
  'summary': setup(summary),
  'summaryTitle': summary['A1'].value,
  'summaryHeights': [[summary.cell(r, 1).value, summary.row_dimensions[r].height] for r in range(4, 20) if summary.cell(r, 1).value],
}, ensure_ascii=False))
`;

describe.skipIf(!PYTHON)('the tracker XLSX, read by openpyxl', () => {
  type Seen = {
    freeze: string;
    headers: string[];
    hidden: string[];
    sectionValues: string[];
    printTitles: string;
    tracker: Record<string, unknown>;
    summary: Record<string, unknown>;
    summaryTitle: string;
    summaryHeights: [string, number | null][];
  };
  const seen = (name: string) => runPython(TRACKER_SCRIPT, [join(out, name)]) as Seen;

  it('freezes the number and title with the header, «Статус», «Дата выполнения», «Комментарий» next to the title', () => {
    const s = seen('msoko-signed.xlsx');
    expect(s.freeze).toBe('C2');
    expect(s.headers.slice(0, 5)).toEqual(['№', 'Мероприятие', 'Статус', 'Дата выполнения', 'Комментарий']);
  });

  it('prints landscape, as wide as the page, the header row on every page, the title atop and page numbers', () => {
    const s = seen('msoko-signed.xlsx');
    expect(s.tracker).toMatchObject({ orientation: 'landscape', fitToWidth: 1, fitToHeight: 0, fit: true });
    expect(s.printTitles).toBe('$1:$1');
    expect(s.tracker.header).toContain('Дорожная карта по реализации основных направлений МСОКО');
    expect(s.tracker.footer).toBe('Страница &P из &N');
    // The summary on one page, its title on it; long section names get rows tall enough for their lines.
    expect(s.summary).toMatchObject({ fitToWidth: 1, fitToHeight: 1, fit: true });
    expect(s.summaryTitle).toBe('Сводка: Дорожная карта по реализации основных направлений МСОКО');
    const long = s.summaryHeights.find(([label]) => label.length > 70)!;
    expect(long[1]).toBeGreaterThan(15);
  });

  it('has no «Направление» column to show for a roadmap without sections, and a summary titled by its subtitle', () => {
    const s = seen('500plus-lysogorsk.xlsx');
    expect(s.hidden).toContain('Направление');
    expect(s.sectionValues).toEqual(['None']);
    expect(s.summaryTitle).toBe(
      'Сводка: ДОРОЖНАЯ КАРТА реализации проекта адресной методической помощи (500+) на 2023 год',
    );
    expect(seen('msoko-signed.xlsx').hidden).not.toContain('Направление');
  });

  it('still imports statuses from a tracker of the old layout (status left of the indicator, far right)', () => {
    const old = join(work, 'old-layout.xlsx');
    // The columns in the order trackers were written before: № Направление Мероприятие Срок Дедлайн Исполнители
    // Показатель Статус Дата выполнения Подтверждающий документ Комментарий Ключ …
    const r = spawnSync(PYTHON!, ['-c', OLD_LAYOUT, join(out, '500plus-lysogorsk.xlsx'), old], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const key = r.stdout.trim();
    const project = { cwd: work };
    // An old tracker has no provenance, so it may not replace the recorded «выполнено» of this row without --force
    // (#15); what this test checks is that the old column order is still read.
    const run = runCli(['status', 'import', old, 'roadmaps/500plus-lysogorsk.yaml', '--force'], project);
    expect(run.code, run.stderr + run.stdout).toBe(0);
    const [uid, date] = key.split('#');
    const statusFile = parse(readFileSync(join(work, 'roadmaps', '500plus-lysogorsk.status.yaml'), 'utf8')) as {
      items: Record<string, Record<string, { status: string; comment?: string }>>;
    };
    expect(statusFile.items[uid!]![date!]).toMatchObject({ status: 'не выполнено', comment: 'перенесено на осень' });
  });
});

const OLD_LAYOUT = `
import sys, openpyxl
src = openpyxl.load_workbook(sys.argv[1])['Трекер']
order = ['№', 'Направление', 'Мероприятие', 'Срок', 'Дедлайн', 'Исполнители', 'Показатель', 'Статус',
         'Дата выполнения', 'Подтверждающий документ', 'Комментарий', 'Ключ строки (не изменять)']
index = {c.value: i for i, c in enumerate(src[1])}
wb = openpyxl.Workbook(); ws = wb.active; ws.title = 'Трекер'
ws.append(order)
key = None
for row in src.iter_rows(min_row=2, values_only=True):
    values = [row[index[h]] for h in order]
    if key is None and values[11] and values[4] is not None:
        key = values[11]; values[7] = 'не выполнено'; values[10] = 'перенесено на осень'
    ws.append(values)
wb.save(sys.argv[2])
print(key)
`;

const has = (cmd: string, flag: string) => spawnSync(cmd, [flag], { stdio: 'ignore' }).status === 0;

describe.skipIf(!has('soffice', '--version') || !has('pdftotext', '-v'))(
  'the documents rendered by LibreOffice',
  () => {
    let pngs: string[] = [];
    const text = (file: string) =>
      spawnSync('pdftotext', ['-layout', pdfOf(out, file), '-'], { encoding: 'utf8' })
        .stdout.split('\f')
        .filter((p) => p.trim() !== '');
    beforeAll(() => {
      pngs = renderPng(out);
    }, 600_000);

    it('renders every document to PNG pages', () => {
      for (const f of DOCUMENTS) {
        const base = f.replace(/\.(docx|xlsx)$/, '') + (f.endsWith('.xlsx') ? '-xlsx' : '');
        expect(
          pngs.some((p) => p.startsWith(`${base}-`)),
          f,
        ).toBe(true);
      }
    });

    it('prints 3.5.1 on one page, and the stamp lines whole', () => {
      // 3.5.1 (item 5.1 of the third section) begins «Реализация проектов, проведение мероприятий».
      const pages = text('msoko-bashmakovo.docx');
      const start = pages.findIndex((p) => /^5\.1 +Реализация проектов, проведение мероприятий/m.test(p));
      expect(start).toBeGreaterThan(0);
      // Its last line, «… движения пензенских школьников «Земля родная» и», is on the same page.
      expect(pages[start]).toContain('«Земля родная»');
      const page1 = text('msoko-signed.docx')[0]!;
      expect(page1).toMatch(/администрации Башмаковского района/);
    });

    it('breaks no word in the report’s narrow columns', () => {
      const all = [...text('msoko-signed-report.docx'), ...text('500plus-lysogorsk-report.docx')].join('\n');
      for (const word of ['Ежеквартально', 'Мероприятий', 'выполнения', 'Исполнители']) {
        // A broken word ends a cell's line: the stem followed by the column gap or the line's end.
        const broken = new RegExp(`${word.slice(0, -1)}(?= {2,}|$)`, 'm');
        expect(all).not.toMatch(broken);
      }
    });

    it('prints the МСОКО tracker on several pages wide enough to read, not shrunk onto one', () => {
      const pages = text('msoko-signed.xlsx');
      expect(pages.length).toBeGreaterThan(2);
      expect(pages[0]).toContain('Дорожная карта по реализации основных направлений МСОКО');
      expect(pages[0]).toMatch(/Страница 1 из \d+/);
    });
  },
);
