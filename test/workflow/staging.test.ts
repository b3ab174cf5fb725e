import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeOutputsAtomically } from '../../src/project/write-outputs.js';

describe('temporary files of a build', () => {
  it('are cleared when the build that left them is gone, and kept while it still runs', () => {
    const out = mkdtempSync(join(tmpdir(), 'roadmap-staging-'));
    const finished = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout;
    const leftover = join(out, `a.docx.tmp-${finished}-0`);
    // The test runner's parent process is alive: think of it as a `build --watch` writing the same folder.
    const running = join(out, `a.docx.tmp-${process.ppid}-3`);
    writeFileSync(leftover, 'half');
    writeFileSync(running, 'in progress');

    writeOutputsAtomically(out, [{ path: 'a.docx', data: 'new' }]);

    expect(readFileSync(join(out, 'a.docx'), 'utf8')).toBe('new');
    expect(existsSync(leftover)).toBe(false);
    expect(existsSync(running)).toBe(true);
  });
});
