import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO, runCli } from '../helpers/cli.js';

/**
 * A large build hands the later roadmaps' DOCX/XLSX/JSON to helper threads. Who emitted a file must not show:
 * the outputs, the summary and the diagnostics are the same with and without helpers.
 */

function project(): string {
  const dir = mkdtempSync(join(tmpdir(), 'roadmap-parallel-'));
  mkdirSync(join(dir, 'roadmaps'));
  const seeds = ['roadmaps/500plus-lysogorsk.yaml', 'roadmaps/msoko-bashmakovo.yaml'].map((f) => readFileSync(join(REPO, f), 'utf8'));
  for (let i = 0; i < 20; i++) {
    let text = seeds[i % 2]!.replace(/^id: (.*)$/m, `id: $1-${i}`);
    // The last roadmap (in a helper's share) names a template that does not exist: its error must come back.
    if (i === 19) text = text.replace(/^template: .*$/m, 'template: nosuch');
    writeFileSync(join(dir, 'roadmaps', `r${String(i).padStart(2, '0')}.yaml`), text);
  }
  // A status file with a bad entry beside a roadmap in a helper's share: its warning must come back too.
  writeFileSync(join(dir, 'roadmaps', 'r18.status.yaml'), 'roadmap: x\nitems:\n  some-uid:\n    2023-01-01: {status: непонятно}\n');
  return dir;
}

function files(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.set(relative(dir, p), readFileSync(p));
    }
  };
  walk(dir);
  return out;
}

describe('a large build with helper threads', () => {
  it('writes byte for byte what a single thread writes, with the same messages', () => {
    const dir = project();
    const env = { SOURCE_DATE_EPOCH: '1700000000', ROADMAP_TODAY: '2023-03-01', ROADMAP_DEBUG: '1' };
    const alone = runCli(['build', '--out', 'out-alone'], { cwd: dir, env: { ...env, ROADMAP_WORKERS: '0' } });
    const helped = runCli(['build', '--out', 'out-helped'], { cwd: dir, env: { ...env, ROADMAP_WORKERS: '2' } });

    // Each thread loads the CLI bundle: one load alone, three with two helpers.
    const loads = (stderr: string) => stderr.split('\n').filter((l) => l.includes('dist/cli.cjs')).length;
    expect(loads(alone.stderr)).toBe(1);
    expect(loads(helped.stderr)).toBe(3);

    const messages = (stderr: string) => stderr.split('\n').filter((l) => !l.startsWith('roadmap: dist/')).sort();
    expect(helped.code).toBe(alone.code);
    expect(alone.code).toBe(1); // the unknown template
    expect(messages(helped.stderr)).toEqual(messages(alone.stderr));
    expect(alone.stderr).toContain('nosuch');
    expect(alone.stderr).toContain('непонятно');
    expect(helped.stdout.replace(/out-helped/g, 'out').replace(/\(\d+,\d с\)/, '')).toBe(alone.stdout.replace(/out-alone/g, 'out').replace(/\(\d+,\d с\)/, ''));

    const a = files(join(dir, 'out-alone'));
    const b = files(join(dir, 'out-helped'));
    expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
    expect([...a.keys()].filter((k) => k.endsWith('.docx'))).toHaveLength(19);
    for (const [name, bytes] of a) expect(b.get(name)!.equals(bytes), name).toBe(true);
  });
});
