import type { Document, LineCounter } from 'yaml';

/** A YAML file after the load stage: its plain data, and the `yaml` document that says where each value came from. */
export interface LoadedFile {
  file: string;
  text: string;
  /** The document as plain data, with every scalar that YAML would read as a number kept as its source text. */
  data: unknown;
  /** The parsed document: node ranges are offsets into `text`. */
  doc: Document.Parsed;
  lineCounter: LineCounter;
}
