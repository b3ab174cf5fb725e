import type { RichText } from '../../model/text.js';
import { esc } from './escape.js';

/** Paragraphs as lines, consecutive bullets as one list: the cell reads as in the document. */
export function richHtml(text: RichText): string {
  const out: string[] = [];
  let list: string[] = [];
  const flush = () => {
    if (list.length) out.push(`<ul>${list.join('')}</ul>`);
    list = [];
  };
  for (const b of text) {
    if (b.kind === 'bullet') list.push(`<li>${esc(b.text)}</li>`);
    else {
      flush();
      out.push(out.length ? `<br>${esc(b.text)}` : esc(b.text));
    }
  }
  flush();
  return out.join('');
}
