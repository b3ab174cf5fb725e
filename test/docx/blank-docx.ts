import { Document, Footer, Header, ImageRun, Packer, Paragraph, TextRun } from 'docx';

// A 1×1 PNG, standing in for an emblem on the letterhead.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

export const BLANK_ORGANISATION = 'УПРАВЛЕНИЕ ОБРАЗОВАНИЯ ЛЫСОГОРСКОГО РАЙОНА';
export const BLANK_FOOTER = '412860, р.п. Лысые Горы, ул. Советская, 1';

/**
 * A letterhead as a department would make it in Word: its own style and font, a header with an emblem and the
 * organisation's name, a footer. `firstPage`: the header is the first page's own (Word's «Особый колонтитул
 * для первой страницы»), with an empty header on the other pages. `margin`: its page margins, in twips.
 */
export async function blankDocx(
  options: {
    firstPage?: boolean;
    margin?: { top: number; right: number; bottom: number; left: number; header: number; footer: number };
  } = {},
): Promise<Uint8Array> {
  const blankHeader = new Header({
    children: [
      new Paragraph({
        style: 'BlankOrg',
        children: [
          new ImageRun({ type: 'png', data: PNG, transformation: { width: 20, height: 20 } }),
          new TextRun(BLANK_ORGANISATION),
        ],
      }),
    ],
  });
  const doc = new Document({
    styles: {
      default: { document: { run: { font: 'PT Astra Serif', size: 28 } } },
      paragraphStyles: [{ id: 'BlankOrg', name: 'Бланк: организация', run: { bold: true, color: '1F3864' } }],
    },
    sections: [
      {
        properties: {
          ...(options.firstPage ? { titlePage: true } : {}),
          ...(options.margin ? { page: { margin: options.margin } } : {}),
        },
        headers: options.firstPage
          ? { first: blankHeader, default: new Header({ children: [new Paragraph('')] }) }
          : { default: blankHeader },
        footers: { default: new Footer({ children: [new Paragraph(BLANK_FOOTER)] }) },
        children: [new Paragraph('')],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
