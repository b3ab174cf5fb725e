// The real-phrase corpus (test/fixtures/phrases/*.yaml): loading it, expanding its expected readings, reading each
// phrase with the engine and comparing. Shared by the corpus test, the mutation test and the FAILURES.md report.
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { parseDeadline, parsePeriod } from '../../src/schedule/index.js';
import type { Occurrence, Period, Schedule, ScheduleKind } from '../../src/schedule/types.js';

export const CORPUS_DIR = new URL('../fixtures/phrases/', import.meta.url);

/** Expected windows: a list of windows in shorthand, or the count with the first and the last window. */
type ExpectedOccurrences = string[] | { count: number; first: string; last: string };

interface RawPhrase {
  text: string;
  kind: ScheduleKind;
  occurrences?: ExpectedOccurrences;
  /** The reading is a guess the engine must show: at least one warning is expected. */
  warns?: boolean;
  /** Why this reading (kept for people, unused by the test). */
  why?: string;
}

interface RawSource {
  source: { url: string; title: string };
  period: string | number;
  phrases: RawPhrase[];
}

export interface CorpusPhrase {
  file: string;
  text: string;
  source: { url: string; title: string };
  periodText: string;
  period: Period;
  kind: ScheduleKind;
  occurrences: ExpectedOccurrences;
  warns: boolean;
}

const PHRASE_KEYS = new Set(['text', 'kind', 'occurrences', 'warns', 'why']);
const KINDS = new Set<string>(['once', 'recurring', 'continuous', 'external', 'unknown']);

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** The first and the last day of a shorthand point: `2024`, `2024-03` or `2024-03-15`. */
function bounds(point: string): [string, string] {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(point.trim());
  if (!m) throw new Error(`corpus: unreadable window point «${point}»`);
  const y = Number(m[1]);
  if (m[3]) return [point.trim(), point.trim()];
  if (m[2]) {
    const mo = Number(m[2]);
    return [`${y}-${pad(mo)}-01`, `${y}-${pad(mo)}-${pad(lastDay(y, mo))}`];
  }
  return [`${y}-01-01`, `${y}-12-31`];
}

/** A shorthand window: a point, or `A..B` (the first day of A to the last day of B). */
function windowOf(text: string | number): Occurrence {
  const [a, b] = String(text).split('..') as [string, string | undefined];
  const [start, endOfA] = bounds(a);
  return { start, end: b === undefined ? endOfA : bounds(b)[1] };
}

export function loadCorpus(): CorpusPhrase[] {
  const files = readdirSync(CORPUS_DIR)
    .filter((f) => f.endsWith('.yaml'))
    .sort();
  return files.flatMap((file) => {
    const sources = parse(readFileSync(new URL(file, CORPUS_DIR), 'utf8')) as RawSource[];
    return sources.flatMap((s) => {
      const periodText = String(s.period);
      const period = parsePeriod(periodText);
      if (!period) throw new Error(`corpus ${file}: unreadable period «${periodText}» (${s.source.url})`);
      return s.phrases.map((p) => {
        // A comma in an unquoted flow mapping splits the phrase silently: unknown keys are a broken fixture.
        const extra = Object.keys(p).filter((k) => !PHRASE_KEYS.has(k));
        if (extra.length || typeof p.text !== 'string' || !KINDS.has(p.kind)) {
          throw new Error(`corpus ${file}: malformed phrase ${JSON.stringify(p)} (${s.source.url})`);
        }
        return {
          file,
          text: p.text,
          source: s.source,
          periodText,
          period,
          kind: p.kind,
          // YAML reads a bare year (`[2022]`) as a number: windows are shorthand strings.
          occurrences: Array.isArray(p.occurrences) ? p.occurrences.map(String) : (p.occurrences ?? []),
          warns: p.warns ?? false,
        };
      });
    });
  });
}

/** What the engine made of a phrase, reduced to what the corpus compares. */
export interface Reading {
  kind: ScheduleKind;
  occurrences: Occurrence[];
  /** Codes of the warnings and errors (info is not a warning: it does not say the reading is a guess). */
  warnings: string[];
  errors: string[];
}

export function read(text: string, period: Period): Reading {
  const s: Schedule = parseDeadline(text, { period });
  return {
    kind: s.kind,
    occurrences: s.occurrences,
    warnings: s.issues.filter((i) => i.severity === 'warning').map((i) => i.code),
    errors: s.issues.filter((i) => i.severity === 'error').map((i) => i.code),
  };
}

/**
 * One expected window against the engine's: `2024-09..2024-12` must match exactly; `~2024-10-20..2024-11-10` only
 * bounds it (the window lies inside), for windows that come from the school calendar, whose dates are the
 * calendar's data, not the phrase's.
 */
function matches(spec: string | number, got: Occurrence | undefined): boolean {
  if (!got) return false;
  const text = String(spec);
  if (text.startsWith('~')) {
    const outer = windowOf(text.slice(1));
    return outer.start <= got.start && got.end <= outer.end && got.start <= got.end;
  }
  const w = windowOf(text);
  return w.start === got.start && w.end === got.end;
}

/** The dates a reading must have: true when `got` has exactly the expected windows. */
export function sameWindows(expected: ExpectedOccurrences, got: Occurrence[]): boolean {
  if (Array.isArray(expected)) {
    return expected.length === got.length && expected.every((e, i) => matches(e, got[i]));
  }
  return got.length === expected.count && matches(expected.first, got[0]) && matches(expected.last, got.at(-1));
}

/** Null when the engine reads the phrase exactly as the corpus expects, else what is wrong. */
export function mismatch(p: CorpusPhrase, got: Reading): string | null {
  const wrong: string[] = [];
  if (got.kind !== p.kind) wrong.push(`kind ${got.kind}`);
  if (!sameWindows(p.occurrences, got.occurrences)) wrong.push('dates');
  if (p.kind === 'unknown' && got.errors.length === 0) wrong.push('no error');
  if (p.kind !== 'unknown' && got.errors.length > 0) wrong.push(`error ${got.errors.join(', ')}`);
  if (p.warns && got.warnings.length === 0 && got.errors.length === 0) wrong.push('no warning');
  return wrong.length ? wrong.join('; ') : null;
}

/** A short rendering of windows for reports: `2024-09-01..2024-12-31`, many as count, first … last. */
function showWindows(ws: Occurrence[]): string {
  const one = (o: Occurrence) => (o.start === o.end ? o.start : `${o.start}..${o.end}`);
  if (ws.length === 0) return '—';
  if (ws.length <= 4) return ws.map(one).join(', ');
  return `${ws.length}: ${one(ws[0]!)}, ${one(ws[1]!)} … ${one(ws.at(-1)!)}`;
}

export function showExpected(p: CorpusPhrase): string {
  const e = p.occurrences;
  const ws = Array.isArray(e) ? e.join(', ') || '—' : `${e.count}: ${e.first} … ${e.last}`;
  return `${p.kind} ${ws}${p.warns ? ' (warns)' : ''}`;
}

export function showReading(r: Reading): string {
  const issues = [...r.errors.map((c) => `error ${c}`), ...r.warnings.map((c) => `warning ${c}`)];
  return `${r.kind} ${showWindows(r.occurrences)}${issues.length ? ` (${issues.join(', ')})` : ''}`;
}

/** A Markdown table cell: line breaks and pipes kept visible. */
export function cell(text: string): string {
  return text.replaceAll('\\', '\\\\').replaceAll('|', '\\|').replaceAll('\n', '⏎');
}
