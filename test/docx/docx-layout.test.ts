import { describe, expect, it } from 'vitest';
import { fixtureRoadmap } from '../helpers/fixture-roadmap.js';
import { walkItems } from '../../src/model/walk.js';
import { buildDocx, tableRows, unzipDocx, visibleText } from './docx-helpers.js';

// A4 landscape text width with ГОСТ margins: 297 mm − 30 mm − 10 mm, in twips.
const LANDSCAPE_TEXT_WIDTH = 16838 - 1701 - 567;

async function fixtureParts() {
  const { bytes, result } = await buildDocx(fixtureRoadmap());
  expect(result.diagnostics).toEqual([]);
  return unzipDocx(bytes!);
}

describe('official DOCX of the fixture roadmap (template classic)', () => {
  it('is an A4 landscape page with ГОСТ margins', async () => {
    const doc = (await fixtureParts())['word/document.xml']!;
    const size = /<w:pgSz w:w="(\d+)" w:h="(\d+)" w:orient="landscape"\/>/.exec(doc);
    expect(size).not.toBeNull();
    expect(Number(size![1])).toBeGreaterThan(Number(size![2]));
    expect(doc).toMatch(/<w:pgMar w:top="1134" w:right="567" w:bottom="1134" w:left="1701"/);
  });

  it('repeats the header row and the column-number row on every page', async () => {
    const rows = tableRows((await fixtureParts())['word/document.xml']!);
    expect(rows[0]).toContain('<w:tblHeader/>');
    expect(visibleText(rows[0]!).split('\n').filter(Boolean)).toEqual([
      '№ п/п',
      'Мероприятие',
      'Сроки',
      'Ответственные',
      'Ожидаемый результат',
    ]);
    expect(rows[1]).toContain('<w:tblHeader/>');
    expect(visibleText(rows[1]!).replace(/\n/g, '')).toBe('12345');
    expect(rows.slice(2).some((r) => r.includes('<w:tblHeader/>'))).toBe(false);
  });

  it('has a fixed layout whose column widths fill the text width exactly', async () => {
    const doc = (await fixtureParts())['word/document.xml']!;
    expect(doc).toContain('<w:tblLayout w:type="fixed"/>');
    const cols = [...doc.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    expect(cols).toHaveLength(5);
    expect(cols.reduce((a, b) => a + b, 0)).toBe(LANDSCAPE_TEXT_WIDTH);
    // The title column is the widest, the number column the narrowest.
    expect(Math.max(...cols)).toBe(cols[1]);
    expect(Math.min(...cols)).toBe(cols[0]);
  });

  it('writes each section as one row spanning all columns, kept with the next row', async () => {
    const rows = tableRows((await fixtureParts())['word/document.xml']!);
    const sections = rows.filter((r) => visibleText(r).startsWith('Направление'));
    expect(sections.map((r) => visibleText(r).trim())).toEqual([
      'Направление «Оценка качества; мониторинг, анализ»',
      'Направление «Работа со школами»',
    ]);
    for (const r of sections) {
      expect(r).toContain('<w:gridSpan w:val="5"/>');
      expect(r.match(/<w:tc>/g)).toHaveLength(1);
      expect(r).toContain('<w:keepNext/>');
    }
  });

  it('sets Times New Roman 12 pt as the document font', async () => {
    const styles = (await fixtureParts())['word/styles.xml']!;
    const defaults = /<w:docDefaults>[\s\S]*?<\/w:docDefaults>/.exec(styles)![0];
    expect(defaults).toMatch(
      /<w:rFonts w:ascii="Times New Roman" w:cs="Times New Roman" w:eastAsia="Times New Roman" w:hAnsi="Times New Roman"\/>/,
    );
    expect(defaults).toContain('<w:sz w:val="24"/>');
  });

  it('numbers pages at the top centre from page 2 only', async () => {
    const parts = await fixtureParts();
    const doc = parts['word/document.xml']!;
    expect(doc).toContain('<w:titlePg/>');
    const ref = (type: string) => new RegExp(`<w:headerReference w:type="${type}" r:id="(\\w+)"`).exec(doc)![1];
    const target = (id: string | undefined) =>
      new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(parts['word/_rels/document.xml.rels']!)![1];
    const defaultHeader = parts[`word/${target(ref('default'))}`]!;
    const firstHeader = parts[`word/${target(ref('first'))}`]!;
    expect(defaultHeader).toMatch(/<w:instrText[^>]*>PAGE<\/w:instrText>/);
    expect(defaultHeader).toContain('<w:jc w:val="center"/>');
    expect(firstHeader).not.toContain('PAGE');
  });

  it('puts the approval stamp, then the title block, above the table', async () => {
    const text = visibleText((await fixtureParts())['word/document.xml']!);
    const order = [
      'УТВЕРЖДЕНА',
      'приказом управления образования',
      'от 20.01.2023 № 15-од',
      'Управление образования администрации',
      'Дорожная карта по реализации проекта',
      'на 2023 год',
      '№ п/п',
    ];
    const positions = order.map((s) => text.indexOf(s));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('has no stamp when the roadmap is not approved', async () => {
    const roadmap = { ...fixtureRoadmap(), approval: null };
    const { bytes } = await buildDocx(roadmap);
    expect(visibleText(unzipDocx(bytes!)['word/document.xml']!)).not.toContain('УТВЕРЖДЕНА');
  });

  it('carries every item: its number, title, deadline as written and executors', async () => {
    const rows = tableRows((await fixtureParts())['word/document.xml']!).map((r) => visibleText(r));
    for (const { item } of walkItems(fixtureRoadmap())) {
      const number = item.number.includes('.') ? item.number : `${item.number}.`;
      const row = rows.find((r) => r.startsWith(`${number}\n`) && r.includes(item.title[0]!.text));
      expect(row, `row ${item.number}`).toBeDefined();
      expect(row).toContain(item.when);
      // After a comma a name starts with a small letter, as the document writes a list (issue #18).
      const listed = item.executors.map((e, i) => (i ? e.name[0]!.toLowerCase() + e.name.slice(1) : e.name));
      if (item.executors.length) expect(row).toContain(listed.join(', '));
    }
  });

  it('shows bullet items as «–» paragraphs with a hanging indent', async () => {
    const parts = await fixtureParts();
    const row = tableRows(parts['word/document.xml']!).find((r) => r.includes('Утверждение перечня мероприятий:'))!;
    expect(visibleText(row)).toContain(
      'Утверждение перечня мероприятий:\n–районный конкурс чтецов «Слово о России»\n–районный конкурс рисунков',
    );
    // Each bullet paragraph: its style's hanging indent, a tab stop at the indent after the «–».
    const bullets = row.split('</w:p>').filter((p) => p.includes('–</w:t><w:tab/>'));
    expect(bullets).toHaveLength(2);
    for (const p of bullets) {
      const style = /<w:pStyle w:val="(\w+)"\/>/.exec(p)![1];
      const definition = new RegExp(`<w:style [^>]*w:styleId="${style}"[\\s\\S]*?</w:style>`).exec(
        parts['word/styles.xml']!,
      )![0];
      expect(definition).toMatch(/<w:ind w:left="284" w:hanging="284"\/>/);
      expect(p).toContain('<w:tab w:val="left" w:pos="284"/>');
    }
  });

  it('keeps short rows whole but lets a row taller than a page split', async () => {
    const roadmap = fixtureRoadmap();
    const long = Array.from({ length: 120 }, (_, i) => ({
      kind: 'bullet' as const,
      text: `Мероприятие районного уровня номер ${i + 1} с длинным описанием`,
    }));
    roadmap.sections[1]!.items[2]!.title = long;
    const { bytes } = await buildDocx(roadmap);
    const rows = tableRows(unzipDocx(bytes!)['word/document.xml']!);
    const tall = rows.find((r) => r.includes('номер 120'))!;
    const short = rows.find((r) => r.includes('Участие в МСИ'))!;
    expect(tall).not.toContain('<w:cantSplit/>');
    expect(short).toContain('<w:cantSplit/>');
  });

  it('escapes hostile text instead of breaking the XML', async () => {
    const doc = (await fixtureParts())['word/document.xml']!;
    expect(visibleText(doc)).toContain(
      '=SUM(A1:A9) — заголовок, похожий на формулу; с запятой, точкой с запятой и \\ обратной чертой',
    );
    expect(visibleText(doc)).toContain('+7 (999) начинается с плюса');
  });
});
