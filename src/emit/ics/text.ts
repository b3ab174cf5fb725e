/**
 * RFC 5545 content lines, written by hand rather than with the `ics` package: that package folds at 75 characters
 * instead of 75 octets (Cyrillic lines reach ~135 octets), leaves CATEGORIES and alarm descriptions unescaped and
 * validates each event slowly. Here every TEXT value goes through `escapeText` and every line through `foldLine`.
 */

const SURROGATE = /[\uD800-\uDFFF]/;
/** Half of a surrogate pair without the other half: UTF-8 cannot encode it, so it becomes U+FFFD. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Escapes a TEXT value: backslash, semicolon, comma and line breaks; drops control characters RFC 5545 forbids. */
export function escapeText(value: string): string {
  const wellFormed = SURROGATE.test(value) ? value.replace(LONE_SURROGATE, '\uFFFD') : value;
  return wellFormed
    .replace(/\r\n?/g, '\n')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
    .replace(/[\\;,\n]/g, (c) => (c === '\n' ? '\\n' : `\\${c}`));
}

/** Escapes each value of a multi-valued TEXT property (CATEGORIES): the commas between values stay separators. */
export function escapeTextList(values: readonly string[]): string {
  return values.map(escapeText).join(',');
}

const MAX_OCTETS = 75;

/**
 * Folds one content line so that no physical line exceeds 75 octets (CRLF not counted, the leading space of a
 * continuation counted), never splitting a UTF-8 sequence or a surrogate pair.
 */
export function foldLine(line: string): string {
  if (line.length <= MAX_OCTETS / 3 || Buffer.byteLength(line) <= MAX_OCTETS) return line;
  let out = '';
  let from = 0;
  let octets = 0;
  let i = 0;
  while (i < line.length) {
    // A unit is one code point, or an escape pair («\,»): not every client unfolds before unescaping.
    let end = i + 1;
    let size = octetsAt(line, i);
    if (line.charCodeAt(i) === 0x5c && end < line.length) {
      size += octetsAt(line, end);
      end++;
    }
    const code = line.charCodeAt(end - 1);
    const after = line.charCodeAt(end);
    if (code >= 0xd800 && code <= 0xdbff && after >= 0xdc00 && after <= 0xdfff) end++;
    if (octets + size > MAX_OCTETS) {
      out += `${line.slice(from, i)}\r\n `;
      from = i;
      octets = 1;
    }
    octets += size;
    i = end;
  }
  return out + line.slice(from);
}

/** UTF-8 length of the code point starting at `i` (a surrogate pair counts 4, a lone surrogate 3 as U+FFFD). */
function octetsAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code < 0x80) return 1;
  if (code < 0x800) return 2;
  if (code >= 0xd800 && code <= 0xdbff) {
    const next = text.charCodeAt(i + 1);
    if (next >= 0xdc00 && next <= 0xdfff) return 4;
  }
  return 3;
}

/** A property line: `NAME;PARAMS:value` (the value already escaped or a non-TEXT value). */
export function contentLine(name: string, value: string, params = ''): string {
  return foldLine(`${name}${params}:${value}`);
}

/** Joins content lines into an iCalendar stream: CRLF after every line, including the last. */
export function joinLines(lines: readonly string[]): string {
  return `${lines.join('\r\n')}\r\n`;
}
