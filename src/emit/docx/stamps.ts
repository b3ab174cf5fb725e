import type { Agreement, Approval, ResolvedRoadmap } from '../../model/resolved.js';
import { ruDate } from '../../util/dates.js';
import { mmToTwips } from './geometry.js';
import { EMPTY_PARAGRAPH, paragraph, type BodyBlock, type ParagraphSpec } from './paragraph.js';
import { plainText } from './rich-cell.js';
import type { TableBlock } from './table.js';

/** A line for a signature, as forms print it. */
export const SIGNATURE_LINE = '_______________';
/** The date written by hand when the stamp gives none. */
const DATE_BLANK = '«____» ______________ 20___ г.';

/**
 * The lines of an approval stamp. Signed by a person (ГОСТ Р 7.0.97-2016, 5.20): «УТВЕРЖДАЮ», the position
 * (several lines), the signature line with И.О. Фамилия, the date — no «№». Approved by an act: «УТВЕРЖДЕНА»,
 * «приказом …», «от 15.01.2020 № 3».
 */
export function approvalLines(a: Approval | Agreement): string[] {
  const act = [a.date ? `от ${ruDate(a.date)}` : '', a.number ? `№ ${a.number}` : ''].filter(Boolean).join(' ');
  if (a.signature === null) return [a.label, ...a.by, ...(act ? [act] : [])];
  return [a.label, ...a.by, `${SIGNATURE_LINE} ${a.signature}`, a.date ? ruDate(a.date) : DATE_BLANK];
}

/** Width of a stamp: wide enough for «администрации Башмаковского района» on one line, never over half the page. */
function stampWidth(textWidth: number): number {
  return Math.min(Math.round(textWidth / 2), Math.max(Math.round(textWidth * 0.38), mmToTwips(90)));
}

/**
 * The stamps above the title: the approval stamp in the top right; «СОГЛАСОВАНО» stamps to its left (side by
 * side, in a table without borders) or under it, as the roadmap asks.
 */
export function stamps(roadmap: ResolvedRoadmap, textWidth: number): BodyBlock[] {
  const { approval, agreed } = roadmap;
  if (!approval && agreed.length === 0) return [];
  const width = stampWidth(textWidth);
  const indentLeft = textWidth - width;
  const indented = (lines: string[]) => lines.map((text) => paragraph([{ text, bold: false }], { indentLeft }));
  if (agreed.length === 0 || roadmap.agreedPlacement === 'below') {
    const out: ParagraphSpec[] = approval ? indented(approvalLines(approval)) : [];
    for (const a of agreed) out.push(...(out.length ? [EMPTY_PARAGRAPH] : []), ...indented(approvalLines(a)));
    return [...out, EMPTY_PARAGRAPH];
  }
  return [sideBySide(agreed, approval, textWidth, width), EMPTY_PARAGRAPH];
}

/** «СОГЛАСОВАНО» in the left cell (several, one under another), the approval stamp in the right one. */
function sideBySide(agreed: Agreement[], approval: Approval | null, textWidth: number, width: number): TableBlock {
  const left = agreed.flatMap((a, i) => [...(i ? [''] : []), ...approvalLines(a)]);
  const leftWidth = width;
  const gap = textWidth - leftWidth - width;
  const cell = (lines: string[], w: number) => ({
    // An empty line keeps the blank between two stamps ('' is dropped by plainText).
    text: lines.flatMap((l) => (l === '' ? [{ kind: 'paragraph' as const, text: '\u00a0' }] : plainText(l))),
    width: w,
    align: 'left' as const,
  });
  return {
    kind: 'table',
    width: textWidth,
    columnWidths: [leftWidth, gap, width],
    margins: { left: 0, right: 0, top: 0, bottom: 0 },
    borderless: true,
    rows: [
      {
        cantSplit: true,
        cells: [cell(left, leftWidth), cell([], gap), cell(approval ? approvalLines(approval) : [], width)],
      },
    ],
  };
}
