import { ruDate } from '../../util/dates.js';
import type { ResolvedRoadmap } from '../../model/resolved.js';
import type { Period } from '../../schedule/types.js';
import type { TemplateTitle } from '../../templates/model.js';
import { EMPTY_PARAGRAPH, paragraph, type ParagraphSpec } from './paragraph.js';

export interface TitleLines {
  issuer: string[];
  title: string;
  subtitle: string[];
}

/** Issuing body, the title, subtitle lines and (when asked for) the period — centred, as on the 500+ original. */
export function titleBlock(lines: TitleLines, layout: TemplateTitle): ParagraphSpec[] {
  const centred = (text: string, bold: boolean) => paragraph([{ text, bold }], { align: 'center' });
  const out: ParagraphSpec[] = lines.issuer.map((l) => centred(l, layout.issuerBold));
  if (lines.issuer.length) out.push(EMPTY_PARAGRAPH);
  out.push(centred(layout.titleUppercase ? lines.title.toLocaleUpperCase('ru') : lines.title, true));
  out.push(...lines.subtitle.map((l) => centred(l, true)));
  out.push(EMPTY_PARAGRAPH);
  return out;
}

/** The title lines of a roadmap, with the period line added according to the template. */
export function roadmapTitleLines(roadmap: ResolvedRoadmap, layout: TemplateTitle): TitleLines {
  const period = periodLine(roadmap.period);
  const named = [roadmap.title, ...roadmap.subtitle].join(' ');
  const years = new Set([roadmap.period.start.slice(0, 4), roadmap.period.end.slice(0, 4)]);
  const add = layout.period === 'always' || (layout.period === 'auto' && ![...years].every((y) => named.includes(y)));
  return {
    issuer: roadmap.issuer,
    title: roadmap.title,
    subtitle: add ? [...roadmap.subtitle, period] : roadmap.subtitle,
  };
}

/** «на 2023 год», «на 2020–2022 годы», «на 2023/2024 учебный год», else «на период с … по …». */
export function periodLine(period: Period): string {
  const [sy, sm, sd] = period.start.split('-');
  const [ey, em, ed] = period.end.split('-');
  if (`${sm}-${sd}` === '01-01' && `${em}-${ed}` === '12-31') return sy === ey ? `на ${sy} год` : `на ${sy}–${ey} годы`;
  if (`${sm}-${sd}` === '09-01' && `${em}-${ed}` === '08-31' && Number(ey) === Number(sy) + 1)
    return `на ${sy}/${ey} учебный год`;
  return `на период с ${ruDate(period.start)} по ${ruDate(period.end)}`;
}
