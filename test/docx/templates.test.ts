import { describe, expect, it } from 'vitest';
import { fixtureRoadmap } from '../helpers/fixture-roadmap.js';
import { columnWidths } from '../../src/emit/docx/geometry.js';
import { loadTemplate } from '../../src/templates/load-template.js';
import { buildDocx, docxContext, tableRows, unzipDocx, visibleText } from './docx-helpers.js';

const REF = { file: 'roadmaps/x.yaml', line: 0, column: 0 };

describe('templates', () => {
  it.each([
    ['msoko', ['№ п/п', 'Наименование мероприятия', 'Срок проведения', 'Индикативные показатели', 'Исполнители'], '1.'],
    ['500plus', ['№ пп', 'Описание действий', 'Дата реализации', 'Муниципальный показатель реализации'], '1'],
    ['classic', ['№ п/п', 'Мероприятие', 'Сроки', 'Ответственные', 'Ожидаемый результат'], '1.'],
  ])('bundled %s has the columns of its document', async (name, headers, firstNumber) => {
    const { bytes, result } = await buildDocx({ ...fixtureRoadmap(), template: name });
    expect(result.diagnostics).toEqual([]);
    const rows = tableRows(unzipDocx(bytes!)['word/document.xml']!);
    expect(visibleText(rows[0]!).split('\n').filter(Boolean)).toEqual(headers);
    const firstItem = rows.find((r) => visibleText(r).includes('Разработка плана-графика'))!;
    expect(visibleText(firstItem).split('\n')[0]).toBe(firstNumber);
    expect(rows.find((r) => visibleText(r).includes('Утверждение перечня'))).toMatch(/<w:t[^>]*>3\.1<\/w:t>/);
  });

  it("reports an unknown template at the roadmap's template: line, with a suggestion", async () => {
    const source = 'id: fixture\ntitle: Т\nperiod: "2023"\ntemplate: msokko\nitems: []\n';
    const ctx = docxContext({ files: { 'roadmaps/fixture.yaml': source } });
    const { result, bytes } = await buildDocx({ ...fixtureRoadmap(), template: 'msokko' }, ctx);
    expect(bytes).toBeNull();
    expect(result.diagnostics).toMatchObject([
      { code: 'template-unknown', severity: 'error', file: 'roadmaps/fixture.yaml', line: 4, column: 11 },
    ]);
    expect(result.diagnostics[0]!.hint).toContain('msoko');
  });

  it('never reads a template name as a path', () => {
    const read: string[] = [];
    const result = loadTemplate(
      '../../etc/passwd',
      { templateDirs: ['/t'], readFile: (p) => (read.push(p), null) },
      REF,
    );
    expect(result.template).toBeNull();
    expect(read).toEqual([]);
  });

  it("takes the project's own template before the bundled one of the same name", async () => {
    const own =
      'columns:\n  - { header: Что, field: title }\n  - { header: Когда, field: when-canonical, width: 40mm }\n';
    const ctx = docxContext({ files: { '/project/templates/classic.yaml': own } });
    const { bytes, result } = await buildDocx(fixtureRoadmap(), ctx);
    expect(result.diagnostics).toEqual([]);
    const doc = unzipDocx(bytes!)['word/document.xml']!;
    const rows = tableRows(doc).map(visibleText);
    expect(rows[0]!.split('\n').filter(Boolean)).toEqual(['Что', 'Когда']);
    // Canonical deadline instead of the phrase as written; an unreadable phrase stays as written.
    expect(rows.some((r) => r.includes('Разработка плана-графика') && r.includes('ежегодно, сентябрь'))).toBe(true);
    expect(rows.some((r) => r.includes('+7 (999)') && r.includes('Мартобря 2023'))).toBe(true);
    // Two columns: portrait by default.
    expect(doc).not.toContain('w:orient="landscape"');
    const cols = [...doc.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    expect(cols[1]).toBe(Math.round((40 * 1440) / 25.4));
  });

  it('reports a broken template with the position in the template file', () => {
    const bad = 'columns:\n  - { header: Что, field: titel }\nfont: { size: 30 }\norientaton: landscape\n';
    const result = loadTemplate(
      'mine',
      { templateDirs: ['/t'], readFile: (p) => (p === '/t/mine.yaml' ? new TextEncoder().encode(bad) : null) },
      REF,
    );
    expect(result.template).toBeNull();
    const found = result.diagnostics.map((d) => [d.code, d.file, d.line]);
    expect(found).toEqual(
      expect.arrayContaining([
        ['template-invalid', '/t/mine.yaml', 2],
        ['template-invalid', '/t/mine.yaml', 3],
        ['template-invalid', '/t/mine.yaml', 4],
      ]),
    );
    expect(result.diagnostics.find((d) => d.line === 2)!.message).toContain('number, title');
  });

  it('shows no section row for a roadmap written without sections', async () => {
    const roadmap = fixtureRoadmap();
    roadmap.sections = [{ title: null, items: roadmap.sections[0]!.items }];
    const { bytes } = await buildDocx({ ...roadmap, template: '500plus' });
    const doc = unzipDocx(bytes!)['word/document.xml']!;
    expect(doc).not.toContain('w:gridSpan');
    expect(tableRows(doc)).toHaveLength(1 + 5);
  });

  it.each([
    [
      [
        { kind: 'mm', value: 15 },
        { kind: 'weight', value: 3 },
        { kind: 'weight', value: 1 },
      ],
      14570,
    ],
    [
      [
        { kind: 'weight', value: 1 },
        { kind: 'weight', value: 1 },
        { kind: 'weight', value: 1 },
      ],
      9638,
    ],
    [
      [
        { kind: 'mm', value: 300 },
        { kind: 'mm', value: 300 },
      ],
      9638,
    ],
  ] as const)('shares the text width among columns exactly (%#)', (widths, textWidth) => {
    const result = columnWidths(widths, textWidth);
    expect(result.reduce((a, b) => a + b, 0)).toBe(textWidth);
    expect(result.every((w) => w > 0)).toBe(true);
  });
});
