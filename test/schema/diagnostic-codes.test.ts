import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = new URL('../../src/', import.meta.url).pathname;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? sources(full) : full.endsWith('.ts') ? [full] : [];
  });
}

describe('docs/diagnostics.md', () => {
  it('documents every diagnostic code the compiler can report', () => {
    const doc = readFileSync(new URL('../../docs/diagnostics.md', import.meta.url), 'utf8');
    const codes = new Set<string>();
    for (const file of sources(SRC).filter((f) => !f.includes('/schedule/'))) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/code: '([a-z][a-z0-9-]+)'/g)) if (m[1] !== 'custom') codes.add(m[1]!);
      for (const m of text.matchAll(/^\s+'([a-z]+-[a-z0-9-]+)': \(/gm)) codes.add(m[1]!);
    }
    const phraseCodes = readFileSync(join(SRC, 'schedule', 'issues.ts'), 'utf8').matchAll(/'([a-z]+-[a-z-]+)'/g);
    for (const m of phraseCodes) codes.add(`when-${m[1]}`);
    expect(codes.size).toBeGreaterThan(30);
    const missing = [...codes].filter((c) => !doc.includes(`\`${c}\``));
    expect(missing).toEqual([]);
  });
});
