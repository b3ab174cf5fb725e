import { isoFromSerial, ruDate } from '../util/dates.js';
import { expand } from './expand.js';
import { guessWord } from './fuzzy.js';
import { issue, MESSAGES } from './issues.js';
import { parseTokens } from './parse.js';
import { renderParsed } from './render.js';
import {
  FEDERAL_CALENDAR,
  FEDERAL_CALENDAR_NAME,
  HOLIDAYS,
  schoolYearOf,
  termWindows,
  type SchoolYearTerms,
  type TermKind,
} from './school-calendar.js';
import { ruleText } from './rule.js';
import { buildRule } from './rule-build.js';
import { tidy } from './text.js';
import { tokenize } from './tokenize.js';
import type { Parsed } from './structure.js';
import type { DeadlineContext, PhraseIssue, Schedule } from './types.js';

/**
 * A deadline phrase («Ежегодно, июль-август», «до 20.11.2022», «II квартал 2022 г.») → schedule in the period.
 * Pure: no clock, no I/O; problems are issues in the result, never exceptions.
 */
export function parseDeadline(phrase: string, ctx: DeadlineContext): Schedule {
  const issues: PhraseIssue[] = [];
  let { tokens, notes, unclosed, odd } = tokenize(phrase);
  if (!tokens.some((t) => t.t !== 'dash' && t.t !== 'sep') && notes.length) {
    // «(март 2023)»: a phrase wholly in brackets is the deadline itself, not a remark about one
    ({ tokens, notes, unclosed, odd } = tokenize(phrase.replace(/[()[\]]/g, ' ')));
  }
  if (!tokens.some((t) => t.t !== 'dash' && t.t !== 'sep')) {
    issues.push(issue('phrase-empty', 'error', MESSAGES['phrase-empty']()));
    return unknown(
      phrase,
      notes.map((n) => n.text),
      issues,
    );
  }
  const p = parseTokens(tokens, issues, phrase);
  for (const t of tokens) {
    if (t.guess && t.t !== 'word' && !inClause(t.o, p)) {
      const to = guessWord(t.guess) ?? t.guess;
      issues.push(issue('word-guessed', 'warning', MESSAGES['word-guessed'](t.guess, to), t));
    }
  }
  const clause = p.ext ? tidy(phrase.slice(p.ext.o, p.ext.end ?? undefined)) : null;
  const remarks = p.remarks.map((r) => ({
    o: r.o,
    text: tidy(phrase.slice(r.o, r.o + r.l).replace(/^[\s\-–—]+/, '')),
  }));
  const noteList = [...notes.filter((n) => !inClause(n.o, p)), ...remarks].sort((x, y) => x.o - y.o).map((n) => n.text);

  if (p.unknown.length) {
    const first = p.unknown[0] as { o: number; l: number };
    const last = p.unknown[p.unknown.length - 1] as { o: number; l: number };
    const words = p.unknown.map((u) => phrase.slice(u.o, u.o + u.l)).join(' ');
    const readable = p.items.length > 0 || p.rep !== null || p.cont;
    const hint = readable ? possibleHint(renderParsed(p), ctx) : undefined;
    issues.push(
      issue(
        'phrase-unreadable',
        'error',
        MESSAGES['phrase-unreadable'](`не понятно «${words}»`),
        { o: first.o, l: last.o + last.l - first.o },
        hint,
      ),
    );
    return unknown(phrase, noteList, issues);
  }
  if (issues.some((i) => i.severity === 'error')) return unknown(phrase, noteList, issues);

  const used = new Map<string, { s: number; e: number; line: string }>();
  const cal = ctx.schoolCalendar ?? FEDERAL_CALENDAR;
  const exp = expand(p, ctx.period, issues, (kind, n, Y) => {
    const { terms, given } = schoolYearOf(cal, Y);
    const windows = termWindows(terms, kind, n);
    for (const [s, e] of windows) {
      const source = given || cal.years.length === 0 ? '' : ` (${FEDERAL_CALENDAR_NAME}: этого года нет в графике)`;
      used.set(`${kind}:${s}`, { s, e, line: termLine(kind, terms, s, e) + source });
    }
    return windows;
  });
  if (exp.kind === 'unknown') {
    issues.push(
      issue(
        'phrase-unreadable',
        'error',
        MESSAGES['phrase-unreadable'](`нет ни даты, ни повторения в «${tidy(phrase)}»`),
        { o: 0, l: phrase.length },
      ),
    );
  }
  if (exp.kind === 'unknown' || issues.some((i) => i.severity === 'error')) return unknown(phrase, noteList, issues);

  for (const j of p.juxtaposed) {
    issues.push(issue('dates-juxtaposed', 'warning', MESSAGES['dates-juxtaposed'](renderParsed(p)), j));
  }
  for (const u of [...odd, ...p.odd]) {
    issues.push(issue('punctuation-odd', 'warning', MESSAGES['punctuation-odd'](renderParsed(p)), u));
  }
  for (const u of unclosed) {
    issues.push(issue('bracket-unclosed', 'warning', MESSAGES['bracket-unclosed'](renderParsed(p)), u));
  }
  for (const n of notes) {
    if (!inClause(n.o, p) && holdsDate(n.text)) {
      issues.push(issue('bracket-date', 'warning', MESSAGES['bracket-date'](n.text, renderParsed(p)), n));
    }
  }
  const external = exp.kind === 'external';
  const note = [...noteList, ...(clause && !external ? [clause] : [])].join('; ') || null;
  let occurrences = exp.windows.map(([s, e]) => ({ start: isoFromSerial(s), end: isoFromSerial(e) }));
  let rrule: string | null = null;
  let dtstart: string | null = null;
  if (exp.kind === 'recurring' && exp.hint && exp.windows.length) {
    const ends = exp.windows.map((w) => w[1]);
    const ascending = ends.every((e, i) => i === 0 || e > (ends[i - 1] ?? 0));
    const built = ascending ? buildRule(ends, exp.hint) : null;
    if (built) {
      const first = ends[0] ?? 0;
      rrule = ruleText(built.rule, first, ends[ends.length - 1] ?? first);
      dtstart = isoFromSerial(first);
      // the deadlines are rrule's expansion of the rule (proven equal to the windows' ends by buildRule)
      occurrences = built.dates.map((d, i) => ({
        start: occurrences[i]?.start ?? isoFromSerial(d),
        end: isoFromSerial(d),
      }));
    } else {
      issues.push(issue('rrule-none', 'info', MESSAGES['rrule-none']()));
    }
  }
  const schedule: Schedule = {
    kind: exp.kind,
    rrule,
    dtstart,
    text: external ? tidy(phrase) : renderParsed(p),
    note,
    occurrences,
    issues,
  };
  const terms = appliedTerms(used, exp.windows);
  if (terms.length) schedule.terms = terms;
  return schedule;
}

