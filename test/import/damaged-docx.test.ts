import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importDocx } from '../../src/import/import-docx.js';
import { runCli } from '../helpers/cli.js';
import { HEADER5, makeDocx, table, tr } from './make-docx.js';

/** A roadmap table of `n` items, each with its own title, as Word would hold it. */
function roadmapDocx(n: number): Uint8Array {
  const rows = Array.from({ length: n }, (_, i) =>
    tr([`${i + 1}.`, `Мероприятие номер ${i + 1} по плану`, 'Сентябрь 2024', 'Отчёт', 'Отдел образования']),
  );
  return makeDocx(table(5, [tr(HEADER5, { header: true }), ...rows]));
}

/** The same package with word/document.xml replaced, stored (not deflated) so its bytes can be spoilt one by one. */
function withDocument(docx: Uint8Array, edit: (xml: string) => string): Uint8Array {
  const files = unzipSync(docx);
  const out: Record<string, [Uint8Array, { level: 0 }]> = {};
  for (const [name, data] of Object.entries(files))
    out[name] = [name === 'word/document.xml' ? strToU8(edit(strFromU8(data))) : data, { level: 0 }];
  return zipSync(out);
}

const importOf = (bytes: Uint8Array) => importDocx(bytes, { fileName: 'карта.docx', fallbackYear: 2024 });
const failure = (bytes: Uint8Array): string => {
  const result = importOf(bytes);
  if (result.ok) throw new Error(`imported ${result.summary.items} items from a damaged file`);
  return result.message;
};

describe('import refuses a damaged DOCX and says what was lost', () => {
  const good = roadmapDocx(93);

  it('imports the whole document when it is whole', () => {
    const result = importOf(good);
    expect(result.ok && result.summary.items).toBe(93);
  });

  it('a word/document.xml cut in the middle is an error, not 43 of 93 items', () => {
    const cut = withDocument(good, (xml) => xml.slice(0, Math.floor(xml.length * 0.46)));
    const message = failure(cut);
    expect(message).toMatch(/^word\/document\.xml:\d+:\d+: документ обрывается/);
    expect(message).toMatch(/Прочитано до текста «[^»]*Мероприятие номер 4\d/);
    expect(message).toContain('всё, что после него, потеряно');
  });

  it('a flipped byte (bad CRC) is an error, not garbage read as text', () => {
    const bytes = withDocument(good, (xml) => xml);
    const at = Buffer.from(bytes).indexOf('Мероприятие номер 50');
    expect(at).toBeGreaterThan(0);
    const spoilt = bytes.slice();
    spoilt[at + 3] = spoilt[at + 3]! ^ 0x20;
    expect(failure(spoilt)).toContain(
      'часть «word/document.xml» повреждена (контрольная сумма или размер не совпадают)',
    );
  });

  it('a file cut short (no end of the archive) is called cut, not «not a zip»', () => {
    expect(failure(good.slice(0, Math.floor(good.length * 0.7)))).toContain('файл обрезан');
  });

  it('a zip bomb is refused from its declared sizes, quickly, before it is unpacked', () => {
    const bomb = withDocument(roadmapDocx(1), (xml) => xml.replace('Отчёт', 'Отчёт' + ' '.repeat(40_000_000)));
    const packed = zipSync(unzipSync(bomb));
    expect(packed.length).toBeLessThan(200_000);
    const started = performance.now();
    expect(failure(packed)).toContain('похоже на «zip-бомбу»');
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('3,000 nested tables are a positioned error with exit 1, no stack trace', () => {
    const deep = '<w:tbl><w:tr><w:tc>'.repeat(3000) + '<w:p/>' + '</w:tc></w:tr></w:tbl>'.repeat(3000);
    const dir = mkdtempSync(join(tmpdir(), 'roadmap-deep-'));
    writeFileSync(join(dir, 'глубокий.docx'), makeDocx(deep));
    const run = runCli(['import', 'глубокий.docx', '-o', '-'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/глубокий\.docx: word\/document\.xml:\d+:\d+: вложенность элементов больше 256/);
    expect(run.stderr).not.toMatch(/\n\s+at |Maximum call stack/);
    expect(run.stdout).toBe('');
  });
});
