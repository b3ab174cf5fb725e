import type { Severity } from './diagnostic.js';
import {
  expectedValue,
  limitProblem,
  statusFileProblem,
  unreadableReason,
  valueProblem,
  whereInRoadmap,
  yamlSyntaxProblem,
  type ExpectedValue,
  type LimitProblem,
  type StatusFileProblem,
  type UnreadableReason,
  type ValueProblem,
  type YamlSyntaxProblem,
} from './details.js';

/** Where in a roadmap: the keys and list indexes from its top. */
type Path = readonly PropertyKey[];

interface Entry {
  severity: Severity;
  /** An error that leaves the roadmap without outputs. A deadline phrase the engine cannot read does not: its item
   * stays in every output, with the phrase as written. */
  blocksBuild: boolean;
  /** The Russian sentence the user reads. */
  message: (...args: never[]) => string;
}

const error = { severity: 'error', blocksBuild: true } as const;
/** An error in a deadline phrase: reported, exit code 1, but the roadmap is still built. */
const phraseError = { severity: 'error', blocksBuild: false } as const;
const warning = { severity: 'warning', blocksBuild: false } as const;
const info = { severity: 'info', blocksBuild: false } as const;

/** The engine writes the sentence of a phrase problem itself (src/schedule/issues.ts), from the phrase's parts. */
const phrase = (text: string): string => text;

/**
 * Every diagnostic the compiler reports: its stable code (docs/diagnostics.md documents each; tools and tests
 * depend on them), its severity, whether it blocks the build, and its Russian message.
 */
