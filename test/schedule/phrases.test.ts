import { describe, expect, it } from 'vitest';
import { parseDeadline, parsePeriod } from '../../src/schedule/index.js';
import type { ScheduleKind } from '../../src/schedule/types.js';
import { each, expandWithRrule, mon, mons, QUARTERS, w, Y3, year, type Expected, type Row } from './helpers.js';
import { SHAPES } from './phrase-shapes.js';

/** Every distinct phrase of the МСОКО seed (period 2020–2022). */
const MSOKO: Row[] = [
  ['Сентябрь ежегодно', '2020-2022', 'recurring', each(Y3, (y) => mon(y, 9))],
  ['Июль ежегодно', '2020-2022', 'recurring', each(Y3, (y) => mon(y, 7))],
  ['Август-сентябрь, ежегодно', '2020-2022', 'recurring', each(Y3, (y) => mons(y, 8, 9))],
  ['В соответствии с графиком проведения МСИ', '2020-2022', 'external', []],
  ['В соответствии с графиком проведения НИКО', '2020-2022', 'external', []],
  ['В соответствии с графиком РПР', '2020-2022', 'external', []],
  ['Ежегодно', '2020-2022', 'recurring', each(Y3, year)],
  ['Ежеквартально', '2020-2022', 'recurring', Y3.flatMap(QUARTERS)],
  ['2020-2022', '2020-2022', 'once', ['2020-01-01..2022-12-31']],
  ['Ежегодно, июль-август', '2020-2022', 'recurring', each(Y3, (y) => mons(y, 7, 8))],
  ['Август-декабрь 2020', '2020-2022', 'once', ['2020-08-01..2020-12-31']],
  ['Декабрь 2020', '2020-2022', 'once', ['2020-12-01..2020-12-31']],
  ['Февраль 2021', '2020-2022', 'once', ['2021-02-01..2021-02-28']],
  ['Первое полугодие 2021', '2020-2022', 'once', ['2021-01-01..2021-06-30']],
  ['Март 2020', '2020-2022', 'once', ['2020-03-01..2020-03-31']],
  ['Ежегодно (в соответствии с графиком проведения мероприятий)', '2020-2022', 'recurring', each(Y3, year)],
  ['Постоянно', '2020-2022', 'continuous', ['2020-01-01..2022-12-31']],
  ['2020-2022 (по графику проведения мероприятий)', '2020-2022', 'once', ['2020-01-01..2022-12-31']],
  ['2020-2022 (в соответствии с планом ГАОУ ДПО ИРР ПО)', '2020-2022', 'once', ['2020-01-01..2022-12-31']],
  ['август 2020 г.', '2020-2022', 'once', ['2020-08-01..2020-08-31']],
  ['Август-сентябрь 2020', '2020-2022', 'once', ['2020-08-01..2020-09-30']],
  ['Январь-февраль 2021', '2020-2022', 'once', ['2021-01-01..2021-02-28']],
  ['Январь-февраль 2020', '2020-2022', 'once', ['2020-01-01..2020-02-29']],
  ['Октябрь-ноябрь ежегодно', '2020-2022', 'recurring', each(Y3, (y) => mons(y, 10, 11))],
  ['Ежегодно, декабрь', '2020-2022', 'recurring', each(Y3, (y) => mon(y, 12))],
  ['Апрель-май 2020', '2020-2022', 'once', ['2020-04-01..2020-05-31']],
  ['2020 2022', '2020-2022', 'once', ['2020-01-01..2022-12-31']],
  ['2021', '2020-2022', 'once', ['2021-01-01..2021-12-31']],
  ['Январь 2020', '2020-2022', 'once', ['2020-01-01..2020-01-31']],
  ['Согласно дорожной карте проекта', '2020-2022', 'external', []],
  ['Август 2020', '2020-2022', 'once', ['2020-08-01..2020-08-31']],
  ['Ежегодно, по итогам учебного года', '2020-2022', 'recurring', each(Y3, (y) => mon(y, 6))],
  ['Январь 2022, далее один раз в два года', '2020-2022', 'recurring', ['2022-01-01..2022-01-31']],
  ['Февраль 2022, далее один раз в два года', '2020-2022', 'recurring', ['2022-02-01..2022-02-28']],
  ['Ноябрь 2021, далее один раз в два года', '2020-2022', 'recurring', ['2021-11-01..2021-11-30']],
  ['Ежегодно - май', '2020-2022', 'recurring', each(Y3, (y) => mon(y, 5))],
  ['Ежегодно - март', '2020-2022', 'recurring', each(Y3, (y) => mon(y, 3))],
  [
    'Ежегодно Сентябрь - февраль',
    '2020-2022',
    'recurring',
    ['2020-09-01..2021-02-28', '2021-09-01..2022-02-28', '2022-09-01..2023-02-28'],
  ],
  ['Ежегодно - сентябрь, май', '2020-2022', 'recurring', Y3.flatMap((y) => [mon(y, 5), mon(y, 9)])],
  ['Ноябрь 2021', '2020-2022', 'once', ['2021-11-01..2021-11-30']],
];

