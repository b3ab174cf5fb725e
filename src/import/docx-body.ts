import { WordNumbering } from './word-numbering.js';
import { childElements, findDescendant, firstChild, isElement, val, type XmlElement } from './xml.js';

/** One paragraph: its lines (soft breaks split lines) and whether Word shows it as a list item. */
export interface Para {
  lines: string[];
  list: boolean;
  /** The number Word's automatic numbering shows before it («2.1»), when numbering.xml defines it. */
  label?: string;
}

interface Cell {
  paras: Para[];
  /** Grid columns covered (w:gridSpan, or legacy w:hMerge runs folded into one cell). */
  start: number;
  span: number;
  /** w:vMerge: 'restart' opens a vertical merge, 'continue' cells are its lower parts (their text is ignored). */
  vMerge: 'restart' | 'continue' | null;
  /** An auto-numbered paragraph with no text of its own (Word's numbered № column). */
  autoNumber: boolean;
  /** The number Word shows in that paragraph, when known. */
  autoLabel: string | null;
}

export interface Row {
  cells: Cell[];
  /** w:tblHeader: the row repeats at the top of every page. */
  header: boolean;
}

export interface Table {
  rows: Row[];
  columns: number;
}

export type BodyBlock = { kind: 'paragraph'; para: Para } | { kind: 'table'; table: Table };

/** Elements whose content is read as if it were in place (tracked insertions, content controls, links …). */
const TRANSPARENT = new Set([
  'w:sdt',
  'w:sdtContent',
  'w:customXml',
  'w:smartTag',
  'w:hyperlink',
  'w:ins',
  'w:moveTo',
  'w:fldSimple',
  'w:dir',
  'w:bdo',
]);

/** The top-level blocks of `w:body` in document order; `numbering` is word/numbering.xml, if the package has it. */
export function readBody(document: XmlElement, numbering: XmlElement | null = null): BodyBlock[] {
  const body = findDescendant(document, 'w:body');
  return body ? readBlocks(body, new WordNumbering(numbering)) : [];
}

// Paragraphs are read in document order, so the numbering's counters run as Word's do.
function readBlocks(container: XmlElement, numbering: WordNumbering): BodyBlock[] {
  const blocks: BodyBlock[] = [];
  for (const el of childElements(container)) {
    if (el.name === 'w:p') blocks.push({ kind: 'paragraph', para: readPara(el, numbering) });
    else if (el.name === 'w:tbl') blocks.push({ kind: 'table', table: readTable(el, numbering) });
    else if (TRANSPARENT.has(el.name)) blocks.push(...readBlocks(el, numbering));
  }
  return blocks;
}

function readPara(p: XmlElement, numbering: WordNumbering): Para {
  const pPr = firstChild(p, 'w:pPr');
  const style = val(firstChild(pPr, 'w:pStyle')) ?? '';
  const numPr = firstChild(pPr, 'w:numPr');
  const list = numPr !== undefined || /^List(Bullet|Number)|^ListParagraph$/i.test(style);
  const numId = val(firstChild(numPr, 'w:numId'));
  // numId 0 switches a style's numbering off.
  const label =
    numId !== undefined && numId !== '0'
      ? numbering.next(numId, Number(val(firstChild(numPr, 'w:ilvl')) ?? 0) || 0)
      : null;
  let text = '';
  const walk = (el: XmlElement): void => {
    for (const child of el.children) {
      if (!isElement(child)) continue;
      switch (child.name) {
        case 'w:t':
          text += child.children.filter((c) => typeof c === 'string').join('');
          break;
        case 'w:tab':
        case 'w:ptab':
          text += ' ';
          break;
        case 'w:br':
        case 'w:cr':
          text += '\n';
          break;
        case 'w:noBreakHyphen':
          text += '-';
          break;
        case 'w:sym':
          text += symbol(child);
          break;
        case 'w:r':
          walk(child);
          break;
        default:
          if (TRANSPARENT.has(child.name)) walk(child);
      }
    }
  };
  walk(p);
  const lines = text
    .replace(/[\u00a0\u2007\u202f]/g, ' ')
    .split('\n')
    .map((l) => l.replace(/[ \t]+/g, ' ').trim())
    .filter(Boolean);
  return label ? { lines, list, label } : { lines, list };
}

function symbol(sym: XmlElement): string {
  const code = parseInt(sym.attrs['w:char'] ?? '', 16);
  // Symbol-font bullets (F0B7 …) are list markers; other private-use glyphs carry no text.
  if (!Number.isFinite(code)) return '';
  if (code >= 0xf000) return code === 0xf0b7 || code === 0xf0a7 ? '• ' : '';
  return String.fromCodePoint(code);
}

function readTable(tbl: XmlElement, numbering: WordNumbering): Table {
  const rows: Row[] = [];
  let columns = childElements(firstChild(tbl, 'w:tblGrid') ?? tbl, 'w:gridCol').length;
  for (const tr of childrenNamed(tbl, 'w:tr')) {
    const trPr = firstChild(tr, 'w:trPr');
    const header =
      firstChild(trPr, 'w:tblHeader') !== undefined &&
      val(firstChild(trPr, 'w:tblHeader')) !== 'false' &&
      val(firstChild(trPr, 'w:tblHeader')) !== '0';
    let col = Number(val(firstChild(trPr, 'w:gridBefore')) ?? 0) || 0;
    const cells: Cell[] = [];
    for (const tc of childrenNamed(tr, 'w:tc')) {
      const tcPr = firstChild(tc, 'w:tcPr');
      const span = Math.max(1, Number(val(firstChild(tcPr, 'w:gridSpan')) ?? 1) || 1);
      const vm = firstChild(tcPr, 'w:vMerge');
      const hm = firstChild(tcPr, 'w:hMerge');
      const paras = cellParas(tc, numbering);
      const autoNumber = paras.every((p) => p.lines.length === 0) && paras.some((p) => p.list);
      const autoLabel = autoNumber ? (paras.find((p) => p.label)?.label ?? null) : null;
      const last = cells[cells.length - 1];
      if (hm && val(hm) !== 'restart' && last) {
        // Legacy horizontal merge: a continued cell belongs to the cell on its left.
        last.span += span;
        last.paras.push(...paras.filter((p) => p.lines.length));
      } else {
        cells.push({
          paras: paras.filter((p) => p.lines.length),
          start: col,
          span,
          vMerge: vm ? (val(vm) === 'restart' ? 'restart' : 'continue') : null,
          autoNumber,
          autoLabel,
        });
      }
      col += span;
    }
    columns = Math.max(columns, col);
    rows.push({ cells, header });
  }
  return { rows, columns };
}

/** The `name` children of `parent`, looking through TRANSPARENT wrappers (content controls, insertions …). */
function childrenNamed(parent: XmlElement, name: string): XmlElement[] {
  const out: XmlElement[] = [];
  for (const el of childElements(parent)) {
    if (el.name === name) out.push(el);
    else if (TRANSPARENT.has(el.name)) out.push(...childrenNamed(el, name));
  }
  return out;
}

/** Paragraphs of a cell; a nested table is flattened: its cells' paragraphs in reading order. */
function cellParas(tc: XmlElement, numbering: WordNumbering): Para[] {
  const out: Para[] = [];
  for (const block of readBlocks(tc, numbering)) {
    if (block.kind === 'paragraph') out.push(block.para);
    else
      for (const row of block.table.rows)
        for (const cell of row.cells) if (cell.vMerge !== 'continue') out.push(...cell.paras);
  }
  return out;
}