/** The terms whose dates the windows were taken from (a window starts or ends at them, or right after one). */
function appliedTerms(
  used: Map<string, { s: number; e: number; line: string }>,
  windows: Array<[number, number]>,
): string[] {
  const hits = [...used.values()].filter(({ s, e }) =>
    windows.some(([a, b]) => (a >= s && a <= e + 1) || (b >= s && b <= e + 10)),
  );
  return hits.sort((x, y) => x.s - y.s).map((h) => h.line);
}

const TERM_LABEL = { quarter: 'четверть', trimester: 'триместр', half: 'полугодие', holiday: 'каникулы' } as const;
const ROMAN = ['I', 'II', 'III', 'IV'];
const HOLIDAY_LABEL = [
  'осенние каникулы',
  'зимние каникулы',
  'весенние каникулы',
  'летние каникулы',
  'дополнительные каникулы',
];

function termLine(kind: TermKind, t: SchoolYearTerms, s: number, e: number): string {
  const list =
    kind === 'quarter' ? t.quarters : kind === 'trimester' ? t.trimesters : kind === 'half' ? t.halves : null;
  const start = isoFromSerial(s);
  let name: string;
  if (list) {
    const i = list.findIndex((o) => o.start === start);
    name = `${ROMAN[i] ?? ''} ${TERM_LABEL[kind]}`;
  } else {
    const i = HOLIDAYS.findIndex((h) => t.holidays[h]?.start === start);
    name = HOLIDAY_LABEL[i] ?? 'каникулы';
  }
  return `${name} ${t.year}/${t.year + 1}: ${ruDate(start)}–${ruDate(isoFromSerial(e))}`;
}

/**
 * A remark in brackets that names a date, a month or a day of the month («(за год до 25 числа месяца)») may be a
 * second deadline the phrase does not apply; durations and classes («(42 учебных дня)», «(для 1 классов)») are not.
 */
function holdsDate(note: string): boolean {
  const toks = tokenize(note).tokens;
  return toks.some(
    (t, k) =>
      t.t === 'date' ||
      t.t === 'month' ||
      (t.t === 'num' && toks.slice(k + 1, k + 3).some((x) => x.t === 'kw' && x.k === 'datew')),
  );
}

/** Inside the external clause, whose words are kept as written. */
function inClause(o: number, p: Parsed): boolean {
  return p.ext !== null && o >= p.ext.o && (p.ext.end === null || o < p.ext.end);
}

/** A hint is offered only when it reads without an error itself: never an impossible date («03.00.2025»). */
function possibleHint(hint: string, ctx: DeadlineContext): string | undefined {
  if (!hint) return undefined;
  const again = parseDeadline(hint, ctx);
  return again.kind === 'unknown' || again.issues.some((i) => i.severity === 'error') ? undefined : hint;
}

function unknown(phrase: string, notes: string[], issues: PhraseIssue[]): Schedule {
  return {
    kind: 'unknown',
    rrule: null,
    dtstart: null,
    text: tidy(phrase),
    note: notes.join('; ') || null,
    occurrences: [],
    issues,
  };
}
