import { strFromU8, unzipSync } from 'fflate';
import { parseXml, type XmlElement } from './xml.js';

const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const W_NS_STRICT = 'http://purl.oclc.org/ooxml/wordprocessingml/main';

export type PackageResult = { ok: true; document: XmlElement } | { ok: false; reason: 'not-zip' | 'not-docx' };

/** Unzips a DOCX and returns its main document part, with the WordprocessingML prefix normalised to `w:`. */
export function readDocxPackage(bytes: Uint8Array): PackageResult {
  let files: Record<string, Uint8Array>;
  try {
    if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) return { ok: false, reason: 'not-zip' };
    files = unzipSync(bytes, { filter: (f) => f.name.endsWith('.xml') || f.name.endsWith('.rels') });
  } catch {
    return { ok: false, reason: 'not-zip' };
  }
  const path = mainPartPath(files);
  const part = path ? files[path] : undefined;
  if (!part) return { ok: false, reason: 'not-docx' };
  const document = parseXml(strFromU8(part));
  normalisePrefix(document);
  return { ok: true, document };
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
