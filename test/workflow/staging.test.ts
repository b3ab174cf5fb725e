import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Staging, writeOutputsAtomically } from '../../src/project/write-outputs.js';

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

  it('of a build that fails go away with the folders it made for them; folders that were there stay', () => {
    const root = mkdtempSync(join(tmpdir(), 'roadmap-staging-'));
    const out = join(root, 'out');
    const staging = new Staging(out);
    staging.add([{ path: 'a.docx', data: 'a' }, { path: 'calendars/b.ics', data: 'b' }]);
    expect(readdirSync(out).sort()).toEqual(['a.docx.tmp-' + process.pid + '-0', 'calendars']);
    staging.discard();
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(root)).toEqual([]);

    // The output folder of an earlier build is kept, with its files.
    writeOutputsAtomically(out, [{ path: 'old.docx', data: 'old' }]);
    const again = new Staging(out);
    again.add([{ path: 'calendars/b.ics', data: 'b' }]);
    again.discard();
    expect(readdirSync(out)).toEqual(['old.docx']);
  });

  it('of a build whose folder could not be made go away too, with the folders made before the failure', () => {
    const root = mkdtempSync(join(tmpdir(), 'roadmap-staging-'));
    const staging = new Staging(join(root, 'out'));
    // A folder name longer than the file system allows: out/ and out/a are made, the next one fails.
    expect(() => staging.add([{ path: `a/${'x'.repeat(300)}/f.ics`, data: 'f' }])).toThrow();
    staging.discard();
    expect(readdirSync(root)).toEqual([]);
  });
});
