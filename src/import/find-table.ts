import type { BodyBlock, Table } from './docx-body.js';
import { headerScore } from './columns.js';

/**
 * The roadmap table: the one whose header names the most roadmap fields (№, мероприятие, срок, показатель,
 * исполнители), ties broken by size; without such a header, the largest table with at least two columns.
 * Returns its index among the body blocks, or -1.
 */
export function findRoadmapTable(blocks: readonly BodyBlock[]): number {
  let best = -1;
  let bestScore = -1;
  blocks.forEach((block, i) => {
    if (block.kind !== 'table' || block.table.columns < 2) return;
    const score = tableScore(block.table);
    if (score > bestScore) [best, bestScore] = [i, score];
  });
  return best;
}

function tableScore(table: Table): number {
  const header = Math.max(0, ...table.rows.slice(0, 4).map((r) => headerScore(r, table.columns)));
  const size = table.rows.length * table.columns;
  return (header >= 2 ? header * 100_000 : 0) + size;
}

/**
 * A roadmap split into several tables (a new table after a page break or per section): the following tables
 * with the same number of columns. Paragraphs between them are kept as possible section headings.
 */
export function continuationTables(
  blocks: readonly BodyBlock[],
  first: number,
): { tables: Table[]; between: string[][] } {
  const main = blocks[first];
  if (main?.kind !== 'table') return { tables: [], between: [] };
  const tables: Table[] = [main.table];
  const between: string[][] = [];
  let pending: string[] = [];
  for (const block of blocks.slice(first + 1)) {
    if (block.kind === 'paragraph') {
      pending.push(...block.para.lines);
      if (pending.length > 3) break; // a real text between tables: the roadmap has ended
      continue;
    }
    if (block.table.columns !== main.table.columns) break;
    tables.push(block.table);
    between.push(pending);
    pending = [];
  }
  return { tables, between };
}
