import type { ResolvedRoadmap } from '../../model/resolved.js';
import type { RichText } from '../../model/text.js';
import { plural } from '../../util/plural.js';

/** One line of rich text for SUMMARY: paragraphs joined by spaces, consecutive bullets by «; ». */
export function richTextToLine(text: RichText): string {
  let out = '';
  text.forEach((block, i) => {
    const prev = text[i - 1];
    if (i > 0) out += prev?.kind === 'bullet' && block.kind === 'bullet' ? '; ' : ' ';
    out += block.text;
  });
  return out.replace(/\s+/g, ' ').trim();
}

/** Rich text for DESCRIPTION: paragraphs on their own lines, bullets prefixed with «– ». */
export function richTextToLines(text: RichText): string {
  return text.map((b) => (b.kind === 'bullet' ? `– ${b.text}` : b.text)).join('\n');
}

/** The roadmap's name as people read it: «ДОРОЖНАЯ КАРТА» alone says nothing, so the subtitle goes with it. */
export function roadmapName(roadmap: ResolvedRoadmap): string {
  return [roadmap.title, ...roadmap.subtitle].join(' ').replace(/\s+/g, ' ').trim();
}

/** «1 день», «3 дня», «7 дней». */
export function days(n: number): string {
  return plural(n, 'день', 'дня', 'дней');
}

/** «5 мероприятий». */
export function itemsCount(n: number): string {
  return plural(n, 'мероприятие', 'мероприятия', 'мероприятий');
}

/** «4 события». */
export function eventsCount(n: number): string {
  return plural(n, 'событие', 'события', 'событий');
}
