import {
  AlignmentType,
  Document,
  Footer,
  Header,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  TextRun,
  type FileChild,
} from 'docx';
import { unzipSync } from 'fflate';
import { xmlSafe } from '../../util/xml-chars.js';
import { setZipTimes, zipPackage } from '../ooxml-zip.js';
import { coreProperties } from './core-properties.js';
import type { DocumentParts } from './document.js';
import { CELL_STYLES, docxTable } from './docx-table.js';
import { A4, mmToTwips, pageGeometry } from './geometry.js';
import { applyLetterhead, LETTERHEAD_FOOTER_MARK, LETTERHEAD_HEADER_MARK } from './letterhead-parts.js';
import type { BodyBlock, ParagraphSpec } from './paragraph.js';
import { SINGLE } from './rich-cell.js';
import { typeset } from './typography.js';

/** The document's language, so Word and LibreOffice hyphenate and spell-check it as Russian. */
const RUSSIAN = { value: 'ru-RU' };

/**
 * DOCX bytes of a document, written by docx (its public API): `Document`, `Paragraph`, `Table`, `Header` with
 * `PageNumber`, `Packer.toBuffer`. docx stamps "now" into docProps/core.xml and the zip entries: core.xml goes in
 * as an override dated `timestamp`, and the entries' times are set to it afterwards (ooxml-zip.ts), so identical
 * input gives identical bytes. A letterhead lends its styles (`externalStyles`) and its header and footer parts
 * (letterhead-parts.ts), which go into the unzipped package.
 */
export async function docxBytes(given: DocumentParts, timestamp: Date): Promise<Uint8Array> {
  // docx drops C0 controls itself but writes U+FFFE/U+FFFF, which no DOCX can hold (a status comment may have them).
  const parts = { ...given, title: xmlSafe(given.title), body: xmlSafe(given.body) };
  const core = { path: 'docProps/core.xml', data: coreProperties(parts.title, timestamp) };
  const packed = await Packer.toBuffer(docxDocument(parts), false, [core]);
  const zip = new Uint8Array(packed.buffer, packed.byteOffset, packed.byteLength);
  if (!parts.letterhead) return setZipTimes(zip, timestamp);
  const files = unzipSync(zip);
  applyLetterhead(files, parts.letterhead);
  return zipPackage(files, timestamp);
}

function docxDocument(parts: DocumentParts): Document {
  const { template, letterhead } = parts;
  const geometry = pageGeometry(template);
  const font = template.font;
  // A placeholder paragraph in the header/footer parts that the letterhead's own parts replace after packing.
  const mark = (text: string) => new Paragraph({ children: [new TextRun({ text, vanish: true })] });
  return new Document({
    externalStyles: letterhead?.styles,
    // Given defaults replace the letterhead's wholesale, so with a letterhead only a font the template names goes in.
    styles: {
      ...(letterhead && !font.name && !font.size
        ? {}
        : {
            default: {
              document: {
                run: {
                  ...(font.name ? { font: font.name } : {}),
                  ...(font.size ? { size: font.size * 2 } : {}),
                  language: RUSSIAN,
                },
                paragraph: { spacing: SINGLE },
              },
            },
          }),
      paragraphStyles: CELL_STYLES,
    },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            // The portrait size with the orientation: docx swaps it (LibreOffice shows swapped sizes as portrait).
            size: {
              width: A4.width,
              height: A4.height,
              orientation: geometry.orientation === 'landscape' ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
            },
            margin: {
              ...geometry.margins,
              header: letterhead?.page?.header ?? mmToTwips(10),
              footer: letterhead?.page?.footer ?? mmToTwips(10),
            },
          },
        },
        headers: {
          default: new Header({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: [PageNumber.CURRENT] })],
              }),
            ],
          }),
          first: new Header({ children: [letterhead?.header ? mark(LETTERHEAD_HEADER_MARK) : new Paragraph({})] }),
        },
        ...(letterhead?.footer
          ? {
              footers: {
                default: new Footer({ children: [mark(LETTERHEAD_FOOTER_MARK)] }),
                first: new Footer({ children: [mark(LETTERHEAD_FOOTER_MARK)] }),
              },
            }
          : {}),
        children: parts.body.map(docxBlock),
      },
    ],
  });
}

function docxBlock(block: BodyBlock): FileChild {
  return block.kind === 'table' ? docxTable(block) : docxParagraph(block);
}

function docxParagraph(p: ParagraphSpec): Paragraph {
  return new Paragraph({
    ...(p.align ? { alignment: AlignmentType.CENTER } : {}),
    ...(p.indentLeft !== undefined ? { indent: { left: p.indentLeft } } : {}),
    ...(p.spacing ? { spacing: p.spacing } : {}),
    ...(p.keepNext !== undefined ? { keepNext: p.keepNext } : {}),
    children: p.runs.map(
      // The language on each run too: a letterhead's defaults (kept as they are) may name another one.
      (r) =>
        new TextRun({ text: typeset(r.text), language: RUSSIAN, ...(r.bold !== undefined ? { bold: r.bold } : {}) }),
    ),
  });
}
