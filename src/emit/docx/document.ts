import { AlignmentType, Document, Footer, Header, PageNumber, PageOrientation, Paragraph, TextRun } from '../../vendor/docx.js';
import type { ResolvedRoadmap } from '../../model/resolved.js';
import { DEFAULT_FONT, type Template } from '../../templates/model.js';
import { A4, mmToTwips, pageGeometry } from './geometry.js';
import type { Letterhead } from './letterhead.js';
import { SINGLE } from './rich-cell.js';
import { LETTERHEAD_FOOTER_MARK, LETTERHEAD_HEADER_MARK } from './pack.js';
import { registerPrewritten, type PrewrittenXml } from './prewritten.js';
import { approvalStamp, roadmapTitleLines, titleBlock, type TitleLines } from './title-block.js';

export interface DocumentParts {
  template: Template;
  letterhead: Letterhead | null;
  /** The document title in its properties (core.xml). */
  title: string;
  /** Paragraphs and tables in order: the heading (stamp, title block) and then the table(s). */
  body: (Paragraph | PrewrittenXml)[];
}

/**
 * A document laid out as ГОСТ Р 7.0.97 asks: A4 in the template's orientation and margins, the template's font,
 * page numbers at the top centre from page 2 (the first page has its own, empty header — or the letterhead's).
 */
export function createDocument(parts: DocumentParts): Document {
  const { template, letterhead } = parts;
  const geometry = pageGeometry(template);
  const font = template.font;
  const mark = (text: string) => new Paragraph({ children: [new TextRun({ text, vanish: true })] });
  const doc = new Document({
    title: parts.title,
    creator: 'roadmap',
    lastModifiedBy: 'roadmap',
    revision: 1,
    externalStyles: letterhead?.styles,
    // Given defaults replace the letterhead's wholesale, so with a letterhead only a font the template names goes in.
    ...(letterhead && !font.name && !font.size
      ? {}
      : {
          styles: {
            default: {
              document: {
                run: { ...(font.name ? { font: font.name } : {}), ...(font.size ? { size: font.size * 2 } : {}) },
                paragraph: { spacing: SINGLE },
              },
            },
          },
        }),
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: A4.width, height: A4.height, orientation: geometry.orientation === 'landscape' ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
            margin: { ...geometry.margins, header: mmToTwips(10), footer: mmToTwips(10) },
          },
        },
        headers: {
          default: new Header({
            children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT] })] })],
          }),
          first: new Header({ children: [letterhead?.header ? mark(LETTERHEAD_HEADER_MARK) : new Paragraph({})] }),
        },
        ...(letterhead?.footer
          ? { footers: { default: new Footer({ children: [mark(LETTERHEAD_FOOTER_MARK)] }), first: new Footer({ children: [mark(LETTERHEAD_FOOTER_MARK)] }) } }
          : {}),
        children: parts.body,
      },
    ],
  });
  registerPrewritten(doc, parts.body);
  return doc;
}

export interface RoadmapDocumentOptions {
  roadmap: ResolvedRoadmap;
  template: Template;
  letterhead: Letterhead | null;
  tables: PrewrittenXml[];
  /** Replaces the roadmap's own title lines (e.g. «ОТЧЁТ о реализации дорожной карты …» for a status report). */
  titleLines?: TitleLines;
  /** Paragraphs after the table(s): notes, signatures. */
  after?: Paragraph[];
}

/** The roadmap's approval stamp and title block above the given tables, in the template's page layout. */
export function createRoadmapDocument(o: RoadmapDocumentOptions): Document {
  const { roadmap, template } = o;
  const geometry = pageGeometry(template);
  const lines = o.titleLines ?? roadmapTitleLines(roadmap, template.title);
  return createDocument({
    template,
    letterhead: o.letterhead,
    title: [lines.title, ...lines.subtitle].join(' '),
    body: [
      ...(roadmap.approval ? approvalStamp(roadmap.approval, geometry.textWidth) : []),
      ...titleBlock(lines, template.title),
      ...o.tables,
      ...(o.after ?? []),
    ],
  });
}

/** Font size used for layout estimates when the letterhead decides the real one. */
export function effectiveFontSize(template: Template): number {
  return template.font.size ?? DEFAULT_FONT.size;
}
