import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Severity } from '../../src/diagnostics/diagnostic.js';
import { DIAGNOSTICS, isDiagnosticCode } from '../../src/diagnostics/registry.js';
import { MESSAGES } from '../../src/schedule/issues.js';

const doc = readFileSync(new URL('../../docs/diagnostics.md', import.meta.url), 'utf8');
/** Rows of the tables in docs/diagnostics.md: code → the other cells. */
const rows = new Map(
  [...doc.matchAll(/^\| `([a-z0-9-]+)` \|(.*)\|$/gm)].map((m) => [m[1]!, m[2]!.split('|').map((c) => c.trim())]),
);
const SRC = new URL('../../src/', import.meta.url).pathname;
const SEVERITY_RU: Record<Severity, string> = { error: 'ошибка', warning: 'предупреждение', info: 'замечание' };

describe('the diagnostics registry', () => {
  it('is what docs/diagnostics.md documents: every code, and no code it does not have', () => {
    expect(Object.keys(DIAGNOSTICS).length).toBeGreaterThan(30);
    expect(Object.keys(DIAGNOSTICS).filter((c) => !rows.has(c))).toEqual([]);
    expect([...rows.keys()].filter((c) => !isDiagnosticCode(c))).toEqual([]);
  });

  it('has an entry for every issue of the deadline engine, with the severity the docs give it', () => {
    for (const code of Object.keys(MESSAGES)) {
      const entry = DIAGNOSTICS[`when-${code}` as keyof typeof DIAGNOSTICS];
      expect(entry, code).toBeDefined();
      expect(rows.get(`when-${code}`)?.[0], code).toBe(SEVERITY_RU[entry.severity]);
    }
  });

  it('lets only errors block a build, and no phrase problem', () => {
    for (const [code, entry] of Object.entries(DIAGNOSTICS)) {
      if (entry.blocksBuild) expect(entry.severity, code).toBe('error');
      if (code.startsWith('when-')) expect(entry.blocksBuild, code).toBe(false);
    }
  });
});

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? sources(full) : full.endsWith('.ts') ? [full] : [];
  });
}

describe('diagnostic producers', () => {
  it('never set a severity themselves: the registry decides it', () => {
    const offenders = sources(SRC)
      .map((f) => relative(SRC, f))
      .filter((f) => !f.startsWith('diagnostics/') && !f.startsWith('schedule/'))
      .filter((f) => /severity: '(error|warning|info)'|code\.startsWith\(/.test(readFileSync(join(SRC, f), 'utf8')));
    expect(offenders).toEqual([]);
  });
});
