import { describe, expect, it } from 'vitest';
import { parseDeadline, parsePeriod } from '../../src/schedule/index.js';
import type { Schedule, ScheduleKind } from '../../src/schedule/types.js';

const read = (phrase: string, period: string): Schedule => parseDeadline(phrase, { period: parsePeriod(period)! });
const windows = (s: Schedule) => s.occurrences.map((o) => (o.start === o.end ? o.start : `${o.start}..${o.end}`));

type Row = [phrase: string, period: string, kind: ScheduleKind, windows: string[], note?: string];

/** Shapes of real documents the engine did not read before issue #17 (the corpus branch lists their sources). */
const ROWS: Row[] = [
  ['02.09.2024г. по 25.10.2024г.', '2024/2025', 'once', ['2024-09-02..2024-10-25']],
  ['16.02.2026 по 24.02.2026', '2025/2026', 'once', ['2026-02-16..2026-02-24']],
  ['28.10.2023г.-06.11.2023г. – 10 дней', '2023/2024', 'once', ['2023-10-28..2023-11-06'], '10 дней'],
  ['01.09.2025-05.10.2025 - 5 недель', '2025/2026', 'once', ['2025-09-01..2025-10-05'], '5 недель'],
  ['с 01.09.22 г. по 28.10. 22 г.(8 недель+ 2 дня)', '2022/2023', 'once', ['2022-09-01..2022-10-28']],
  ['(сентябрь-декабрь 2023г)', '2023/2024', 'once', ['2023-09-01..2023-12-31']],
  ['в срок до 15 часов 12 марта', '2023/2024', 'once', ['2024-03-12'], '15 часов'],
  ['Не позднее пяти рабочих дней после подведения итогов', '2010', 'external', []],
  ['в течение 10 рабочих дней со дня получения протокола', '2010', 'external', []],
  ['в 3-месячный срок', '2024', 'external', []],
  [
    'Ежемесячно до 15 числа месяца, следующего за отчетным периодом',
    '2007',
    'recurring',
    [
      '2007-02-15',
      '2007-03-15',
      '2007-04-15',
      '2007-05-15',
      '2007-06-15',
      '2007-07-15',
      '2007-08-15',
      '2007-09-15',
      '2007-10-15',
      '2007-11-15',
      '2007-12-15',
      '2008-01-15',
    ],
  ],
  [
    'ежеквартально до пятнадцатого числа месяца, следующего за отчетным периодом',
    '2021',
    'recurring',
    ['2021-04-15', '2021-07-15', '2021-10-15', '2022-01-15'],
  ],
  ['ежегодно не позднее 25 января года, следующего за отчетным', '2024', 'recurring', ['2025-01-25']],
  ['до 01 февраля, следующего за отчетным годом', '2025', 'recurring', ['2026-02-01']],
];

describe('shapes of real documents', () => {
  it.each(ROWS)('%j in %s → %s', (phrase, period, kind, expected, note) => {
    const s = read(phrase, period);
    expect(s.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(s.kind).toBe(kind);
    expect(windows(s)).toEqual(expected);
    if (note) expect(s.note).toContain(note);
    if (kind === 'recurring') expect(s.rrule).not.toBeNull();
  });

  it.each([
    ['Февраль', '2021-2022'],
    ['Январь - февраль', '2021-2022'],
    ['до 1 октября', '2020-2022'],
  ])('«%s» without a year in %s is placed in the first year, with a warning', (phrase, period) => {
    const s = read(phrase, period);
    expect(s.occurrences).toHaveLength(1);
    expect(s.issues.find((i) => i.code === 'year-assumed')?.severity).toBe('warning');
  });

  it('«апрель» in a school year has one April only: no warning', () => {
    expect(read('апрель', '2023/2024').issues).toEqual([]);
  });

  it('«в течение года» in a school year keeps rule 13 (calendar years) and warns', () => {
    const s = read('в течение года', '2023/2024');
    expect(windows(s)).toEqual(['2024-01-01..2024-12-31']);
    expect(s.issues.map((i) => i.code)).toEqual(['school-year-ambiguous']);
  });
});
