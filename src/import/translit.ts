const MAP: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm',
  н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'h', ц: 'c', ч: 'ch', ш: 'sh', щ: 'sch',
  ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya', і: 'i', ї: 'i', є: 'e',
};

/** Russian → Latin, lower case, anything else dropped to «-»: «Отдел образования» → «otdel-obrazovaniya». */
export function slugify(text: string, maxLength = 40): string {
  const latin = [...text.toLowerCase()].map((ch) => MAP[ch] ?? ch).join('');
  const slug = latin.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return slug.slice(0, maxLength).replace(/-+$/, '');
}

export function transliterate(text: string): string {
  return [...text.toLowerCase()].map((ch) => MAP[ch] ?? ch).join('');
}
