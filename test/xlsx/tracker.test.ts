import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { statusKey, type OccurrenceStatus } from '../../src/model/status.js';
import { fixtureRoadmap } from '../helpers/fixture-roadmap.js';
import { buildTracker, cells, PYTHON, runPython, xmlParts } from './helpers.js';

const QUARTERLY_UID = 'fixture-2@roadmap';

const unescape = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

describe('tracker XLSX (read back from the XML, without exceljs)', async () => {
  const parts = xmlParts(await buildTracker(fixtureRoadmap()));
  const sheet = parts['xl/worksheets/sheet1.xml']!;
  const tracker = cells(parts, 'xl/worksheets/sheet1.xml');

  it('names the sheets «Трекер» and «Сводка»', () => {
    expect(parts['xl/workbook.xml']).toMatch(/<sheet [^>]*name="Трекер"[^>]*\/><sheet [^>]*name="Сводка"/);
  });

  it('freezes the header row and the number and title columns, and puts a filter on it', () => {
    expect(sheet).toMatch(/<pane xSplit="2" ySplit="1"[^>]*topLeftCell="C2"[^>]*state="frozen"/);
    expect(sheet).toMatch(/<autoFilter ref="A1:L12"\/>/);
  });

  it('has one row per occurrence: the quarterly item four times, with its four quarter ends', () => {
    const keys = tracker
      .filter((c) => c.ref.startsWith('M') && c.text.startsWith(`${QUARTERLY_UID}#2023`))
      .map((c) => c.text);
    expect(keys).toEqual(
      ['2023-03-31', '2023-06-30', '2023-09-30', '2023-12-31'].map((d) => statusKey(QUARTERLY_UID, d)),
    );
    // An external item without dates is one row with an empty deadline.
    const msi = tracker.find((c) => c.text === 'Участие в МСИ')!;
    const row = msi.ref.slice(1);
    expect(tracker.find((c) => c.ref === `G${row}`)?.text).toBe('');
  });

  it('writes deadlines as real dates in ДД.ММ.ГГГГ format', () => {
    const e2 = /<c r="G2" s="(\d+)"><v>(\d+)<\/v>/.exec(sheet)!;
    expect(Number(e2[2])).toBe(45199); // 2023-09-30 as an Excel serial day
    const styles = parts['xl/styles.xml']!;
    const cellXfs = /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)![1]!;
    const fmtId = [...cellXfs.matchAll(/<xf [^>]*numFmtId="(\d+)"/g)].map((m) => m[1])[Number(e2[1])];
    expect(styles).toContain(`<numFmt numFmtId="${fmtId}" formatCode="dd.mm.yyyy"/>`);
  });

  it('offers the four statuses as a dropdown over the whole status column', () => {
    expect(unescape(sheet)).toMatch(
      /<dataValidation type="list"[^>]*sqref="C2:C12"[^>]*><formula1>"не начато,в работе,выполнено,не выполнено"<\/formula1>/,
    );
  });

  it('colours overdue, due-soon and done rows with formulas on TODAY()', () => {
    const rules = [...sheet.matchAll(/<cfRule type="expression"[^>]*><formula>([^<]*)<\/formula>/g)].map((m) =>
      unescape(m[1]!),
    );
    expect(sheet).toContain('<conditionalFormatting sqref="A2:L12">');
    expect(rules).toEqual([
      '$C2="выполнено"',
      'AND($C2<>"выполнено",$G2<>"",$G2<TODAY())',
      'AND($C2<>"выполнено",$G2<>"",$G2>=TODAY(),$G2<=TODAY()+14)',
    ]);
  });

  it('keeps user text that looks like a formula as text', () => {
    expect(sheet).not.toContain('<f>');
    const titles = tracker.filter((c) => c.ref.startsWith('B'));
    for (const start of ['=SUM(A1:A9)', '+7 (999)']) {
      const cell = titles.find((c) => c.text.startsWith(start));
      expect(cell?.type).toBe('s');
    }
  });

  it('counts by section and executor with formulas that contain no user text', () => {
    const summary = cells(parts, 'xl/worksheets/sheet2.xml');
    const formulas = summary.filter((c) => c.formula).map((c) => unescape(c.formula!));
    expect(formulas.length).toBeGreaterThan(20);
    for (const f of formulas) expect(f).not.toMatch(/Направление|Отдел|ГБУ|SUM\(A1/);
    expect(formulas).toContain(`COUNTIFS('Трекер'!$N:$N,1,'Трекер'!$C:$C,"выполнено")`);
    expect(formulas.some((f) => f.includes('TODAY()'))).toBe(true);
    const labels = summary.filter((c) => c.ref.startsWith('A')).map((c) => c.text);
    expect(labels).toEqual(
      expect.arrayContaining(['Направление «Работа со школами»', 'Итого', 'Отдел образования', 'ГБУ ПО «ЦППМиСППО»']),
    );
    // Cached totals: 7 dated/undated occurrence rows in the first section, 3 in the second.
    expect(summary.find((c) => c.ref === 'B5')?.text).toBe('7');
    expect(summary.find((c) => c.ref === 'B6')?.text).toBe('3');
  });
});

