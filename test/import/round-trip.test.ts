import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importDocx } from '../../src/import/import-docx.js';
import { REPO, runCli } from '../helpers/cli.js';
import { compileText, rowsOf, seed, undash } from './compare.js';

const dir = mkdtempSync(join(tmpdir(), 'roadmap-import-round-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Our own DOCX, made by the built CLI the way a user makes it. */
function buildDocx(yamlFile: string, out: string): Buffer {
  const r = runCli(['build', yamlFile, '--only', 'docx', '--out', out], { cwd: dir });
  expect(r.code, r.stderr).toBe(0);
  const id = /\nid: (\S+)/.exec(readFileSync(yamlFile, 'utf8'))![1]!;
  return readFileSync(join(out, `${id}.docx`));
}

function importOk(bytes: Uint8Array, fileName: string) {
  const result = importDocx(bytes, { fileName, fallbackYear: 2030 });
  if (!result.ok) throw new Error(result.message);
  return result;
}

const CLASSIC = `# yaml-language-server: $schema=../schemas/roadmap.schema.json
id: classic-sample
issuer:
  - Управление образования администрации
  - Энского муниципального района
title: План мероприятий по повышению качества образования
subtitle: на 2024/2025 учебный год
period: 2024/2025
approval:
  label: УТВЕРЖДЕН
  by:
    - приказом управления образования
  date: 2024-08-30
  number: "112-од"
template: classic
numbering: continuous
executors:
  uo: Управление образования
  imc: МКУ «Информационно-методический центр»
sections:
  - title: Направление «Кадры»
    items:
      - title: |
          Курсы повышения квалификации:
          - для учителей математики;
          - для учителей русского языка
        when: Октябрь-ноябрь 2024
        indicator: Не менее 20 педагогов
        executors: [imc]
      - title: "Актуализация нормативной базы:"
        items:
          - title: Положение о методической службе
            when: Сентябрь 2024
            executors: [uo]
  - title: Направление «Оценка»
    items:
      - title: Анализ результатов ГИА
        when: Июль 2025
      - number: "4а"
        title: Мониторинг результатов ВПР
        when: Ежеквартально
        indicator:
          - Аналитическая справка
          - Рекомендации школам
        executors: [uo, imc]
`;

describe('round trip: our DOCX imports back to the same roadmap', () => {
  it.each(['msoko-bashmakovo', '500plus-lysogorsk'])('the seed %s: build → import gives every row back', (name) => {
    const bytes = buildDocx(join(REPO, 'roadmaps', `${name}.yaml`), join(dir, 'seeds'));
    const compiled = compileText(`${name}.yaml`, importOk(bytes, `${name}.docx`).yaml);
    expect(compiled.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const expected = seed(name);
    expect(rowsOf(compiled.roadmap!)).toEqual(rowsOf(expected));
    expect([
      compiled.roadmap!.title,
      compiled.roadmap!.issuer,
      compiled.roadmap!.periodText,
      compiled.roadmap!.template,
    ]).toEqual([expected.title, expected.issuer, expected.periodText, expected.template]);
  });

  it('a roadmap with an approval stamp, lists, sub-items, continuous numbering and an odd number', () => {
    const source = join(dir, 'classic', 'classic-sample.yaml');
    mkdirSync(join(dir, 'classic'), { recursive: true });
    writeFileSync(source, CLASSIC);
    const expected = compileText(source, CLASSIC).roadmap!;
    const first = importOk(buildDocx(source, join(dir, 'classic-out')), 'classic-sample.docx');
    const roadmap = compileText('classic-sample.yaml', first.yaml).roadmap!;
    expect(rowsOf(roadmap)).toEqual(rowsOf(expected));
    expect(roadmap.approval).toEqual(expected.approval);
    expect([roadmap.subtitle, roadmap.periodText, roadmap.template]).toEqual([
      expected.subtitle,
      expected.periodText,
      'classic',
    ]);
    expect(first.yaml).toMatch(/numbering: continuous/);
  });

  it.each(['msoko-libreoffice', '500plus-pandoc'])('import → build → import of %s is stable', (name) => {
    const first = importOk(readFileSync(join(REPO, 'test/fixtures/import', `${name}.docx`)), `${name}.docx`).yaml;
    const file = join(dir, 'stable', `${name}.yaml`);
    mkdirSync(join(dir, 'stable'), { recursive: true });
    writeFileSync(file, first);
    const second = importOk(buildDocx(file, join(dir, 'stable-out')), `${name}.docx`).yaml;
    expect(undash(second)).toBe(undash(first));
  });
});
