/** A layout's column headers, as written in templates/<name>.yaml. */
export interface TemplateHeaders {
  name: string;
  headers: string[];
}

/** The bundled layouts, for when templates/ cannot be read. */
export const BUNDLED_TEMPLATES: TemplateHeaders[] = [
  {
    name: 'msoko',
    headers: ['№ п/п', 'Наименование мероприятия', 'Срок проведения', 'Индикативные показатели', 'Исполнители'],
  },
  { name: '500plus', headers: ['№ пп', 'Описание действий', 'Дата реализации', 'Муниципальный показатель реализации'] },
  { name: 'classic', headers: ['№ п/п', 'Мероприятие', 'Сроки', 'Ответственные', 'Ожидаемый результат'] },
];

function stems(headers: readonly string[]): Set<string> {
  const words =
    headers
      .join(' ')
      .toLowerCase()
      .replace(/ё/g, 'е')
      .match(/[а-яa-z]{3,}/g) ?? [];
  return new Set(words.map((w) => w.slice(0, 5)));
}

/**
 * The template whose headers are closest to the document's: shared word stems (Jaccard), minus a little for
 * every column too many or too few. Ties keep the order given; no headers at all → the last resort `fallback`.
 */
export function closestTemplate(
  headers: readonly string[],
  templates: readonly TemplateHeaders[],
  fallback = 'classic',
): string {
  const doc = stems(headers.filter(Boolean));
  if (doc.size === 0) return fallback;
  const columns = headers.filter(Boolean).length;
  let best = fallback;
  let bestScore = -Infinity;
  for (const t of templates) {
    const own = stems(t.headers);
    const shared = [...own].filter((s) => doc.has(s)).length;
    const score = shared / (own.size + doc.size - shared || 1) - 0.05 * Math.abs(t.headers.length - columns);
    if (score > bestScore) [best, bestScore] = [t.name, score];
  }
  return best;
}
