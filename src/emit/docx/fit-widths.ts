import type { RichText } from '../../model/text.js';
import { CELL_PADDING, type TableColumnSpec } from './table.js';

/**
 * Adjusts the template's column widths to the content: small steps of width move from one flexible column to
 * another while that lowers the table's estimated total height. Each column stays within `flex` (±35 %) of the
 * template's width and never gets narrower than its longest word, so the template still decides the look.
 * Columns in `fixed` (the number column) keep their width. The sum never changes.
 */
export function fitColumnWidths(
  columns: readonly TableColumnSpec[],
  rows: readonly RichText[][],
  fontSize: number,
  fixed: ReadonlySet<number> = new Set(),
  flex = 0.35,
): TableColumnSpec[] {
  const widths = columns.map((c) => c.width);
  const flexible = widths.map((_, i) => i).filter((i) => !fixed.has(i));
  if (flexible.length < 2 || rows.length === 0) return [...columns];
  const charWidth = fontSize * 20 * 0.5;
  const min = widths.map((w, i) =>
    Math.max(
      w * (1 - flex),
      longestWord(
        columns[i]!.header,
        rows.map((r) => r[i] ?? []),
      ) *
        charWidth *
        1.1 +
        CELL_PADDING,
    ),
  );
  const max = widths.map((w) => w * (1 + flex));
  // Lines each row needs in a column at a given width, computed once per (column, width): the search below
  // tries the same few widths of each column over and over.
  const paragraphLengths = columns.map((_, i) =>
    rows.map((r) => (r[i] ?? []).map((b) => b.text.length + (b.kind === 'bullet' ? 3 : 0))),
  );
  const memo = columns.map(() => new Map<number, Int32Array>());
  const linesAt = (column: number, width: number): Int32Array => {
    let lines = memo[column]!.get(width);
    if (!lines) {
      const perLine = Math.max(1, Math.floor((width - CELL_PADDING) / charWidth));
      lines = new Int32Array(rows.length);
      paragraphLengths[column]!.forEach((paras, r) => {
        let n = 0;
        for (const len of paras) n += Math.max(1, Math.ceil(len / perLine));
        lines![r] = n;
      });
      memo[column]!.set(width, lines);
    }
    return lines;
  };
  const totalLines = (ws: number[]) => {
    const byColumn = ws.map((w, i) => linesAt(i, w));
    let sum = 0;
    for (let r = 0; r < rows.length; r++) {
      let lines = 1;
      for (const col of byColumn) if (col[r]! > lines) lines = col[r]!;
      sum += lines;
    }
    return sum;
  };
  const step = Math.round(Math.min(...flexible.map((i) => widths[i]!)) * 0.04);
  let best = totalLines(widths);
  for (let round = 0; round < 40; round++) {
    let improved = false;
    for (const from of flexible) {
      for (const to of flexible) {
        if (from === to || widths[from]! - step < min[from]! || widths[to]! + step > max[to]!) continue;
        widths[from]! -= step;
        widths[to]! += step;
        const lines = totalLines(widths);
        if (lines < best) {
          best = lines;
          improved = true;
        } else {
          widths[from]! += step;
          widths[to]! -= step;
        }
      }
    }
    if (!improved) break;
  }
  return columns.map((c, i) => ({ ...c, width: widths[i]! }));
}

function longestWord(header: string, cells: RichText[]): number {
  let longest = 0;
  for (const text of [header, ...cells.flatMap((c) => c.map((b) => b.text))]) {
    for (const word of text.split(/[\s/–—-]+/)) longest = Math.max(longest, word.length);
  }
  return longest;
}

/**
 * Widens every column that is narrower than its longest word (a word broken mid-word, «Ежеквартальн-о», reads
 * as a typo), taking the width from the widest columns. The sum never changes.
 */
export function atLeastLongestWord(
  columns: readonly TableColumnSpec[],
  rows: readonly RichText[][],
  fontSize: number,
): TableColumnSpec[] {
  // Half an em a letter, a fifth more in the bold header: a word that almost fits still breaks.
  const em = fontSize * 20;
  const widths = columns.map((c) => c.width);
  const need = columns.map((c, i) => {
    const body = longestWord(
      '',
      rows.map((r) => r[i] ?? []),
    );
    return Math.ceil(Math.max(longestWord(c.header, []) * em * 0.6, body * em * 0.5) + CELL_PADDING);
  });
  for (let i = 0; i < widths.length; i++) {
    let missing = need[i]! - widths[i]!;
    while (missing > 0) {
      // The column with the most width to spare gives it.
      const spare = widths.map((w, j) => (j === i ? -Infinity : w - need[j]!));
      const from = spare.indexOf(Math.max(...spare));
      const give = Math.min(missing, spare[from]!);
      if (give <= 0) break;
      widths[from]! -= give;
      widths[i]! += give;
      missing -= give;
    }
  }
  return columns.map((c, i) => ({ ...c, width: widths[i]! }));
}
