import type { Cursor } from './cursor.js';
import { issue, MESSAGES } from './issues.js';
import { parsePoint } from './parse-point.js';
import { schoolSpan } from './spans.js';
import type { Item, ItemMode } from './structure.js';
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
  const connector =
    n?.t === 'dash' ||
    (n?.t === 'kw' && (n.k === 'through' || n.k === 'until') && (mode === 'from' || a.shape === 'dayOnly'));
  if (connector) {
    const save = c.i;
    c.i++;
    b = parsePoint(c, issues);
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
  if (b && a.shape === 'year' && b.shape === 'school' && b.y !== null && a.y !== null && b.y > a.y) {
    // «2021-2022 учебный год»: the second year is where the school year ends
    a = { ...schoolSpan(a.y, a.o, b.o + b.l - a.o), eyOff: b.y - a.y };
    b = null;
  }
  c.skip('incl', 'yearw');
  return { mode: b && mode === 'from' ? 'window' : mode, a, b };
}
