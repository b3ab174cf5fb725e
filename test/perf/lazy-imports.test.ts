import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from '../helpers/cli.js';

const DIST = join(REPO, 'dist');
const HEAVY = ['docx', 'exceljs'];

/** Every module a file loads before running: its static imports, transitively (dynamic import() excluded). */
function staticClosure(start: string): Map<string, string> {
  const seen = new Map<string, string>();
  const queue = [start];
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    const text = readFileSync(file, 'utf8');
    seen.set(file, text);
    for (const m of text.matchAll(/(?:^|[;\n])\s*(?:import\s*[^'"()]*?from\s*|import\s*)["']([^"']+)["']/g)) {
      const spec = m[1]!;
      if (spec.startsWith('.')) queue.push(join(file, '..', spec));
      else seen.set(`pkg:${spec}`, '');
    }
  }
  return seen;
}

function commandChunk(name: string): string {
  const file = readdirSync(join(DIST, 'chunks')).find((f) => f.startsWith(`${name}-`));
  if (!file) throw new Error(`no chunk for ${name} in dist (npm test builds it first)`);
  return join(DIST, 'chunks', file);
}

describe('start-up cost: heavy libraries load only in the commands that need them', () => {
  it.each(['validate', 'when', 'upcoming', 'diff', 'init'])('`roadmap %s` never loads docx or exceljs', (command) => {
    const loaded = [...staticClosure(join(DIST, 'cli.js')).keys(), ...staticClosure(commandChunk(command)).keys()];
    for (const pkg of HEAVY) expect(loaded, pkg).not.toContain(`pkg:${pkg}`);
  });

  it('the DOCX emitter does load docx (the check above can fail)', () => {
    const loaded = [...staticClosure(commandChunk('docx')).keys()];
    expect(loaded).toContain('pkg:docx');
  });
});
