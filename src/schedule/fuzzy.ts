import { editDistance } from '../util/suggest.js';
import { GUESS_TARGETS } from './lexicon.js';

/**
 * The known word a typo most likely stands for: one edit for words of 5–7 letters, two for longer ones.
 * Short words are never guessed (too many real words are one letter away from «мая»), and a word of fewer than
 * seven letters must keep its first letter («карте» is not «марте»).
 */
export function guessWord(word: string): string | null {
  if (word.length < 5) return null;
  const known = memo.get(word);
  if (known !== undefined) return known;
  if (memo.size >= MEMO_LIMIT) memo.clear();
  const guess = nearest(word);
  memo.set(word, guess);
  return guess;
}

/** Columns repeat the same words: remember the answers (bounded; the function stays pure). */
const memo = new Map<string, string | null>();
const MEMO_LIMIT = 10_000;

function nearest(word: string): string | null {
  const max = word.length >= 8 ? 2 : 1;
  let best: string | null = null;
  let bestDistance = max + 1;
  for (let len = word.length - max; len <= word.length + max; len++) {
    for (const candidate of GUESS_TARGETS.get(len) ?? []) {
      if (word.length < 7 && candidate[0] !== word[0]) continue;
      const d = editDistance(word, candidate, Math.min(max, bestDistance));
      if (d < bestDistance) {
        bestDistance = d;
        best = candidate;
      }
    }
  }
  return bestDistance <= max ? best : null;
}
