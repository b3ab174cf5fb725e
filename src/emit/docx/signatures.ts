import type { ResolvedRoadmap } from '../../model/resolved.js';
import { EMPTY_PARAGRAPH, paragraph, type BodyBlock } from './paragraph.js';
import { plainText } from './rich-cell.js';
import { SIGNATURE_LINE } from './stamps.js';
import type { TableBlock } from './table.js';

/**
 * What follows the table: the signatures («Начальник управления образования ______ И.И. Иванова», the position
 * on the left, the signature line and the name at the right edge, level with the position's last line) and the
 * note of who prepared the document («Исполнитель: Петрова А.С., тел. …»), as ГОСТ Р 7.0.97 places it last.
 */
export function closingBlocks(roadmap: ResolvedRoadmap, textWidth: number): BodyBlock[] {
  const out: BodyBlock[] = [];
  if (roadmap.signatures.length) out.push(EMPTY_PARAGRAPH, signatureTable(roadmap, textWidth));
  if (roadmap.preparedBy) {
    const { name, phone } = roadmap.preparedBy;
    out.push(
      paragraph([{ text: `Исполнитель: ${name}${phone ? `, тел. ${phone}` : ''}`, bold: false }], {
        spacing: { before: 480, after: 0 },
      }),
    );
  }
  return out;
}

function signatureTable(roadmap: ResolvedRoadmap, textWidth: number): TableBlock {
  const left = Math.round(textWidth * 0.6);
  const right = textWidth - left;
  return {
    kind: 'table',
    width: textWidth,
    columnWidths: [left, right],
    margins: { left: 0, right: 0, top: 0, bottom: 0 },
    borderless: true,
    rows: roadmap.signatures.map((s, i) => ({
      cantSplit: true,
      // Signatures stay together (and with the line before them where Word can).
      keepNext: i < roadmap.signatures.length - 1,
      cells: [
        // A blank line above every signature but the first: room to sign.
        { text: plainText(...(i ? ['\u00a0'] : []), ...s.position), width: left, align: 'left' as const, bottom: true },
        { text: plainText(`${SIGNATURE_LINE} ${s.name}`), width: right, align: 'left' as const, bottom: true },
      ],
    })),
  };
}
