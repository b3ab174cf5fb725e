import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { BIN, REPO, runCli } from '../helpers/cli.js';

const SEED = join(REPO, 'roadmaps', '500plus-lysogorsk.yaml');

function project(): string {
  const dir = mkdtempSync(join(tmpdir(), 'roadmap-robust-'));
  mkdirSync(join(dir, 'roadmaps'));
  copyFileSync(SEED, join(dir, 'roadmaps', 'plan.yaml'));
  return dir;
}

describe('what a careless or unlucky user does is refused, never damaging their files', () => {
  it('status import leaves a status file it cannot read byte for byte as it was', async () => {
    const dir = project();
    expect(runCli(['build', '--only', 'xlsx'], { cwd: dir }).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, 'out', '500plus-lysogorsk.xlsx'));
    const ws = wb.getWorksheet('Трекер')!;
    const status = (ws.getRow(1).values as unknown[]).map(String).indexOf('Статус');
    ws.getRow(2).getCell(status).value = 'выполнено';
    await wb.xlsx.writeFile(join(dir, 'filled.xlsx'));
    const broken = 'items:\n  x:\n    "2023-01-31":\n      status: "не закрыта кавычка\n# мои заметки\n';
    writeFileSync(join(dir, 'roadmaps', 'plan.status.yaml'), broken);
    const r = runCli(['status', 'import', 'filled.xlsx'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('не изменён');
    expect(readFileSync(join(dir, 'roadmaps', 'plan.status.yaml'), 'utf8')).toBe(broken);
  });

  it.each([
    ['out: "."', 'в папку проекта'],
    ['out: roadmaps', 'папкой дорожных карт'],
    ['out: ../../elsewhere', 'внутри проекта'],
  ])('the config «%s» is refused before anything is written', (config, message) => {
    const dir = project();
    writeFileSync(join(dir, 'roadmap.config.yaml'), `${config}\n`);
    writeFileSync(join(dir, 'index.html'), 'моя страница');
    const r = runCli(['build'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(readFileSync(join(dir, 'index.html'), 'utf8')).toBe('моя страница');
    expect(existsSync(join(dir, 'roadmaps', '500plus-lysogorsk.docx'))).toBe(false);
  });

  it('--out naming a file is a Russian usage error, not a system error', () => {
    const dir = project();
    writeFileSync(join(dir, 'notes.txt'), 'x');
    const r = runCli(['build', '--out', 'notes.txt'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('это файл, а не папка');
    expect(r.stderr).not.toMatch(/EEXIST|внутренняя ошибка/);
  });

  it.skipIf(!existsSync('/proc/self'))('a folder that cannot be made is an error, not a hang', () => {
    const dir = project();
    const r = spawnSync(process.execPath, [BIN, 'build', '--out', '/proc/roadmap-cannot-exist'], {
      cwd: dir,
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/не удалось записать или прочитать «\/proc\/roadmap-cannot-exist»/);
  });

  it('import refuses to write the YAML over the document it reads', () => {
    const dir = project();
    const docx = join(REPO, 'test', 'fixtures', 'import', 'msoko-pandoc.docx');
    copyFileSync(docx, join(dir, 'plan.docx'));
    const r = runCli(['import', 'plan.docx', '-o', 'plan.docx', '--force'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(readFileSync(join(dir, 'plan.docx')).equals(readFileSync(docx))).toBe(true);
  });

  it('validate catches an unknown template, as build would', () => {
    const dir = project();
    const text = readFileSync(SEED, 'utf8').replace('template: 500plus', 'template: 500pls');
    writeFileSync(join(dir, 'roadmaps', 'plan.yaml'), text);
    const r = runCli(['validate'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/roadmaps\/plan\.yaml:\d+:\d+: ошибка: .*«500pls».*\[template-unknown\]/);
    expect(r.stderr).toContain('500plus');
  });

  it('validate catches a letterhead that is missing or not a DOCX, as build would', () => {
    const dir = project();
    mkdirSync(join(dir, 'templates'));
    writeFileSync(
      join(dir, 'templates', 'blank.yaml'),
      `${readFileSync(join(REPO, 'templates', '500plus.yaml'), 'utf8')}\nletterhead: blank.docx\n`,
    );
    writeFileSync(
      join(dir, 'roadmaps', 'plan.yaml'),
      readFileSync(SEED, 'utf8').replace('template: 500plus', 'template: blank'),
    );
    for (const [blank, reason] of [
      [null, 'файл не найден'],
      ['это не docx', 'не файл DOCX'],
    ] as const) {
      if (blank !== null) writeFileSync(join(dir, 'templates', 'blank.docx'), blank);
      const r = runCli(['validate'], { cwd: dir });
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/templates\/blank\.yaml:\d+:\d+: ошибка: .*blank\.docx».*\[letterhead-unreadable\]/);
      expect(r.stderr).toContain(reason);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('an impossible approval date and a duplicate key are named in the message', () => {
    const dir = project();
    const text = readFileSync(SEED, 'utf8').replace('period: "2023"', 'period: "2023"\napproval:\n  date: 2023-02-30');
    writeFileSync(join(dir, 'roadmaps', 'plan.yaml'), text);
    writeFileSync(join(dir, 'roadmaps', 'dup.yaml'), 'id: a\ntitle: Карта\ntitle: Карта 2\nperiod: "2023"\n');
    const r = runCli(['validate'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/plan\.yaml:\d+:\d+: ошибка: .*2023-02-30/);
    expect(r.stderr).toMatch(/dup\.yaml:3:1: ошибка: Ключ «title» повторяется/);
  });

  it('output cut short by a closed pipe ends quietly', () => {
    const r = spawnSync(
      'bash',
      ['-c', `node ${BIN} when - --period 2020-2022 | head -c 10 >/dev/null; echo "rc=\${PIPESTATUS[0]}"`],
      {
        cwd: REPO,
        input: 'Сентябрь ежегодно\n'.repeat(20_000),
        encoding: 'utf8',
      },
    );
    expect(r.stderr).not.toMatch(/EPIPE|at .*\.js/);
    expect(r.stdout).toMatch(/rc=0/);
  });
});

describe('a broken roadmap.config.yaml stops the build', () => {
  it('reports the config error and writes nothing with the defaults', () => {
    const dir = project();
    writeFileSync(join(dir, 'roadmap.config.yaml'), 'out: build\nreminder: [7]\n');
    const r = runCli(['build'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/roadmap\.config\.yaml:2:1: ошибка: Неизвестный ключ «reminder»/);
    expect(existsSync(join(dir, 'out'))).toBe(false);
    expect(existsSync(join(dir, 'build'))).toBe(false);
  });
});
