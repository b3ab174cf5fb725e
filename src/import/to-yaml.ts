import { Document, isMap, isSeq, type Node, type Pair, type YAMLMap } from 'yaml';

export interface ItemOut {
  number?: string;
  title: string;
  when?: string;
  indicator?: string;
  executors?: string[];
  note?: string;
  items?: ItemOut[];
}

export interface RoadmapOut {
  id: string;
  issuer?: string[];
  title: string;
  subtitle?: string[];
  period: string;
  approval?: { label: string; by?: string[]; date?: string; number?: string; signature?: string };
  template: string;
  numbering?: 'continuous';
  executors?: Record<string, string>;
  sections?: { title: string; items: ItemOut[] }[];
  items?: ItemOut[];
}

export interface YamlOptions {
  /** Comment lines placed at the top, after the schema line. */
  header: string[];
  /** Comment placed above `period:` (e.g. when the period was guessed). */
  periodComment?: string;
}

/** Writes the roadmap in the style of docs/format.md: blank lines between items, executors as `[a, b]`, `|` blocks. */
export function roadmapToYaml(roadmap: RoadmapOut, options: YamlOptions): string {
  const doc = new Document(prepare(roadmap));
  const root = doc.contents as YAMLMap;
  for (const pair of root.items as Pair<Node, Node>[]) {
    const key = String((pair.key as unknown as { value: unknown }).value);
    if (key === 'period' && options.periodComment) (pair.key as Node).commentBefore = ` ${options.periodComment}`;
    if (['issuer', 'approval', 'executors', 'sections', 'items'].includes(key)) (pair.key as Node).spaceBefore = true;
    if (key === 'sections' && isSeq(pair.value)) {
      pair.value.items.forEach((section, i) => {
        if (i > 0) (section as Node).spaceBefore = true;
        if (isMap(section)) styleItems(section.get('items', true));
      });
    }
    if (key === 'items') styleItems(pair.value);
  }
  const body = doc.toString({ lineWidth: 0, blockQuote: 'literal', indentSeq: true, flowCollectionPadding: false });
  const schema = `${SCHEMA_MODELINE}../schemas/roadmap.schema.json`;
  return [schema, ...options.header.map((l) => `# ${l}`), '', body].join('\n');
}

const SCHEMA_MODELINE = '# yaml-language-server: $schema=';

/** The first line names the schema relative to the file (#19): `-o sub/dir/x.yaml` needs `../../schemas/…`. */
export function withSchemaPath(yaml: string, schemaPath: string): string {
  return yaml.startsWith(SCHEMA_MODELINE) ? `${SCHEMA_MODELINE}${schemaPath}${yaml.slice(yaml.indexOf('\n'))}` : yaml;
}

function styleItems(node: unknown, nested = false): void {
  if (!isSeq(node)) return;
  node.items.forEach((item, i) => {
    if (!isMap(item)) return;
    if (i > 0 && !nested) (item as Node).spaceBefore = true;
    const executors = item.get('executors', true);
    if (isSeq(executors)) executors.flow = true;
    styleItems(item.get('items', true), true);
  });
}

/** Multi-line strings end with a newline so they are written as `|` blocks; keys in the documented order. */
function prepare(value: unknown): unknown {
  if (typeof value === 'string') return value.includes('\n') ? `${value.trimEnd()}\n` : value;
  if (Array.isArray(value)) return value.map(prepare);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = prepare(v);
    return out;
  }
  return value;
}
