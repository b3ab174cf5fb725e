import type { CST } from 'yaml';

type Item = CST.BlockMap['items'][number] | CST.BlockSequence['items'][number];

/**
 * In yaml's CST, a key with no value (`comment:`) keeps in its separator what follows its line — blank lines,
 * comments, the indentation of the next key. Those tokens are moved, in order, to the start of the next item
 * (or the document's end), so that the file's text stays the same and every block mapping ends at a line
 * break: a value or an entry added there then lands on its own line, before what followed.
 */
export function endItemsAtLineBreaks(doc: CST.Document): void {
  const items: Item[] = [];
  const walk = (token: CST.Token | undefined): void => {
    if (token?.type !== 'block-map' && token?.type !== 'block-seq') return;
    for (const item of token.items) {
      items.push(item);
      walk(item.value);
    }
  };
  walk(doc.value);
  items.forEach((item, i) => {
    if (item.value || !item.sep) return;
    const lineEnd = item.sep.findIndex((t) => t.type === 'newline');
    if (lineEnd < 0 || lineEnd === item.sep.length - 1) return;
    const rest = item.sep.splice(lineEnd + 1);
    const next = items[i + 1];
    if (next) next.start.unshift(...rest);
    else doc.end = [...rest, ...(doc.end ?? [])];
  });
}
