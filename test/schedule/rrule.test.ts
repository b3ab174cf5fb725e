import { describe, expect, it } from 'vitest';
import { parseDeadline, parsePeriod } from '../../src/schedule/index.js';
import { expandWithRrule, RRULE_PERIODS, RRULE_PHRASES } from './helpers.js';

/** Generated: every repeating shape × periods of different lengths, leap years and school years. */
const PHRASES = [
  ...RRULE_PHRASES,
  'в течение года',
  'до 31 числа каждого месяца',
  'по пятницам',
  'каждое воскресенье',
  'ежегодно, IV квартал',
  'март 2021, ноябрь 2022',
  'ежеквартально, 2024',
  'Ежегодно, по итогам учебного года',
];

describe('RRULE expansion equals the deadlines (rrule.js)', () => {
  const cases = PHRASES.flatMap((p) => RRULE_PERIODS.map((period) => [p, period] as const));
  it.each(cases)('%j in %s', (phrase, periodText) => {
    const s = parseDeadline(phrase, { period: parsePeriod(periodText)! });
    if (s.kind !== 'recurring' || !s.occurrences.length) {
      expect(s.rrule).toBeNull();
      return;
    }
    expect(s.rrule, JSON.stringify(s.issues)).not.toBeNull();
    expect(s.dtstart).toBe(s.occurrences[0]?.end);
    expect(expandWithRrule(s)).toEqual(s.occurrences.map((o) => o.end));
    for (const o of s.occurrences) expect(o.start <= o.end).toBe(true);
  });

  it.each([
    ['Ежеквартально', '2020-2022', 'FREQ=YEARLY;BYMONTH=3,6,9,12;BYMONTHDAY=-1;UNTIL=20221231'],
    ['Ежегодно Сентябрь - февраль', '2020-2022', 'FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1;UNTIL=20230228'],
    ['ежемесячно', '2023', 'FREQ=MONTHLY;BYMONTHDAY=-1;UNTIL=20231231'],
    ['еженедельно', '2023', 'FREQ=WEEKLY;BYDAY=SU;UNTIL=20231231'],
    [
      'Январь 2022, далее один раз в два года',
      '2020-2026',
      'FREQ=YEARLY;INTERVAL=2;BYMONTH=1;BYMONTHDAY=-1;UNTIL=20260131',
    ],
    ['в первый понедельник марта', '2020-2022', 'FREQ=YEARLY;BYMONTH=3;BYDAY=1MO;UNTIL=20220307'],
    ['до 10 числа каждого месяца', '2023', 'FREQ=MONTHLY;BYMONTHDAY=10;UNTIL=20231210'],
    ['Ежегодно - сентябрь, май', '2020-2022', 'FREQ=YEARLY;BYMONTH=5,9;BYMONTHDAY=-1;UNTIL=20220930'],
  ])('%j in %s → %s', (phrase, period, rrule) => {
    expect(parseDeadline(phrase, { period: parsePeriod(period)! }).rrule).toBe(rrule);
  });
});
