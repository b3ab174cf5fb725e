import { childElements, firstChild, val, type XmlElement } from './xml.js';

interface Level {
  start: number;
  format: string;
  /** «%1.%2.»: the label, %n standing for level n's counter. */
  text: string;
  /** w:lvlRestart: the level restarts after this (1-based) level; absent: after any higher level. */
  restartAfter: number | null;
}

/**
 * Word's automatic numbering (w:numPr → word/numbering.xml): the number Word shows before a paragraph, which is
 * not in the text. Counters run per abstract list in document order, so one list running through several
 * sections (1, 2 | 3, 4) keeps counting; a deeper level restarts after a higher one (2.1, 2.2 …); a list instance
 * with w:startOverride starts again. Bullets and unknown lists give null.
 */
export class WordNumbering {
  private readonly abstracts = new Map<string, Map<number, Level>>();
  /** numId → its abstract list and its start overrides per level. */
  private readonly nums = new Map<string, { abstract: string; overrides: Map<number, number> }>();
  private readonly counters = new Map<string, (number | undefined)[]>();
  private readonly started = new Set<string>();

  constructor(numbering: XmlElement | null) {
    const root = numbering && childElements(numbering).find((e) => e.name === 'w:numbering');
    if (!root) return;
    for (const abs of childElements(root, 'w:abstractNum')) {
      const levels = new Map<number, Level>();
      for (const lvl of childElements(abs, 'w:lvl')) {
        const restart = val(firstChild(lvl, 'w:lvlRestart'));
        levels.set(Number(lvl.attrs['w:ilvl'] ?? 0), {
          start: Number(val(firstChild(lvl, 'w:start')) ?? 1) || 0,
          format: val(firstChild(lvl, 'w:numFmt')) ?? 'decimal',
          text: val(firstChild(lvl, 'w:lvlText')) ?? '',
          restartAfter: restart === undefined ? null : Number(restart),
        });
      }
      if (levels.size) this.abstracts.set(abs.attrs['w:abstractNumId'] ?? '', levels);
    }
    for (const num of childElements(root, 'w:num')) {
      const overrides = new Map<number, number>();
      for (const o of childElements(num, 'w:lvlOverride')) {
        const start = val(firstChild(o, 'w:startOverride'));
        if (start !== undefined) overrides.set(Number(o.attrs['w:ilvl'] ?? 0), Number(start));
      }
      const abstract = val(firstChild(num, 'w:abstractNumId'));
      if (abstract !== undefined) this.nums.set(num.attrs['w:numId'] ?? '', { abstract, overrides });
    }
  }

  /** The label of the next paragraph of list `numId` at level `ilvl` («2.1»), or null (a bullet, no definition). */
  next(numId: string, ilvl: number): string | null {
    const num = this.nums.get(numId);
    const levels = num && this.abstracts.get(num.abstract);
    const level = levels?.get(ilvl);
    if (!num || !levels || !level) return null;
    let counters = this.counters.get(num.abstract);
    if (!counters) this.counters.set(num.abstract, (counters = []));
    // The first paragraph of a list instance that restarts its numbering.
    if (!this.started.has(numId)) {
      this.started.add(numId);
      for (const [l, start] of num.overrides) counters[l] = start - 1;
    }
    counters[ilvl] = (counters[ilvl] ?? (level.start || 1) - 1) + 1;
    for (let deeper = ilvl + 1; deeper < 9; deeper++) {
      const d = levels.get(deeper);
      if (!d || d.restartAfter === null || d.restartAfter > ilvl) counters[deeper] = undefined;
    }
    if (level.format === 'bullet' || level.format === 'none') return null;
    const label = level.text.replace(/%(\d)/g, (_, n: string) => {
      const l = Number(n) - 1;
      return String(counters[l] ?? levels.get(l)?.start ?? 1);
    });
    const cleaned = label.replace(/[.)\s]+$/, '').trim();
    return cleaned === '' ? null : cleaned;
  }
}
