import { describe, expect, it } from 'vitest';
import { Document, Packer, type Table } from 'docx';
import { buildTable, type TableRowSpec, type TableSpec } from '../../src/emit/docx/table.js';
import { packDocument } from '../../src/emit/docx/pack.js';
import type { RichText } from '../../src/model/text.js';
import type { Template } from '../../src/templates/model.js';
import { referenceTable } from '../helpers/docx-reference-table.js';
import { prng } from '../helpers/prng.js';
import { unzipSync, strFromU8 } from 'fflate';

/**
 * The table markup is written directly (src/emit/docx/table-xml.ts) instead of through docx's objects. It must be
 * exactly what docx writes for the same table, so the document a methodist signs does not change by a byte.
 */

type PartCompiler = { compile(file: Document, prettify: undefined, overrides: unknown[]): Map<string, string> };

function docxTableXml(table: Table): string {
  const doc = new Document({ sections: [{ children: [table] }] });
  const xml = (Packer as unknown as { compiler: PartCompiler }).compiler.compile(doc, undefined, []).get('word/document.xml')!;
  return xml.slice(xml.indexOf('<w:tbl>'), xml.lastIndexOf('</w:tbl>') + '</w:tbl>'.length);
}


const TEXTS = ['1.', '3.1', 'Сентябрь ежегодно', 'A & B <c> "d" \'e\'', '  отступ', 'таб\tи\nперевод', 'управляющий\u0001символ', '', 'x'.repeat(900), '–'];

function randomSpec(random: () => number): TableSpec {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  const rich = (): RichText =>
    Array.from({ length: Math.floor(random() * 4) }, () => ({ kind: random() < 0.3 ? ('bullet' as const) : ('paragraph' as const), text: pick(TEXTS) }));
  const columns = Array.from({ length: 1 + Math.floor(random() * 6) }, () => ({
    header: pick(TEXTS) || 'Графа', width: 500 + Math.floor(random() * 5000), align: pick(['left', 'center'] as const),
  }));
  const rows: TableRowSpec[] = Array.from({ length: Math.floor(random() * 8) }, () =>
    random() < 0.2
      ? { kind: 'section' as const, text: pick(TEXTS) || 'Направление' }
      : { kind: 'row' as const, cells: columns.slice(0, Math.floor(random() * (columns.length + 1))).map(rich), keepWithNext: pick([true, false, undefined]) },
  );
  return { columns, rows, columnNumbers: random() < 0.5, fontSize: pick([10, 12, 14]), textHeight: pick([6000, 9000, 14000]) };
}

describe('directly written table markup', () => {
  it('is what docx writes for the same table (300 random tables)', () => {
    const random = prng(7);
    for (let n = 0; n < 300; n++) {
      const spec = randomSpec(random);
      expect(buildTable(spec).xml, JSON.stringify(spec)).toBe(docxTableXml(referenceTable(spec)));
    }
  });

  it('lands in document.xml once per table, in body order', async () => {
    const template = { orientation: 'landscape', margins: { left: 30, right: 10, top: 20, bottom: 20 }, font: { name: 'Times New Roman', size: 12 } } as unknown as Template;
    const first = buildTable({ columns: [{ header: 'Первая', width: 3000, align: 'left' }], rows: [], fontSize: 12, textHeight: 9000 });
    const second = buildTable({ columns: [{ header: 'Вторая', width: 3000, align: 'left' }], rows: [], fontSize: 12, textHeight: 9000 });
    const files = unzipSync(await packDocument({ template, letterhead: null, title: 'T', body: [first, second] }, new Date(Date.UTC(2023, 0, 1))));
    const xml = strFromU8(files['word/document.xml']!);
    expect(xml).not.toContain('roadmap:prewritten');
    expect(xml.split('<w:tbl>')).toHaveLength(3);
    expect(xml.indexOf('Первая')).toBeLessThan(xml.indexOf('Вторая'));
    expect(xml).toContain(first.xml);
  });
});
