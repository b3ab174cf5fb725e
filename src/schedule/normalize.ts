/**
 * Normalised phrase text with a map back to the phrase as given, so diagnostics can point at the original
 * (UTF-16) offsets: lower case, «е» for «ё», every dash as '-', one space for any run of white space.
 */
export interface Normalized {
  text: string;
  /** map[i] = offset in the original phrase of text[i]; map[text.length] = original length. */
  map: number[];
}

const DASHES = new Set(['–', '—', '‑', '‒', '−', '―', '‐']);
const SPACES = new Set([' ', '\t', '\n', '\r', '\u00a0', '\u2007', '\u202f', '\u2009', '\u200b', '\f', '\v']);
/** Characters that never carry meaning in a deadline: footnote marks and quotes. */
const DROP = new Set(['*', '«', '»', '"', '“', '”', '„', "'", '`']);

export function normalize(phrase: string): Normalized {
  let text = '';
  const map: number[] = [];
  let pendingSpace = false;
  // one toLowerCase for the whole phrase when it keeps every offset (it does for Cyrillic and Latin)
  const lower = phrase.toLowerCase();
  const sameLength = lower.length === phrase.length;
  for (let i = 0; i < phrase.length; i++) {
    const ch = phrase[i] ?? '';
    if (SPACES.has(ch)) {
      pendingSpace = text.length > 0;
      continue;
    }
    if (DROP.has(ch)) continue;
    if (pendingSpace) {
      text += ' ';
      map.push(i);
      pendingSpace = false;
    }
    let out = sameLength ? (lower[i] ?? ch) : ch.toLowerCase();
    if (out === 'ё') out = 'е';
    else if (out === 'і')
      out = 'i'; // Ukrainian/Belarusian «І» typed for a Roman numeral
    else if (DASHES.has(out)) out = '-';
    if (out.length !== 1) out = ch;
    text += out;
    map.push(i);
  }
  map.push(phrase.length);
  return { text, map };
}
