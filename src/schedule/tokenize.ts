import { guessWord } from './fuzzy.js';
import { LEXICON, PHRASES, type Kw, type Lex } from './lexicon.js';
import { normalize } from './normalize.js';
import type { Note, Token, Tokenized } from './token.js';

/** Latin letters that look like Cyrillic ones: «c 1 марта» typed on the wrong layout still reads. */
const LOOKALIKE: Record<string, string> = {
  a: 'а',
  c: 'с',
  e: 'е',
  o: 'о',
  p: 'р',
  x: 'х',
  y: 'у',
  k: 'к',
  m: 'м',
  t: 'т',
  b: 'в',
  h: 'н',
};
const ROMAN: Record<string, number> = {
  i: 1,
  ii: 2,
  iii: 3,
  iv: 4,
  v: 5,
  vi: 6,
  vii: 7,
  viii: 8,
  ix: 9,
  x: 10,
  xi: 11,
  xii: 12,
};
const ORDINAL_SUFFIX = new Set([
  'й',
  'я',
  'е',
  'го',
  'ого',
  'ый',
  'ой',
  'ая',
  'ое',
  'ий',
  'м',
  'ом',
  'х',
  'ти',
  'ех',
  'ух',
]);
const TERM_LENGTH = /^(месячн|дневн|недельн|летн)(ый|ого|ом|ые|ых|ой)$/;

interface RawWord {
  t: 'rawword';
  w: string;
  o: number;
  l: number;
  guess?: string;
}
type Raw = Token | RawWord;

const PUNCT = new Set<Raw['t']>(['dash', 'sep', 'colon', 'slash']);
const PUNCT_CHARS = new Set(['-', ',', ';', ':', '/']);
const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';
const isCyr = (c: string): boolean => (c >= 'а' && c <= 'я') || c === 'ё';
const isLat = (c: string): boolean => c >= 'a' && c <= 'z';
const isLetter = (c: string | undefined): boolean => c !== undefined && (isCyr(c) || isLat(c));

/** Phrase → tokens: numbers, dates, words of the lexicon (typos guessed), punctuation; brackets become notes. */
export function tokenize(phrase: string): Tokenized {
  const { text: s, map } = normalize(phrase);
  const span = (a: number, b: number) => {
    const o = map[a] ?? 0;
    return { o, l: (map[b - 1] ?? o) + 1 - o };
  };
  const raws: Raw[] = [];
  const notes: Note[] = [];
  const unclosed: Array<{ o: number; l: number }> = [];
  const odd: Array<{ o: number; l: number }> = [];
  let i = 0;
  while (i < s.length) {
    const c = s[i] ?? '';
    if (c === '.' && i > 0 && PUNCT_CHARS.has(s[i - 1] ?? '')) {
      // «24.02-.2025», «30.12;.2023»: a dot after a dash or comma is a slip inside a date
      odd.push(span(i - 1, i + 1));
      i++;
    } else if (c === ' ' || c === '.' || c === ')' || c === ']') {
      i++;
    } else if ((c === '(' || c === '[') && findClose(s, i) >= s.length) {
      unclosed.push(span(i, i + 1));
      i++;
    } else if (c === '(' || c === '[') {
      const close = findClose(s, i);
      const from = map[i + 1] ?? phrase.length;
      const to = close < s.length ? (map[close] ?? phrase.length) : phrase.length;
      const text = phrase.slice(from, to).replace(/\s+/g, ' ').trim();
      if (text) notes.push({ text, ...span(i, Math.min(close + 1, s.length)) });
      i = close + 1;
    } else if (isDigit(c)) {
      i = scanNumber(s, i, raws, span);
    } else if (isLetter(c)) {
      const start = i;
      while (isLetter(s[i])) i++;
      raws.push({ t: 'rawword', w: fixLayout(s.slice(start, i)), ...span(start, i) });
    } else {
      const kind =
        c === '-'
          ? 'dash'
          : c === ',' || c === ';'
            ? 'sep'
            : c === ':'
              ? 'colon'
              : c === '/' || c === '\\'
                ? 'slash'
                : null;
      // A character outside the BMP (an emoji) is two UTF-16 units: keep them together in messages.
      const width = !kind && c.charCodeAt(0) >= 0xd800 && c.charCodeAt(0) < 0xdc00 && i + 1 < s.length ? 2 : 1;
      const tok: Raw =
        kind === 'sep'
          ? { t: 'sep', semi: c === ';', ...span(i, i + 1) }
          : kind
            ? { t: kind, ...span(i, i + 1) }
            : { t: 'word', w: s.slice(i, i + width), ...span(i, i + width) };
      // «02.09.,24-25.10.24»: a comma glued between a date's closing dot and a number is a slip, not a list
      if (kind === 'sep' && s[i - 1] === '.' && isDigit(s[i - 2]) && isDigit(s[i + 1])) odd.push(span(i - 1, i + 1));
      // «1;1 января», «2;4.03.23»: a semicolon glued inside a number is a slip («12,13 января» with a comma is a list)
      else if (c === ';' && isDigit(s[i - 1]) && isDigit(s[i + 1])) odd.push(span(i, i + 1));
      // «25--26 января», «июль - -август»: a doubled dash is one dash; other marks side by side («,—», «:–») are odd
      const prev = raws[raws.length - 1];
      if (prev && PUNCT.has(prev.t) && kind && !(tok.t === 'dash' && prev.t === 'dash'))
        odd.push({ o: prev.o, l: tok.o + tok.l - prev.o });
      if (!(tok.t === 'dash' && prev?.t === 'dash')) raws.push(tok);
      i += width;
    }
  }
  return { tokens: dayDashMonth(combine(raws), odd), notes, unclosed, odd };
}

