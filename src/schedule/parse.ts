import { Cursor } from './cursor.js';
import { fillItems } from './fill.js';
import { issue, MESSAGES } from './issues.js';
import type { Kw } from './lexicon.js';
import { readItem } from './parse-item.js';
import { MAX_INTERVAL, readRepeatCount, UNIT_WORDS } from './parse-repeat.js';
import { quarterSpan, resultsSpan, schoolSpan, termSpan, weekdaySpan } from './spans.js';
import type { Item, ItemMode, Parsed, Repeat, Span, Unit } from './structure.js';
import type { Token } from './token.js';
import type { PhraseIssue } from './types.js';

const ADVERBS: Partial<Record<Kw, Unit>> = {
  yearly: 'year',
  quarterly: 'quarter',
  monthly: 'month',
  weekly: 'week',
  daily: 'day',
  halfly: 'half',
};
/** «в течение четверти/триместра/полугодия/каникул»: each such term. */
const DURING_TERMS: Partial<Record<Kw, Unit>> = {
  termw: 'term',
  trimw: 'trimester',
  halfw: 'half',
  holidayw: 'holiday',
};

/** «по итогам четверти» and the like: the unit repeated, and the marker item that moves each window after it. */
const RESULT_UNITS: Partial<Record<Kw, [Unit, Span]>> = {
  termw: ['term', termSpan('quarter', 0, null, 'results', 0, 0)],
  trimw: ['trimester', termSpan('trimester', 0, null, 'results', 0, 0)],
  halfw: ['half', termSpan('half', 0, null, 'results', 0, 0)],
  quarterw: ['quarter', { ...quarterSpan(1, null, 0, 0), n: 0, termPart: 'results' }],
};

/** «N раз в год» that are a calendar unit. */
const PER_YEAR: Record<number, Unit> = { 2: 'half', 4: 'quarter', 12: 'month' };

/** Tokens → structure: a repetition, the date expressions, and what could not be read. */
export function parseTokens(tokens: Token[], issues: PhraseIssue[], phrase: string): Parsed {
  const p = new Parser(tokens, issues, phrase);
  p.run();
  fillItems(p.out.items, issues);
  p.out.juxtaposed = p.juxtaposed;
  p.out.odd = p.odd;
  if (p.out.rep && p.sawThen) p.out.rep.then = true;
  p.out.rep ??= impliedRepeat(p.out.items);
  return p.out;
}

/** «по пятницам» repeats weekly; «первый понедельник марта» yearly; «последняя пятница месяца» monthly. */
function impliedRepeat(items: Item[]): Repeat | null {
  const each = items.find((i) => i.a.n === 0 && (i.a.shape === 'term' || i.a.termPart !== null))?.a;
  if (each) {
    const unit: Unit =
      each.shape !== 'term'
        ? (each.shape as Unit)
        : each.term === 'quarter'
          ? 'term'
          : each.term === 'trimester'
            ? 'trimester'
            : each.term === 'half'
              ? 'half'
              : 'holiday';
    return { unit, interval: 1, during: false, then: false };
  }
  const unit = items.some((i) => i.a.shape === 'weekday')
    ? 'week'
    : items.some((i) => i.a.shape === 'nth' && i.a.sm === 0)
      ? 'month'
      : items.some((i) => i.a.shape === 'nth')
        ? 'year'
        : null;
  return unit ? { unit, interval: 1, during: false, then: false } : null;
}

class Parser {
  readonly c: Cursor;
  readonly out: Parsed;
  sawThen = false;
  /** A comma, dash, «и» or «далее» since the last date: dates without one between them are a guessed list. */
  private separated = false;
  readonly juxtaposed: Array<{ o: number; l: number }> = [];
  /** Ranges read through a stray mark between their ends. */
  readonly odd: Array<{ o: number; l: number }> = [];

