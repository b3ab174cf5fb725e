import type { Para } from './docx-body.js';

const BULLET_CHAR = /^(?:[-–—*]\s+|[•·▪▫◦○●■□➢➤✓✔]\s*)/;

/**
 * Text lines of a cell for a title or an indicator: one line per paragraph; a list paragraph (w:numPr, a list
 * style, or a leading «-», «•» …) becomes a «- » bullet line. A soft line break (w:br) starts a new line, unless
 * the text after it continues the sentence (starts with a lower-case letter): then it is only a wrap and becomes a space.
 */
export function richLines(paras: readonly Para[]): string[] {
  const out: string[] = [];
  for (const para of paras) {
    const joined: string[] = [];
    for (const line of para.lines) {
      const prev = joined.length - 1;
      if (prev >= 0 && /^[a-zа-яё]/.test(line) && !BULLET_CHAR.test(line)) joined[prev] = `${joined[prev]} ${line}`;
      else joined.push(line);
    }
    joined.forEach((line, i) => {
      const bullet = BULLET_CHAR.test(line) && line.replace(BULLET_CHAR, '') !== '';
      if (bullet) out.push(`- ${line.replace(BULLET_CHAR, '')}`);
      else if (para.list && i === 0) out.push(`- ${line}`);
      else out.push(line);
    });
  }
  return out;
}

/** A cell as one phrase (deadlines, section titles, headers): every line break becomes a single space. */
export function flatText(paras: readonly Para[]): string {
  return paras
    .flatMap((p) => p.lines)
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Whitespace- and case-insensitive key for comparing texts. */
export function textKey(s: string): string {
  return s
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[\s.,:;]+/g, ' ')
    .trim();
}
