import { describe, expect, it } from 'vitest';
import { parseDeadline, parsePeriod } from '../../src/schedule/index.js';
import type { Schedule } from '../../src/schedule/types.js';

const read = (phrase: string, period: string): Schedule => parseDeadline(phrase, { period: parsePeriod(period)! });
const codes = (s: Schedule) => s.issues.map((i) => i.code);
const errors = (s: Schedule) => s.issues.filter((i) => i.severity === 'error').map((i) => i.code);
const warnings = (s: Schedule) => s.issues.filter((i) => i.severity === 'warning').map((i) => i.code);
const ends = (s: Schedule) => s.occurrences.map((o) => o.end);

/** The misreadings listed in issue #17: each read as a school would, or reported — never silently wrong. */
describe('misreadings of issue #17', () => {
  it('«до 15.09.2024 г., далее ежемесячно»: the 15th, then the 15th of every month', () => {
    const s = read('до 15.09.2024 г., далее ежемесячно', '2024/2025');
    expect(errors(s)).toEqual([]);
    expect(s.kind).toBe('recurring');
    expect(ends(s)).toEqual([
      '2024-09-15',
      '2024-10-15',
      '2024-11-15',
      '2024-12-15',
      '2025-01-15',
      '2025-02-15',
      '2025-03-15',
      '2025-04-15',
      '2025-05-15',
      '2025-06-15',
      '2025-07-15',
      '2025-08-15',
    ]);
    expect(s.rrule).toBe('FREQ=MONTHLY;BYMONTHDAY=15;UNTIL=20250815');
  });

  it.each([
    ['2024-03-15', '2024-03-15'],
    ['до 2024-03-15', '2024-03-15'],
    ['2023.01.01', '2023-01-01'],
  ])('«%s» (year first) is that one day', (phrase, day) => {
    const s = read(phrase, '2023-2024');
    expect(errors(s)).toEqual([]);
    expect(s.kind).toBe('once');
    expect(s.occurrences).toEqual([{ start: day, end: day }]);
  });

  it.each(['2024-02-30', '2023.13.01', '2024-00-10'])('«%s» is a date that does not exist', (phrase) => {
    const s = read(phrase, '2024');
    expect(s.kind).toBe('unknown');
    expect(codes(s)).toContain('date-invalid');
  });

  it.each(['2024-03-15', '15 числа 03', '3-17', 'с 5 по 45 марта', '31 2024', '2024 – 31'])(
    'the hint for «%s» is never an impossible date',
    (phrase) => {
      const s = read(phrase, '2024');
      for (const i of s.issues) {
        if (i.hint === undefined) continue;
        expect(i.hint).not.toMatch(/\b00\.|\.00\b/);
        const again = read(i.hint, '2024');
        expect(errors(again), `hint «${i.hint}»`).toEqual([]);
      }
    },
  );

  it('«Март (2023»: an unclosed bracket is read through, with a warning', () => {
    const s = read('Март (2023', '2024/2025');
    expect(s.occurrences).toEqual([{ start: '2023-03-01', end: '2023-03-31' }]);
    expect(warnings(s)).toContain('bracket-unclosed');
  });

  it('«Март  ,  2023» is March 2023 (a comma before the year), with a warning', () => {
    const s = read('Март  ,  2023', '2023');
    expect(errors(s)).toEqual([]);
    expect(s.kind).toBe('once');
    expect(s.occurrences).toEqual([{ start: '2023-03-01', end: '2023-03-31' }]);
    expect(warnings(s)).toContain('comma-year');
  });

  it('«май, сентябрь 2022» still has both months in 2022', () => {
    const s = read('май, сентябрь 2022', '2022');
    expect(ends(s)).toEqual(['2022-05-31', '2022-09-30']);
  });

  it('«в соответствии с графиком; Март 2023» keeps the date, the clause becomes a note', () => {
    const s = read('в соответствии с графиком; Март 2023', '2023');
    expect(errors(s)).toEqual([]);
    expect(s.kind).toBe('once');
    expect(s.occurrences).toEqual([{ start: '2023-03-01', end: '2023-03-31' }]);
    expect(s.note).toBe('в соответствии с графиком');
  });

  it.each(['раз в 0 лет', 'каждые 0 месяцев', '0 раз в год', 'каждые 99999999999999999999 года', 'раз в 500 лет'])(
    '«%s» is an error: a number out of range',
    (phrase) => {
      const s = read(phrase, '2023');
      expect(s.kind).toBe('unknown');
      expect(s.occurrences).toEqual([]);
      expect(codes(s)).toContain('number-out-of-range');
    },
  );

  it('a daily rule over 1900–2100 reaches the occurrence cap with a warning, not silently', () => {
    const s = read('ежедневно', '1900-2100');
    expect(s.occurrences.length).toBe(20_000);
    const w = s.issues.find((i) => i.code === 'occurrences-capped');
    expect(w?.severity).toBe('warning');
    expect(w?.message).toContain('20');
    expect(w?.message).toContain(s.occurrences.at(-1)!.end.slice(0, 4));
  });
});

/** Slips found by mutating the real-phrase corpus: read through where the meaning is clear, and always said. */
describe('slips of the hand are said', () => {
  it.each([
    ['6 ноября ,— 29 декабря', '2023/2024', 'punctuation-odd'],
    ['16.02.2026 по 24.02-.2026', '2025/2026', 'punctuation-odd'],
    ['2; марта 2023 года', '2022/2023', 'punctuation-odd'],
    ['с 09 мая 2024 года ;по 10 мая 2024 года', '2023/2024', 'punctuation-odd'],
    ['15 марта -2024 года', '2023/2024', 'dash-year'],
    ['Август года 2022', '2022-2027', 'dates-juxtaposed'],
    ['сентябрь  октябрь, ежегодно', '2022/2023', 'dates-juxtaposed'],
    ['15.02.25-24.02.99', '2024/2025', 'range-long'],
    ['01.09.2023 –', '2023/2024', 'phrase-unreadable'],
    ['с 13 декабря по ;17 декабря 2021 г.', '2021/2022', 'phrase-unreadable'],
  ])('«%s» in %s → %s', (phrase, period, code) => {
    expect(codes(read(phrase, period))).toContain(code);
  });

  it.each([
    ['с 09 мая 2024 года ;по 10 мая 2024 года', '2023/2024', [{ start: '2024-05-09', end: '2024-05-10' }]],
    ['15 марта -2024 года', '2023/2024', [{ start: '2024-03-15', end: '2024-03-15' }]],
    ['25--26 января 2023 года', '2022/2023', [{ start: '2023-01-25', end: '2023-01-26' }]],
  ])('«%s» still reads as meant', (phrase, period, occurrences) => {
    expect(read(phrase, period).occurrences).toEqual(occurrences);
  });
});
