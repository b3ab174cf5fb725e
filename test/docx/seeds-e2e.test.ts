import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { tableRows, unzipDocx, visibleText } from './docx-helpers.js';

const SEEDS = [
  { id: 'msoko-bashmakovo', items: 93, dot: true, sections: 9 },
  { id: '500plus-lysogorsk', items: 34, dot: false, sections: 0 },
];

interface JsonItem {
  number: string;
  titleBlocks: { text: string }[];
  when: string;
  items: JsonItem[];
}

const temp: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'roadmap-docx-'));
  temp.push(dir);
  return dir;
};
afterAll(() => temp.forEach((d) => rmSync(d, { recursive: true, force: true })));

function build(out: string, env: Record<string, string> = {}) {
  const paths = SEEDS.map((s) => `roadmaps/${s.id}.yaml`);
  return runCli(['build', ...paths, '--only', 'docx,json', '--out', out], { env });
}

describe('roadmap build --only docx on the seeds', () => {
  const out = tempDir();
  const run = build(out);

  it('builds both seeds', () => {
    expect(run.stderr).not.toMatch(/ошибка/);
    expect(run.code).toBe(0);
  });

  it.each(SEEDS)('$id.docx carries every item of the roadmap, numbered as in the original', (seed) => {
    const json = JSON.parse(readFileSync(join(out, `${seed.id}.json`), 'utf8')) as {
      sections: { title: string | null; items: JsonItem[] }[];
    };
    const items: JsonItem[] = [];
    const walk = (list: JsonItem[]) => list.forEach((i) => (items.push(i), walk(i.items)));
    json.sections.forEach((s) => walk(s.items));
    expect(items).toHaveLength(seed.items);

    const parts = unzipDocx(readFileSync(join(out, `${seed.id}.docx`)));
    // The document sets dashes typographically («Март–апрель», «далее — ГИА»); the words are the source's.
    const undash = (t: string) => t.replace(/[–—]/g, '-').replace(/[\s\u00a0]*-[\s\u00a0]*/g, '-');
    const rows = tableRows(parts['word/document.xml']!).map((r) => undash(visibleText(r)));
    for (const item of items) {
      const number = seed.dot && !item.number.includes('.') ? `${item.number}.` : item.number;
      const row = rows.find((r) => r.startsWith(`${number}\n`) && r.includes(undash(item.titleBlocks[0]!.text)));
      expect(row, `item ${item.number}`).toBeDefined();
      expect(row).toContain(undash(item.when));
    }
    const spans = parts['word/document.xml']!.match(/<w:gridSpan w:val="(\d+)"\/>/g) ?? [];
    expect(spans).toHaveLength(seed.sections);
    expect(parts['word/document.xml']).toContain('w:orient="landscape"');
  });

  it('rebuilds byte for byte; SOURCE_DATE_EPOCH changes only the document dates', () => {
    const again = tempDir();
    expect(build(again).code).toBe(0);
    const dated = tempDir();
    expect(build(dated, { SOURCE_DATE_EPOCH: '1700000000' }).code).toBe(0);
    for (const seed of SEEDS) {
      const a = readFileSync(join(out, `${seed.id}.docx`));
      expect(readFileSync(join(again, `${seed.id}.docx`)).equals(a)).toBe(true);
      const c = unzipDocx(readFileSync(join(dated, `${seed.id}.docx`)));
      expect(c['docProps/core.xml']).toContain(
        '<dcterms:created xsi:type="dcterms:W3CDTF">2023-11-14T22:13:20Z</dcterms:created>',
      );
      expect(c['word/document.xml']).toBe(unzipDocx(a)['word/document.xml']);
    }
  });
});
