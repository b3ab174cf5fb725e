// Property (issue #17, «never silent»): a phrase changed by a slip of the hand either keeps its reading or carries a
// warning or an error — it is never turned into other dates quietly. The phrases are this folder's tables; the
// corpus branch's mutation test does the same over the real-phrase corpus.
import { describe, expect, it } from 'vitest';
import { parseDeadline, parsePeriod } from '../../src/schedule/index.js';
import type { Schedule } from '../../src/schedule/types.js';
import { SHAPES as ROWS } from './phrase-shapes.js';

/** A small seeded generator (mulberry32): the same mutants on every run and machine. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Mutation = (phrase: string, rnd: () => number) => string | null;
const pick = <T>(list: T[], rnd: () => number): T => list[Math.floor(rnd() * list.length)] as T;

/** The slips the engine has to notice: a mark doubled or added next to a mark, a date's separator lost. */
const MUTATIONS: Record<string, Mutation> = {
  'double a dash or comma': (p, rnd) => {
    const at = [...p.matchAll(/[,;–—-]/g)].map((m) => m.index);
    if (!at.length) return null;
    const i = pick(at, rnd);
    return `${p.slice(0, i)}${pick([',', ';', ':'], rnd)}${p.slice(i)}`;
  },
  'a dot after a dash': (p) => (/\d[–—-]\d/.test(p) ? p.replace(/(\d)([–—-])(\d)/, '$1$2.$3') : null),
  'lose the dash of a range': (p) =>
    /[а-я] ?[–—-] ?[а-я]/i.test(p) ? p.replace(/([а-я]) ?[–—-] ?([а-я])/i, '$1 $2') : null,
  'a trailing dash': (p) => (/\d$/.test(p.trim()) ? `${p.trim()} –` : null),
};

const reading = (s: Schedule) => JSON.stringify([s.kind, s.occurrences]);
const speaks = (s: Schedule) => s.issues.some((i) => i.severity !== 'info');

describe('mutated phrases either keep their reading or say something', () => {
  const rnd = random(17);
  const cases: Array<[string, string, string, string]> = [];
  for (const [phrase, period] of ROWS) {
    for (const [name, mutate] of Object.entries(MUTATIONS)) {
      const mutant = mutate(phrase, rnd);
      if (mutant !== null && mutant !== phrase) cases.push([name, phrase, mutant, period]);
    }
  }

  it('tries every mutation on many phrases', () => {
    const kinds = new Set(cases.map((c) => c[0]));
    expect(kinds.size).toBe(Object.keys(MUTATIONS).length);
    expect(cases.length).toBeGreaterThan(100);
  });

  it('never reads a mutant into other dates without a warning', () => {
    const silent = cases.filter(([, phrase, mutant, periodText]) => {
      const period = parsePeriod(periodText)!;
      const before = parseDeadline(phrase, { period });
      const after = parseDeadline(mutant, { period });
      return reading(after) !== reading(before) && !speaks(after);
    });
    expect(silent.map(([name, phrase, mutant]) => `${name}: «${mutant}» (from «${phrase}»)`)).toEqual([]);
  });
});
