import { FileChild, type Document } from '../../vendor/docx.js';

const TAG = 'roadmap:prewritten';
const PLACEHOLDER = /<roadmap:prewritten slot="(\d+)"\/>/g;

/**
 * A body part whose WordprocessingML is already written (the tables: see table-xml.ts). docx writes a
 * placeholder element in its place — an element name no user text can produce, since docx escapes all text —
 * and `expandPrewritten` puts the markup in when the document is packed.
 */
export class PrewrittenXml extends FileChild {
  slot = -1;

  constructor(readonly xml: string) {
    super(TAG);
  }

  override prepForXml(): Record<string, unknown> {
    return { [TAG]: { _attr: { slot: this.slot } } };
  }
}

const written = new WeakMap<Document, string[]>();

/** Records the prewritten parts of a document's body, so that packing can put them in. */
export function registerPrewritten(doc: Document, body: readonly unknown[]): void {
  const parts = body.filter((b): b is PrewrittenXml => b instanceof PrewrittenXml);
  parts.forEach((p, i) => (p.slot = i));
  written.set(doc, parts.map((p) => p.xml));
}

/** document.xml with every placeholder replaced by its markup. */
export function expandPrewritten(doc: Document, documentXml: string): string {
  const parts = written.get(doc) ?? [];
  return documentXml.replace(PLACEHOLDER, (_, slot: string) => {
    const xml = parts[Number(slot)];
    if (xml === undefined) throw new Error(`prewritten part ${slot} is missing`);
    return xml;
  });
}
