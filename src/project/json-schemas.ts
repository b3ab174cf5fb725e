import * as z from 'zod';
import { ConfigSchema } from './config.js';
import { RoadmapSchema } from '../validate/schema.js';

type Json = Record<string, unknown>;

/**
 * JSON Schemas for editors (draft-07: what the VS Code YAML extension understands), keyed by file name. They are
 * generated from the zod schemas and then told what `validate` checks beyond zod (a leaf item needs `when`, a
 * roadmap has either `sections` or `items`, the forms of `period`), so the editor accepts only what validate
 * accepts in the file's structure; phrases, executor references and templates are left to `validate`.
 * Russian help (`markdownDescription`) and Russian messages (`errorMessage`, `patternErrorMessage`, which
 * yaml-language-server shows instead of its English ones).
 */
export function renderSchemas(): Record<string, string> {
  const render = (schema: z.ZodType, title: string, refine: (json: Json) => void = () => undefined) => {
    const json = z.toJSONSchema(schema, { target: 'draft-07', io: 'input', unrepresentable: 'any' }) as Json;
    const named = nameDefinitions(json);
    refine(named);
    return `${JSON.stringify(editorFriendly({ ...named, title }), null, 2)}\n`;
  };
  return {
    'roadmap.schema.json': render(RoadmapSchema, 'Дорожная карта (roadmap)', refineRoadmap),
    'roadmap.config.schema.json': render(ConfigSchema, 'Настройки проекта roadmap (roadmap.config.yaml)'),
  };
}

/** What the editor names a recursive schema: zod calls it `__schema0`, which completion and hovers would show. */
const DEFINITION_NAMES: Record<string, string> = { 'Мероприятие дорожной карты.': 'item' };

function nameDefinitions(json: Json): Json {
  const definitions = (json.definitions ?? {}) as Record<string, Json>;
  const renamed = new Map<string, string>();
  for (const [key, def] of Object.entries(definitions)) {
    const name = DEFINITION_NAMES[String(def.description)] ?? key.replace(/^__schema/, 'definition');
    renamed.set(`#/definitions/${key}`, `#/definitions/${name}`);
  }
  const text = JSON.stringify(json, (k, v: unknown) =>
    k === '$ref' && typeof v === 'string' ? (renamed.get(v) ?? v) : v,
  );
  const out = JSON.parse(text) as Json;
  if (out.definitions) {
    out.definitions = Object.fromEntries(
      Object.entries(out.definitions as Json).map(([k, v]) => [renamed.get(`#/definitions/${k}`)!.slice(14), v]),
    );
  }
  return out;
}

const ITEM_KEYS = 'title, when (срок), indicator, executors, id, number, note, items (подпункты)';

/** The roadmap's rules that live in validate.ts and the resolver rather than in zod. */
function refineRoadmap(json: Json): void {
  const properties = json.properties as Record<string, Json>;
  const item = (json.definitions as Record<string, Json>).item!;
  // resolve-roadmap.ts: only an item with sub-items may go without a deadline (a blank `when` counts as none).
  item.anyOf = [
    { required: ['when'], properties: { when: { pattern: '\\S', patternErrorMessage: 'Срок не может быть пустым.' } } },
    { required: ['items'], properties: { items: { contains: {}, errorMessage: 'Список подпунктов пуст.' } } },
  ];
  item.errorMessage = `Мероприятие: неизвестный ключ или не хватает обязательного. Ключи: ${ITEM_KEYS}.`;
  (item.anyOf as Json[]).forEach((branch) => {
    branch.errorMessage = 'Не указан срок «when»: без срока может быть только пункт с подпунктами (items).';
  });
  // validate.ts: `sections` or `items`, not both, and not empty. Written without `not`, `minItems` and
  // `minLength`: yaml-language-server has no place for a Russian message on those.
  const EMPTY = 'Список пуст: в дорожной карте нет ни одного мероприятия.';
  json.anyOf = ['sections', 'items'].map((key) => ({
    required: [key],
    properties: { [key]: { contains: {}, errorMessage: EMPTY } },
    errorMessage: 'Нужен непустой список sections (направления) или items (мероприятия без направлений).',
  }));
  json.dependencies = {
    sections: {
      properties: { items: false },
      errorMessage: 'Одновременно sections и items: мероприятия пишутся либо в направлениях, либо списком items.',
    },
  };
  json.errorMessage =
    'Дорожная карта: неизвестный ключ или не хватает обязательного (id, title, period и sections или items).';
  // parsePeriod (src/schedule/period.ts): the four written forms of a period.
  const period = properties.period!;
  const [text] = period.anyOf as Json[];
  text!.pattern = PERIOD_PATTERN;
  text!.patternErrorMessage = 'Период: «2023», «2020-2022», «2023/2024» или «2023-09-01..2024-08-31».';
}