  constructor(
    tokens: Token[],
    readonly issues: PhraseIssue[],
    readonly phrase: string,
  ) {
    this.c = new Cursor(tokens);
    this.out = {
      rep: null,
      items: [],
      cont: false,
      ext: null,
      unknown: [],
      reported: false,
      remarks: this.c.remarks,
      juxtaposed: [],
      odd: [],
    };
  }

  run(): void {
    this.skipLabel();
    while (!this.c.done) this.step();
  }

  /** «Срок реализации: 2019 - 2021 гг.» — a label without dates before a colon is not part of the deadline. */
  private skipLabel(): void {
    const colon = this.c.toks.findIndex((t) => t.t === 'colon');
    if (colon < 0) return;
    const dated = this.c.toks
      .slice(0, colon)
      .some((t) => t.t !== 'word' && (t.t !== 'kw' || ADVERBS[t.k] !== undefined));
    const label = this.c.toks.slice(0, colon).every((t) => t.t === 'word' || t.t === 'kw');
    if (label && !dated) this.c.i = colon + 1;
  }

  private step(): void {
    const c = this.c;
    const t = c.peek() as Token;
    switch (t.t) {
      case 'ext': {
        const semi = c.toks.findIndex(
          (x, k) =>
            k > c.i &&
            ((x.t === 'sep' && (x.semi || c.isKw('and', k + 1 - c.i))) ||
              // «по мере необходимости но …», and «по мере но …» right after the clause's opening words
              (x.t === 'kw' && x.k === 'and' && (c.toks[k - 1]?.t === 'word' || k === c.i + 1))),
        );
        // «по мере необходимости не реже 2 раз в год»: the tokenizer ended the clause at «не реже», read from there
        const stop = c.toks.findIndex((x, k) => k > c.i && (semi < 0 || k < semi) && x.t === 'kw' && x.k === 'stop');
        if (stop >= 0) {
          this.out.ext ??= { rel: t.rel, o: t.o, end: (c.toks[stop] as Token).o };
          c.i = stop;
          return;
        }
        this.out.ext ??= { rel: t.rel, o: t.o, end: semi < 0 ? null : (c.toks[semi] as Token).o };
        c.i = semi < 0 ? c.toks.length : semi + 1;
        return;
      }
      case 'dash':
      case 'sep':
        // «01.09.2023 –» with nothing after the dash: the end of the range is missing, not dropped quietly
        if (t.t === 'dash' && c.i === c.toks.length - 1 && this.out.items.length) this.lost(t);
        this.separated = true;
        c.i++;
        return;
      case 'colon':
      case 'slash':
        c.i++;
        return;
      case 'word':
        this.unknown(t);
        return;
      case 'kw':
        this.keyword(t);
        return;
      case 'num':
        if (this.timeOfDay()) return;
        if (this.repeatCount()) return;
        break;
      default:
        break;
    }
    if (!this.item('window')) this.unknown(t);
  }

  private unknown(t: Token): void {
    this.out.unknown.push({ w: t.t === 'word' ? t.w : '', o: t.o, l: t.l });
    this.c.i++;
  }

  private setRep(unit: Unit, interval: number, during: boolean, at: Token): void {
    const cur = this.out.rep;
    if (cur && (cur.unit !== unit || cur.interval !== interval)) {
      this.issues.push(issue('repeat-conflict', 'error', MESSAGES['repeat-conflict'](), at));
      return;
    }
    const rep: Repeat = { unit, interval, during: during || (cur?.during ?? false), then: false };
    this.out.rep = rep;
  }

