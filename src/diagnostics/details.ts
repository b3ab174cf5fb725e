/** The parts of the registry's messages that name which of several problems under one code it is. */

/** Russian wording for the YAML parser's error kinds (yaml's error codes), and for an unclosed quote. */
const YAML_SYNTAX = {
  'unclosed-quote': 'кавычка открыта здесь и не закрыта',
  BAD_INDENT: 'неверный отступ — проверьте, что вложенные ключи сдвинуты одинаково',
  MISSING_CHAR: 'не хватает закрывающего символа (кавычки или скобки)',
  BLOCK_AS_IMPLICIT_KEY: 'перед двоеточием стоит блок — вероятно, пропущен отступ или лишнее двоеточие',
  MULTILINE_IMPLICIT_KEY: 'ключ занимает несколько строк — вероятно, в значении есть «: » без кавычек',
  UNEXPECTED_TOKEN: 'неожиданный символ — возможно, значение нужно заключить в кавычки',
  BAD_SCALAR_START: 'значение начинается с символа, который в YAML требует кавычек',
  BAD_DQ_ESCAPE: 'неверная escape-последовательность в строке в двойных кавычках',
  BAD_ALIAS: 'ссылка на неизвестный якорь',
  KEY_OVER_1024_CHARS: 'слишком длинный ключ',
  BLOCK_IN_FLOW: 'блочное значение внутри [ ] или { }',
  TAG_RESOLVE_FAILED: 'значение не подходит к указанному тегу',
  BAD_DIRECTIVE: 'неверная директива YAML',
  MULTIPLE_ANCHORS: 'у значения несколько якорей',
  MULTIPLE_TAGS: 'у значения несколько тегов',
  ALIAS_PROPS: 'у ссылки-псевдонима не может быть тега или якоря',
  BAD_PROP_ORDER: 'тег или якорь стоит не на месте',
  NON_STRING_KEY: 'ключ должен быть строкой',
} as const;

/** A yaml error code, `unclosed-quote`, or any other string for an error without its own wording. */
export type YamlSyntaxProblem = keyof typeof YAML_SYNTAX | (string & {});

export function yamlSyntaxProblem(problem: YamlSyntaxProblem): string {
  return Object.hasOwn(YAML_SYNTAX, problem)
    ? YAML_SYNTAX[problem as keyof typeof YAML_SYNTAX]
    : 'файл не разбирается как YAML';
}

/** What is wrong in a status file (all under `status-file-invalid`: the entry is skipped, the rest is read). */
export type StatusFileProblem =
  | { kind: 'items-not-mapping' }
  | { kind: 'item-not-mapping'; uid: string | null }
  | { kind: 'deadline-invalid'; deadline: string | null; undated: string }
  | { kind: 'deadline-not-mapping'; deadline: string }
  | { kind: 'status-unknown'; status: string }
  | { kind: 'done-invalid'; done: string }
  | { kind: 'merge-conflict' };

export function statusFileProblem(p: StatusFileProblem): string {
  switch (p.kind) {
    case 'items-not-mapping':
      return '«items» в файле статусов должен содержать мероприятия вида «uid: {срок: {status: …}}».';
    case 'item-not-mapping':
      return `Запись «${p.uid ?? '?'}» в файле статусов пропущена: ожидаются сроки со статусами.`;
    case 'deadline-invalid':
      return `Срок «${p.deadline ?? '?'}» в файле статусов пропущен: пишите дату ГГГГ-ММ-ДД или «${p.undated}».`;
    case 'deadline-not-mapping':
      return `Срок «${p.deadline}» в файле статусов пропущен: ожидаются поля status, done, evidence, comment.`;
    case 'status-unknown':
      return `Неизвестный статус «${p.status}»: допустимы «не начато», «в работе», «выполнено», «не выполнено».`;
    case 'done-invalid':
      return `Дата выполнения «${p.done}» не распознана: пишите ГГГГ-ММ-ДД.`;
    case 'merge-conflict':
      return 'В файле статусов осталась метка конфликта слияния (<<<<<<<, =======, >>>>>>>): выберите нужные строки и удалите метки.';
  }
}

/** What is wrong with a value (under `schema-invalid` and `template-invalid`). */
const VALUE_PROBLEMS = {
  'not-identifier': 'идентификатор пишется строчными латинскими буквами, цифрами, «-» и «_»',
  'id-format': 'пишется строчными латинскими буквами, цифрами, «-» и «_»',
  'date-format': 'дата пишется в виде ГГГГ-ММ-ДД',
  'bad-format': 'неверный формат',
  empty: 'значение не может быть пустым',
  'not-allowed': 'недопустимое значение',
  'out-of-range': 'значение вне допустимых пределов',
  wrong: 'значение задано неверно',
  'unknown-key': 'неизвестный ключ',
} as const;

