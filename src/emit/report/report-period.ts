import type { IsoDate, Period } from '../../schedule/types.js';
import { daysInMonth, ruDate } from '../../util/dates.js';

const QUARTERS = ['I', 'II', 'III', 'IV'];

/**
 * The period of a report as a department names it: «за 2021 год», «за I квартал 2021 года», «за I полугодие
 * 2021 года», «за 2021/2022 учебный год», else «за период с 01.02.2021 по 15.03.2021».
 */
export function reportPeriodLine(period: Period): string {
  const [sy, sm, sd] = period.start.split('-').map(Number) as [number, number, number];
  const [ey, em, ed] = period.end.split('-').map(Number) as [number, number, number];
  const wholeMonths = sd === 1 && ed === daysInMonth(ey, em);
  if (wholeMonths && sy === ey) {
    if (sm === 1 && em === 12) return `за ${sy} год`;
    if (em - sm === 2 && sm % 3 === 1) return `за ${QUARTERS[(sm - 1) / 3]} квартал ${sy} года`;
    if (em - sm === 5 && (sm === 1 || sm === 7)) return `за ${sm === 1 ? 'I' : 'II'} полугодие ${sy} года`;
  }
  if (wholeMonths && sm === 9 && em === 8 && ey === sy + 1) return `за ${sy}/${ey} учебный год`;
  return `за период с ${ruDate(period.start)} по ${ruDate(period.end)}`;
}

/** The report's period: the one asked for (either end may be left out), clipped to the roadmap's. */
export function reportPeriod(roadmap: Period, from: IsoDate | undefined, to: IsoDate | undefined): Period {
  const start = from && from > roadmap.start ? from : roadmap.start;
  const end = to && to < roadmap.end ? to : roadmap.end;
  return { start, end };
}