/**
 * «27- октября», «28 -марта»: a dash between a day and its month is a slip, not a range «27 октября – октябрь»
 * (a range would name a second day or month after the dash). Read as «27 октября», and reported.
 */
function dayDashMonth(tokens: Token[], odd: Array<{ o: number; l: number }>): Token[] {
  return tokens.filter((t, k) => {
    const day = tokens[k - 1];
    const slip =
      t.t === 'dash' &&
      day?.t === 'num' &&
      day.digits >= 1 &&
      day.digits <= 2 &&
      tokens[k + 1]?.t === 'month' &&
      !odd.some((u) => u.o <= t.o && t.o < u.o + u.l);
    if (slip) odd.push({ o: t.o, l: t.l });
    return !slip;
  });
}

function findClose(s: string, open: number): number {
  let depth = 0;
  for (let j = open; j < s.length; j++) {
    const c = s[j];
    if (c === '(' || c === '[') depth++;
    else if ((c === ')' || c === ']') && --depth === 0) return j;
  }
  return s.length;
}

function scanNumber(
  s: string,
  start: number,
  out: Raw[],
  span: (a: number, b: number) => { o: number; l: number },
): number {
  let i = start;
  while (isDigit(s[i])) i++;
  const a = s.slice(start, i);
  const iso = a.length === 4 ? /^([-.])(\d{1,2})\1(\d{1,2})(?!\d)/.exec(s.slice(i)) : null;
  if (iso) {
    // «2024-03-15» (ISO, as approval.date is written) and «2023.01.01»: year first
    const end = i + iso[0].length;
    out.push({ t: 'date', d: Number(iso[3]), m: Number(iso[2]), y: Number(a), yearDigits: 4, ...span(start, end) });
    return end;
  }
  // dd.mm, dd.mm., dd.mm.yy, dd.mm.yyyy
  if (a.length <= 2 && s[i] === '.' && isDigit(s[i + 1])) {
    let j = i + 1;
    const bStart = j;
    while (isDigit(s[j])) j++;
    const b = s.slice(bStart, j);
    if (b.length <= 2) {
      let y: number | null = null;
      let yearDigits = 0;
      if (s[j] === '.' && isDigit(s[j + 1])) {
        const cStart = j + 1;
        j = cStart;
        while (isDigit(s[j])) j++;
        const c = s.slice(cStart, j);
        yearDigits = c.length;
        y = c.length === 2 ? 2000 + Number(c) : Number(c);
      } else if (s[j] === '.') {
        j++;
      }
      out.push({ t: 'date', d: Number(a), m: Number(b), y, yearDigits, ...span(start, j) });
      return j;
    }
  }
  out.push({ t: 'num', v: Number(a), digits: a.length, ...span(start, i) });
  // «1-й квартал», «2-е полугодие», «3-х месяцев»
  if (s[i] === '-' && isLetter(s[i + 1])) {
    let j = i + 1;
    while (isLetter(s[j])) j++;
    const suffix = s.slice(i + 1, j);
    if (ORDINAL_SUFFIX.has(suffix)) return j;
    if (TERM_LENGTH.test(suffix)) {
      // «в 3-месячный срок», «в 10-дневный срок»: counted from an event, like «в месячный срок»
      out.pop();
      out.push({ t: 'ext', rel: true, ...span(start, j) });
      return j;
    }
  }
  return i;
}

function fixLayout(word: string): string {
  let cyr = false;
  let lat = false;
  for (const c of word) {
    if (isCyr(c)) cyr = true;
    else lat = true;
  }
  if (!lat || (!cyr && word !== 'c')) return word;
  let out = '';
  for (const c of word) out += LOOKALIKE[c] ?? c;
  return out;
}

/**
 * Words → lexicon tokens: multi-word phrases (longest first), then single words. Unknown words are guessed
 * lazily, and not at all inside an external clause («в соответствии с …», up to a semicolon): its words are kept
 * as text.
 */
