import type { SourceIndex } from './source-index.js';

/** A YAML file after the load stage: its plain data and where each value came from. */
export interface LoadedFile {
  file: string;
  text: string;
  /** The document as plain data, with every scalar that YAML would read as a number kept as its source text. */
  data: unknown;
  source: SourceIndex;
}
