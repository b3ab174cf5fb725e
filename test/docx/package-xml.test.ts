import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { compileRoadmap } from '../../src/api/compile.js';
import type { DocumentParts } from '../../src/emit/docx/document.js';
import { createRoadmapDocument } from '../../src/emit/docx/document.js';
import { docxParts } from '../../src/emit/docx/docx-writer.js';
import { loadDocxTemplate } from '../../src/emit/docx/index.js';
import { markupParts } from '../../src/emit/docx/package-xml.js';
import { paragraph, type BodyBlock } from '../../src/emit/docx/paragraph.js';
import { roadmapTable } from '../../src/emit/docx/roadmap-table.js';
import { buildTable } from '../../src/emit/docx/table.js';
import { approvalStamp, titleBlock } from '../../src/emit/docx/title-block.js';
import { pinCoreDates } from '../../src/emit/ooxml-zip.js';
import type { Template } from '../../src/templates/model.js';
import { REPO } from '../helpers/cli.js';
import { docxContext } from './docx-helpers.js';
import { prng } from '../helpers/prng.js';

/**
 * Documents without a letterhead are written as markup (src/emit/docx/package-xml.ts), not through docx. Every
 * part must be what docx writes for the same document, so the document a methodist signs does not change by a byte.
 */

const TIMESTAMP = new Date(Date.UTC(2023, 8, 1, 12, 30, 5));

async function bothWays(doc: DocumentParts): Promise<{ markup: Record<string, string>; docx: Record<string, string> }> {
  const viaDocx = await docxParts(doc);
  pinCoreDates(viaDocx, TIMESTAMP);
  const text = (files: Record<string, Uint8Array>) => Object.fromEntries(Object.entries(files).map(([name, data]) => [name, strFromU8(data)]));
  return { markup: text(markupParts(doc, TIMESTAMP)), docx: text(viaDocx) };
}

function expectSameParts(doc: DocumentParts, { markup, docx }: { markup: Record<string, string>; docx: Record<string, string> }, label: string): void {
  expect(Object.keys(markup).sort(), label).toEqual(Object.keys(docx).sort());
  for (const name of Object.keys(docx)) expect(markup[name], `${label}: ${name}`).toBe(docx[name]);
  expect(doc.letterhead).toBeNull();
}


const TEXTS = ['УТВЕРЖДЕН', 'приказом отдела образования', 'A & B <c> "d" \'e\'', '  отступ ', 'таб\tи\nперевод', 'управляющий\u0001символ', '', '–'];

function randomDocument(random: () => number): DocumentParts {
  const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  const maybe = <T,>(x: T): T | undefined => (random() < 0.5 ? x : undefined);
  const template = {
    orientation: pick(['landscape', 'portrait'] as const),
    margins: { left: pick([30, 25, 12.5]), right: pick([10, 15, 7.3]), top: pick([20, 10]), bottom: pick([20, 15.5]) },
    font: { name: pick([null, 'Times New Roman', 'PT Astra Serif', 'A & "B" <c>']), size: pick([null, 10, 12, 12.5, 14, 11.3, 16]) },
    title: { issuerBold: random() < 0.5, titleUppercase: random() < 0.5, period: 'auto' },
  } as unknown as Template;
  const body: BodyBlock[] = [];
  if (random() < 0.6) {
    body.push(...approvalStamp({ label: pick(['УТВЕРЖДЕН', 'УТВЕРЖДЕНА']), by: [pick(TEXTS), pick(TEXTS)].slice(0, 1 + Math.floor(random() * 2)), date: pick([null, '2023-01-17']), number: pick([null, '12/3']), signature: pick([null, 'И.О. Фамилия']) }, 9000 + Math.floor(random() * 5000)));
  }
  body.push(...titleBlock({ issuer: [pick(TEXTS)].slice(0, Math.floor(random() * 2)), title: pick(TEXTS) || 'Дорожная карта', subtitle: [pick(TEXTS)] }, template.title));
  for (let n = Math.floor(random() * 4); n > 0; n--) {
    if (random() < 0.4) {
      body.push(buildTable({ columns: [{ header: pick(TEXTS), width: 3000, align: 'left' }, { header: 'Срок', width: 2000, align: 'center' }], rows: [{ kind: 'row', cells: [[{ kind: 'paragraph', text: pick(TEXTS) }], []] }], fontSize: 12, textHeight: 9000 }));
    } else {
      const runs = Array.from({ length: Math.floor(random() * 3) }, () => ({ text: pick(TEXTS), bold: pick([true, false, undefined]) }));
      body.push(paragraph(runs, { align: maybe('center' as const), indentLeft: maybe(Math.floor(random() * 9000)), spacing: maybe({ before: pick([0, 240]), after: pick([0, 120]) }), keepNext: pick([true, false, undefined]) }));
    }
  }
  return { template, letterhead: null, title: pick(TEXTS), body };
}

describe('DOCX package written as markup', () => {
  it('is part for part what docx writes (150 random documents)', async () => {
    const random = prng(11);
    for (let n = 0; n < 150; n++) {
      const doc = randomDocument(random);
      expectSameParts(doc, await bothWays(doc), JSON.stringify({ template: doc.template, title: doc.title }));
    }
  });

  it.each(['msoko-bashmakovo', '500plus-lysogorsk'])('is what docx writes for the seed %s', async (id) => {
    const file = join(REPO, 'roadmaps', `${id}.yaml`);
    const { roadmap } = compileRoadmap(file, readFileSync(file), { uids: false });
    const { layout } = loadDocxTemplate(roadmap!, docxContext());
    const doc = createRoadmapDocument({ roadmap: roadmap!, template: layout!.template, letterhead: null, tables: [roadmapTable(roadmap!, layout!.template)] });
    const parts = await bothWays(doc);
    expect(parts.markup['word/document.xml']).toContain('<w:tblHeader/>');
    expectSameParts(doc, parts, id);
  });

  it('refuses a document with a letterhead (docx merges its styles)', () => {
    const doc = randomDocument(prng(1));
    expect(() => markupParts({ ...doc, letterhead: { path: 'x.docx', styles: '<w:styles/>', header: null, footer: null } }, TIMESTAMP)).toThrow(/letterhead/);
  });
});