/** Every distinct phrase of the «500+» seed (period 2023), line breaks as in the document. */
const P500: Row[] = [
  ['Декабрь \n2022', '2023', 'once', ['2022-12-01..2022-12-31']],
  ['Январь \n2023', '2023', 'once', [mon(2023, 1)]],
  ['В течение\nгода', '2023', 'recurring', [year(2023)]],
  ['В течение года', '2023', 'recurring', [year(2023)]],
  ['Февраль \n2023', '2023', 'once', [mon(2023, 2)]],
  ['Февраль\n2023', '2023', 'once', [mon(2023, 2)]],
  ['Февраль\n 2023', '2023', 'once', [mon(2023, 2)]],
  ['Март \n2023', '2023', 'once', [mon(2023, 3)]],
  ['Март\n2023', '2023', 'once', [mon(2023, 3)]],
  ['Март-апрель\n2023', '2023', 'once', ['2023-03-01..2023-04-30']],
  ['Март- апрель 2023', '2023', 'once', ['2023-03-01..2023-04-30']],
  ['Апрель\n 2023', '2023', 'once', [mon(2023, 4)]],
  ['Апрель-май\n2023', '2023', 'once', ['2023-04-01..2023-05-31']],
  ['Май \n2023', '2023', 'once', [mon(2023, 5)]],
  ['Июнь \n2023', '2023', 'once', [mon(2023, 6)]],
  ['Август \n2023', '2023', 'once', [mon(2023, 8)]],
  ['Сентябрь 2023', '2023', 'once', [mon(2023, 9)]],
  ['Октябрь\n2023', '2023', 'once', [mon(2023, 10)]],
  ['Ноябрь \n2023', '2023', 'once', [mon(2023, 11)]],
  ['Декабрь\n2023', '2023', 'once', [mon(2023, 12)]],
];

const ROWS: Row[] = [...MSOKO, ...P500, ...SHAPES];

function check(phrase: string, periodText: string, kind: ScheduleKind, expected: Expected) {
  const period = parsePeriod(periodText);
  expect(period, periodText).not.toBeNull();
  const s = parseDeadline(phrase, { period: period! });
  expect(s.kind).toBe(kind);
  expect(s.issues.filter((i) => i.severity === 'error')).toEqual([]);
  if (Array.isArray(expected)) {
    expect(s.occurrences).toEqual(expected.map(w));
  } else {
    expect(s.occurrences.length).toBe(expected.count);
    expect(s.occurrences[0]).toEqual(w(expected.first));
    expect(s.occurrences.at(-1)).toEqual(w(expected.last));
  }
  if (kind === 'recurring') expect(s.rrule).not.toBeNull();
  else expect(s.rrule).toBeNull();
  return s;
}

describe('deadline phrases', () => {
  it('has at least 150 rows', () => {
    expect(ROWS.length).toBeGreaterThanOrEqual(150);
  });

  it.each(ROWS)('%j in %s → %s', (phrase, period, kind, expected) => {
    check(phrase, period, kind, expected);
  });
});

describe('RRULE of every recurring row expands to the deadlines', () => {
  it.each(ROWS.filter((r) => r[2] === 'recurring'))('%j in %s', (phrase, periodText) => {
    const s = parseDeadline(phrase, { period: parsePeriod(periodText)! });
    expect(s.dtstart).toBe(s.occurrences[0]?.end);
    expect(s.rrule).toMatch(/UNTIL=\d{8}$/);
    expect(s.rrule?.endsWith(`UNTIL=${s.occurrences.at(-1)?.end.replaceAll('-', '')}`)).toBe(true);
    expect(expandWithRrule(s)).toEqual(s.occurrences.map((o) => o.end));
  });
});

export { ROWS };

describe('«каждые …» is never dropped silently', () => {
  it.each(['каждые -3 дня', 'ежегодно каждые', 'каждые'])(
    '«%s» is unreadable, not read as something else',
    (phrase) => {
      const s = parseDeadline(phrase, { period: parsePeriod('2023')! });
      expect(s.kind).toBe('unknown');
      expect(s.issues.map((i) => i.code)).toContain('phrase-unreadable');
    },
  );
});

describe('messages quote what the user wrote', () => {
  it('an emoji is quoted whole, not as broken halves', () => {
    const s = parseDeadline('😀 март', { period: parsePeriod('2023')! });
    expect(s.kind).toBe('unknown');
    expect(s.issues[0]!.message).toContain('«😀»');
  });
});
