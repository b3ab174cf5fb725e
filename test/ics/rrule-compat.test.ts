import ICAL from 'ical.js';
import { describe, expect, test } from 'vitest';
import { compatibleRrule } from '../../src/emit/ics/rrule-compat.js';

function expand(dtstart: string, rule: string): string[] {
  const text = `BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x\r\nDTSTART;VALUE=DATE:${dtstart.replace(/-/g, '')}\r\nRRULE:${rule}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n`;
  const it = new ICAL.Event(new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent')!).iterator();
  const out: string[] = [];
  for (let t = it.next(); t && out.length < 100; t = it.next()) out.push(t.toString());
  return out;
}

const lastDays = (years: number[], months: number[]) =>
  years.flatMap((y) => months.map((m) => new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10)));

describe('compatibleRrule', () => {
  test.each([
    [
      'quarter ends',
      '2020-03-31',
      'FREQ=YEARLY;BYMONTH=3,6,9,12;BYMONTHDAY=-1;UNTIL=20221231',
      'FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=-1;UNTIL=20221231',
      [3, 6, 9, 12],
    ],
    [
      'half-year ends',
      '2020-06-30',
      'FREQ=YEARLY;BYMONTH=6,12;BYMONTHDAY=-1;UNTIL=20221231',
      'FREQ=MONTHLY;INTERVAL=6;BYMONTHDAY=-1;UNTIL=20221231',
      [6, 12],
    ],
    [
      'May and September',
      '2020-05-31',
      'FREQ=YEARLY;BYMONTH=5,9;BYMONTHDAY=-1;UNTIL=20221231',
      'FREQ=MONTHLY;BYMONTH=5,9;BYMONTHDAY=-1;UNTIL=20221231',
      [5, 9],
    ],
  ])(
    '%s: rewritten rule expands to the last days of the months, in every year (ical.js)',
    (_, dtstart, rule, rewritten, months) => {
      expect(compatibleRrule(rule, dtstart)).toBe(rewritten);
      expect(expand(dtstart, rewritten)).toEqual(lastDays([2020, 2021, 2022], months));
    },
  );

  test.each([
    'FREQ=YEARLY;BYMONTH=9;BYMONTHDAY=-1;UNTIL=20220930',
    'FREQ=YEARLY;INTERVAL=2;BYMONTH=3,9;BYMONTHDAY=-1;UNTIL=20221231',
    'FREQ=YEARLY;BYMONTH=3,9;BYDAY=-1FR;UNTIL=20221231',
    'FREQ=MONTHLY;BYMONTHDAY=-1;UNTIL=20221231',
  ])('leaves %s as it is', (rule) => expect(compatibleRrule(rule, '2020-03-31')).toBe(rule));
});
