import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { fixtureRoadmap } from '../helpers/fixture-roadmap.js';
import { blankDocx, blankDocx as letterheadDocx } from './blank-docx.js';
import { buildDocx, docxContext, unzipDocx, visibleText } from './docx-helpers.js';

const TEMPLATE =
  'letterhead: blank.docx\ncolumns:\n  - { header: №, field: number }\n  - { header: Мероприятие, field: title, width: 3 }\n  - { header: Срок, field: when }\n  - { header: Результат, field: indicator, width: 2 }\n';

describe('letterhead', () => {
  it("takes the letterhead's styles, its header on page 1 and its footer, keeping page numbers from page 2", async () => {
    const ctx = docxContext({
      files: { '/project/templates/blank.yaml': TEMPLATE, '/project/templates/blank.docx': await letterheadDocx() },
    });
    const { bytes, result } = await buildDocx({ ...fixtureRoadmap(), template: 'blank' }, ctx);
    expect(result.diagnostics).toEqual([]);
    const parts = unzipDocx(bytes!);
    // Styles: the letterhead's own style and fonts (the template names no font).
    expect(parts['word/styles.xml']).toContain('w:styleId="BlankOrg"');
    expect(parts['word/styles.xml']).toContain('PT Astra Serif');
    const headers = Object.keys(parts)
      .filter((n) => /^word\/header\d+\.xml$/.test(n))
      .map((n) => parts[n]!);
    const footers = Object.keys(parts)
      .filter((n) => /^word\/footer\d+\.xml$/.test(n))
      .map((n) => parts[n]!);
    expect(headers.some((h) => visibleText(h).includes('УПРАВЛЕНИЕ ОБРАЗОВАНИЯ ЛЫСОГОРСКОГО РАЙОНА'))).toBe(true);
    expect(headers.some((h) => h.includes('PAGE'))).toBe(true);
    expect(footers.length).toBeGreaterThan(0);
    expect(footers.every((f) => visibleText(f).includes('412860, р.п. Лысые Горы'))).toBe(true);
    // The emblem travels along: the relationship points at an image that is in the package, with its content type.
    const files = unzipSync(bytes!);
    const media = Object.keys(files).filter((n) => n.startsWith('word/media/'));
    expect(media).toHaveLength(1);
    const rels = Object.entries(parts).find(
      ([n, x]) => /^word\/_rels\/header\d+\.xml\.rels$/.test(n) && x.includes('media/'),
    )![1];
    expect(rels).toContain(`Target="${media[0]!.slice('word/'.length)}"`);
    expect(parts['[Content_Types].xml']).toContain('Extension="png"');
  });

  it("puts the blank's header on the first page only and our page number on the others", async () => {
    const ctx = docxContext({
      files: { '/project/templates/blank.yaml': TEMPLATE, '/project/templates/blank.docx': await letterheadDocx() },
    });
    const parts = unzipDocx((await buildDocx({ ...fixtureRoadmap(), template: 'blank' }, ctx)).bytes!);
    const doc = parts['word/document.xml']!;
    expect(doc).toContain('<w:titlePg/>');
    const header = (type: string) => {
      const id = new RegExp(`<w:headerReference w:type="${type}" r:id="(\\w+)"`).exec(doc)![1];
      const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(parts['word/_rels/document.xml.rels']!)![1];
      return parts[`word/${target}`]!;
    };
    expect(visibleText(header('first'))).toContain('УПРАВЛЕНИЕ ОБРАЗОВАНИЯ ЛЫСОГОРСКОГО РАЙОНА');
    expect(header('first')).not.toContain('PAGE');
    expect(header('default')).toMatch(/<w:instrText[^>]*>PAGE<\/w:instrText>/);
    expect(visibleText(header('default'))).not.toContain('УПРАВЛЕНИЕ');
    // Table cells stay single-spaced whatever the blank's Normal style says.
    const cellStyle = /<w:style [^>]*w:styleId="RoadmapCell"[\s\S]*?<\/w:style>/.exec(parts['word/styles.xml']!)![0];
    expect(cellStyle).toContain('<w:spacing w:after="0" w:before="0" w:line="240"/>');
    expect(doc).toContain('<w:pStyle w:val="RoadmapCell"/>');
    // Our markers never reach the user.
    for (const [name, xml] of Object.entries(parts)) expect(xml, name).not.toContain('roadmap-letterhead');
  });

  it("takes the blank's page margins and header distance unless the template names margins", async () => {
    const margin = { top: 1000, right: 700, bottom: 900, left: 1500, header: 400, footer: 300 };
    const blank = await blankDocx({ margin });
    const pgMar = async (template: string) => {
      const ctx = docxContext({
        files: { '/project/templates/blank.yaml': template, '/project/templates/blank.docx': blank },
      });
      const { bytes, result } = await buildDocx({ ...fixtureRoadmap(), template: 'blank' }, ctx);
      expect(result.diagnostics).toEqual([]);
      const doc = unzipDocx(bytes!)['word/document.xml']!;
      const columns = [...doc.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].reduce((sum, m) => sum + Number(m[1]), 0);
      const pageWidth = Number(/<w:pgSz w:w="(\d+)"/.exec(doc)![1]);
      const [, right, left] = /w:right="(\d+)" w:bottom="\d+" w:left="(\d+)"/.exec(doc)!.map(Number);
      // The table fills the text width between the margins, whichever they are.
      expect(columns).toBe(pageWidth - left! - right!);
      return /<w:pgMar [^>]*\/>/.exec(doc)![0];
    };
    expect(await pgMar(TEMPLATE)).toBe(
      '<w:pgMar w:top="1000" w:right="700" w:bottom="900" w:left="1500" w:header="400" w:footer="300" w:gutter="0"/>',
    );
    // The template's own margins win (ГОСТ: 20 mm top and bottom, 30 mm left, 10 mm right); the header stays the blank's.
    expect(await pgMar(`${TEMPLATE}margins: { left: 30, right: 10, top: 20, bottom: 20 }\n`)).toBe(
      '<w:pgMar w:top="1134" w:right="567" w:bottom="1134" w:left="1701" w:header="400" w:footer="300" w:gutter="0"/>',
    );
  });

  it('reports a letterhead that is missing or not a DOCX', async () => {
    for (const blank of [undefined, 'это не docx']) {
      const files: Record<string, string> = { '/project/templates/blank.yaml': TEMPLATE };
      if (blank) files['/project/templates/blank.docx'] = blank;
      const { bytes, result } = await buildDocx({ ...fixtureRoadmap(), template: 'blank' }, docxContext({ files }));
      expect(bytes).toBeNull();
      expect(result.diagnostics).toMatchObject([
        { code: 'letterhead-unreadable', severity: 'error', file: '/project/templates/blank.yaml' },
      ]);
    }
  });
});
