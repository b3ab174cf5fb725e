/**
 * Characters an XML 1.0 document cannot hold, not even as `&#…;`: C0 controls other than tab and line ends, lone
 * surrogates, U+FFFE and U+FFFF. A DOCX or XLSX part with one of them is refused by Word, Excel and LibreOffice.
 * YAML lets a roadmap spell them as escapes ("\uFFFE", "\x01"), so checking the file's bytes is not enough.
 */
const XML_ILLEGAL = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
const XML_ILLEGAL_ALL = new RegExp(XML_ILLEGAL.source, 'gu');

/** Index (UTF-16 units) of the first character XML cannot hold, or -1. */
export function firstXmlIllegal(text: string): number {
  const m = XML_ILLEGAL.exec(text);
  return m ? m.index : -1;
}

/** The text without the characters XML cannot hold. */
export function withoutXmlIllegal(text: string): string {
  return XML_ILLEGAL.test(text) ? text.replace(XML_ILLEGAL_ALL, '') : text;
}

/**
 * `value` with every string in it (in plain objects and arrays, at any depth) passed through `withoutXmlIllegal`:
 * what each XML writer (DOCX, XLSX, HTML) applies to the text it is given, whatever reached it — validation
 * refuses such characters in roadmaps, but status files and templates are read by others. Other objects (dates,
 * bytes) are kept as they are; nothing is copied when nothing needs stripping.
 */
export function xmlSafe<T>(value: T): T {
  if (typeof value === 'string') return withoutXmlIllegal(value) as T;
  if (Array.isArray(value)) {
    let changed = false;
    const out = value.map((v) => {
      const s = xmlSafe(v);
      if (s !== v) changed = true;
      return s;
    });
    return (changed ? out : value) as T;
  }
  if (value !== null && typeof value === 'object') {
    const proto = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) return value;
    let changed = false;
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      const s = xmlSafe(v);
      if (s !== v) changed = true;
      out[k] = s;
    }
    return (changed ? out : value) as T;
  }
  return value;
}

/** `U+FFFE`, `U+0001`: how a message names the character at `index`. */
export function codePointName(text: string, index: number): string {
  const cp = text.codePointAt(index) ?? 0;
  return `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
}
