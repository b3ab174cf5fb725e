import { coreDate } from '../ooxml-zip.js';

/**
 * docProps/core.xml: the title, «roadmap» as the author, and the build's timestamp as the dates. Written here
 * and handed to docx's `Packer` as an override because docx has no option for the dates: it writes the clock,
 * which would make every build differ.
 */
export function coreProperties(title: string, timestamp: Date): string {
  const iso = coreDate(timestamp);
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
    'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    (title ? `<dc:title>${escapeText(title)}</dc:title>` : '') +
    '<dc:creator>roadmap</dc:creator><cp:lastModifiedBy>roadmap</cp:lastModifiedBy><cp:revision>1</cp:revision>' +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${iso}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${iso}</dcterms:modified></cp:coreProperties>`
  );
}

/** XML text; control characters, which XML 1.0 forbids, are dropped. */
function escapeText(value: string): string {
  return value.replace(/[&<>\x00-\x08\x0B\x0C\x0E-\x1F]/g, (c) =>
    c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '',
  );
}
