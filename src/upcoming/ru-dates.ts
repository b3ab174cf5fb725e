import { isoWeekday, ruDate } from '../util/dates.js';

const WEEKDAYS = ['пн', 'вт', 'ср', 'чт', 'пт', 'сб', 'вс'] as const;

/** «пн, 02.10.2023» */
export function ruDateWithWeekday(iso: string): string {
  return `${WEEKDAYS[isoWeekday(iso) - 1]}, ${ruDate(iso)}`;
}
