import { daysInMonth, iso, parseIso } from '../util/dates.js';
import type { Period } from './types.js';

const YEAR = /^(\d{4})$/;
const YEAR_RANGE = /^(\d{4})\s*[-–—‑]\s*(\d{4})$/;
const SCHOOL_YEAR = /^(\d{4})\s*\/\s*(\d{2}|\d{4})$/;
const DATE_RANGE = /^(\d{4}-\d{2}-\d{2})\s*\.\.\s*(\d{4}-\d{2}-\d{2})$/;

/**
 * A roadmap period: `2023`, `2020-2022`, `2023/2024` or `2023/24` (school year, 1 Sep .. 31 Aug),
 * `2023-09-01..2024-08-31`. A reversed range is returned as written so the caller can report it;
 * anything else unreadable gives null.
 */
export function parsePeriod(text: string): Period | null {
  const t = text.trim();
  let m = YEAR.exec(t);
  if (m) return years(Number(m[1]), Number(m[1]));
  m = YEAR_RANGE.exec(t);
  if (m) return years(Number(m[1]), Number(m[2]));
  m = SCHOOL_YEAR.exec(t);
  if (m) {
    const first = Number(m[1]);
    const raw = m[2] ?? '';
    const second = raw.length === 2 ? Math.floor(first / 100) * 100 + Number(raw) : Number(raw);
    if (second !== first + 1) return null;
    return { start: iso(first, 9, 1), end: iso(second, 8, 31) };
  }
  m = DATE_RANGE.exec(t);
  if (m && parseIso(m[1] ?? '') && parseIso(m[2] ?? '')) return { start: m[1] ?? '', end: m[2] ?? '' };
  return null;
}

function years(first: number, last: number): Period {
  return { start: iso(first, 1, 1), end: iso(last, 12, 31) };
}

/** The shortest text `parsePeriod` reads back as the same period. */
export function formatPeriod(p: Period): string {
  const s = parseIso(p.start);
  const e = parseIso(p.end);
  if (s && e) {
    if (s.m === 1 && s.d === 1 && e.m === 12 && e.d === 31 && e.y >= s.y) {
      return s.y === e.y ? String(s.y) : `${s.y}-${e.y}`;
    }
    if (s.m === 9 && s.d === 1 && e.m === 8 && e.d === daysInMonth(e.y, 8) && e.y === s.y + 1) return `${s.y}/${e.y}`;
  }
  return `${p.start}..${p.end}`;
}

/** A period from 1 September to 31 August (of one or several school years): terms count in school years. */
export function isSchoolPeriod(period: Period): boolean {
  return period.start.slice(5) === '09-01' && period.end.slice(5) === '08-31';
}
