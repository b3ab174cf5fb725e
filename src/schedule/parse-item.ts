import type { Cursor } from './cursor.js';
import { issue, MESSAGES } from './issues.js';
import { MONTH_NAMES } from './names.js';
import { parsePoint } from './parse-point.js';
import { schoolSpan } from './spans.js';
import type { Item, ItemMode } from './structure.js';
import type { Token } from './token.js';
import type { PhraseIssue } from './types.js';

/**
 * A date expression at the cursor, optionally a range «A - B», «с A по B»; «2020 2022» is read as a range with a
 * warning. Null when no date starts there.
 */
export function readItem(c: Cursor, issues: PhraseIssue[], mode: ItemMode): Item | null {
  let a = parsePoint(c, issues);
  if (!a) return null;
  let b = null;
  const n = c.peek();
  // «02.09.2024 по 25.10.2024» (no «с») is a range too when a full date follows «по»
  const fullDateNext = a.shape === 'day' && n?.t === 'kw' && n.k === 'through' && c.peek(1)?.t === 'date';
  const connector =
    n?.t === 'dash' ||
    fullDateNext ||
    (n?.t === 'kw' && (n.k === 'through' || n.k === 'until') && (mode === 'from' || a.shape === 'dayOnly'));
  if (connector) {
    const save = c.i;
    c.i++;
    b = parsePoint(c, issues);
    // «11 до сентября» is not a range: a day alone is only the start of one ending on a day («3-17 апреля»)
    if (b && a.shape === 'dayOnly' && n?.t === 'kw' && b.shape !== 'day' && b.shape !== 'dayOnly') b = null;
    if (!b) c.i = save;
  } else if (a.shape === 'year' && n?.t === 'num' && n.digits === 4 && n.v > (a.y ?? 0) && n.v <= 2100) {
    b = parsePoint(c, issues);
    if (b)
      issues.push(
        issue('dash-assumed', 'warning', MESSAGES['dash-assumed'](String(a.y), String(b.y)), {
          o: a.o,
          l: b.o + b.l - a.o,
        }),
      );
  }
  if (b && b.shape === 'year' && b.yearsOnly && a.y === null && (a.shape === 'day' || a.shape === 'month')) {
    // «15 марта -2024 года»: a dash between a date and its year is a slip, not a range to the end of 2024
    a.y = b.y;
    a.yWritten = true;
    issues.push(
      issue('dash-year', 'warning', MESSAGES['dash-year'](dateText(a.shape, a.sd, a.sm, b.y ?? 0)), {
        o: a.o,
        l: b.o + b.l - a.o,
      }),
    );
    b = null;
  }
  if (b && a.shape === 'year' && b.shape === 'school' && b.y !== null && a.y !== null && b.y > a.y) {
    // «2021-2022 учебный год»: the second year is where the school year ends
    a = { ...schoolSpan(a.y, a.o, b.o + b.l - a.o), eyOff: b.y - a.y };
    b = null;
  }
  c.skip('incl', 'yearw');
  if (b) readLength(c);
  return { mode: b && mode === 'from' ? 'window' : mode, a, b };
}

/**
 * «01.09.2025-05.10.2025 - 5 недель», «28.10.2023г.-06.11.2023г. – 10 дней»: the length of the range written after it
 * is a remark, not another date («10 числа»). It is skipped here and kept as a note by the caller (Cursor.remarks).
 */
function readLength(c: Cursor): void {
  const dash = c.peek();
  const n = c.peek(1);
  const u = c.peek(2);
  if (dash?.t !== 'dash' || n?.t !== 'num' || u?.t !== 'kw' || (u.k !== 'dayw' && u.k !== 'weekw')) return;
  let end = c.i + 3;
  // «8 недель + 2 дня»
  while (c.toks[end]?.t === 'word' && (c.toks[end] as { w: string }).w === '+') end += 3;
  const last = c.toks[Math.min(end, c.toks.length) - 1] as Token;
  c.remarks.push({ o: dash.o, l: last.o + last.l - dash.o });
  c.i = Math.min(end, c.toks.length);
}

function dateText(shape: string, d: number, m: number, y: number): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return shape === 'day' ? `${two(d)}.${two(m)}.${y}` : `${MONTH_NAMES[m - 1] ?? ''} ${y}`;
}
