import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { BIN, REPO, runCli } from '../helpers/cli.js';

const SEED = join(REPO, 'roadmaps', '500plus-lysogorsk.yaml');
const SMALL = 'id: small\ntitle: Карта\nperiod: "2023"\nitems:\n  - title: Мероприятие\n    when: Март 2023\n';
const canFifo = spawnSync('mkfifo', ['--version']).status === 0;
const isRoot = process.getuid?.() === 0;
const canDropRoot = isRoot && spawnSync('setpriv', ['--version']).status === 0;

function project(): string {
  const dir = mkdtempSync(join(tmpdir(), 'roadmap-hostile-'));
  mkdirSync(join(dir, 'roadmaps'));
  copyFileSync(SEED, join(dir, 'roadmaps', 'plan.yaml'));
  return dir;
}

describe('inputs that are not regular files are refused, never read (#15 item 11)', () => {
  it.skipIf(!canFifo || !existsSync('/dev/zero'))('a FIFO and a link to /dev/zero: errors, not a hang or OOM', () => {
    const dir = project();
    spawnSync('mkfifo', [join(dir, 'roadmaps', 'fifo.yaml')]);
    symlinkSync('/dev/zero', join(dir, 'roadmaps', 'zero.yaml'));
    const started = Date.now();
    const r = runCli(['build'], { cwd: dir });
    expect(Date.now() - started).toBeLessThan(30_000);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/roadmaps\/fifo\.yaml: ошибка: .*не обычный файл.*\[file-unreadable\]/);
    expect(r.stderr).toMatch(/roadmaps\/zero\.yaml: ошибка: .*не обычный файл.*\[file-unreadable\]/);
    // The readable roadmap beside them is still built.
    expect(existsSync(join(dir, 'out', '500plus-lysogorsk.docx'))).toBe(true);
  });

  it.skipIf(!existsSync('/dev/zero'))('`import` of a link to /dev/zero or a FIFO: a usage error at once', () => {
    const dir = project();
    symlinkSync('/dev/zero', join(dir, 'zero.docx'));
    const files = ['zero.docx'];
    if (canFifo) {
      spawnSync('mkfifo', [join(dir, 'fifo.docx')]);
      files.push('fifo.docx');
    }
    for (const file of files) {
      const started = Date.now();
      const r = runCli(['import', file, '-o', '-'], { cwd: dir });
      expect(Date.now() - started).toBeLessThan(30_000);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`«${file}»: это не обычный файл`);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('a file over the size limit is refused before it is parsed', () => {
    const dir = project();
    writeFileSync(join(dir, 'roadmaps', 'huge.yaml'), `${SMALL}# ${'x'.repeat(17 * 1024 * 1024)}\n`);
    const r = runCli(['validate'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/roadmaps\/huge\.yaml: ошибка: Файл больше 16 МБ.*\[file-too-large\]/);
  });

  it.skipIf(!canFifo)('a FIFO where the status file goes stops the build instead of hanging', () => {
    const dir = project();
    spawnSync('mkfifo', [join(dir, 'roadmaps', 'plan.status.yaml')]);
    const r = runCli(['build', '--only', 'xlsx'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/plan\.status\.yaml».*не обычный файл/);
    expect(existsSync(join(dir, 'out', '500plus-lysogorsk.xlsx'))).toBe(false);
  });
});

describe('outputs stay inside the output folder (#15 item 6)', () => {
  it('a symlinked out/calendars is not followed: a clear error, nothing written outside', () => {
    const dir = project();
    const elsewhere = mkdtempSync(join(tmpdir(), 'roadmap-elsewhere-'));
    mkdirSync(join(dir, 'out'));
    symlinkSync(elsewhere, join(dir, 'out', 'calendars'));
    const r = runCli(['build'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(readdirSync(elsewhere)).toEqual([]);
    expect(r.stderr).toMatch(
      /out\/calendars\/all\.ics: ошибка: Отказ записывать «calendars\/all\.ics»: .*символическая ссылка.*\[output-outside\]/,
    );
    expect(r.stderr).not.toMatch(/внутренняя ошибка|\n\s+at /);
    // What does not go through the link is written.
    expect(existsSync(join(dir, 'out', '500plus-lysogorsk.docx'))).toBe(true);
  });

  it('a file in out/ that links outside is not written through', () => {
    const dir = project();
    const elsewhere = mkdtempSync(join(tmpdir(), 'roadmap-elsewhere-'));
    writeFileSync(join(elsewhere, 'victim.json'), 'чужой файл');
    mkdirSync(join(dir, 'out'));
    symlinkSync(join(elsewhere, 'victim.json'), join(dir, 'out', '500plus-lysogorsk.json'));
    const r = runCli(['build', '--only', 'json'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(readFileSync(join(elsewhere, 'victim.json'), 'utf8')).toBe('чужой файл');
    expect(r.stderr).toContain('[output-outside]');
  });

  it('an output folder that is itself a link (to another disk) is fine', () => {
    const dir = project();
    const disk = mkdtempSync(join(tmpdir(), 'roadmap-disk-'));
    symlinkSync(disk, join(dir, 'out'));
    const r = runCli(['build', '--only', 'docx,ics'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(existsSync(join(disk, 'calendars', 'all.ics'))).toBe(true);
  });
});

describe('the environment and the folders (#15 items 9, 12)', () => {
  it.each([
    ['5000000000', 'позже 2099 года'],
    ['вчера', 'целое число секунд'],
  ])('SOURCE_DATE_EPOCH=%s is a usage error before anything is built', (value, message) => {
    const dir = project();
    const r = runCli(['build'], { cwd: dir, env: { SOURCE_DATE_EPOCH: value } });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });

  it.skipIf(isRoot && !canDropRoot)('an unreadable sub-folder is reported as such, and the rest is built', () => {
    const dir = project();
    chmodSync(dir, 0o777); // the unprivileged user writes out/ here
    chmodSync(join(dir, 'roadmaps'), 0o777);
    mkdirSync(join(dir, 'roadmaps', 'locked'));
    writeFileSync(join(dir, 'roadmaps', 'locked', 'secret.yaml'), SMALL);
    chmodSync(join(dir, 'roadmaps', 'locked'), 0o000);
    const env = { PATH: process.env.PATH ?? '', HOME: dir, LANG: 'C.UTF-8', NO_COLOR: '1' };
    const cmd = isRoot
      ? ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, BIN, 'build']
      : [process.execPath, BIN, 'build'];
    const r = spawnSync(cmd[0]!, cmd.slice(1), { cwd: dir, env, encoding: 'utf8', timeout: 60_000 });
    chmodSync(join(dir, 'roadmaps', 'locked'), 0o755);
    expect(r.stderr).toMatch(
      /roadmaps\/locked: ошибка: Папку не удалось прочитать \(нет прав на чтение\).*\[folder-unreadable\]/,
    );
    expect(r.stderr).not.toContain('нет прав на запись');
    expect(r.status).toBe(1);
    expect(existsSync(join(dir, 'out', '500plus-lysogorsk.docx'))).toBe(true);
  });

  it('a roadmap with "\\uFFFE" written as an escape is refused by validate and build, at the escape', () => {
    const dir = project();
    const text = readFileSync(SEED, 'utf8').replace('title: ДОРОЖНАЯ КАРТА', 'title: "ДОРОЖНАЯ\\uFFFE КАРТА"');
    writeFileSync(join(dir, 'roadmaps', 'plan.yaml'), text);
    const line = text.split('\n').findIndex((l) => l.includes('\\uFFFE')) + 1;
    for (const command of ['validate', 'build']) {
      const r = runCli([command], { cwd: dir });
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(`roadmaps/plan.yaml:${line}:17: ошибка: Символ U+FFFE`);
    }
    expect(existsSync(join(dir, 'out', '500plus-lysogorsk.docx'))).toBe(false);
  });

  it('an .ods tracker is told to be saved as .xlsx, not «это не трекер»', () => {
    const dir = project();
    const mimetype = strToU8('application/vnd.oasis.opendocument.spreadsheet');
    writeFileSync(
      join(dir, 'tracker.ods'),
      zipSync({ mimetype: [mimetype, { level: 0 }], 'content.xml': strToU8('<x/>') }),
    );
    const r = runCli(['status', 'import', 'tracker.ods'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('tracker.ods: ошибка: это таблица OpenDocument (.ods)');
    expect(r.stderr).toContain('сохраните как «Книга Excel (.xlsx)»');
  });

  it('a tracker whose packed sheet is damaged is an error, not a silent exit 13', () => {
    const dir = project();
    expect(runCli(['build', '--only', 'xlsx'], { cwd: dir }).code).toBe(0);
    const bytes = readFileSync(join(dir, 'out', '500plus-lysogorsk.xlsx'));
    // The deflated data of the sheet, overwritten in its middle: the zip's directory is intact.
    const name = Buffer.from('xl/worksheets/sheet1.xml');
    const local = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
    let at = bytes.indexOf(local);
    while (at >= 0 && !bytes.subarray(at + 30, at + 30 + name.length).equals(name)) at = bytes.indexOf(local, at + 4);
    const data = at + 30 + bytes.readUInt16LE(at + 26) + bytes.readUInt16LE(at + 28);
    bytes.fill(0xaa, data + 200, data + 232);
    writeFileSync(join(dir, 'damaged.xlsx'), bytes);
    const r = runCli(['status', 'import', 'damaged.xlsx'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('damaged.xlsx: ошибка: не удалось прочитать трекер');
  });
});
