import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { StreamedFiles, type Chunk } from '../../src/emit/emitter.js';
import { Staging, writeOutputsAtomically } from '../../src/project/write-outputs.js';

describe('temporary files of a build', () => {
  it('are cleared when the build that left them is gone, and kept while it still runs', () => {
    const out = mkdtempSync(join(tmpdir(), 'roadmap-staging-'));
    const finished = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {
      encoding: 'utf8',
    }).stdout;
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
    staging.add([
      { path: 'a.docx', data: 'a' },
      { path: 'calendars/b.ics', data: 'b' },
    ]);
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

describe('streamed files', () => {
  /** Two files made in one pass, chunks interleaved, one of them large: text and bytes, Cyrillic cut anywhere. */
  const pair = () =>
    new StreamedFiles(3, function* (): Generator<readonly [number, Chunk | null]> {
      yield [0, 'начало\r\n'];
      for (let i = 0; i < 20_000; i++) {
        yield [1, `строка ${i}\r\n`];
        if (i % 1000 === 0) yield [0, Buffer.from(`событие ${i}\r\n`)];
      }
      yield [1, 'ю'.repeat(100_000)]; // larger than the writer's buffer
      yield [0, null];
      yield [1, null];
      // file 2 gets no chunk: it is written empty
    });

  it('are written chunk by chunk, byte for byte what their text is, and put in place only on commit', () => {
    const out = mkdtempSync(join(tmpdir(), 'roadmap-staging-'));
    const files = pair();
    const staging = new Staging(out);
    staging.add([0, 1, 2].map((i) => ({ path: `calendars/f${i}.ics`, data: files.body(i) })));
    expect(readdirSync(join(out, 'calendars')).filter((n) => !n.includes('.tmp-'))).toEqual([]);
    staging.commit();
    for (const i of [0, 1, 2])
      expect(readFileSync(join(out, 'calendars', `f${i}.ics`), 'utf8'), `f${i}`).toBe(String(files.body(i)));
    expect(readFileSync(join(out, 'calendars', 'f1.ics'), 'utf8')).toContain('строка 19999\r\n');
    expect(readFileSync(join(out, 'calendars', 'f2.ics'), 'utf8')).toBe('');
  });

  it('of a failing pass leave nothing behind', () => {
    const root = mkdtempSync(join(tmpdir(), 'roadmap-staging-'));
    const failing = new StreamedFiles(1, function* (): Generator<readonly [number, Chunk | null]> {
      yield [0, 'начало'];
      throw new Error('emitter bug');
    });
    const staging = new Staging(join(root, 'out'));
    expect(() => staging.add([{ path: 'a.ics', data: failing.body(0) }])).toThrow('emitter bug');
    staging.discard();
    expect(readdirSync(root)).toEqual([]);
  });
});