  private keyword(t: Token & { t: 'kw' }): void {
    const c = this.c;
    const adverb = ADVERBS[t.k];
    if (adverb) {
      this.setRep(adverb, 1, false, t);
      c.i++;
      return;
    }
    switch (t.k) {
      case 'every':
        c.i++;
        this.every(t);
        return;
      case 'times':
        if (!this.repeatCount()) c.i++;
        return;
      case 'cont':
        this.out.cont = true;
        c.i++;
        return;
      case 'during':
        c.i++;
        this.during(t);
        return;
      case 'results':
        this.results(t);
        return;
      case 'until':
        c.i++;
        if (this.relativeAmount()) {
          // «не позднее пяти рабочих дней после …»: counted from an event
          this.out.ext = { rel: true, o: t.o, end: null };
          c.i = c.toks.length;
          return;
        }
        if (!this.item('until')) this.lost(t);
        return;
      case 'nextafter':
        this.out.reported = true;
        c.i++;
        return;
      case 'through':
        c.i++;
        if (!this.item(c.peek()?.t === 'wd' ? 'window' : 'until')) this.lost(t);
        return;
      case 'from':
        c.i++;
        if (!this.item('from')) this.lost(t);
        return;
      case 'begin':
      case 'mid':
      case 'end':
        if (!this.item('window')) this.unknown(t);
        return;
      case 'school':
        c.i++;
        c.skip('yearw');
        this.out.items.push({ mode: 'window', a: schoolSpan(null, t.o, t.l), b: null });
        return;
      case 'za':
        c.i++;
        if (this.relativeAmount()) {
          this.out.ext = { rel: true, o: t.o, end: null };
          c.i = c.toks.length;
        }
        return;
      case 'then':
      case 'and':
        if (t.k === 'then') this.sawThen = true;
        this.separated = true;
        c.i++;
        return;
      case 'filler':
        if (this.out.cont) c.i++;
        else this.unknown(t);
        return;
      case 'termw':
      case 'trimw':
      case 'holidayw':
      case 'autumn':
      case 'winter':
      case 'spring':
      case 'summer':
      case 'extra':
        // a term word that starts no date («четверть» alone) must not be skipped quietly
        if (!this.item('window')) this.unknown(t);
        return;
      default:
        c.i++;
    }
  }

  /** «каждый год», «каждые 2 года», «каждого месяца», «каждую пятницу», «каждый учебный год». */
  private every(at: Token): void {
    const c = this.c;
    const t = c.peek();
    if (!t) {
      this.danglingEvery(at);
      return;
    }
    if (t.t === 'kw' && UNIT_WORDS[t.k]) {
      c.i++;
      this.setRep(UNIT_WORDS[t.k] as Unit, 1, false, at);
    } else if (t.t === 'kw' && t.k === 'school') {
      c.i++;
      c.skip('yearw');
      this.setRep('year', 1, true, at);
      this.out.items.push({ mode: 'window', a: schoolSpan(null, t.o, t.l), b: null });
    } else if (t.t === 'num' && c.peek(1)?.t === 'kw' && (c.peek(1) as Token & { t: 'kw' }).k === 'datew') {
      // «каждого 10 числа»: the 10th of every month; the date itself is read as the item that follows.
      this.setRep('month', 1, false, at);
    } else if ((t.t === 'num' && c.peek(1)?.t === 'month') || t.t === 'month' || t.t === 'date') {
      // «каждое 5 марта», «каждый март»: that day or month every year.
      this.setRep('year', 1, false, at);
    } else if (t.t === 'num' && t.digits >= 0 && t.v !== 1 && c.peek(1)?.t === 'kw') {
      const unitToken = c.peek(1) as Token & { t: 'kw' };
      const unit = UNIT_WORDS[unitToken.k];
      if (unit) {
        c.i += 2;
        if (this.inRange(1, t.v, { o: at.o, l: unitToken.o + unitToken.l - at.o })) this.setRep(unit, t.v, false, at);
      } else {
        this.danglingEvery(at);
      }
    } else if (t.t === 'wd') {
      c.i++;
      this.setRep('week', 1, false, at);
      this.out.items.push({ mode: 'window', a: weekdaySpan(t.v, t.o, t.l), b: null });
    } else {
      this.danglingEvery(at);
    }
  }

