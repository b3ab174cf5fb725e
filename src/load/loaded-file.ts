import type { Document, LineCounter } from 'yaml';

/** A YAML roadmap file after the load stage: the document with positions and its plain data. */
export interface LoadedFile {
  file: string;
  text: string;
  doc: Document.Parsed;
  lineCounter: LineCounter;
  /** `doc.toJS()` with every scalar that YAML would read as a number kept as its source text. */
  data: unknown;
}
