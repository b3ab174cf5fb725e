import { describe, expect, it } from 'vitest';
import { explainSchedule, parseDeadline } from '../../src/schedule/index.js';

describe('explainSchedule', () => {
  it('explains a recurring schedule in Russian with the next deadlines and the RRULE', () => {
    const s = parseDeadline('Ежегодно, июль-август', { period: { start: '2020-01-01', end: '2022-12-31' } });
    const text = explainSchedule(s, { today: '2021-01-15', limit: 5 });
    expect(text.split('\n')).toEqual([
      'Вид: повторяется',
      'Текст: ежегодно, июль–август',
      'Ближайшие сроки (с 15.01.2021, всего в периоде: 3):',
      '  01.07.2021 – 31.08.2021 (срок: 31.08.2021)',
      '  01.07.2022 – 31.08.2022 (срок: 31.08.2022)',
      'RRULE: FREQ=YEARLY;BYMONTH=8;BYMONTHDAY=-1;UNTIL=20220831',
      'DTSTART: 2020-08-31',
    ]);
  });

  it('respects the limit and shows issues with hints', () => {
    const s = parseDeadline('ежемесячно', { period: { start: '2023-01-01', end: '2023-12-31' } });
    expect(explainSchedule(s, { today: '2023-01-01', limit: 2 }).match(/срок:/g)).toHaveLength(2);
    const bad = parseDeadline('Март 2023 заседание', { period: { start: '2023-01-01', end: '2023-12-31' } });
    const text = explainSchedule(bad, { today: '2023-01-01', limit: 2 });
    expect(text).toContain('Вид: не распознано');
    expect(text).toContain('[phrase-unreadable]');
    expect(text).toContain('«март 2023»');
  });

  it('says so when nothing is left after today', () => {
    const s = parseDeadline('Март 2020', { period: { start: '2020-01-01', end: '2022-12-31' } });
    expect(explainSchedule(s, { today: '2021-01-01', limit: 5 })).toContain('Сроков после 01.01.2021 нет');
  });
});
