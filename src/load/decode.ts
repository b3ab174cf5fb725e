import { Buffer, isUtf8 } from 'node:buffer';

/** Why bytes are not text, and where: the registry (src/diagnostics) words it. */
type DecodeProblem = { line: number; column: number } & (
  { code: 'file-binary' | 'file-not-utf8' | 'file-utf16' } | { code: 'file-noncharacter'; char: 'FFFE' | 'FFFF' }
);

export type DecodeResult = { ok: true; text: string } | ({ ok: false } & DecodeProblem);

const UTF8_BOM = [0xef, 0xbb, 0xbf];

/**
 * Turns file bytes into text. Rejects binary junk and text that is not UTF-8 (e.g. a cp1251 file saved by
 * Notepad), pointing at the first offending byte. A UTF-8 BOM is dropped. So are the noncharacters U+FFFE and
 * U+FFFF (a byte-order mark read the wrong way, junk from a conversion): YAML does not allow them, and no XML
 * document can hold them — they would break the DOCX and XLSX made from the text.
 */
export function decodeSource(bytes: Uint8Array): DecodeResult {
  let start = 0;
  if (bytes.length >= 3 && UTF8_BOM.every((b, i) => bytes[i] === b)) start = 3;
  if (looksUtf16(bytes)) return { ok: false, code: 'file-utf16', line: 1, column: 1 };
  const body = bytes.subarray(start);
  const nul = body.indexOf(0);
  if (nul >= 0 || looksBinary(body)) {
    const at = nul >= 0 ? nul : 0;
    return { ok: false, code: 'file-binary', ...lineCol(body, at) };
  }
  if (isUtf8(body)) {
    const buffer = Buffer.from(body.buffer, body.byteOffset, body.byteLength);
    const bad = firstNoncharacter(buffer);
    if (bad >= 0) {
      return {
        ok: false,
        code: 'file-noncharacter',
        char: buffer[bad + 2] === 0xbe ? 'FFFE' : 'FFFF',
        ...lineCol(body, bad),
      };
    }
    return { ok: true, text: buffer.toString('utf8') };
  }
  return { ok: false, code: 'file-not-utf8', ...lineCol(body, firstInvalidUtf8(body)) };
}

/** Byte offset of the first U+FFFE or U+FFFF (EF BF BE / EF BF BF), or -1. */
function firstNoncharacter(buffer: Buffer): number {
  const a = buffer.indexOf(NONCHARACTER_FFFE);
  const b = buffer.indexOf(NONCHARACTER_FFFF);
  return a < 0 ? b : b < 0 ? a : Math.min(a, b);
}

const NONCHARACTER_FFFE = Buffer.from([0xef, 0xbf, 0xbe]);
const NONCHARACTER_FFFF = Buffer.from([0xef, 0xbf, 0xbf]);

/**
 * Notepad's «Юникод» is UTF-16: a byte-order mark FF FE or FE FF, or (without one) every other byte zero — the
 * high bytes of Latin letters, digits and YAML's punctuation.
 */
function looksUtf16(bytes: Uint8Array): boolean {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)))
    return true;
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return false;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const half = n / 2;
  return (odd > half * 0.3 && even <= half * 0.02) || (even > half * 0.3 && odd <= half * 0.02);
}

function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 4096);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  }
  return n > 0 && control / n > 0.05;
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const len = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (len === 0) return i;
    for (let k = 1; k < len; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += len;
  }
  return 0;
}

/** 1-based line and column (in characters of the valid prefix) of a byte offset. */
function lineCol(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  const prefix = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, offset));
  return { line, column: prefix.length + 1 };
}
