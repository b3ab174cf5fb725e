import type { Kw } from './lexicon.js';

/** Where a token came from in the phrase as given (UTF-16 offsets), and the word as written when it was guessed. */
interface TokenBase {
  o: number;
  l: number;
  guess?: string;
}

export type Token = TokenBase &
  /** `digits` is 0 for a numeral word («два») and -1 for one that includes «раз» («дважды»). */
  (
    | { t: 'num'; v: number; digits: number }
    | { t: 'date'; d: number; m: number; y: number | null; yearDigits: number }
    | { t: 'month'; v: number }
    | { t: 'wd'; v: number; plural: boolean }
    | { t: 'ord'; v: number }
    | { t: 'roman'; v: number }
    | { t: 'kw'; k: Kw }
    | { t: 'ext'; rel: boolean }
    | { t: 'dash' }
    /** «,» or «;» (`semi`): a semicolon ends an external clause («по графику; март 2023»). */
    | { t: 'sep'; semi: boolean }
    | { t: 'colon' }
    | { t: 'slash' }
    | { t: 'word'; w: string }
  );

export interface Note {
  text: string;
  o: number;
  l: number;
}

export interface Tokenized {
  tokens: Token[];
  /** Remarks in brackets, as written. */
  notes: Note[];
  /** Opening brackets never closed: read through as if absent («Март (2023»), and reported. */
  unclosed: Array<{ o: number; l: number }>;
  /** Punctuation side by side or inside a date («,—», «24.02-.2025»): read through, and reported. */
  odd: Array<{ o: number; l: number }>;
}
