import type { Kw } from './lexicon.js';
import type { Token } from './token.js';

/** A read position in a token list. */
export class Cursor {
  i = 0;
  /** Parts of the phrase read as remarks (the length after a range): kept as notes. */
  readonly remarks: Array<{ o: number; l: number }> = [];
  constructor(readonly toks: Token[]) {}

  peek(k = 0): Token | undefined {
    return this.toks[this.i + k];
  }

  isKw(k: Kw, at = 0): boolean {
    const t = this.toks[this.i + at];
    return t !== undefined && t.t === 'kw' && t.k === k;
  }

  /** Skips the keywords listed, returns how many were skipped. */
  skip(...kws: Kw[]): number {
    let n = 0;
    for (;;) {
      const t = this.toks[this.i];
      if (!t || t.t !== 'kw' || !kws.includes(t.k)) return n;
      this.i++;
      n++;
    }
  }

  get done(): boolean {
    return this.i >= this.toks.length;
  }
}
