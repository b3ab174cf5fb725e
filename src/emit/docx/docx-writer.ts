import { AlignmentType, Document, FileChild, Footer, Header, Packer, PageNumber, PageOrientation, Paragraph, TextRun } from 'docx';
import { strFromU8, strToU8, unzipSync } from 'fflate';
import type { DocumentParts } from './document.js';
import { A4, mmToTwips, pageGeometry } from './geometry.js';
import type { Letterhead, LetterheadPart } from './letterhead.js';
import type { BodyBlock, ParagraphSpec } from './paragraph.js';
import { SINGLE } from './rich-cell.js';

/**
 * The package parts of a document as docx writes them. Used for documents with a letterhead: docx merges the
 * letterhead's styles with its own, and the letterhead's header and footer parts go in after compiling. Documents
 * without one are written as markup (package-xml.ts), which the tests check against this writer part by part.
 * Loaded only when a letterhead asks for it (docx takes ~30 ms to load and build its object tree).
 */
export async function docxParts(parts: DocumentParts): Promise<Record<string, Uint8Array>> {
  const prewritten: string[] = [];
  const doc = docxDocument(parts, prewritten);
  const files = await compile(doc, prewritten);
  if (parts.letterhead) applyLetterhead(files, parts.letterhead);
  return files;
}

/** Placeholder texts put into header/footer parts that the letterhead's own parts replace after compiling. */
const LETTERHEAD_HEADER_MARK = 'roadmap-letterhead-header';
const LETTERHEAD_FOOTER_MARK = 'roadmap-letterhead-footer';

function docxDocument(parts: DocumentParts, prewritten: string[]): Document {
  const { template, letterhead } = parts;
  const geometry = pageGeometry(template);
  const font = template.font;
  const mark = (text: string) => new Paragraph({ children: [new TextRun({ text, vanish: true })] });
  return new Document({
    title: parts.title,
    creator: 'roadmap',
    lastModifiedBy: 'roadmap',
    revision: 1,
    externalStyles: letterhead?.styles,
    // Given defaults replace the letterhead's wholesale, so with a letterhead only a font the template names goes in.
    ...(letterhead && !font.name && !font.size
      ? {}
      : {
          styles: {
            default: {
              document: {
                run: { ...(font.name ? { font: font.name } : {}), ...(font.size ? { size: font.size * 2 } : {}) },
                paragraph: { spacing: SINGLE },
              },
            },
          },
        }),
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: A4.width, height: A4.height, orientation: geometry.orientation === 'landscape' ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
            margin: { ...geometry.margins, header: mmToTwips(10), footer: mmToTwips(10) },
          },
        },
        headers: {
          default: new Header({
            children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT] })] })],
          }),
          first: new Header({ children: [letterhead?.header ? mark(LETTERHEAD_HEADER_MARK) : new Paragraph({})] }),
        },
        ...(letterhead?.footer
          ? { footers: { default: new Footer({ children: [mark(LETTERHEAD_FOOTER_MARK)] }), first: new Footer({ children: [mark(LETTERHEAD_FOOTER_MARK)] }) } }
          : {}),
        children: parts.body.map((block) => docxBlock(block, prewritten)),
      },
    ],
  });
}

function docxBlock(block: BodyBlock, prewritten: string[]): Paragraph | FileChild {
  if (block.kind === 'xml') return new Prewritten(prewritten.push(block.xml) - 1);
  return docxParagraph(block);
}

function docxParagraph(p: ParagraphSpec): Paragraph {
  return new Paragraph({
    ...(p.align ? { alignment: AlignmentType.CENTER } : {}),
    ...(p.indentLeft !== undefined ? { indent: { left: p.indentLeft } } : {}),
    ...(p.spacing ? { spacing: p.spacing } : {}),
    ...(p.keepNext !== undefined ? { keepNext: p.keepNext } : {}),
    children: p.runs.map((r) => new TextRun({ text: r.text, ...(r.bold !== undefined ? { bold: r.bold } : {}) })),
  });
}

const TAG = 'roadmap:prewritten';
const PLACEHOLDER = /<roadmap:prewritten slot="(\d+)"\/>/g;

/**
 * A table already written as markup. docx writes a placeholder element in its place — an element name no user
 * text can produce, since docx escapes all text — and `compile` puts the markup in.
 */
class Prewritten extends FileChild {
  constructor(readonly slot: number) {
    super(TAG);
  }

  override prepForXml(): Record<string, unknown> {
    return { [TAG]: { _attr: { slot: this.slot } } };
  }
}

type PartCompiler = { compile(file: Document, prettify: undefined, overrides: unknown[]): Map<string, string | Uint8Array> };

/**
 * The document's parts, unzipped. docx's Packer zips them, and we re-zip for fixed times and order; asking its
 * compiler for the parts directly saves a deflate and an inflate of the whole document. The compiler is not
 * public API, so fall back to Packer when it is missing.
 */
async function compile(doc: Document, prewritten: readonly string[]): Promise<Record<string, Uint8Array>> {
  const expand = (xml: string) =>
    xml.replace(PLACEHOLDER, (_, slot: string) => {
      const markup = prewritten[Number(slot)];
      if (markup === undefined) throw new Error(`prewritten part ${slot} is missing`);
      return markup;
    });
  const compiler = (Packer as unknown as { compiler?: PartCompiler }).compiler;
  if (compiler && typeof compiler.compile === 'function') {
    const out: Record<string, Uint8Array> = {};
    for (const [path, data] of compiler.compile(doc, undefined, [])) {
      out[path] = typeof data === 'string' ? strToU8(path === 'word/document.xml' ? expand(data) : data) : data;
    }
    return out;
  }
  const files = unzipSync(await Packer.toBuffer(doc));
  const body = files['word/document.xml'];
  if (body) files['word/document.xml'] = strToU8(expand(strFromU8(body)));
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
