import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emitHtml } from '../../src/emit/html/index.js';
import { statusKey, type OccurrenceStatus, type StatusBook } from '../../src/model/status.js';
import { buildDocx, docxContext, unzipDocx } from '../docx/docx-helpers.js';
import { fixtureRoadmap } from '../helpers/fixture-roadmap.js';
import { buildTracker, PYTHON, xmlParts } from '../xlsx/helpers.js';

/** What XML 1.0 cannot hold, as it reaches a writer from a status file or a template (validation stops a roadmap's). */
const BAD = 'A\uFFFEB\uFFFFC\u0001D\u001bE\uD800F';
const ILLEGAL = /[\uFFFE\uFFFF\u0000-\u0008\u000b\u000c\u000e-\u001f]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])/;

function hostileRoadmap() {
  const r = fixtureRoadmap();
  r.title = `Карта ${BAD}`;
  r.sections[0]!.items[0]!.title = [{ kind: 'paragraph', text: `Мероприятие ${BAD}` }];
  return r;
}

/** Opens an OOXML file with python's own XML-based reader, which refuses a part XML cannot hold. */
function pythonOpens(kind: 'docx' | 'xlsx', bytes: Uint8Array): string {
  const dir = mkdtempSync(join(tmpdir(), 'roadmap-xml-'));
  const file = join(dir, `f.${kind}`);
  writeFileSync(file, bytes);
  const script =
    kind === 'docx'
      ? 'import sys, docx; d = docx.Document(sys.argv[1]); print(len(d.tables))'
      : 'import sys, openpyxl; w = openpyxl.load_workbook(sys.argv[1]); print(len(w.sheetnames))';
  const r = spawnSync(PYTHON!, ['-c', script, file], { encoding: 'utf8' });
  return r.status === 0 ? 'ok' : r.stderr.trim().split('\n').pop()!;
}

describe('every XML writer drops what XML cannot hold (#15 item 4)', () => {
  it('DOCX', async () => {
    const { bytes } = await buildDocx(hostileRoadmap(), docxContext());
    const parts = unzipDocx(bytes!);
    for (const [name, xml] of Object.entries(parts)) expect(ILLEGAL.test(xml), name).toBe(false);
    expect(parts['word/document.xml']).toContain('Мероприятие ABCDE');
    if (PYTHON) expect(pythonOpens('docx', bytes!)).toBe('ok');
  });

  it('XLSX, also the statuses a status file brings', async () => {
    const r = hostileRoadmap();
    const first = r.sections[0]!.items[0]!;
    const status: OccurrenceStatus = {
      uid: first.uid,
      deadline: '2023-09-30',
      status: 'выполнено',
      doneDate: null,
      evidence: `https://x.ru/${BAD}`,
      comment: `Комментарий ${BAD}`,
    };
    const book: StatusBook = new Map([[statusKey(first.uid, '2023-09-30'), status]]);
    const bytes = await buildTracker(r, book);
    const parts = xmlParts(bytes);
    for (const [name, xml] of Object.entries(parts)) expect(ILLEGAL.test(xml), name).toBe(false);
    expect(Object.values(parts).join('')).toContain('Комментарий ABCDE');
    if (PYTHON) expect(pythonOpens('xlsx', bytes)).toBe('ok');
  });

  it('HTML', async () => {
    const ctx = { ...docxContext(), templateDirs: [] };
    const { files } = await emitHtml([hostileRoadmap()], ctx);
    for (const f of files) expect(ILLEGAL.test(String(f.data)), f.path).toBe(false);
  });
});
