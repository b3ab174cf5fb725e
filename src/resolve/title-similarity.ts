import { normaliseTitle } from './uid.js';

/** Dice coefficient of character bigrams of two normalised titles: 1 for equal, 0 for nothing in common. */
export function titleSimilarity(a: string, b: string): number {
  const x = bigrams(normaliseTitle(a));
  const y = bigrams(normaliseTitle(b));
  if (x.size === 0 && y.size === 0) return 1;
  let common = 0;
  let total = 0;
  for (const [g, n] of x) {
    common += Math.min(n, y.get(g) ?? 0);
    total += n;
  }
  for (const n of y.values()) total += n;
  return total === 0 ? 0 : (2 * common) / total;
}

function bigrams(s: string): Map<string, number> {
  const out = new Map<string, number>();
  for (let i = 0; i < s.length - 1; i++) {
    const g = s.slice(i, i + 2);
    out.set(g, (out.get(g) ?? 0) + 1);
  }
  return out;
}
