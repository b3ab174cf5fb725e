import { spawnSync } from 'node:child_process';

/** python3 with python-docx (Debian: python3-docx), when present: a reader independent of ours and of docx's. */
export const PYTHON_DOCX =
  ['/usr/bin/python3', 'python3'].find((p) => spawnSync(p, ['-c', 'import docx'], { encoding: 'utf8' }).status === 0) ??
  null;

interface DocxTableSeen {
  /** Cell texts row by row (paragraphs joined with \n; a merged cell once). */
  rows: string[][];
  /** Whether each row has «cantSplit». */
  cantSplit: boolean[];
  /** Whether the table draws no borders. */
  borderless: boolean;
  /** Cell widths of the first row, in twips. */
  widths: number[];
}

export interface DocxSeen {
  /** The body in order: a paragraph's text, or the index of a table in `tables`. */
  body: (string | number)[];
  tables: DocxTableSeen[];
  /** The language of the document's default run properties and of the cell style. */
  languages: string[];
}

const SCRIPT = `
import json, sys, docx, docx.table
from docx.oxml.ns import qn
d = docx.Document(sys.argv[1])
body, tables = [], []
for el in d.element.body.iterchildren():
    if el.tag == qn('w:p'):
        body.append(''.join(t.text or '' for t in el.iter(qn('w:t'))))
    elif el.tag == qn('w:tbl'):
        t = docx.table.Table(el, d)
        rows, cant = [], []
        for r in t.rows:
            seen, cells = set(), []
            for c in r.cells:
                if id(c._tc) in seen: continue
                seen.add(id(c._tc))
                cells.append('\\n'.join(p.text for p in c.paragraphs))
            rows.append(cells)
            trPr = r._tr.trPr
            cant.append(trPr is not None and trPr.find(qn('w:cantSplit')) is not None)
        borders = el.tblPr.find(qn('w:tblBorders'))
        none = borders is not None and all(b.get(qn('w:val')) in ('none', 'nil') for b in borders)
        widths = [int(tc.tcPr.find(qn('w:tcW')).get(qn('w:w'))) for tc in t.rows[0]._tr.tc_lst]
        body.append(len(tables))
        tables.append({'rows': rows, 'cantSplit': cant, 'borderless': none, 'widths': widths})
langs = [l.get(qn('w:val')) for l in d.styles.element.iter(qn('w:lang'))]
print(json.dumps({'body': body, 'tables': tables, 'languages': langs}, ensure_ascii=False))
`;

export function readDocx(file: string): DocxSeen {
  const r = spawnSync(PYTHON_DOCX!, ['-c', SCRIPT, file], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout) as DocxSeen;
}
