import { richTextToPlain } from '../../resolve/rich-text.js';
import { calendarUid } from '../../resolve/uid.js';
import { addDays, daysInMonth, isoToSerial, ruDate } from '../../util/dates.js';
import { esc } from './escape.js';
import { STATE_WORDS } from './item-state.js';
import type { ItemRow, RoadmapView } from './site-model.js';

const LABEL = 300;
const CHART = 880;
const PAD = 12;
const HEAD = 54;
const ROW = 16;
const SECTION = 22;
const MONTHS = ['янв', 'фев', 'мар', 'апр', 'май', 'июн', 'июл', 'авг', 'сен', 'окт', 'ноя', 'дек'];

/** Rows per chart: one chart prints on one landscape A4 page at a readable size. */
const PAGE_ROWS = 36;

type Line = { kind: 'section'; index: number; title: string } | { kind: 'row'; row: ItemRow };

/**
 * The Gantt chart of one roadmap as inline SVG: a row per item, one bar per occurrence window (a recurring item
 * has several), a diamond for a one-day deadline, section bands, a «сегодня» line. A long roadmap is drawn as
 * several charts of at most PAGE_ROWS rows, each with its own month scale, so each prints on one landscape page.
 * Bars carry their window in data attributes and a <title> with the words: tests read them, people read them
 * without colour.
 */
export function timelineSvg(view: RoadmapView, today: string, uidDomain: string | null = null): string {
  const { roadmap, rows } = view;
  const titled = roadmap.sections.some((s) => s.title !== null);
  const lines: Line[] = [];
  roadmap.sections.forEach((section, index) => {
    if (titled) lines.push({ kind: 'section', index, title: section.title ?? '' });
    for (const row of rows) if (row.sectionIndex === index) lines.push({ kind: 'row', row });
  });
  const pages: Line[][] = [];
  let page: Line[] = [];
  for (const line of lines) {
    if (page.length >= PAGE_ROWS) {
      // a section title never ends a page: it moves to the next one with its rows
      const carry = page[page.length - 1]!.kind === 'section' ? [page.pop()!] : [];
      pages.push(page);
      page = carry;
    }
    page.push(line);
  }
  if (page.length) pages.push(page);
  const [from, to] = domain(view);
  return pages.map((p, i) => chart(view, p, from, to, today, i, pages.length, uidDomain)).join('\n');
}

function chart(
  view: RoadmapView,
  lines: Line[],
  from: string,
  to: string,
  today: string,
  n: number,
  of: number,
  uidDomain: string | null,
): string {
  const days = isoToSerial(to) - isoToSerial(from) + 1;
  const x = (d: string) => LABEL + ((isoToSerial(d) - isoToSerial(from)) / days) * CHART;
  const w = LABEL + CHART + PAD;
  const body: string[] = [];
  let y = HEAD;
  let band: { index: number; y: number } | null = null;
  const bands: string[] = [];
  const closeBand = () => {
    if (band)
      bands.push(`<rect class="band b${band.index % 2}" x="0" y="${band.y}" width="${w}" height="${y - band.y}"/>`);
  };
  for (const line of lines) {
    const index = line.kind === 'section' ? line.index : line.row.sectionIndex;
    if (!band || band.index !== index) {
      closeBand();
      band = { index, y };
    }
    if (line.kind === 'section') {
      body.push(`<text class="sec" x="6" y="${y + 15}">${esc(cut(line.title, 150))}</text>`);
      y += SECTION;
    } else {
      body.push(rowSvg(line.row, y, x, n, uidDomain));
      y += ROW;
    }
  }
  closeBand();
  const height = y + PAD;
  const tx = x(today);
  // the label goes left of the line when the line is near the right edge
  const anchor =
    tx > LABEL + CHART - 120 ? `x="${(tx - 3).toFixed(1)}" text-anchor="end"` : `x="${(tx + 3).toFixed(1)}"`;
  const todayLine =
    today >= from && today <= to
      ? `<g class="today"><line x1="${tx.toFixed(1)}" y1="${HEAD - 18}" x2="${tx.toFixed(1)}" y2="${height - 4}"/>` +
        `<text ${anchor} y="${HEAD - 26}">сегодня, ${ruDate(today)}</text></g>`
      : '';
  const part = of > 1 ? `, часть ${n + 1} из ${of}` : '';
  return [
    `<svg class="timeline" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${w} ${height}" width="${w}" height="${height}" role="img" aria-labelledby="tl-title-${n} tl-desc-${n}" data-from="${from}" data-to="${to}">`,
    `<title id="tl-title-${n}">График сроков: ${esc(view.roadmap.periodText)}${part}</title>`,
    `<desc id="tl-desc-${n}">Полосы — окна сроков мероприятий с ${ruDate(from)} по ${ruDate(to)}, ромбы — сроки в один день. Те же сведения — в таблице мероприятий.</desc>`,
    `<defs><clipPath id="tl-labels-${n}"><rect x="0" y="0" width="${LABEL - 4}" height="${height}"/></clipPath></defs>`,
    ...bands,
    gridSvg(from, to, x, height),
    ...body,
    todayLine,
    '</svg>',
  ].join('\n');
}

