import { strFromU8, strToU8 } from 'fflate';
import type { Letterhead, LetterheadPart } from './letterhead.js';

/** Hidden texts docx-writer.ts puts into the header/footer parts that the letterhead's own parts replace. */
export const LETTERHEAD_HEADER_MARK = 'roadmap-letterhead-header';
export const LETTERHEAD_FOOTER_MARK = 'roadmap-letterhead-footer';

/**
 * Puts the letterhead's first-page header, its footer (with their images) and its theme into a package docx has
 * written. This is the one place where the package is edited by hand: docx's `Header`/`Footer` take only docx's
 * own objects, and it has no public API to take a header part of another document as it is (with its drawings,
 * tables, fields and image relationships). `patchDocument` would keep the blank's parts but not add ours (page
 * numbers from page 2, our page setup), so docx writes the document and the blank's parts replace the marked ones.
 */
export function applyLetterhead(files: Record<string, Uint8Array>, letterhead: Letterhead): void {
  const types = files['[Content_Types].xml'] ? strFromU8(files['[Content_Types].xml']) : null;
  let contentTypes = types;
  for (const name of Object.keys(files).sort()) {
    if (!/^word\/(header|footer)\d+\.xml$/.test(name)) continue;
    const xml = strFromU8(files[name]!);
    const part = xml.includes(LETTERHEAD_HEADER_MARK)
      ? letterhead.header
      : xml.includes(LETTERHEAD_FOOTER_MARK)
        ? letterhead.footer
        : null;
    if (!part) continue;
    files[name] = strToU8(part.xml);
    const relsName = name.replace(/^word\/(.*)$/, 'word/_rels/$1.rels');
    if (part.rels) files[relsName] = strToU8(renameMedia(part));
    for (const [target, bytes] of part.media) {
      files[`word/${mediaName(target)}`] = bytes;
      const ext = /\.([a-z0-9]+)$/i.exec(target)?.[1]?.toLowerCase();
      if (ext && contentTypes && !contentTypes.includes(`Extension="${ext}"`)) {
        contentTypes = contentTypes.replace(
          /(<Types\b[^>]*>)/,
          `$1<Default Extension="${ext}" ContentType="${MIME[ext] ?? 'application/octet-stream'}"/>`,
        );
      }
    }
  }
  // The blank's theme: styles that name theme fonts (Word's default «+Основной текст») mean the blank's fonts.
  if (letterhead.theme && files['word/theme/theme1.xml']) files['word/theme/theme1.xml'] = strToU8(letterhead.theme);
  if (contentTypes && contentTypes !== types) files['[Content_Types].xml'] = strToU8(contentTypes);
}

const MIME: Record<string, string> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  emf: 'image/x-emf',
  wmf: 'image/x-wmf',
  bmp: 'image/bmp',
};

/** Letterhead images are stored under their own names so they can't collide with the document's. */
function mediaName(target: string): string {
  return target.replace(/([^/]+)$/, 'letterhead-$1');
}

function renameMedia(part: LetterheadPart): string {
  let rels = part.rels ?? '';
  for (const target of part.media.keys()) rels = rels.split(`Target="${target}"`).join(`Target="${mediaName(target)}"`);
  return rels;
}
