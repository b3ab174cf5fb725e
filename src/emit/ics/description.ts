import type { ItemVisit } from '../../model/walk.js';
import type { ResolvedRoadmap } from '../../model/resolved.js';
import type { Occurrence } from '../../schedule/types.js';
import { ruDate } from '../../util/dates.js';
import { richTextToLine, richTextToLines, roadmapName } from './plain.js';

/** How many windows a recurring item's description lists before «… всего N». */
const LISTED_WINDOWS = 12;

/**
 * The event's DESCRIPTION (unescaped): the deadline exactly as the document says it, how it was understood, the
 * window behind the deadline day, the indicator, the executors and where the item comes from.
 */
export function describeItem(visit: ItemVisit, roadmap: ResolvedRoadmap): string {
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
    lines.push(`Период: ${window(occurrences[0]!)} (в календаре отмечен последний день)`);
  } else if (occurrences.length > 1) {
    const listed = occurrences.slice(0, LISTED_WINDOWS).map(window).join('; ');
    const more = occurrences.length > LISTED_WINDOWS ? `; … всего ${occurrences.length}` : '';
    const continuous = schedule.kind === 'continuous' ? 'постоянно; ' : '';
    lines.push(`Периоды: ${listed}${more} (${continuous}в календаре отмечен последний день каждого)`);
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
