// Seeded mutations of corpus phrases, for the property «a phrase the engine cannot read exactly is never turned
// into dates without a warning»: a mutant either keeps the phrase's reading or carries a warning or an error.
import { type CorpusPhrase, read, type Reading, sameWindows } from './corpus-check.js';

export const SEED = 17_2026;
export const MUTANTS_PER_PHRASE = 6;

/** mulberry32: a small seeded generator, so every run tries the same mutants. */
function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

type MutationKind = 'drop' | 'duplicate' | 'swap-words' | 'punctuation' | 'number';

interface Mutant {
  phrase: CorpusPhrase;
  kind: MutationKind;
  text: string;
}

// Digits and Latin letters (Roman numerals) are left to the `number` mutation: dropping a digit or an «I» turns
// one valid phrase into another valid one («II полугодие» → «I полугодие»), which no reader could flag.
const LETTER = /[^\d\sA-Za-z]/u;
const PUNCTUATION = [',', '.', ';', ':', '(', ')', '/', '!', '?', '"', '«', '-'];

/** A number no deadline can have where it stands: day 32–99 or 0, a month 13, a five-digit or zero year. */
function outOfRange(digits: string, pick: () => number): string {
  if (digits.length === 4) return pick() < 0.5 ? '0000' : `${digits}7`;
  if (digits.length <= 2) return ['0', '00', '32', '45', '99'][Math.floor(pick() * 5)]!;
  return `${digits}9`;
}

function positions(text: string, re: RegExp): number[] {
  return [...text].flatMap((ch, i) => (re.test(ch) ? [i] : []));
}

function mutate(text: string, kind: MutationKind, pick: () => number): string | null {
  const chars = [...text];
  const any = <T>(xs: T[]): T | undefined => xs[Math.floor(pick() * xs.length)];
  switch (kind) {
    case 'drop': {
      const i = any(positions(text, LETTER));
      // Dropping the one-letter word «с» drops a word, not a letter: «С 27.05.2023» (from that day on) becomes
      // «27.05.2023», that one day, a well-formed phrase a school reads exactly so: not a misreading to flag.
      const word = i !== undefined && !LETTER.test(chars[i - 1] ?? ' ') && !LETTER.test(chars[i + 1] ?? ' ');
      if (word && (chars[i!] === 'с' || chars[i!] === 'С')) return null;
      return i === undefined ? null : chars.toSpliced(i, 1).join('');
    }
    case 'duplicate': {
      const i = any(positions(text, LETTER));
      return i === undefined ? null : chars.toSpliced(i, 0, chars[i]!).join('');
    }
    case 'swap-words': {
      const words = text.split(/(\s+)/);
      const idx = words.flatMap((w, i) => (w.trim() ? [i] : []));
      if (idx.length < 2) return null;
      const k = Math.floor(pick() * (idx.length - 1));
      const [a, b] = [idx[k]!, idx[k + 1]!];
      [words[a], words[b]] = [words[b]!, words[a]!];
      return words.join('');
    }
    case 'punctuation': {
      const i = Math.floor(pick() * (chars.length + 1));
      const mark = any(PUNCTUATION)!;
      // A dash between two digits writes a range of days: «26.09.2014» becomes «2-6.09.2014», 2–6 September, a
      // well-formed phrase a school reads exactly so: not a misreading to flag.
      if (mark === '-' && /\d/.test(chars[i - 1] ?? '') && /\d/.test(chars[i] ?? '')) return null;
      return chars.toSpliced(i, 0, mark).join('');
    }
    case 'number': {
      const runs = [...text.matchAll(/\d+/g)];
      const r = any(runs);
      if (!r) return null;
      return text.slice(0, r.index) + outOfRange(r[0], pick) + text.slice(r.index + r[0].length);
    }
  }
}

const KINDS: MutationKind[] = ['drop', 'duplicate', 'swap-words', 'punctuation', 'number'];

/** The mutants of every phrase whose expected reading is a clean one (no expected warning, not unknown). */
function mutants(corpus: CorpusPhrase[]): Mutant[] {
  const pick = generator(SEED);
  const out: Mutant[] = [];
  for (const phrase of corpus) {
    if (phrase.kind === 'unknown' || phrase.warns) continue;
    const seen = new Set([phrase.text]);
    for (let n = 0; n < MUTANTS_PER_PHRASE; n++) {
      const kind = KINDS[Math.floor(pick() * KINDS.length)]!;
      const text = mutate(phrase.text, kind, pick);
      if (text !== null && !seen.has(text)) {
        seen.add(text);
        out.push({ phrase, kind, text });
      }
    }
  }
  return out;
}

/** Keeps the phrase's expected reading, or says it is unsure: the property every mutant must have. */
function keepsOrWarns(m: Mutant, got: Reading): boolean {
  if (got.warnings.length > 0 || got.errors.length > 0) return true;
  return got.kind === m.phrase.kind && sameWindows(m.phrase.occurrences, got.occurrences);
}

export interface MutantResult {
  mutant: Mutant;
  got: Reading;
  ok: boolean;
}

export function checkMutants(corpus: CorpusPhrase[]): MutantResult[] {
  return mutants(corpus).map((mutant) => {
    const got = read(mutant.text, mutant.phrase.period);
    return { mutant, got, ok: keepsOrWarns(mutant, got) };
  });
}