describe('tracker XLSX', () => {
  it('is byte-identical when rebuilt', async () => {
    const a = await buildTracker(fixtureRoadmap());
    const b = await buildTracker(fixtureRoadmap());
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    expect(xmlParts(a)['docProps/core.xml']).toContain('2023-01-20T00:00:00Z');
  });

  it('fills in recorded statuses', async () => {
    const recorded: OccurrenceStatus = {
      uid: QUARTERLY_UID,
      deadline: '2023-06-30',
      status: 'выполнено',
      doneDate: '2023-06-15',
      evidence: 'Приказ № 7',
      comment: '+ вовремя',
    };
    const parts = xmlParts(
      await buildTracker(fixtureRoadmap(), new Map([[statusKey(recorded.uid, recorded.deadline), recorded]])),
    );
    const tracker = cells(parts, 'xl/worksheets/sheet1.xml');
    const key = tracker.find((c) => c.text === statusKey(QUARTERLY_UID, '2023-06-30'))!;
    const row = (col: string) => tracker.find((c) => c.ref === `${col}${key.ref.slice(1)}`);
    expect([row('C')?.text, row('D')?.text, row('K')?.text, row('E')?.text]).toEqual([
      'выполнено',
      '45092',
      'Приказ № 7',
      '+ вовремя',
    ]);
    expect(row('E')?.type).toBe('s');
  });
});

describe.skipIf(!PYTHON)('tracker XLSX read by openpyxl', () => {
  it('shows the dropdown, highlights, frozen header, filter and rows to an independent reader', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'roadmap-xlsx-')), 'fixture.xlsx');
    writeFileSync(file, await buildTracker(fixtureRoadmap()));
    const seen = runPython(OPENPYXL_SCRIPT, [file]) as Record<string, unknown>;
    expect(seen.sheets).toEqual(['Трекер', 'Сводка']);
    // The import's provenance (#15): out of sight, and out of reach of «Показать лист».
    expect(seen.hiddenSheets).toEqual([['roadmap-provenance', 'veryHidden']]);
    expect(seen.freeze).toBe('C2');
    expect(seen.filter).toBe('A1:L12');
    expect(seen.validations).toEqual([['list', '"не начато,в работе,выполнено,не выполнено"', 'C2:C12']]);
    expect((seen.rules as string[]).filter((f) => f.includes('TODAY()'))).toHaveLength(2);
    expect(seen.quarterly).toEqual(['2023-03-31', '2023-06-30', '2023-09-30', '2023-12-31']);
    expect(seen.formulaTitles).toEqual([
      ['=SUM(A1:A9) — заголовок, похожий на формулу; с запятой, точкой с запятой и \\ обратной чертой', 's'],
    ]);
    expect(seen.hiddenKey).toBe(true);
  });
});

const OPENPYXL_SCRIPT = `
import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb['Трекер']
rules = [f for rng, rs in ws.conditional_formatting._cf_rules.items() for r in rs for f in r.formula]
rows = list(ws.iter_rows(min_row=2))
print(json.dumps({
  'sheets': [s.title for s in wb.worksheets if s.sheet_state == 'visible'],
  'hiddenSheets': [[s.title, s.sheet_state] for s in wb.worksheets if s.sheet_state != 'visible'],
  'freeze': ws.freeze_panes,
  'filter': ws.auto_filter.ref,
  'validations': [[v.type, v.formula1, str(v.sqref)] for v in ws.data_validations.dataValidation],
  'rules': rules,
  'quarterly': [r[6].value.date().isoformat() for r in rows if (r[12].value or '').startswith('fixture-2@roadmap#2023')],
  'formulaTitles': [[r[1].value, r[1].data_type] for r in rows if str(r[1].value).startswith('=') and r[12].value and r[12].value.endswith('2023-03-31')],
  'hiddenKey': ws.column_dimensions['M'].hidden,
}, ensure_ascii=False))
`;
