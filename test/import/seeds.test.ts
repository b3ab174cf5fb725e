import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importDocx } from '../../src/import/import-docx.js';
import { REPO } from '../helpers/cli.js';
import { compileText, rowsOf, seed } from './compare.js';

const FIXTURES = join(REPO, 'test/fixtures/import');

/**
 * The committed DOCX versions of both seeds (made by LibreOffice and by pandoc, see make-fixtures.sh) import
 * into YAML that compiles without errors and carries every section, row, number, deadline, indicator and executor.
 */
describe.each([
  ['msoko-bashmakovo', 'msoko', 9, 93],
  ['500plus-lysogorsk', '500plus', 0, 34],
])('import of the seed %s', (seedName, short, sections, rows) => {
  const expected = seed(seedName);

  it.each(['libreoffice', 'pandoc'])('made by %s', (producer) => {
    const file = `${short}-${producer}.docx`;
    const result = importDocx(readFileSync(join(FIXTURES, file)), { fileName: file, fallbackYear: 2030 });
    if (!result.ok) throw new Error(result.message);
    const compiled = compileText(`${short}.yaml`, result.yaml);
    expect(compiled.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const roadmap = compiled.roadmap!;
    expect(result.summary).toMatchObject({ sections, items: rows, template: expected.template });
    expect(roadmap.periodText).toBe(expected.periodText);
    expect(roadmap.sections.map((s) => s.title)).toEqual(expected.sections.map((s) => s.title));
    expect(rowsOf(roadmap)).toEqual(rowsOf(expected));
    expect([roadmap.title, roadmap.issuer, roadmap.subtitle]).toEqual([
      expected.title,
      expected.issuer,
      expected.subtitle,
    ]);
  });
});