function combine(raws: Raw[]): Token[] {
  const tokens: Token[] = [];
  for (let i = 0; i < raws.length; i++) {
    const r = raws[i] as Raw;
    if (r.t !== 'rawword') {
      tokens.push(r);
      continue;
    }
    let matched = matchPhrase(raws, i);
    if (matched?.lex.t === 'ext' && isHolidayWord(raws[i + matched.length])) {
      // «в дни зимних каникул» is the holidays themselves, not a day counted from an event
      matched = { length: matched.length, lex: { t: 'kw', k: 'during' } };
    }
    if (matched) {
      const last = raws[i + matched.length - 1] as Raw;
      const guessed = raws.slice(i, i + matched.length).find((x) => x.t === 'rawword' && x.guess) as
        RawWord | undefined;
      tokens.push(fromLex(matched.lex, r.o, last.o + last.l - r.o, guessed?.guess));
      i += matched.length - 1;
      if (matched.lex.t === 'ext') {
        for (i++; i < raws.length; i++) {
          const rest = raws[i] as Raw;
          // the clause ends at a semicolon, or at «, но …» («по мере необходимости, но не реже 2 раз в год»)
          const next = raws[i + 1];
          if (rest.t === 'sep' && (rest.semi || (next?.t === 'rawword' && next.w === 'но'))) break;
          if (rest.t === 'rawword' && rest.w === 'но') break;
          // «по мере необходимости не реже 2 раз в год»: the minimum frequency is the deadline, not part of the clause
          if (rest.t === 'rawword' && rest.w === 'не' && next?.t === 'rawword' && next.w === 'реже') break;
          tokens.push(rest.t === 'rawword' ? { t: 'word', w: rest.w, o: rest.o, l: rest.l } : rest);
        }
        i--;
      }
      continue;
    }
    const roman = ROMAN[r.w];
    const lex = LEXICON.get(r.w);
    if (roman !== undefined) tokens.push({ t: 'roman', v: roman, o: r.o, l: r.l });
    else if (lex && lex.t !== 'part' && !(lex.t === 'kw' && lex.k === 'school' && !schoolYearNamed(raws, i, tokens)))
      tokens.push(fromLex(lex, r.o, r.l, r.guess));
    else tokens.push({ t: 'word', w: r.guess || r.w, o: r.o, l: r.l });
  }
  return tokens;
}

/**
 * «учебный» is the school year only with «год» after it or a year before it («2024/2025 учебный»): alone it
 * qualifies something else («учебных недель», «учебного полугодия»), which is not the whole school year.
 */
function schoolYearNamed(raws: Raw[], i: number, before: Token[]): boolean {
  const next = wordAt(raws, i + 1);
  const lex = next ? LEXICON.get(next.w) : undefined;
  if (lex?.t === 'kw' && lex.k === 'yearw') return true;
  const prev = before[before.length - 1];
  return prev?.t === 'num' && (prev.digits === 2 || prev.digits === 4);
}

const HOLIDAY_WORDS = new Set<Kw>(['holidayw', 'autumn', 'winter', 'spring', 'summer', 'extra']);

function isHolidayWord(r: Raw | undefined): boolean {
  if (r?.t !== 'rawword') return false;
  const lex = LEXICON.get(r.w);
  return lex?.t === 'kw' && HOLIDAY_WORDS.has(lex.k);
}

/** The word at k, with a typo replaced by the known word it most likely stands for (once). */
function wordAt(raws: Raw[], k: number): RawWord | null {
  const r = raws[k];
  if (r?.t !== 'rawword') return null;
  if (r.guess === undefined && !LEXICON.has(r.w) && ROMAN[r.w] === undefined) {
    const guess = guessWord(r.w);
    if (guess) {
      r.guess = r.w;
      r.w = guess;
    } else {
      r.guess = '';
    }
  }
  return r;
}

function matchPhrase(raws: Raw[], i: number): { length: number; lex: Lex } | null {
  const first = wordAt(raws, i) as RawWord;
  for (const p of PHRASES.get(first.w) ?? []) {
    let ok = true;
    for (let k = 1; k < p.words.length && ok; k++) ok = wordAt(raws, i + k)?.w === p.words[k];
    if (ok) return { length: p.words.length, lex: p.lex };
  }
  return null;
}

function fromLex(lex: Lex, o: number, l: number, guess: string | undefined): Token {
  const base = guess ? { o, l, guess } : { o, l };
  switch (lex.t) {
    case 'month':
      return { t: 'month', v: lex.v, ...base };
    case 'wd':
      return { t: 'wd', v: lex.v, plural: lex.plural, ...base };
    case 'ord':
      return { t: 'ord', v: lex.v, ...base };
    case 'num':
      return { t: 'num', v: lex.v, digits: lex.times ? -1 : lex.day ? 2 : 0, ...base };
    case 'kw':
      return { t: 'kw', k: lex.k, ...base };
    case 'ext':
      return { t: 'ext', rel: lex.rel, ...base };
    case 'part':
      return { t: 'word', w: '', ...base };
  }
}
