import { Packer, type Document } from '../../vendor/docx.js';
import { strFromU8, strToU8, unzipSync } from 'fflate';
import { pinCoreDates, zipPackage } from '../ooxml-zip.js';
import { expandPrewritten } from './prewritten.js';
import type { Letterhead, LetterheadPart } from './letterhead.js';

/** Placeholder texts put into header/footer parts that the letterhead's own parts replace after packing. */
export const LETTERHEAD_HEADER_MARK = 'roadmap-letterhead-header';
export const LETTERHEAD_FOOTER_MARK = 'roadmap-letterhead-footer';

/**
 * Packs a document so the same input gives the same bytes: core.xml dates set to `timestamp`, every zip
 * entry stamped with it, entries in a fixed order. The letterhead's header/footer parts go in here too.
 */
export async function packDeterministic(doc: Document, timestamp: Date, letterhead: Letterhead | null = null): Promise<Uint8Array> {
  const files = await documentParts(doc);
  pinCoreDates(files, timestamp);
  if (letterhead) applyLetterhead(files, letterhead);
  return zipPackage(files, timestamp);
}

type PartCompiler = { compile(file: Document, prettify: undefined, overrides: unknown[]): Map<string, string | Uint8Array> };

/**
 * The document's parts, unzipped. docx's Packer zips them, and we must re-zip for fixed times and order; asking
 * its compiler for the parts directly saves a deflate and an inflate of the whole document (about a third of the
 * build time of a large roadmap). The compiler is not public API, so fall back to Packer when it is missing.
 */
async function documentParts(doc: Document): Promise<Record<string, Uint8Array>> {
  const compiler = (Packer as unknown as { compiler?: PartCompiler }).compiler;
  if (compiler && typeof compiler.compile === 'function') {
    const out: Record<string, Uint8Array> = {};
    for (const [path, data] of compiler.compile(doc, undefined, [])) {
      out[path] = typeof data === 'string' ? strToU8(path === 'word/document.xml' ? expandPrewritten(doc, data) : data) : data;
    }
    return out;
  }
  const files = unzipSync(await Packer.toBuffer(doc));
  const body = files['word/document.xml'];
  if (body) files['word/document.xml'] = strToU8(expandPrewritten(doc, strFromU8(body)));
  return files;
}

function applyLetterhead(files: Record<string, Uint8Array>, letterhead: Letterhead): void {
  const types = files['[Content_Types].xml'] ? strFromU8(files['[Content_Types].xml']) : null;
  let contentTypes = types;
  for (const name of Object.keys(files).sort()) {
    if (!/^word\/(header|footer)\d+\.xml$/.test(name)) continue;
    const xml = strFromU8(files[name]!);
    const part = xml.includes(LETTERHEAD_HEADER_MARK) ? letterhead.header : xml.includes(LETTERHEAD_FOOTER_MARK) ? letterhead.footer : null;
    if (!part) continue;
    files[name] = strToU8(part.xml);
    const relsName = name.replace(/^word\/(.*)$/, 'word/_rels/$1.rels');
    if (part.rels) files[relsName] = strToU8(renameMedia(part).rels);
    for (const [target, bytes] of part.media) {
      files[`word/${mediaName(target)}`] = bytes;
      const ext = /\.([a-z0-9]+)$/i.exec(target)?.[1]?.toLowerCase();
      if (ext && contentTypes && !contentTypes.includes(`Extension="${ext}"`)) {
        contentTypes = contentTypes.replace(/(<Types\b[^>]*>)/, `$1<Default Extension="${ext}" ContentType="${MIME[ext] ?? 'application/octet-stream'}"/>`);
      }
    }
  }
  if (contentTypes && contentTypes !== types) files['[Content_Types].xml'] = strToU8(contentTypes);
}

const MIME: Record<string, string> = { png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg', gif: 'image/gif', emf: 'image/x-emf', wmf: 'image/x-wmf', bmp: 'image/bmp' };

/** Letterhead images are stored under their own names so they can't collide with the document's. */
function mediaName(target: string): string {
  return target.replace(/([^/]+)$/, 'letterhead-$1');
}

function renameMedia(part: LetterheadPart): { rels: string } {
  let rels = part.rels ?? '';
  for (const target of part.media.keys()) rels = rels.split(`Target="${target}"`).join(`Target="${mediaName(target)}"`);
  return { rels };
}
