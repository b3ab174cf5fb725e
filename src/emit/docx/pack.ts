import { pinCoreDates, zipPackage } from '../ooxml-zip.js';
import type { DocumentParts } from './document.js';
import { markupParts } from './package-xml.js';

/**
 * DOCX bytes that are identical for identical input: core.xml dated `timestamp`, every zip entry stamped with
 * it, entries in a fixed order. A document without a letterhead is written as markup; one with a letterhead
 * through docx, loaded only then.
 */
export async function packDocument(doc: DocumentParts, timestamp: Date): Promise<Uint8Array> {
  let files: Record<string, Uint8Array>;
  if (doc.letterhead) {
    const { docxParts } = await import('./docx-writer.js');
    files = await docxParts(doc);
    pinCoreDates(files, timestamp);
  } else {
    files = markupParts(doc, timestamp);
  }
  return zipPackage(files, timestamp);
}
