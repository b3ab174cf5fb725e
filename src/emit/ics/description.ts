import type { ItemVisit } from '../../model/walk.js';
import type { ResolvedRoadmap } from '../../model/resolved.js';
import type { Occurrence } from '../../schedule/types.js';
import { ruDate } from '../../util/dates.js';
import { richTextToLine, richTextToLines, roadmapName } from './plain.js';

/**
 * What the calendar shows of an item's windows (config calendarWindows): the last day, the first and last day
 * (`start`), every window whole (`span`) or, where some could not be spans, some whole and some by their ends.
 */
export type WindowsShown = 'last' | 'ends' | 'whole' | 'mixed';

const SHOWN_ONE: Record<WindowsShown, string> = {
  last: 'в календаре отмечен последний день',
  ends: 'в календаре отмечены первый и последний день',
  whole: 'в календаре показан весь период',
  mixed: 'в календаре показан весь период',
};

const SHOWN_EACH: Record<WindowsShown, string> = {
  last: 'в календаре отмечен последний день каждого',
  ends: 'в календаре отмечены первый и последний день каждого',
  whole: 'в календаре показан каждый период целиком',
  mixed: 'в календаре — периоды целиком или их первый и последний день',
};

/** How many windows a recurring item's description lists before «… всего N». */
const LISTED_WINDOWS = 12;

/**
 * The event's DESCRIPTION (unescaped): the deadline exactly as the document says it, how it was understood, the
 * window behind the deadline day, the indicator, the executors and where the item comes from.
 */
export function describeItem(visit: ItemVisit, roadmap: ResolvedRoadmap, shown: WindowsShown = 'last'): string {
  const { item, section, parents } = visit;
  const { schedule } = item;
  const lines: string[] = [`Срок: ${item.when}`];
  if (schedule.text && schedule.text.toLowerCase() !== item.when.trim().toLowerCase())
    lines.push(`Расшифровка: ${schedule.text}`);
  if (schedule.note) lines.push(`Уточнение к сроку: ${schedule.note}`);
  const occurrences = schedule.occurrences;
  if (schedule.kind === 'continuous' && occurrences.length === 1) {
    lines.push(`Период: ${window(occurrences[0]!)} (постоянно; в календаре отмечен последний день периода)`);
  } else if (occurrences.length === 1 && occurrences[0]!.start !== occurrences[0]!.end) {
    lines.push(`Период: ${window(occurrences[0]!)} (${SHOWN_ONE[shown]})`);
  } else if (occurrences.length > 1) {
    const listed = occurrences.slice(0, LISTED_WINDOWS).map(window).join('; ');
    const more = occurrences.length > LISTED_WINDOWS ? `; … всего ${occurrences.length}` : '';
    const continuous = schedule.kind === 'continuous' ? 'постоянно; ' : '';
    const how = schedule.kind === 'continuous' ? SHOWN_EACH.last : SHOWN_EACH[shown];
    lines.push(`Периоды: ${listed}${more} (${continuous}${how})`);
  }
  if (item.title.length > 1) lines.push('', richTextToLines(item.title), '');
  if (item.indicator.length) lines.push(`Показатель: ${richTextToLines(item.indicator)}`);
  if (item.executors.length) lines.push(`Исполнители: ${item.executors.map((e) => e.name).join(', ')}`);
  for (const parent of parents) lines.push(`Входит в: ${numbered(parent.number, richTextToLine(parent.title))}`);
  if (section.title) lines.push(`Раздел: ${section.title}`);
  lines.push(`Дорожная карта: ${roadmapName(roadmap)} (${roadmap.periodText})`);
  if (item.note) lines.push(`Примечание: ${item.note}`);
  return lines.join('\n');
}

/** «01.03.2023 – 30.04.2023», or a single date for a one-day window. */
function window(o: Occurrence): string {
  return o.start === o.end ? ruDate(o.end) : `${ruDate(o.start)} – ${ruDate(o.end)}`;
}

/** «1.2. Разработка плана-графика» */
export function numbered(number: string, title: string): string {
  return number ? `${number}. ${title}` : title;
}