export const DIAGNOSTICS = {
  'file-empty': { ...error, message: () => 'Файл пуст: в нём нет дорожной карты.' },
  'file-unreadable': {
    ...error,
    message: (reason: UnreadableReason) => `Не удалось прочитать файл: ${unreadableReason(reason)}.`,
  },
  'file-binary': { ...error, message: () => 'Файл не похож на текст YAML: в нём двоичные данные.' },
  'file-not-utf8': {
    ...error,
    message: () => 'Файл сохранён не в кодировке UTF-8 (похоже на Windows-1251). Сохраните его в UTF-8.',
  },
  'file-noncharacter': {
    ...error,
    message: (char: 'FFFE' | 'FFFF') =>
      `В файле служебный символ U+${char}, которого не может быть в тексте (обычно остаётся от перекодировки). Удалите его.`,
  },
  'yaml-syntax': {
    ...error,
    message: (problem: YamlSyntaxProblem) => `Ошибка синтаксиса YAML: ${yamlSyntaxProblem(problem)}.`,
  },
  'yaml-warning': { ...warning, message: (problem: YamlSyntaxProblem) => `YAML: ${yamlSyntaxProblem(problem)}.` },
  'yaml-duplicate-key': {
    ...error,
    message: (key: string) => `Ключ «${key}» повторяется: в одном блоке каждый ключ пишется один раз.`,
  },
  'yaml-tab-indent': { ...error, message: () => 'Отступ сделан табуляцией: в YAML отступы делаются только пробелами.' },
  'yaml-alias-bomb': {
    ...error,
    message: () => 'Слишком много ссылок-псевдонимов (*якорь): файл разворачивается в огромный объём данных.',
  },
  'yaml-multiple-documents': {
    ...error,
    message: () => 'В файле несколько документов YAML (разделитель ---): нужна одна дорожная карта на файл.',
  },
  'yaml-not-mapping': {
    ...error,
    message: () =>
      'Дорожная карта должна начинаться с ключей (id, title, period, sections …), а не со списка или строки.',
  },
  'schema-unknown-key': {
    ...error,
    message: (key: string, path: Path) => `Неизвестный ключ «${key}» ${whereInRoadmap(path)}.`,
  },
  'schema-missing': {
    ...error,
    message: (key: string, path: Path) => `Не указано обязательное поле «${key}» ${whereInRoadmap(path)}.`,
  },
  'schema-type': {
    ...error,
    message: (key: string, expected: ExpectedValue) => `Поле «${key}»: ожидается ${expectedValue(expected)}.`,
  },
  'schema-invalid': {
    ...error,
    message: (key: string, problem: ValueProblem) => `Поле «${key}»: ${valueProblem(problem)}.`,
  },
  'schema-sections-and-items': {
    ...error,
    message: () =>
      'Укажите либо «sections» (направления), либо «items» (мероприятия без направлений), но не оба сразу.',
  },
  'schema-empty-section': { ...warning, message: (title: string) => `В направлении «${title}» нет мероприятий.` },
  'schema-no-items': {
    ...error,
    message: () => 'В дорожной карте нет ни одного мероприятия: добавьте «sections» или «items».',
  },
  'period-invalid': {
    ...error,
    message: (text: string) =>
      `Период «${text}» не распознан: пишите «2023», «2020-2022», «2023/2024» или {start: 2023-09-01, end: 2024-08-31}.`,
  },
  'period-reversed': {
    ...error,
    message: (start: string, end: string) => `Период заканчивается (${end}) раньше, чем начинается (${start}).`,
  },
  'executor-unknown': { ...error, message: (id: string) => `Исполнитель «${id}» не найден в справочнике «executors».` },
  'item-duplicate-id': {
    ...error,
    message: (id: string, line: number) => `Идентификатор мероприятия «${id}» уже использован (строка ${line}).`,
  },
  // #16 calendars: titles the calendar UID cannot tell apart
  'item-near-duplicate-title': {
    ...warning,
    message: (line: number, other: string) =>
      `Название почти совпадает с мероприятием в строке ${line} («${other}»): отличаются только регистр, «ё», пробелы или знаки препинания. Если это одно мероприятие — удалите повтор; если разные — задайте им id.`,
  },
  'calendars-kept': {
    ...warning,
    message: (file: string) =>
      `Общие календари (calendars/) не обновлены: в ${file} ошибки, и его сроки пропали бы из них. В них остались сроки прошлой сборки; исправьте ошибки и соберите снова.`,
  },
  'item-indistinguishable': {
    ...warning,
    message: (line: number) =>
      `Мероприятие не отличить от мероприятия в строке ${line}: то же название, направление и срок. Задайте каждому из них id, иначе при перестановке события календаря и статусы поменяются местами.`,
  },
  'roadmap-duplicate-id': {
    ...error,
    message: (id: string, first: string) => `Дорожная карта с id «${id}» уже есть в ${first}: у каждой карты свой id.`,
  },
  'when-phrase-unreadable': { ...phraseError, message: phrase },
  'when-phrase-empty': { ...phraseError, message: phrase },
  'when-range-reversed': { ...phraseError, message: phrase },
  'when-date-invalid': { ...phraseError, message: phrase },
  'when-date-incomplete': { ...phraseError, message: phrase },
  'when-repeat-unsupported': { ...phraseError, message: phrase },
  'when-repeat-conflict': { ...phraseError, message: phrase },
  'when-word-guessed': { ...warning, message: phrase },
  'when-dash-assumed': { ...warning, message: phrase },
  'when-no-occurrences': { ...warning, message: phrase },
  'when-outside-period': { ...info, message: phrase },
  'when-rrule-none': { ...info, message: phrase },
  'output-outside': {
    ...error,
    message: (path: string, link: string | null = null) =>
      link
        ? `Отказ записывать «${path}»: «${link}» — символическая ссылка за пределы папки результатов. Удалите ссылку или соберите в другую папку (--out).`
        : `Отказ записывать «${path}» вне папки результатов.`,
  },
  // #17
  'when-bracket-unclosed': { ...warning, message: phrase },
  'when-comma-year': { ...warning, message: phrase },
  'when-number-out-of-range': { ...phraseError, message: phrase },
  'when-occurrences-capped': { ...warning, message: phrase },
  'when-year-assumed': { ...warning, message: phrase },
  'when-dates-juxtaposed': { ...warning, message: phrase },
  'when-punctuation-odd': { ...warning, message: phrase },
  'when-dash-year': { ...warning, message: phrase },
  'when-range-long': { ...warning, message: phrase },
  'when-school-year-ambiguous': { ...warning, message: phrase },
  // #17 mutations
  'when-bracket-date': { ...warning, message: phrase },
  'config-invalid': {
    ...error,
    message: (key: string, file: string, known: readonly string[] | null) =>
      known
        ? `Неизвестный ключ «${key}» в ${file}: допустимы ${known.join(', ')}.`
        : `Поле «${key}» в ${file} задано неверно.`,
  },
  // #17
  'school-calendar-invalid': {
    ...error,
    message: (problem: string) => `Учебный календарный график: ${problem}.`,
  },
  'template-unknown': { ...error, message: (name: string) => `Макет «${name}» не найден в папке templates/.` },
  'template-invalid': {
    ...error,
    message: (key: string, problem: ValueProblem) => `Макет: поле «${key}» — ${valueProblem(problem)}.`,
  },
  'letterhead-unreadable': {
    ...error,
    message: (path: string, reason: string) => `Бланк «${path}» не удалось использовать: ${reason}.`,
  },
  'status-file-invalid': { ...error, message: (problem: StatusFileProblem) => statusFileProblem(problem) },
  // #15b hostile inputs
  'file-utf16': {
    ...error,
    message: () =>
      'Файл сохранён в кодировке UTF-16. Сохраните его в UTF-8 (в Блокноте: «Сохранить как» → «Кодировка: UTF-8»).',
  },
  'file-too-large': {
    ...error,
    message: (limit: string) => `Файл больше ${limit}: дорожные карты и файлы статусов столько не занимают.`,
  },
  'folder-unreadable': {
    // The other folders are still read and built: one locked folder does not stop a region's build.
    ...phraseError,
    message: (reason: string) => `Папку не удалось прочитать (${reason}): дорожные карты в ней пропущены.`,
  },
  'text-illegal-char': {
    ...error,
    message: (char: string, path: Path) =>
      `Символ ${char} ${whereInRoadmap(path)} нельзя записать в DOCX и XLSX (обычно он остаётся от перекодировки или копирования): удалите его.`,
  },
  'yaml-alias-undefined': {
    ...error,
    message: (name: string) => `Ссылка *${name} указывает на якорь &${name}, которого выше в файле нет.`,
  },
  'yaml-alias-cycle': {
    ...error,
    message: (name: string) =>
      `Ссылка *${name} стоит внутри своего же якоря &${name}: значение ссылается само на себя.`,
  },
  'yaml-too-deep': {
    ...error,
    message: (max: number) =>
      `Вложенность глубже ${max} уровней списков и блоков: такой дорожной карты не бывает — проверьте скобки [ ] и { } и отступы.`,
  },
  'schema-empty-value': {
    ...error,
    message: (key: string, path: Path) =>
      `Поле «${key}» ${whereInRoadmap(path)} оставлено пустым: впишите значение или удалите строку.`,
  },
  'limit-exceeded': { ...error, message: (problem: LimitProblem) => limitProblem(problem) },
  // #20: the site's own pages
  'roadmap-id-reserved': {
    ...error,
    message: (id: string) =>
      `Идентификатор «${id}» занят страницами сайта (index.html, region.html, region.xlsx): выберите другой id, например «${id}-karta».`,
  },
  'status-file-other-roadmap': {
    ...warning,
    message: (owner: string, roadmap: string) =>
      `Файл статусов записан для карты «${owner}», а лежит рядом с картой «${roadmap}»: не скопирован ли он от другой карты? Статусы мероприятий, которых нет в этой карте, не учитываются.`,
  },
  // #15a status round trip
  'status-file-held': {
    ...warning,
    message: () =>
      'Файл статусов не прочитан целиком, поэтому трекер, отчёт и страницы сайта со статусами не обновлены (прежние остались как были). Исправьте файл и повторите.',
  },
  'status-orphaned': {
    ...warning,
    message: (uid: string, label: string | null) =>
      `Статус записан для мероприятия${label ? ` «${label}»` : ''} (${uid}), которого нет в дорожной карте: оно удалено или переименовано без «id»? Этот статус нигде не показывается.`,
  },
  'status-text-too-long': {
    ...warning,
    message: (number: string, when: string, field: 'comment' | 'evidence', length: number, limit: number) =>
      `${field === 'comment' ? 'Комментарий' : 'Подтверждающий документ'} к мероприятию ${number} (${when}) длиной ${length} знаков больше предела ячейки Excel (${limit}): в трекере он сокращён. Полный текст остаётся в файле статусов, импорт трекера его не заменит.`,
  },
} as const satisfies Record<string, Entry>;

export type DiagnosticCode = keyof typeof DIAGNOSTICS;

/** What the message of `code` is written from. */
export type MessageArgs<C extends DiagnosticCode> = Parameters<(typeof DIAGNOSTICS)[C]['message']>;

export function isDiagnosticCode(code: string): code is DiagnosticCode {
  return Object.hasOwn(DIAGNOSTICS, code);
}
