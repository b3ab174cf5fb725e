import { strToU8, zipSync } from 'fflate';

/**
 * A minimal hand-written DOCX (the quirks of real producers, one at a time): the body XML is given as written
 * in word/document.xml, `w:` prefix implied. `p('a', 'b')` is one paragraph, `br` inside a paragraph a soft break.
 */
export function makeDocx(body: string, options: { prefix?: string; numbering?: string } = {}): Uint8Array {
  const prefix = options.prefix ?? 'w';
  const xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<${prefix}:document xmlns:${prefix}="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><${prefix}:body>${
    prefix === 'w' ? body : body.replace(/<(\/?)w:/g, `<$1${prefix}:`).replace(/ w:/g, ` ${prefix}:`)
  }</${prefix}:body></${prefix}:document>`;
  return zipSync({
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ),
    'word/document.xml': strToU8(xml),
    ...(options.numbering
      ? {
          'word/numbering.xml': strToU8(
            `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${options.numbering}</w:numbering>`,
          ),
        }
      : {}),
  });
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** A paragraph; the string «\n» inside a line becomes a soft break (w:br). */
export const p = (text: string, opts: { list?: boolean } = {}): string =>
  `<w:p>${opts.list ? '<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="3"/></w:numPr></w:pPr>' : ''}${text
    .split('\n')
    .map((part, i) => `${i ? '<w:r><w:br/></w:r>' : ''}<w:r><w:t xml:space="preserve">${esc(part)}</w:t></w:r>`)
    .join('')}</w:p>`;

export interface CellSpec {
  /** Paragraph XML (use `p`), or plain text for one paragraph. */
  content?: string;
  span?: number;
  vMerge?: 'restart' | 'continue';
  hMerge?: 'restart' | 'continue';
}

const tc = (spec: CellSpec | string): string => {
  const s: CellSpec = typeof spec === 'string' ? { content: spec } : spec;
  const pr = [
    s.span ? `<w:gridSpan w:val="${s.span}"/>` : '',
    s.vMerge ? (s.vMerge === 'restart' ? '<w:vMerge w:val="restart"/>' : '<w:vMerge/>') : '',
    s.hMerge ? (s.hMerge === 'restart' ? '<w:hMerge w:val="restart"/>' : '<w:hMerge/>') : '',
  ].join('');
  const content =
    s.content === undefined || s.content === '' ? '<w:p/>' : s.content.startsWith('<') ? s.content : p(s.content);
  return `<w:tc><w:tcPr>${pr}</w:tcPr>${content}</w:tc>`;
};

export const tr = (cells: (CellSpec | string)[], opts: { header?: boolean } = {}): string =>
  `<w:tr>${opts.header ? '<w:trPr><w:tblHeader/></w:trPr>' : ''}${cells.map(tc).join('')}</w:tr>`;

export const table = (columns: number, rows: string[]): string =>
  `<w:tbl><w:tblPr/><w:tblGrid>${'<w:gridCol w:w="1000"/>'.repeat(columns)}</w:tblGrid>${rows.join('')}</w:tbl>`;

export const HEADER5 = [
  '№ п/п',
  'Наименование мероприятия',
  'Срок проведения',
  'Индикативные показатели',
  'Исполнители',
];

/** An empty paragraph numbered by Word (list `numId`, level `ilvl`): the number is shown, not written. */
export const numbered = (numId: number, ilvl = 0): string =>
  `<w:p><w:pPr><w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr></w:pPr></w:p>`;

/** A numbering.xml abstract list: level texts such as «%1.», «%1.%2.» (decimal, starting at 1). */
export const abstractNum = (id: number, levels: string[]): string =>
  `<w:abstractNum w:abstractNumId="${id}">${levels
    .map(
      (text, ilvl) =>
        `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="${text}"/></w:lvl>`,
    )
    .join('')}</w:abstractNum>`;

/** A numbering.xml list instance; `restartAt` gives level 0 a w:startOverride. */
export const num = (numId: number, abstractId: number, restartAt?: number): string =>
  `<w:num w:numId="${numId}"><w:abstractNumId w:val="${abstractId}"/>${
    restartAt === undefined ? '' : `<w:lvlOverride w:ilvl="0"><w:startOverride w:val="${restartAt}"/></w:lvlOverride>`
  }</w:num>`;
