import { issue, MESSAGES } from './issues.js';
import { MONTH_GENITIVE } from './names.js';
import type { Item, Span } from './structure.js';
import type { PhraseIssue } from './types.js';

/**
 * Missing parts are taken from the neighbouring date, as people write them: «3-17 апреля 2022» (the start takes
 * the month and year of the end), «декабрь – март 2021» (December of 2020), «май, сентябрь 2022» (both in 2022).
 * A year changes only between months: «с 20.06 по 10.06.2021» stays reversed and is reported, never guessed.
 */
export function fillItems(items: Item[], issues: PhraseIssue[]): void {
  for (const it of items) if (it.b) fillRange(it.a, it.b);
  for (let k = items.length - 2; k >= 0; k--) {
    const cur = items[k] as Item;
    const next = (items[k + 1] as Item).a;
    if (!isDate(cur.a) || !isDate(next)) continue;
    if (cur.a.shape === 'dayOnly' && next.sm > 0) {
      // «5, 12 марта» lists days; «2; марта» (a month alone after the day) is a slip read as «2 марта»: said
      if (next.shape === 'month')
        issues.push(
          issue(
            'punctuation-odd',
            'warning',
            MESSAGES['punctuation-odd'](`${cur.a.sd} ${MONTH_GENITIVE[next.sm - 1] ?? ''}`),
            cur.a,
          ),
        );
      takeMonth(cur.a, next);
    }
    if (cur.a.y === null && next.y !== null && !cur.a.yearsOnly) {
      // a whole year next («март, 2023») starts in January but is the same year, not the next one
      cur.a.y = next.y - (cur.a.sm > next.sm && !next.yearsOnly ? 1 : 0);
      if (cur.b) fillRange(cur.a, cur.b);
    }
  }
  for (const it of items) {
    for (const s of [it.a, it.b]) {
      if (s?.shape === 'dayOnly')
        issues.push(issue('date-incomplete', 'error', MESSAGES['date-incomplete'](String(s.sd)), s));
    }
  }
}

const isDate = (s: Span): boolean => s.shape !== 'monthDay' && s.shape !== 'weekday' && s.shape !== 'nth';

function takeMonth(a: Span, from: Span): void {
  a.sm = a.em = from.sm;
  a.shape = 'day';
}

function fillRange(a: Span, b: Span): void {
  if (a.shape === 'dayOnly' && b.sm > 0 && b.shape !== 'dayOnly') takeMonth(a, b);
  if (a.y === null && b.y !== null) a.y = b.y - (a.sm > b.sm ? 1 : 0);
  else if (b.y === null && a.y !== null) b.y = a.y + (b.sm < a.sm ? 1 : 0);
}
