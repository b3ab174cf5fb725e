import { strFromU8 } from 'fflate';
import { readZip, type ZipProblem } from './read-zip.js';
import { parseXmlChecked, type XmlElement, type XmlProblem } from './xml.js';

const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const W_NS_STRICT = 'http://purl.oclc.org/ooxml/wordprocessingml/main';

/** A part that is not well-formed XML, with the line and column of the problem and the last text read before it. */
export interface BrokenPart {
  part: string;
  problem: XmlProblem;
  line: number;
  column: number;
  /** The last words of text before the problem: where the document stops making sense. */
  lastText: string;
}

export type PackageResult =
  | { ok: true; document: XmlElement; numbering: XmlElement | null }
  | { ok: false; reason: 'not-docx' }
  | { ok: false; reason: 'zip'; problem: ZipProblem }
  | { ok: false; reason: 'xml'; broken: BrokenPart };

/**
 * Unzips a DOCX (checked whole: src/import/read-zip.ts) and returns its main document part and its numbering
 * definitions, with the WordprocessingML prefix normalised to `w:`. A part that is not well-formed XML is an error.
 */
export function readDocxPackage(bytes: Uint8Array): PackageResult {
  const zip = readZip(bytes, (name) => name.endsWith('.xml') || name.endsWith('.rels'));
  if (!zip.ok) return { ok: false, reason: 'zip', problem: zip.problem };
  const { files } = zip;
  const path = mainPartPath(files);
  const part = path ? files[path] : undefined;
  if (!path || !part) return { ok: false, reason: 'not-docx' };
  const main = readPart(path, part);
  if (!main.ok) return { ok: false, reason: 'xml', broken: main.broken };
  normalisePrefix(main.root);
  const numberingBytes = files[path.replace(/[^/]*$/, 'numbering.xml')];
  let numbering: XmlElement | null = null;
  if (numberingBytes) {
    const read = readPart('word/numbering.xml', numberingBytes);
    if (!read.ok) return { ok: false, reason: 'xml', broken: read.broken };
    normalisePrefix(read.root);
    numbering = read.root;
  }
  return { ok: true, document: main.root, numbering };
}

function readPart(name: string, bytes: Uint8Array): { ok: true; root: XmlElement } | { ok: false; broken: BrokenPart } {
  const text = strFromU8(bytes);
  const { root, problem } = parseXmlChecked(text);
  if (!problem) return { ok: true, root };
  const before = text.slice(0, problem.offset);
  const line = before.split('\n').length;
  const column = problem.offset - before.lastIndexOf('\n');
  const words = before
    .replace(/<[^>]*>?/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const lastText = words.length > 60 ? `…${words.slice(-60).replace(/^\S*\s/, '')}` : words;
  return { ok: false, broken: { part: name, problem, line, column, lastText } };
}

function mainPartPath(files: Record<string, Uint8Array>): string | null {
  const rels = files['_rels/.rels'];
  if (rels) {
    const match = /<Relationship\b[^>]*Type="[^"]*\/officeDocument"[^>]*>/.exec(strFromU8(rels));
    const target = match && /Target="\/?([^"]+)"/.exec(match[0]);
    if (target?.[1] && files[target[1]]) return target[1];
  }
  return files['word/document.xml'] ? 'word/document.xml' : null;
}

/** Some producers bind the WordprocessingML namespace to another prefix (or none): rename to `w:`. */
function normalisePrefix(root: XmlElement): void {
  const top = root.children.find((c): c is XmlElement => typeof c === 'object');
  if (!top) return;
  let prefix: string | null = null;
  for (const [name, value] of Object.entries(top.attrs)) {
    if (value !== W_NS && value !== W_NS_STRICT) continue;
    prefix = name === 'xmlns' ? '' : name.startsWith('xmlns:') ? name.slice(6) : null;
  }
  if (prefix === null || prefix === 'w') return;
  const rename = (name: string): string => {
    if (prefix === '') return name.includes(':') ? name : `w:${name}`;
    return name.startsWith(`${prefix}:`) ? `w:${name.slice(prefix.length + 1)}` : name;
  };
  const walk = (el: XmlElement): void => {
    el.name = rename(el.name);
    for (const key of prefix === '' ? [] : Object.keys(el.attrs)) {
      const renamed = rename(key);
      if (renamed !== key && !key.startsWith('xmlns')) {
        el.attrs[renamed] = el.attrs[key]!;
        delete el.attrs[key];
      }
    }
    for (const child of el.children) if (typeof child === 'object') walk(child);
  };
  walk(top);
}
