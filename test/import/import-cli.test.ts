import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO, runCli } from '../helpers/cli.js';
import { makeDocx, p, table, tr } from './make-docx.js';

const FIXTURES = join(REPO, 'test/fixtures/import');
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'roadmap-import-cli-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const noStack = (s: string) => expect(s).not.toMatch(/\n\s+at /);

describe('roadmap import (built CLI)', () => {
  it('writes YAML that `roadmap validate` accepts', () => {
    const out = join(dir, 'msoko.yaml');
    const r = runCli(['import', join(FIXTURES, 'msoko-libreoffice.docx'), '-o', out], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /Импортировано: 9 направлений, 93 мероприятия, 6 исполнителей; макет msoko, период 2020-2022 → msoko\.yaml/,
    );
    expect(r.stdout).toMatch(
      /Проверьте: в заголовке нет года: период 2020-2022 определён по годам в сроках мероприятий/,
    );
    const v = runCli(['validate', out], { cwd: dir });
    expect(v.stdout + v.stderr).toMatch(/93 мероприятия. Ошибок нет/);
    expect(v.code).toBe(0);
  });

  it('never overwrites an existing file unless --force', () => {
    const out = join(dir, 'keep.yaml');
    writeFileSync(out, 'моё\n');
    const r = runCli(['import', join(FIXTURES, '500plus-pandoc.docx'), '-o', out], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/файл «keep\.yaml» уже существует.*--force/);
    expect(readFileSync(out, 'utf8')).toBe('моё\n');
    const forced = runCli(['import', join(FIXTURES, '500plus-pandoc.docx'), '-o', out, '--force'], { cwd: dir });
    expect(forced.code).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(/^# yaml-language-server/);
  });

  it('writes to stdout with -o - (the report goes to stderr)', () => {
    const r = runCli(['import', join(FIXTURES, '500plus-libreoffice.docx'), '-o', '-'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('# yaml-language-server: $schema=../schemas/roadmap.schema.json');
    expect(r.stdout).toMatch(/\nid: 500plus-libreoffice\n/);
    expect(r.stderr).toMatch(/Импортировано: 34 мероприятия; макет 500plus, период 2023 → <stdout>/);
  });

  it('writes to roadmaps/<id>.yaml of the project by default', () => {
    const project = join(dir, 'project');
    mkdirSync(join(project, 'docs'), { recursive: true });
    writeFileSync(join(project, 'roadmap.config.yaml'), 'roadmaps: карты\n');
    writeFileSync(
      join(project, 'docs', 'Дорожная карта 500+.docx'),
      readFileSync(join(FIXTURES, '500plus-pandoc.docx')),
    );
    const r = runCli(['import', 'Дорожная карта 500+.docx'], { cwd: join(project, 'docs') });
    expect(r.code).toBe(0);
    expect(readdirSync(join(project, 'карты'))).toEqual(['dorozhnaya-karta-500.yaml']);
  });

  it('lists the deadline phrases it could not read with their line in the new YAML', () => {
    const docx = join(dir, 'odd.docx');
    writeFileSync(
      docx,
      makeDocx(
        p('План мероприятий на 2024 год') +
          table(3, [
            tr(['№', 'Мероприятие', 'Срок']),
            tr(['1', 'Понятное', 'Май 2024']),
            tr(['2', 'Непонятное', 'Когда-нибудь потом']),
          ]),
      ),
    );
    const out = join(dir, 'odd.yaml');
    const r = runCli(['import', docx, '-o', out], { cwd: dir });
    expect(r.code).toBe(0);
    const match = /строка (\d+): «Когда-нибудь потом» — срок не распознан/.exec(r.stdout);
    expect(match).not.toBeNull();
    expect(readFileSync(out, 'utf8').split('\n')[Number(match![1]) - 1]).toMatch(/when: Когда-нибудь потом/);
  });

  it.each([
    [
      'a text file renamed to .docx',
      'fake.docx',
      'не документ\n',
      /fake\.docx: файл не похож на документ Word \(DOCX\)/,
    ],
    ['a DOCX without a table', 'notable.docx', makeDocx(p('Только текст')), /notable\.docx: в документе нет таблицы/],
  ])('%s → a Russian error, exit 1, no stack trace, nothing written', (_, name, content, message) => {
    writeFileSync(join(dir, name), content);
    const r = runCli(['import', name, '-o', 'never.yaml'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(message);
    noStack(r.stderr);
    expect(existsSync(join(dir, 'never.yaml'))).toBe(false);
  });

  it('a missing file is a usage error', () => {
    const r = runCli(['import', 'nope.docx'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/не найден файл «nope\.docx»/);
  });
});
