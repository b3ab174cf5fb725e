import { slugify, transliterate } from '../util/transliterate.js';

/** Words that make a comma-separated part an organisation or a post of its own. */
const ORG_WORD =
  /(отдел|управлени|организаци|учрежден|школ|центр|комитет|администрац|министерств|штаб|служб|руководител|директор|заместител|педагог|методист|специалист|координатор|куратор|совет|объединени|колледж|институт|университет|библиотек|(?<![а-яё])(?:дом|ОО|ДОО|ОУ)(?![а-яё])|МБОУ|МОУ|ГБУ|ГАУ|ГАОУ|МБУ|МКУ|МАОУ|МБДОУ)/i;
const STOP = new Set(['и', 'в', 'по', 'на', 'с', 'для', 'о', 'об', 'при', 'к']);

/**
 * Splits an executors cell into names. Semicolons and line breaks always separate; commas only when every
 * part looks like a name of its own (an organisation word, a capital letter), never inside «…» or (…):
 * «Отдел образования, образовательные организации» → two names; «ГБУ ПО «ЦППМиСППО»» stays one.
 */
export function splitExecutors(lines: readonly string[]): string[] {
  const names: string[] = [];
  for (const line of lines) {
    for (const part of splitOutside(line.replace(/^[-–•]\s*/, ''), /[;]/)) {
      const commaParts = splitOutside(part, /[,]/);
      const separate =
        commaParts.length > 1 &&
        commaParts.every((p) => p.length > 1 && (ORG_WORD.test(p) || /^[А-ЯЁA-Z]|[А-ЯЁ]{2}/.test(p)));
      names.push(...(separate ? commaParts : [part]));
    }
  }
  return names
    .map((n) =>
      n
        .replace(/\s+/g, ' ')
        .replace(/[;,]+$/, '')
        .replace(/(?<=[а-яё])\.$/, '')
        .trim(),
    )
    .filter(Boolean)
    .map(capitalise);
}

function splitOutside(text: string, separator: RegExp): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of text) {
    if (ch === '«' || ch === '(' || ch === '„' || ch === '“') depth++;
    else if ((ch === '»' || ch === ')' || ch === '“' || ch === '”') && depth > 0) depth--;
    if (depth === 0 && separator.test(ch)) {
      parts.push(current.trim());
      current = '';
    } else current += ch;
  }
  parts.push(current.trim());
  return parts.filter(Boolean);
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Stable key for one executor name (case, «ё» and spacing do not matter). */
export function executorKey(name: string): string {
  return name.toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ').trim();
}

/**
 * Short Latin ids for a list of names, unique, in the order given: an abbreviation in capitals («ЦППМиСППО» →
 * cppmisppo), else the initials of a name of several words («Отдел образования» → oo), else the first word;
 * on a clash the first word, then the first two words, then a number.
 */
export function executorIds(names: readonly string[]): Map<string, string> {
  const ids = new Map<string, string>();
  const used = new Set<string>();
  for (const name of names) {
    const candidates = idCandidates(name);
    let id = candidates.find((c) => c !== '' && !used.has(c));
    if (!id) {
      const base = candidates.find((c) => c !== '') ?? 'executor';
      let n = 2;
      while (used.has(`${base}-${n}`)) n++;
      id = `${base}-${n}`;
    }
    used.add(id);
    ids.set(executorKey(name), id);
  }
  return ids;
}

function idCandidates(name: string): string[] {
  const quoted = /«([^»]+)»/.exec(name)?.[1];
  const abbreviation = (quoted ?? name)
    .match(/[А-ЯЁA-Z][А-ЯЁA-Zа-яё]*[А-ЯЁA-Z]/g)
    ?.filter((w) => /[А-ЯЁA-Z].*[А-ЯЁA-Z]/.test(w) && w.length >= 2);
  const words = name
    .replace(/[«»"()]/g, ' ')
    .split(/[\s-]+/)
    .filter((w) => w && !STOP.has(w.toLowerCase()));
  const initials = words.length >= 2 && words.length <= 5 ? words.map((w) => transliterate(w[0]!)).join('') : '';
  const out: string[] = [];
  const abbr = quoted ? abbreviation?.[abbreviation.length - 1] : abbreviation?.[0];
  if (abbr) out.push(slugify(abbr, 16));
  if (initials) out.push(slugify(initials, 16));
  if (words[0]) out.push(slugify(words[0], 24));
  if (words.length > 1) out.push(slugify(words.slice(0, 2).join(' '), 32));
  return out.map((id) => (/^[a-z0-9]/.test(id) ? id : ''));
}
