import type { RichText } from '../../model/text.js';
import type { Align } from './rich-cell.js';
import { BULLET_INDENT, SINGLE } from './rich-cell.js';

/**
 * WordprocessingML for a roadmap table, written directly as text. The table is nearly all of a roadmap's
 * document; building it as docx objects and letting docx serialise them cost ~130 ms of a ~400 ms МСОКО build.
 * The markup is exactly what docx writes for the same Table/TableRow/TableCell/Paragraph options (byte for byte —
 * test/docx/table-xml.test.ts builds random tables both ways and compares), so the document does not change.
 */

export interface XmlCell {
  text: RichText;
  width: number;
  align: Align;
  bold?: boolean;
  middle?: boolean;
  span?: number;
}

export interface XmlRow {
  header?: boolean;
  cantSplit: boolean;
  /** Set on every paragraph of the row: true keeps it with the next row, false says so explicitly. */
  keepNext?: boolean;
  cells: XmlCell[];
}

export interface XmlTable {
  width: number;
  columnWidths: readonly number[];
  margins: { top: number; left: number; bottom: number; right: number };
  rows: readonly XmlRow[];
}

const BORDER = 'w:val="single" w:color="auto" w:sz="4"';
const BORDERS = `<w:tblBorders><w:top ${BORDER}/><w:left ${BORDER}/><w:bottom ${BORDER}/><w:right ${BORDER}/><w:insideH ${BORDER}/><w:insideV ${BORDER}/></w:tblBorders>`;
const SPACING = `<w:spacing w:after="${SINGLE.after}" w:before="${SINGLE.before}" w:line="${SINGLE.line}"/>`;
const BULLET_TABS = `<w:tabs><w:tab w:val="left" w:pos="${BULLET_INDENT}"/></w:tabs>`;
const BULLET_IND = `<w:ind w:left="${BULLET_INDENT}" w:hanging="${BULLET_INDENT}"/>`;

export function tableXml(table: XmlTable): string {
  const m = table.margins;
  const out: string[] = [
    `<w:tbl><w:tblPr><w:tblW w:type="dxa" w:w="${table.width}"/>${BORDERS}<w:tblLayout w:type="fixed"/>`,
    `<w:tblCellMar><w:top w:type="dxa" w:w="${m.top}"/><w:left w:type="dxa" w:w="${m.left}"/><w:bottom w:type="dxa" w:w="${m.bottom}"/><w:right w:type="dxa" w:w="${m.right}"/></w:tblCellMar></w:tblPr>`,
    `<w:tblGrid>${table.columnWidths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>`,
  ];
  for (const row of table.rows) {
    out.push(`<w:tr><w:trPr>${row.cantSplit ? '<w:cantSplit/>' : '<w:cantSplit w:val="off"/>'}${row.header ? '<w:tblHeader/>' : ''}</w:trPr>`);
    const keep = row.keepNext === undefined ? '' : row.keepNext ? '<w:keepNext/>' : '<w:keepNext w:val="false"/>';
    for (const cell of row.cells) out.push(cellXml(cell, keep));
    out.push('</w:tr>');
  }
  out.push('</w:tbl>');
  return out.join('');
}

function cellXml(cell: XmlCell, keep: string): string {
  const span = cell.span === undefined ? '' : `<w:gridSpan w:val="${cell.span}"/>`;
  const head = `<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="${cell.width}"/>${span}<w:vAlign w:val="${cell.middle ? 'center' : 'top'}"/></w:tcPr>`;
  const rPr = cell.bold ? '<w:rPr><w:b/><w:bCs/></w:rPr>' : '';
  const jc = `<w:jc w:val="${cell.align}"/>`;
  let body = '';
  for (const block of cell.text) {
    body +=
      block.kind === 'bullet'
        ? `<w:p><w:pPr>${keep}${BULLET_TABS}${SPACING}${BULLET_IND}<w:jc w:val="left"/></w:pPr><w:r>${rPr}<w:t xml:space="preserve">–</w:t><w:tab/>${text(block.text)}</w:r></w:p>`
        : `<w:p><w:pPr>${keep}${SPACING}${jc}</w:pPr><w:r>${rPr}${text(block.text)}</w:r></w:p>`;
  }
  // Word refuses a cell without a paragraph.
  if (body === '') body = `<w:p><w:pPr>${keep}${SPACING}${jc}</w:pPr></w:p>`;
  return `${head}${body}</w:tc>`;
}

function text(value: string): string {
  return `<w:t xml:space="preserve">${escapeXml(value)}</w:t>`;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '"': '&quot;', "'": '&apos;', '<': '&lt;', '>': '&gt;' };

/**
 * Escapes text as docx does; control characters, which XML 1.0 forbids, are dropped. (The other characters it
 * forbids, U+FFFE and U+FFFF, never get this far: the loader refuses files with them.)
 */
export function escapeXml(value: string): string {
  return value.replace(/[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/g, (c) => ESCAPES[c] ?? '');
}
