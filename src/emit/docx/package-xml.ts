import { strToU8 } from 'fflate';
import { coreDate } from '../ooxml-zip.js';
import type { Template } from '../../templates/model.js';
import { A4, mmToTwips, pageGeometry } from './geometry.js';
import type { DocumentParts } from './document.js';
import {
  APP_PROPERTIES, CONTENT_TYPES, CUSTOM_PROPERTIES, DOCUMENT_OPEN, DOCUMENT_RELS, ENDNOTES, FONT_TABLE, FOOTNOTES,
  HEADER_OPEN, NO_RELS, NUMBERING, PACKAGE_RELS, SETTINGS, STYLES_AFTER_TOC, STYLES_BEFORE_TOC, STYLES_OPEN, THEME,
} from './package-parts.js';
import { paragraphXml } from './paragraph.js';
import { SINGLE } from './rich-cell.js';
import { escapeXml } from './table-xml.js';

/**
 * The parts of the DOCX package of a document without a letterhead, written as markup. They are byte for byte
 * what docx writes for the same document (test/docx/package-xml.test.ts compares every part), without loading docx
 * and building its object tree: about 30 ms of a ~230 ms `roadmap build --only docx` (docs/performance.md).
 * Documents with a letterhead go through docx (docx-writer.ts), which merges the letterhead's styles with its own.
 */
export function markupParts(doc: DocumentParts, timestamp: Date): Record<string, Uint8Array> {
  if (doc.letterhead) throw new Error('markupParts: a document with a letterhead is written by docx');
  const parts: Record<string, string> = {
    '[Content_Types].xml': CONTENT_TYPES,
    '_rels/.rels': PACKAGE_RELS,
    'docProps/app.xml': APP_PROPERTIES,
    'docProps/core.xml': coreProperties(doc.title, timestamp),
    'docProps/custom.xml': CUSTOM_PROPERTIES,
    'word/_rels/document.xml.rels': DOCUMENT_RELS,
    'word/_rels/endnotes.xml.rels': NO_RELS,
    'word/_rels/fontTable.xml.rels': NO_RELS,
    'word/_rels/footnotes.xml.rels': NO_RELS,
    'word/_rels/header1.xml.rels': NO_RELS,
    'word/_rels/header2.xml.rels': NO_RELS,
    'word/document.xml': documentXml(doc),
    'word/endnotes.xml': ENDNOTES,
    'word/fontTable.xml': FONT_TABLE,
    'word/footnotes.xml': FOOTNOTES,
    'word/header1.xml': `${HEADER_OPEN}${PAGE_NUMBER}</w:hdr>`,
    'word/header2.xml': `${HEADER_OPEN}<w:p/></w:hdr>`,
    'word/numbering.xml': NUMBERING,
    'word/settings.xml': SETTINGS,
    'word/styles.xml': stylesXml(doc.template.font),
    'word/theme/theme1.xml': THEME,
  };
  const files: Record<string, Uint8Array> = {};
  for (const [name, xml] of Object.entries(parts)) files[name] = strToU8(xml);
  return files;
}

/** The default header: the page number, centred (the first page has its own, empty header). */
const PAGE_NUMBER =
  '<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve">PAGE</w:instrText></w:r>' +
  '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>';

function documentXml(doc: DocumentParts): string {
  const geometry = pageGeometry(doc.template);
  const m = geometry.margins;
  const landscape = geometry.orientation === 'landscape';
  const size = landscape ? `w:w="${A4.height}" w:h="${A4.width}" w:orient="landscape"` : `w:w="${A4.width}" w:h="${A4.height}" w:orient="portrait"`;
  let body = '';
  for (const block of doc.body) body += block.kind === 'xml' ? block.xml : paragraphXml(block);
  const edge = mmToTwips(10);
  return (
    `${DOCUMENT_OPEN}<w:body>${body}<w:sectPr>` +
    '<w:headerReference w:type="default" r:id="rId6"/><w:headerReference w:type="first" r:id="rId7"/>' +
    `<w:pgSz ${size}/>` +
    `<w:pgMar w:top="${m.top}" w:right="${m.right}" w:bottom="${m.bottom}" w:left="${m.left}" w:header="${edge}" w:footer="${edge}" w:gutter="0"/>` +
    '<w:pgNumType/><w:titlePg/><w:docGrid w:linePitch="360"/></w:sectPr></w:body></w:document>'
  );
}

/**
 * Document defaults: the template's font and size, single spacing. docx indents the levels of its
 * table-of-contents styles by the default font size (10 pt without one), so those depend on it too.
 */
function stylesXml(font: Template['font']): string {
  let rPr = '';
  if (font.name) {
    const name = escapeXml(font.name);
    rPr += `<w:rFonts w:ascii="${name}" w:cs="${name}" w:eastAsia="${name}" w:hAnsi="${name}"/>`;
  }
  // Half-points, whole ones (docx drops the fraction of 11.3 pt).
  if (font.size) rPr += `<w:sz w:val="${Math.floor(font.size * 2)}"/><w:szCs w:val="${Math.floor(font.size * 2)}"/>`;
  const defaults =
    `<w:docDefaults>${rPr ? `<w:rPrDefault><w:rPr>${rPr}</w:rPr></w:rPrDefault>` : '<w:rPrDefault/>'}` +
    `<w:pPrDefault><w:pPr><w:spacing w:after="${SINGLE.after}" w:before="${SINGLE.before}" w:line="${SINGLE.line}"/></w:pPr></w:pPrDefault></w:docDefaults>`;
  const levelIndent = font.size ? Math.round(font.size * 2 * 10) : 200;
  let toc = '';
  for (let level = 1; level <= 9; level++) {
    const indent = level > 1 ? `<w:ind w:left="${(level - 1) * levelIndent}"/>` : '';
    toc +=
      `<w:style w:type="paragraph" w:styleId="TOC${level}"><w:name w:val="toc ${level}"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/>` +
      `<w:uiPriority w:val="39"/><w:semiHidden/><w:unhideWhenUsed/><w:pPr><w:spacing w:after="100"/>${indent}</w:pPr></w:style>`;
  }
  return STYLES_OPEN + defaults + STYLES_BEFORE_TOC + toc + STYLES_AFTER_TOC;
}

/** docProps/core.xml, dated `timestamp` (as pinCoreDates stamps docx's); docx leaves out an empty title. */
function coreProperties(title: string, timestamp: Date): string {
  const iso = coreDate(timestamp);
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" ' +
    `xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">${title ? `<dc:title>${escapeXml(title)}</dc:title>` : ''}<dc:creator>roadmap</dc:creator>` +
    '<cp:lastModifiedBy>roadmap</cp:lastModifiedBy><cp:revision>1</cp:revision>' +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${iso}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${iso}</dcterms:modified></cp:coreProperties>`
  );
}
