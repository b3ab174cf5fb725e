// The shapes the mutation property (mutation.test.ts) found read into other dates without a word: each is now
// read as a school would, or reported at the place that was not read.
import { describe, expect, it } from 'vitest';
import { parseDeadline, parsePeriod } from '../../src/schedule/index.js';
import type { Schedule } from '../../src/schedule/types.js';

const read = (phrase: string, period: string): Schedule => parseDeadline(phrase, { period: parsePeriod(period)! });
const codes = (s: Schedule) => s.issues.map((i) => i.code);
const windows = (s: Schedule) => s.occurrences.map((o) => `${o.start}..${o.end}`);

describe('mutated phrases are read right or reported', () => {
  it('a date in brackets that the deadline does not apply is reported, not dropped quietly', () => {
    const phrase = 'ежеквартально до 15 числа месяца (за год до 25 числа месяца), следующего за отчетным';
    const s = read(phrase, '2024');
    expect(codes(s)).toContain('bracket-date');
    expect(codes(read(phrase.replace('до 25 числа', '25 до числа'), '2024'))).toContain('bracket-date');
    const at = s.issues.find((i) => i.code === 'bracket-date')!;
    expect(phrase.slice(at.offset, at.offset! + at.length!)).toBe('(за год до 25 числа месяца)');
    expect(at.message).toContain('за год до 25 числа месяца');
  });

  it.each(['(42 учебных дня)', '(8 недель)', '(для 1 классов)'])('a remark %s without a date is no warning', (note) => {
    const s = read(`01.09 - 28.10.2022 ${note}`, '2022/2023');
    expect(codes(s)).toEqual([]);
    expect(windows(s)).toEqual(['2022-09-01..2022-10-28']);
  });

  it.each([
    ['27- октября 2023 года', '2023/2024', ['2023-10-27..2023-10-27']],
    ['27 -октября 2023 года', '2023/2024', ['2023-10-27..2023-10-27']],
    ['28 -марта – 05 апреля 2026 г.', '2025/2026', ['2026-03-28..2026-04-05']],
  ])('«%s»: a dash between a day and its month is a slip, read through and reported', (phrase, period, want) => {
    const s = read(phrase, period);
    expect(codes(s)).toEqual(['punctuation-odd']);
    expect(windows(s)).toEqual(want);
  });

  it('«3 - 4 марта» is still a range of days, without a warning', () => {
    const s = read('3 - 4 марта 2024', '2024');
    expect(codes(s)).toEqual([]);
    expect(windows(s)).toEqual(['2024-03-03..2024-03-04']);
  });

  it('«02.09.,24-25.10.24»: a comma glued after a date’s dot is reported; «12,13 января» is a list', () => {
    expect(codes(read('02.09.,24-25.10.24', '2024/2025'))).toContain('punctuation-odd');
    expect(codes(read('12,13 января', '2021'))).toEqual([]);
  });

  it.each([
    ['1;1 января', '2025'],
    ['2;4.03.23', '2022/2023'],
  ])('«%s»: a semicolon glued inside a number is reported', (phrase, period) => {
    expect(codes(read(phrase, period))).toContain('punctuation-odd');
  });

  it('«Февраль; 2022»: the year after a semicolon is the month’s year, with a warning', () => {
    const s = read('Февраль; 2022', '2022');
    expect(codes(s)).toEqual(['comma-year']);
    expect(windows(s)).toEqual(['2022-02-01..2022-02-28']);
  });

  it.each(['в течение учебного полугодия', 'учебных недель', '01.09 - 28.10.2022 учебных (42 дня)'])(
    '«%s»: «учебный» without «год» is not the whole school year',
    (phrase) => {
      const s = read(phrase, '2022/2023');
      expect(codes(s)).toContain('phrase-unreadable');
      expect(s.occurrences).toEqual([]);
    },
  );

  it.each(['учебный год', 'в течение учебного года', '2022/2023 учебный'])(
    '«%s» is still the school year',
    (phrase) => {
      const s = read(phrase, '2022/2023');
      expect(windows(s)).toEqual(['2022-09-01..2023-05-31']);
    },
  );

  it('«по мере необходимости не реже 2 раз в год» (no «, но»): the minimum frequency is read, not swallowed', () => {
    const s = read('по мере необходимости не реже 2 раз в год', '2024/2025');
    expect(s.kind).toBe('recurring');
    expect(windows(s)).toEqual(['2024-09-01..2024-12-31', '2025-01-01..2025-05-31']);
    expect(s.note).toBe('по мере необходимости');
  });

  it('«по мере но необходимости, не реже 2 раз в год»: «но» ends the clause, the rest is not swallowed', () => {
    const s = read('по мере но необходимости, не реже 2 раз в год', '2024/2025');
    expect(s.kind).not.toBe('external');
    expect(codes(s)).toContain('phrase-unreadable');
  });
});
