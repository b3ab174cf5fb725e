// Property (issue #17): a phrase the engine cannot read exactly is never turned into dates without a warning.
// Seeded mutations of the corpus phrases (a letter dropped or doubled, two words swapped, punctuation inserted,
// a number put out of range) either keep the phrase's reading or carry a warning or an error.
import { describe, expect, it } from 'vitest';
import { loadCorpus } from './corpus-check.js';
import { checkMutants } from './corpus-mutate.js';

const results = checkMutants(loadCorpus());

describe('mutated corpus phrases', () => {
  it('tries every kind of mutation, many times', () => {
    const kinds = new Set(results.map((r) => r.mutant.kind));
    expect([...kinds].sort()).toEqual(['drop', 'duplicate', 'number', 'punctuation', 'swap-words']);
    expect(results.length).toBeGreaterThanOrEqual(1000);
  });

  it('either keep their reading or warn: never other dates silently', () => {
    const bad = results.filter((r) => !r.ok);
    const byKind = new Map<string, [number, number]>();
    for (const r of results) {
      const [n, b] = byKind.get(r.mutant.kind) ?? [0, 0];
      byKind.set(r.mutant.kind, [n + 1, b + (r.ok ? 0 : 1)]);
    }
    console.log(
      `mutants: ${results.length - bad.length}/${results.length} keep their reading or warn; silent misreadings by kind: ` +
        [...byKind].map(([k, [n, b]]) => `${k} ${b}/${n}`).join(', '),
    );
    expect(bad.map((r) => `${r.mutant.kind}: «${r.mutant.text}» (from «${r.mutant.phrase.text}»)`)).toEqual([]);
  });
});