export type ValueProblem =
  | keyof typeof VALUE_PROBLEMS
  | { oneOf: readonly unknown[] }
  | { notInCalendar: string }
  /** A sentence the schema itself gives for a rule of its own (src/templates/schema.ts). */
  | { schema: string };

export function valueProblem(p: ValueProblem): string {
  if (typeof p === 'string') return VALUE_PROBLEMS[p];
  if ('oneOf' in p) return `допустимые значения: ${p.oneOf.map(String).join(', ')}`;
  if ('notInCalendar' in p) return `даты ${p.notInCalendar} нет в календаре`;
  return p.schema;
}

/** What a value should have been (under `schema-type`): a kind of value, or a zod type name. */
const EXPECTED = {
  'list-entry': 'элемент списка, а не пустое место (лишний «-»?)',
  period: 'строка («2023», «2020-2022») или {start, end}',
  'string-or-list': 'строка или список строк',
  string: 'строка',
  array: 'список',
  object: 'набор ключей (key: value)',
  record: 'набор «id: полное название»',
  number: 'число',
  boolean: 'да/нет',
  other: 'другое значение',
} as const;

export type ExpectedValue = keyof typeof EXPECTED | (string & {});

export function expectedValue(e: ExpectedValue): string {
  return Object.hasOwn(EXPECTED, e) ? EXPECTED[e as keyof typeof EXPECTED] : e;
}

/** Hints: what was probably meant, or what may be written there. */
export const HINTS = {
  didYouMean: (name: string) => `возможно, имелось в виду «${name}»`,
  knownKeys: (keys: readonly string[]) => `допустимые ключи: ${keys.join(', ')}`,
  addExecutor: () => 'добавьте его в executors или напишите полное название',
  bundledTemplates: (names: readonly string[]) => `встроенные макеты: ${names.join(', ')}`,
  repeated: (count: number) => `в этом месте та же ошибка повторяется ${count.toLocaleString('ru-RU')} раз`,
} as const;

/** Why a file could not be read (under `file-unreadable`). */
export type UnreadableReason = 'directory' | 'no-access' | 'not-regular';

export function unreadableReason(reason: UnreadableReason): string {
  if (reason === 'not-regular') return 'это не обычный файл, а канал, устройство или сокет';
  return reason === 'directory' ? 'это папка' : 'нет доступа или файл удалён';
}

/** Which limit of src/validate/limits.ts a roadmap is over (under `limit-exceeded`). */
export type LimitProblem =
  | { kind: 'item-depth'; number: string; max: number }
  | { kind: 'items'; count: number; max: number }
  | { kind: 'executors'; count: number; max: number }
  | { kind: 'occurrences'; count: number; max: number }
  | { kind: 'id-length'; length: number; max: number }
  | { kind: 'year'; year: string; min: number; max: number };

const n = (x: number) => x.toLocaleString('ru-RU');

export function limitProblem(p: LimitProblem): string {
  switch (p.kind) {
    case 'item-depth':
      return `Подпункт ${p.number} вложен глубже ${p.max} уровней: так глубоко документы не нумеруют — проверьте отступы.`;
    case 'items':
      return `В дорожной карте ${n(p.count)} мероприятий — больше предела ${n(p.max)}: разделите её на несколько карт.`;
    case 'executors':
      return `У мероприятия ${n(p.count)} исполнителей — больше предела ${n(p.max)}: назовите группу («Образовательные организации»), а не каждого.`;
    case 'occurrences':
      return `Сроков в дорожной карте ${n(p.count)} — больше предела ${n(p.max)} (строк трекера и событий календаря), превышен на этом мероприятии: разделите карту или укажите сроки реже.`;
    case 'id-length':
      return `Идентификатор длиной ${n(p.length)} символов — длиннее ${p.max}: он становится именем файла и UID календаря.`;
    case 'year':
      return `Год ${p.year} вне допустимых ${p.min}–${p.max}: документы DOCX и XLSX не хранят таких дат — проверьте, нет ли опечатки.`;
  }
}

/** Russian description of where a path points: «в мероприятии 3.1 направления 2». */
export function whereInRoadmap(path: readonly PropertyKey[]): string {
  if (path.length === 0) return 'в шапке дорожной карты';
  if (path[0] === 'approval') return 'в грифе утверждения (approval)';
  if (path[0] === 'period') return 'в периоде (period)';
  const numbers: number[] = [];
  let section: number | null = null;
  for (let i = 0; i < path.length; i++) {
    const next = path[i + 1];
    if (path[i] === 'sections' && typeof next === 'number') section = next + 1;
    if (path[i] === 'items' && typeof next === 'number') numbers.push(next + 1);
  }
  if (numbers.length === 0 && section !== null) return `в направлении ${section}`;
  if (numbers.length === 0) return 'в шапке дорожной карты';
  const item = `в мероприятии ${numbers.join('.')}`;
  return section !== null ? `${item} направления ${section}` : item;
}
