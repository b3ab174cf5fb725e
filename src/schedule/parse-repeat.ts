import type { Cursor } from './cursor.js';
import type { Kw } from './lexicon.js';
import type { Unit } from './structure.js';
import type { Token } from './token.js';

export const UNIT_WORDS: Partial<Record<Kw, Unit>> = {
  yearw: 'year',
  monthw: 'month',
  weekw: 'week',
  quarterw: 'quarter',
  halfw: 'half',
  halfyear: 'half',
  dayw: 'day',
  termw: 'term',
  trimw: 'trimester',
  holidayw: 'holiday',
};

const UNIT_RU: Record<Unit, string> = {
  year: 'год',
  quarter: 'квартал',
  half: 'полугодие',
  month: 'месяц',
  week: 'неделю',
  day: 'день',
  term: 'четверть',
  trimester: 'триместр',
  holiday: 'каникулы',
};

/** The largest interval a repetition may have («раз в 100 лет»): anything larger is a mistake, reported. */
export const MAX_INTERVAL = 100;

export interface RepeatCount {
  count: number;
  interval: number;
  unit: Unit;
  /** «раз в учебный год» */
  school: boolean;
  /** Index of the first token, and where the words are in the phrase. */
  from: number;
  where: { o: number; l: number };
  text: string;
}

const kwAt = (toks: Token[], j: number): Kw | null => {
  const t = toks[j];
  return t?.t === 'kw' ? t.k : null;
};

/** «[N] раз(а) в [M] <unit>», «дважды в год», «один раз в два года»; moves the cursor past it when found. */
export function readRepeatCount(c: Cursor): RepeatCount | null {
  const toks = c.toks;
  const from = c.i;
  let j = from;
  let count = 1;
  const t = toks[j];
  if (t?.t === 'num' && t.digits === -1) {
    count = t.v;
    j++;
  } else if (t?.t === 'num' && t.digits >= 0 && kwAt(toks, j + 1) === 'times') {
    count = t.v;
    j += 2;
  } else if (kwAt(toks, j) === 'times') {
    j++;
  } else {
    return null;
  }
  while (kwAt(toks, j) === 'in' || kwAt(toks, j) === 'every') j++;
  let interval = 1;
  const n = toks[j];
  if (n?.t === 'num' && n.digits >= 0) {
    interval = n.v;
    j++;
  }
  const u = toks[j];
  const k = kwAt(toks, j);
  if (!u || !k) return null;
  let unit = UNIT_WORDS[k];
  const school = !unit && k === 'school';
  if (school) {
    unit = 'year';
    if (kwAt(toks, j + 1) === 'yearw') j++;
  }
  if (!unit) return null;
  const first = t as Token;
  const last = toks[j] as Token;
  c.i = j + 1;
  const where = { o: first.o, l: last.o + last.l - first.o };
  return {
    count,
    interval,
    unit,
    school,
    from,
    where,
    text: `${count} раза в ${interval > 1 ? `${interval} ` : ''}${UNIT_RU[unit]}`,
  };
}