  /** «каждые» with nothing it could repeat: silently dropping it would turn «каждые -3 дня» into a date. */
  private danglingEvery(at: Token): void {
    this.out.unknown.push({ w: '', o: at.o, l: at.l });
  }

  /** «в течение года», «в течение учебного года», «в течение 10 дней» (relative: external), «в течение 2021 года». */
  private during(at: Token): void {
    const c = this.c;
    const t = c.peek();
    if (!t) return;
    const termUnit = t.t === 'kw' ? DURING_TERMS[t.k] : undefined;
    if (t.t === 'kw' && t.k === 'yearw') {
      c.i++;
      this.setRep('year', 1, true, at);
    } else if (termUnit) {
      // «в течение четверти», «в течение полугодия», «в течение каникул»: each of them
      c.i++;
      this.setRep(termUnit, 1, true, at);
    } else if (t.t === 'kw' && t.k === 'school') {
      c.i++;
      c.skip('yearw');
      this.setRep('year', 1, true, at);
      this.out.items.push({ mode: 'window', a: schoolSpan(null, t.o, t.l), b: null });
    } else if (this.relativeAmount() || (t.t === 'kw' && (t.k === 'monthw' || t.k === 'weekw' || t.k === 'dayw'))) {
      this.out.ext = { rel: true, o: at.o, end: null };
      c.i = c.toks.length;
    } else {
      this.item('window');
    }
  }

  /** «в срок до 15 часов 12 марта»: a time of day is kept as a remark, the date is read. */
  private timeOfDay(): boolean {
    const c = this.c;
    if (!c.isKw('hourw', 1)) return false;
    const n = c.peek() as Token;
    let end = c.i + 2;
    if (c.toks[end]?.t === 'num' && c.isKw('minutew', 3)) end += 2;
    const last = c.toks[end - 1] as Token;
    c.remarks.push({ o: n.o, l: last.o + last.l - n.o });
    c.i = end;
    return true;
  }

  /** «10 дней», «2 недели», «3 месяца», «пяти рабочих дней»: an amount of time counted from some event. */
  private relativeAmount(): boolean {
    const n = this.c.peek();
    const u = this.c.isKw('workadj', 1) ? this.c.peek(2) : this.c.peek(1);
    return (
      n?.t === 'num' &&
      n.digits >= 0 &&
      n.digits <= 3 &&
      u?.t === 'kw' &&
      (u.k === 'dayw' || u.k === 'weekw' || u.k === 'monthw' || (u.k === 'yearw' && n.digits > 0 && n.v < 100))
    );
  }

  /**
   * «по итогам учебного года» = June, «по итогам года» = December; «по итогам (каждой) четверти/триместра/полугодия/
   * квартала» = right after each one, «по итогам I четверти» after that one; any other «по итогам …» is external.
   */
  private results(at: Token): void {
    const c = this.c;
    c.i++;
    c.skip('every');
    const t = c.peek();
    const each = t?.t === 'kw' ? RESULT_UNITS[t.k] : undefined;
    if (t && each) {
      c.i++;
      const [unit, span] = each;
      this.setRep(unit, 1, false, at);
      this.out.items.push({ mode: 'window', a: { ...span, o: at.o, l: t.o + t.l - at.o }, b: null });
      return;
    }
    const start = c.i;
    const point = (t?.t === 'roman' || t?.t === 'ord' || t?.t === 'num') && readItem(c, this.issues, 'window');
    if (point && !point.b && (point.a.shape === 'term' || point.a.shape === 'quarter' || point.a.shape === 'half')) {
      point.a.termPart = 'results';
      const last = c.toks[c.i - 1] as Token;
      point.a.o = at.o;
      point.a.l = last.o + last.l - at.o;
      this.out.items.push(point);
      return;
    }
    c.i = start;
    if (t?.t === 'kw' && t.k === 'school') {
      c.i++;
      c.skip('yearw');
      this.out.items.push({ mode: 'window', a: resultsSpan(6, at.o, t.o + t.l - at.o), b: null });
    } else if (t?.t === 'kw' && t.k === 'yearw') {
      c.i++;
      this.out.items.push({ mode: 'window', a: resultsSpan(12, at.o, t.o + t.l - at.o), b: null });
    } else {
      this.out.ext = { rel: false, o: at.o, end: null };
      c.i = c.toks.length;
    }
  }

