import type { ResolvedRoadmap } from '../../model/resolved.js';
import { DEFAULT_FONT, type Template } from '../../templates/model.js';
import { pageGeometry } from './geometry.js';
import type { Letterhead } from './letterhead.js';
import type { BodyBlock } from './paragraph.js';
import type { TableBlock } from './table.js';
import { closingBlocks } from './signatures.js';
import { stamps } from './stamps.js';
import { roadmapTitleLines, titleBlock, type TitleLines } from './title-block.js';

/**
 * A document as data, laid out as ГОСТ Р 7.0.97 asks: A4 in the template's orientation and margins, the
 * template's font, page numbers at the top centre from page 2 (the first page has its own, empty header — or the
 * letterhead's). `packDocument` (pack.ts) turns it into DOCX bytes.
 */
export interface DocumentParts {
  template: Template;
  letterhead: Letterhead | null;
  /** The document title in its properties (core.xml). */
  title: string;
  /** Paragraphs and tables in order: the heading (stamp, title block) and then the table(s). */
  body: BodyBlock[];
}

export interface RoadmapDocumentOptions {
  roadmap: ResolvedRoadmap;
  template: Template;
  letterhead: Letterhead | null;
  tables: TableBlock[];
  /** Replaces the roadmap's own title lines (e.g. «ОТЧЁТ о реализации дорожной карты …» for a status report). */
  titleLines?: TitleLines;
  /** Paragraphs after the table(s), before the roadmap's signatures and «Исполнитель». */
  after?: BodyBlock[];
}

/** The roadmap's approval stamp and title block above the given tables, in the template's page layout. */
export function createRoadmapDocument(o: RoadmapDocumentOptions): DocumentParts {
  const { roadmap, template } = o;
  const geometry = pageGeometry(template);
  const lines = o.titleLines ?? roadmapTitleLines(roadmap, template.title);
  return {
    template,
    letterhead: o.letterhead,
    title: [lines.title, ...lines.subtitle].join(' '),
    body: [
      ...stamps(roadmap, geometry.textWidth),
      ...titleBlock(lines, template.title),
      ...o.tables,
      ...(o.after ?? []),
      ...closingBlocks(roadmap, geometry.textWidth),
    ],
  };
}

/** Font size used for layout estimates when the letterhead decides the real one. */
export function effectiveFontSize(template: Template): number {
  return template.font.size ?? DEFAULT_FONT.size;
}
