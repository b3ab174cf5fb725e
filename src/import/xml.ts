/**
 * A small tolerant XML reader for WordprocessingML parts. It builds a plain element tree and never throws:
 * an unknown entity stays as written, an unmatched end tag is ignored, unclosed elements close at the end.
 * (A full XML library would add a dependency for the ~10 element kinds we read; DOCX parts are machine-written.)
 */
export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
}

export type XmlNode = XmlElement | string;

const TOKEN =
  /<!--[\s\S]*?(?:-->|$)|<!\[CDATA\[([\s\S]*?)(?:\]\]>|$)|<[?!][\s\S]*?>|<\/\s*([^\s>]+)\s*>|<([^\s/>!?]+)((?:[^>"']|"[^"]*"|'[^']*')*?)(\/?)>/g;
const ATTR = /([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[body.toLowerCase()] ?? whole;
  });
}

/** Deeper than this, a part is not a document a person made (Word nests a table in a table a few times). */
const MAX_XML_DEPTH = 256;

/** Why a part is not well-formed XML; `offset` is where in the text (0-based). */
export type XmlProblem =
  | { kind: 'unclosed'; element: string; offset: number }
  | { kind: 'mismatched'; element: string; expected: string; offset: number }
  | { kind: 'too-deep'; limit: number; offset: number };

/** The tree, and the first well-formedness problem met (null for a whole, well-formed part). */
export function parseXmlChecked(text: string): { root: XmlElement; problem: XmlProblem | null } {
  const root: XmlElement = { name: '#root', attrs: {}, children: [] };
  const stack: XmlElement[] = [root];
  let problem: XmlProblem | null = null;
  let last = 0;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const top = stack[stack.length - 1]!;
    if (m.index > last) top.children.push(decodeEntities(text.slice(last, m.index)));
    last = TOKEN.lastIndex;
    if (m[1] !== undefined) top.children.push(m[1]);
    else if (m[2] !== undefined) {
      if (m[2] !== top.name) problem ??= { kind: 'mismatched', element: m[2], expected: top.name, offset: m.index };
      const at = stack.map((e) => e.name).lastIndexOf(m[2]);
      if (at > 0) stack.length = at; // close it and anything left open inside it
    } else if (m[3] !== undefined) {
      const element: XmlElement = { name: m[3], attrs: readAttrs(m[4] ?? ''), children: [] };
      top.children.push(element);
      if (m[5] === '/') continue;
      if (stack.length > MAX_XML_DEPTH) {
        // The walkers that read the tree recurse: stop here, before they would run out of stack.
        return { root, problem: { kind: 'too-deep', limit: MAX_XML_DEPTH, offset: m.index } };
      }
      stack.push(element);
    }
  }
  if (last < text.length) stack[stack.length - 1]!.children.push(decodeEntities(text.slice(last)));
  if (stack.length > 1) problem ??= { kind: 'unclosed', element: stack[stack.length - 1]!.name, offset: text.length };
  return { root, problem };
}

export function parseXml(text: string): XmlElement {
  return parseXmlChecked(text).root;
}

function readAttrs(source: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  ATTR.lastIndex = 0;
  for (let m = ATTR.exec(source); m; m = ATTR.exec(source)) attrs[m[1]!] = decodeEntities(m[2] ?? m[3] ?? '');
  return attrs;
}

export function isElement(node: XmlNode | undefined): node is XmlElement {
  return typeof node === 'object' && node !== null;
}

/** Child elements, optionally only those with the given name. */
export function childElements(element: XmlElement, name?: string): XmlElement[] {
  return element.children.filter((c): c is XmlElement => isElement(c) && (name === undefined || c.name === name));
}

export function firstChild(element: XmlElement | undefined, name: string): XmlElement | undefined {
  return element?.children.find((c): c is XmlElement => isElement(c) && c.name === name);
}

/** Depth-first search for the first descendant with the given name. */
export function findDescendant(element: XmlElement, name: string): XmlElement | undefined {
  for (const child of element.children) {
    if (!isElement(child)) continue;
    if (child.name === name) return child;
    const found = findDescendant(child, name);
    if (found) return found;
  }
  return undefined;
}

/** The `w:val` attribute (WordprocessingML's usual value attribute). */
export function val(element: XmlElement | undefined): string | undefined {
  return element?.attrs['w:val'];
}