// zod checks a date's shape; isIsoDate (util/dates.ts) also its month and day, which the editor can check too.
const DATE = '\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])';

/** The forms parsePeriod reads (src/schedule/period.ts); a test keeps the two in step. */
export const PERIOD_PATTERN = `^\\s*(\\d{4}|\\d{4}\\s*[-–—‑]\\s*\\d{4}|\\d{4}\\s*/\\s*(\\d{2}|\\d{4})|${DATE}\\s*\\.\\.\\s*${DATE})\\s*$`;

const PATTERNS: Record<string, string> = { '^\\d{4}-\\d{2}-\\d{2}$': `^${DATE}$` };

const PATTERN_MESSAGES: Record<string, string> = {
  '^[a-z0-9][a-z0-9_-]*$': 'Только строчные латинские буквы, цифры, «-» и «_».',
  [`^${DATE}$`]: 'Дата в виде ГГГГ-ММ-ДД.',
  '^\\d+$': 'Целое число дней.',
};

/**
 * Node by node: text may be written as a number (the loader keeps `period: 2023` or `number: 1.10` as the text
 * the user wrote; a patterned text only as a whole number, which reads back as digits); the Russian
 * description also as `markdownDescription`; Russian messages for a wrong type or a failed pattern.
 */
function editorFriendly(node: unknown, key = ''): unknown {
  if (Array.isArray(node)) return node.map((n) => editorFriendly(n));
  if (node === null || typeof node !== 'object') return node;
  const src = node as Json;
  const out: Json = {};
  for (const [k, v] of Object.entries(src)) {
    if (k === 'pattern' && typeof v === 'string' && PATTERNS[v]) {
      out[k] = PATTERNS[v];
      continue;
    }
    // A minimal length has no Russian message in the language server; a pattern has.
    if (k === 'minLength' && v === 1 && src.pattern === undefined) {
      out.pattern = '[\\s\\S]';
      out.patternErrorMessage = 'Ожидается непустой текст.';
      continue;
    }
    const child = k === 'properties' || k === 'definitions' ? mapValues(v as Json) : editorFriendly(v, k);
    out[k] = k === 'type' && v === 'string' && key !== 'propertyNames' ? textType(src) : child;
  }
  if (typeof src.description === 'string' && src.markdownDescription === undefined)
    out.markdownDescription = src.description;
  const pattern = typeof out.pattern === 'string' ? out.pattern : '';
  if (src.patternErrorMessage === undefined && PATTERN_MESSAGES[pattern])
    out.patternErrorMessage = PATTERN_MESSAGES[pattern];
  if (src.errorMessage === undefined) {
    if (src.type === 'string' && Array.isArray(src.enum)) out.errorMessage = `Допустимо: ${src.enum.join(', ')}.`;
    else if (src.type === 'string' && src.minLength) out.errorMessage = 'Ожидается текст.';
    else if (src.type === 'string') out.errorMessage = 'Ожидается текст.';
    else if (src.type === 'array') out.errorMessage = 'Ожидается список.';
    else if (src.type === 'object' && src.additionalProperties === false)
      out.errorMessage = `Неизвестный ключ или не хватает обязательного. Ключи: ${Object.keys((src.properties ?? {}) as Json).join(', ')}.`;
  }
  return out;
}

function mapValues(obj: Json): Json {
  return Object.fromEntries(Object.entries(obj).map(([k, v]) => [k, editorFriendly(v, k)]));
}

function textType(node: Json): string[] {
  return node.pattern !== undefined || node.enum !== undefined ? ['string', 'integer'] : ['string', 'number'];
}
