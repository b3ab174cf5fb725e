/** Which value of an item a column shows. */
export type ColumnField = 'number' | 'title' | 'when' | 'when-canonical' | 'indicator' | 'executors' | 'note';

export const COLUMN_FIELDS: readonly ColumnField[] = [
  'number',
  'title',
  'when',
  'when-canonical',
  'indicator',
  'executors',
  'note',
];

/** A column width: a share of what is left after fixed columns (`weight`), or a fixed size in millimetres. */
export type ColumnWidth = { kind: 'weight'; value: number } | { kind: 'mm'; value: number };

interface TemplateColumn {
  header: string;
  width: ColumnWidth;
  field: ColumnField;
  align: 'left' | 'center';
}

export interface TemplateTitle {
  /** Issuing body lines: centred; bold when `issuerBold`. */
  issuerBold: boolean;
  /** The roadmap title: centred, bold; upper-cased when `titleUppercase`. */
  titleUppercase: boolean;
  /** Add «на 2020–2022 годы» under the title: always, never, or when the title and subtitle don't name the period. */
  period: 'auto' | 'always' | 'never';
}

/** A document layout, read from `templates/<name>.yaml`. Data only: the DOCX emitter interprets it. */
export interface Template {
  name: string;
  /** Where it was read from (for diagnostics). */
  file: string;
  columns: TemplateColumn[];
  /** «1.» (dot) or «1» (plain) for item numbers; sub-items are always «3.1». */
  numberStyle: 'dot' | 'plain';
  orientation: 'landscape' | 'portrait';
  /** Null font fields mean: take them from the letterhead's styles (or the defaults when there is none). */
  font: { name: string | null; size: number | null };
  /** Page margins in millimetres. */
  margins: { left: number; right: number; top: number; bottom: number };
  /** The template names its margins; if not, a letterhead's page margins replace the defaults above. */
  marginsGiven: boolean;
  title: TemplateTitle;
  /** Print the row of column numbers (1 2 3 …) under the header row. */
  columnNumbers: boolean;
  /** Let column widths move (±35 %, fixed-mm columns excepted) toward what the content needs. */
  fitWidths: boolean;
  /** Resolved path of a DOCX whose styles, header and footer the document takes, or null. */
  letterhead: string | null;
  /** Where the template names the letterhead (line and column of the value), for messages about it. */
  letterheadAt: { line: number; column: number };
}

export const DEFAULT_FONT = { name: 'Times New Roman', size: 12 } as const;
