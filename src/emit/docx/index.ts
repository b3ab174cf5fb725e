/**
 * The official DOCX of a roadmap, and the building blocks for other documents in the same layout (the status
 * report «Отчёт о реализации дорожной карты» builds its own columns with them):
 *
 * - `loadDocxTemplate(roadmap, ctx)` — the roadmap's template and letterhead, or diagnostics;
 * - `templateColumns(template)` — the template's columns with widths in twips (add or replace columns freely:
 *   `columnWidths(widths, pageGeometry(template).textWidth)` shares the text width among any set of columns,
 *   `fitColumnWidths(columns, cellsByRow, fontSize, fixed)` nudges them toward the content);
 * - `buildTable({columns, rows, columnNumbers, fontSize, textHeight})` — a fixed-layout table with a repeated
 *   header, section rows across all columns and rows of rich text (`RichText` per cell, `plainText(...)` helps);
 * - `roadmapRows(roadmap, template)` / `cellFor(item, field, template)` — the roadmap's own rows and cells;
 * - `createRoadmapDocument({roadmap, template, letterhead, tables, titleLines?, after?})` — stamp, title block
 *   (`roadmapTitleLines` or your own `TitleLines`), the tables, in the template's page layout; or a
 *   `DocumentParts` of your own, with `paragraph(...)`s and tables as its body;
 * - `packDocument(doc, timestamp)` — bytes that are identical for identical input (docx loads here, lazily);
 * - `emitPerRoadmap(roadmaps, ctx, build)` — an emitter of one such document a roadmap.
 */
import type { Emit } from '../emitter.js';
import { createRoadmapDocument } from './document.js';
import { emitPerRoadmap } from './per-roadmap.js';
import { roadmapTable } from './roadmap-table.js';

export {
  createRoadmapDocument,
  effectiveFontSize,
  type DocumentParts,
  type RoadmapDocumentOptions,
} from './document.js';
export {
  buildTable,
  estimateRowHeight,
  type TableBlock,
  type TableColumnSpec,
  type TableRowSpec,
  type TableSpec,
} from './table.js';
export { plainText } from './rich-cell.js';
export { EMPTY_PARAGRAPH, paragraph, type BodyBlock, type ParagraphSpec, type TextRunSpec } from './paragraph.js';
export { atLeastLongestWord, fitColumnWidths } from './fit-widths.js';
export { columnWidths, pageGeometry, mmToTwips, A4, type PageGeometry } from './geometry.js';
export { packDocument } from './pack.js';
export { emitPerRoadmap, type RoadmapDocument } from './per-roadmap.js';
export { readLetterhead, type Letterhead } from './letterhead.js';
export { loadDocxTemplate, type DocxLayout } from './layout.js';
export { stamps, approvalLines } from './stamps.js';
export { closingBlocks } from './signatures.js';
export { executorList } from './executor-list.js';
export { titleBlock, roadmapTitleLines, periodLine, type TitleLines } from './title-block.js';
export { templateColumns, roadmapRows, cellFor, formatNumber, roadmapTable } from './roadmap-table.js';

export const emitDocx: Emit = (roadmaps, ctx) =>
  emitPerRoadmap(roadmaps, ctx, (roadmap, { template, letterhead }) => ({
    path: `${roadmap.id}.docx`,
    doc: createRoadmapDocument({ roadmap, template, letterhead, tables: [roadmapTable(roadmap, template)] }),
  }));
