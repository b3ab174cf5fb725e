import { split } from '../../tracker/districts.js';
import type { Counts } from '../../tracker/progress.js';
import { esc } from './escape.js';

/** «выполнено 12 из 93 (13 %), просрочено 5, впереди 76» */
export function countsText(c: Counts): string {
  const s = split(c);
  return `выполнено ${s.done} из ${c.total} (${s.percent} %), просрочено ${s.overdue}, впереди ${s.ahead}`;
}

/**
 * A stacked bar with the numbers written under it; the bar itself is an image with the same words, so a screen
 * reader and a black-and-white printout lose nothing.
 */
export function progressBar(c: Counts): string {
  const s = split(c);
  const w = (n: number) => (c.total ? ((n / c.total) * 100).toFixed(2) : '0');
  const text = countsText(c);
  return [
    `<div class="progress" data-total="${c.total}" data-done="${s.done}" data-overdue="${s.overdue}" data-ahead="${s.ahead}">`,
    `<div class="bar" role="img" aria-label="${esc(text)}">`,
    `<span class="seg s-done" style="width:${w(s.done)}%"></span>`,
    `<span class="seg s-overdue" style="width:${w(s.overdue)}%"></span>`,
    '</div>',
    `<p class="counts"><span class="key k-done"></span>выполнено <strong>${s.done}</strong> из ${c.total} (${s.percent} %) · ` +
      `<span class="key k-overdue"></span>просрочено <strong>${s.overdue}</strong> · <span class="key k-ahead"></span>впереди <strong>${s.ahead}</strong></p>`,
    '</div>',
  ].join('');
}
