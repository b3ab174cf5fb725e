import type { DocumentParts } from './document.js';

/**
 * DOCX bytes that are identical for identical input: core.xml dated `timestamp`, every zip entry stamped with
 * it, entries in a fixed order. docx is loaded here, on the first document: only commands that write DOCX pay
 * for it.
 */
export async function packDocument(doc: DocumentParts, timestamp: Date): Promise<Uint8Array> {
  const { docxBytes } = await import('./docx-writer.js');
  return docxBytes(doc, timestamp);
}
