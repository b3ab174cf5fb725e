import { unzipSync } from 'fflate';

/** A header or footer part taken from the letterhead, with the images it refers to. */
export interface LetterheadPart {
  /** The whole `word/headerN.xml` / `footerN.xml` part. */
  xml: string;
  /** Its relationships part, or null when it refers to nothing. */
  rels: string | null;
  /** Files it refers to, by their path inside `word/` (`media/image1.png`). */
  media: Map<string, Uint8Array>;
}

/**
 * What a letterhead DOCX lends the document, as a reference document does in pandoc: its styles and theme, its
 * first-page header and its footer. The template keeps the page setup (a roadmap's table wants landscape).
 */
export interface Letterhead {
  path: string;
  /** `word/styles.xml`, passed to docx as `externalStyles`. */
  styles: string;
  header: LetterheadPart | null;
  footer: LetterheadPart | null;
  /** `word/theme/theme1.xml`: the fonts and colours its styles name through the theme. */
  theme: string | null;
  /** Its page margins and the distances of its header and footer from the edge, in twips (from its last section). */
  page: LetterheadPage | null;
}

interface LetterheadPage {
  margins: { top: number; right: number; bottom: number; left: number };
  header: number;
  footer: number;
}

export type LetterheadResult = { letterhead: Letterhead } | { error: string };

const decoder = new TextDecoder();

/**
 * Reads a letterhead DOCX. The header shown on its first page becomes the first-page header of ours (the blank's
 * top), its default footer our footer; page numbers stay in our header from page 2.
 */
export function readLetterhead(path: string, bytes: Uint8Array): LetterheadResult {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes);
  } catch {
    return { error: 'это не файл DOCX (не читается как ZIP-архив)' };
  }
  const text = (name: string) => (files[name] ? decoder.decode(files[name]) : null);
  const styles = text('word/styles.xml');
  if (!styles) return { error: 'в файле нет стилей (word/styles.xml) — это не документ Word' };
  const document = text('word/document.xml') ?? '';
  const rels = text('word/_rels/document.xml.rels') ?? '';
  const sectPr = document.slice(document.lastIndexOf('<w:sectPr'));
  const titlePage = /<w:titlePg(?:\s+w:val="(?:1|true|on)")?\s*\/>/.test(sectPr);
  const refId = (kind: 'header' | 'footer', type: string) =>
    new RegExp(
      `<w:${kind}Reference\\b[^>]*w:type="${type}"[^>]*r:id="([^"]+)"|<w:${kind}Reference\\b[^>]*r:id="([^"]+)"[^>]*w:type="${type}"`,
    ).exec(sectPr);
  const part = (kind: 'header' | 'footer', types: string[]): LetterheadPart | null => {
    for (const type of types) {
      const m = refId(kind, type);
      const id = m?.[1] ?? m?.[2];
      const target = id
        ? new RegExp(
            `<Relationship\\b[^>]*Id="${id}"[^>]*Target="([^"]+)"|<Relationship\\b[^>]*Target="([^"]+)"[^>]*Id="${id}"`,
          ).exec(rels)
        : null;
      const name = target?.[1] ?? target?.[2];
      if (name) return readPart(files, `word/${name.replace(/^\/?word\//, '')}`);
    }
    return null;
  };
  return {
    letterhead: {
      path,
      styles,
      header: part('header', titlePage ? ['first', 'default'] : ['default']),
      footer: part('footer', ['default']),
      theme: text('word/theme/theme1.xml'),
      page: pageOf(sectPr),
    },
  };
}

function readPart(files: Record<string, Uint8Array>, name: string): LetterheadPart | null {
  const bytes = files[name];
  if (!bytes) return null;
  const relsName = name.replace(/^word\/(.*)$/, 'word/_rels/$1.rels');
  const rels = files[relsName] ? decoder.decode(files[relsName]) : null;
  const media = new Map<string, Uint8Array>();
  for (const m of rels?.matchAll(/Target="([^"]+)"/g) ?? []) {
    const target = m[1]!;
    const file = files[`word/${target}`];
    if (file) media.set(target, file);
  }
  return { xml: decoder.decode(bytes), rels, media };
}

/** The page margins of a section (`<w:pgMar w:top="1134" …/>`); top and bottom may be negative («at least»). */
function pageOf(sectPr: string): LetterheadPage | null {
  const pgMar = /<w:pgMar\b[^>]*>/.exec(sectPr)?.[0];
  if (!pgMar) return null;
  const twips = (name: string) => {
    const value = new RegExp(`w:${name}="(-?\\d+)"`).exec(pgMar)?.[1];
    return value === undefined ? null : Math.abs(Number(value));
  };
  const [top, right, bottom, left] = [twips('top'), twips('right'), twips('bottom'), twips('left')];
  if (top === null || right === null || bottom === null || left === null) return null;
  return { margins: { top, right, bottom, left }, header: twips('header') ?? 709, footer: twips('footer') ?? 709 };
}
