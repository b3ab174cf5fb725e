const TABLE: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm',
  н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch',
  ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya', і: 'i', ї: 'yi', є: 'ye', ґ: 'g',
};

/** How long a file name made from a name may get (before a collision suffix). */
const MAX_SLUG = 60;

/**
 * An ASCII file-name slug, only [a-z0-9-]: «ГБУ ПО «ЦППМиСППО»» → «gbu-po-tsppmisppo». May be '' for a name
 * with no letters or digits; the caller decides what to do then.
 */
export function slugify(text: string): string {
  let out = '';
  for (const ch of text.toLowerCase()) out += TABLE[ch] ?? ch;
  return out
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, MAX_SLUG)
    .replace(/^-+|-+$/g, '');
}