  /** «[N] раз(а) в [M] <unit>», «дважды в год», «один раз в два года». */
  private repeatCount(): boolean {
    const r = readRepeatCount(this.c);
    if (!r) return false;
    const at = this.c.toks[r.from] as Token;
    if (!this.inRange(r.count, r.interval, r.where)) return true;
    if (r.count === 1) this.setRep(r.unit, r.interval, false, at);
    else if (r.unit === 'year' && r.interval === 1 && PER_YEAR[r.count])
      this.setRep(PER_YEAR[r.count] as Unit, 1, false, at);
    else this.issues.push(issue('repeat-unsupported', 'error', MESSAGES['repeat-unsupported'](r.text), r.where));
    if (r.school) this.out.items.push({ mode: 'window', a: schoolSpan(null, r.where.o, r.where.l), b: null });
    return true;
  }

  /** «раз в 0 лет», «каждые 99999999999999999999 года», «0 раз в год»: an error, never a changed number. */
  private inRange(count: number, interval: number, where: { o: number; l: number }): boolean {
    const ok = (n: number, max: number) => Number.isSafeInteger(n) && n >= 1 && n <= max;
    if (ok(count, 366) && ok(interval, MAX_INTERVAL)) return true;
    const what = this.phrase.slice(where.o, where.o + where.l).replace(/\s+/g, ' ');
    const limits = ok(count, 366) ? `интервал от 1 до ${MAX_INTERVAL}` : 'число раз от 1';
    this.issues.push(issue('number-out-of-range', 'error', MESSAGES['number-out-of-range'](what, limits), where));
    return false;
  }

  private item(mode: ItemMode): boolean {
    const item = readItem(this.c, this.issues, mode);
    if (!item) return false;
    const prev = this.out.items[this.out.items.length - 1];
    if (prev && prev.mode === 'from' && !prev.b && item.mode === 'until' && !item.b) {
      // «с 09 мая 2024 года ;по 10 мая 2024 года»: the range broken by a stray mark is still one range, said
      if (this.separated) this.odd.push({ o: prev.a.o, l: item.a.o + item.a.l - prev.a.o });
      prev.b = item.a;
      prev.mode = 'window';
      this.separated = false;
      return true;
    }
    if (prev && !this.separated) {
      // «Август года 2022», «сентябрь октябрь»: two dates side by side are read as a list, which is a guess
      const from = prev.a.o;
      const to = this.c.toks[this.c.i - 1] as Token;
      this.juxtaposed.push({ o: from, l: to.o + to.l - from });
    }
    this.out.items.push(item);
    this.separated = false;
    return true;
  }

  /** «по ;17 декабря»: «до», «по», «с» with no date after them are not dropped quietly. */
  private lost(t: Token): void {
    // «не позднее, чем за 3 месяца до …»: the amount comes after a comma and «чем»
    let k = 0;
    while (this.c.peek(k)?.t === 'sep' || this.c.isKw('stop', k)) k++;
    if (this.c.isKw('za', k)) {
      this.c.i += k;
      return;
    }
    const n = this.c.peek();
    const dangling =
      !n ||
      n.t === 'sep' ||
      n.t === 'dash' ||
      n.t === 'colon' ||
      n.t === 'slash' ||
      (n.t === 'kw' && (n.k === 'until' || n.k === 'through' || n.k === 'from' || n.k === 'yearw'));
    if (dangling) this.out.unknown.push({ w: '', o: t.o, l: t.l });
  }
}