function rowSvg(row: ItemRow, y: number, x: (d: string) => number, n: number, uidDomain: string | null): string {
  const title = richTextToPlain(row.item.title, '').replace(/\s+/g, ' ');
  const label = `<text clip-path="url(#tl-labels-${n})" class="lbl${row.state === null ? ' grp' : ''}" x="${6 + row.depth * 10}" y="${y + 12}">${esc(cut(`${row.item.number}. ${title}`, 46 - row.depth * 2))}<title>${esc(`${row.item.number}. ${title}`)}</title></text>`;
  const marks: string[] = [];
  for (const o of row.occurrences) {
    if (o.start === null || o.deadline === null) continue;
    const tip = `<title>${esc(`${row.item.number}: ${o.start === o.deadline ? ruDate(o.deadline) : `${ruDate(o.start)} – ${ruDate(o.deadline)}`} — ${STATE_WORDS[o.state]}`)}</title>`;
    const data = `data-uid="${esc(calendarUid(row.item.uid, uidDomain))}" data-item="${esc(row.item.number)}" data-start="${o.start}" data-end="${o.deadline}" data-state="${o.state}"`;
    const cls = `s-${o.state.replace('_', '-')}`;
    if (o.start === o.deadline) {
      const cx = (x(o.start) + x(next(o.start))) / 2;
      const cy = y + ROW / 2;
      marks.push(`<path class="ms ${cls}" ${data} d="M${cx.toFixed(1)} ${cy - 6}l6 6-6 6-6-6z">${tip}</path>`);
    } else {
      const x1 = x(o.start);
      const x2 = Math.max(x(next(o.deadline)), x1 + 2);
      marks.push(
        `<rect class="bar ${cls}" ${data} x="${x1.toFixed(1)}" y="${y + 3}" width="${(x2 - x1).toFixed(1)}" height="${ROW - 6}" rx="2">${tip}</rect>`,
      );
    }
  }
  const none =
    row.state !== null && marks.length === 0
      ? `<text class="nodate" x="${LABEL + 6}" y="${y + 12}">${esc(cut(`без дат: ${row.item.when}`, 90))}</text>`
      : '';
  return `<g class="row">${label}${marks.join('')}${none}</g>`;
}

/** Year lines and month ticks with short month names (every month when there is room, else quarters). */
function gridSvg(from: string, to: string, x: (d: string) => number, height: number): string {
  const out: string[] = ['<g class="grid">'];
  let [y, m] = [Number(from.slice(0, 4)), Number(from.slice(5, 7))];
  const months: string[] = [];
  while (`${y}-${String(m).padStart(2, '0')}-01` <= to) {
    months.push(`${y}-${String(m).padStart(2, '0')}-01`);
    [y, m] = m === 12 ? [y + 1, 1] : [y, m + 1];
  }
  const step = CHART / months.length >= 24 ? 1 : 3;
  for (const d of months) {
    const mm = Number(d.slice(5, 7));
    const px = x(d).toFixed(1);
    if (mm === 1 || d === months[0]) {
      out.push(`<line class="year" x1="${px}" y1="2" x2="${px}" y2="${height - 4}"/>`);
      out.push(`<text class="yr" x="${(x(d) + 3).toFixed(1)}" y="13">${d.slice(0, 4)}</text>`);
    } else out.push(`<line class="month" x1="${px}" y1="${HEAD - 20}" x2="${px}" y2="${height - 4}"/>`);
    if ((mm - 1) % step === 0)
      out.push(`<text class="mo" x="${(x(d) + 2).toFixed(1)}" y="${HEAD - 8}">${MONTHS[mm - 1]}</text>`);
  }
  out.push(`<line class="axis" x1="${LABEL}" y1="${HEAD - 2}" x2="${LABEL + CHART}" y2="${HEAD - 2}"/>`, '</g>');
  return out.join('');
}

/** From the first day of the month of the earliest window (or the period start) to the end of the latest's month. */
function domain(view: RoadmapView): [string, string] {
  let from = view.roadmap.period.start;
  let to = view.roadmap.period.end;
  for (const r of view.rows)
    for (const o of r.occurrences) {
      if (o.start !== null && o.start < from) from = o.start;
      if (o.deadline !== null && o.deadline > to) to = o.deadline;
    }
  const [ty, tm] = [Number(to.slice(0, 4)), Number(to.slice(5, 7))];
  return [`${from.slice(0, 7)}-01`, `${to.slice(0, 7)}-${String(daysInMonth(ty, tm)).padStart(2, '0')}`];
}

function next(d: string): string {
  return addDays(d, 1);
}

function cut(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
