/**
 * Every diagnostic code and its Russian message, in one table. Codes are stable: tools and tests depend on them.
 */
export const messages = {
  'file-empty': () => 'Файл пуст: в нём нет дорожной карты.',
  'file-unreadable': (reason: string) => `Не удалось прочитать файл: ${reason}.`,
  'yaml-syntax': (detail: string) => `Ошибка синтаксиса YAML: ${detail}.`,
  'yaml-duplicate-key': (key: string) => `Ключ «${key}» повторяется: в одном блоке каждый ключ пишется один раз.`,
  'yaml-tab-indent': () => 'Отступ сделан табуляцией: в YAML отступы делаются только пробелами.',
  'yaml-alias-bomb': () => 'Слишком много ссылок-псевдонимов (*якорь): файл разворачивается в огромный объём данных.',
  'yaml-multiple-documents': () => 'В файле несколько документов YAML (разделитель ---): нужна одна дорожная карта на файл.',
  'yaml-not-mapping': () => 'Дорожная карта должна начинаться с ключей (id, title, period, sections …), а не со списка или строки.',
  'schema-unknown-key': (key: string, where: string) => `Неизвестный ключ «${key}» ${where}.`,
  'schema-missing': (key: string, where: string) => `Не указано обязательное поле «${key}» ${where}.`,
  'schema-type': (key: string, expected: string) => `Поле «${key}»: ожидается ${expected}.`,
  'schema-invalid': (key: string, detail: string) => `Поле «${key}»: ${detail}.`,
  'schema-sections-and-items': () => 'Укажите либо «sections» (направления), либо «items» (мероприятия без направлений), но не оба сразу.',
  'schema-empty-section': (title: string) => `В направлении «${title}» нет мероприятий.`,
  'schema-no-items': () => 'В дорожной карте нет ни одного мероприятия: добавьте «sections» или «items».',
  'period-invalid': (text: string) =>
    `Период «${text}» не распознан: пишите «2023», «2020-2022», «2023/2024» или {start: 2023-09-01, end: 2024-08-31}.`,
  'period-reversed': (start: string, end: string) => `Период заканчивается (${end}) раньше, чем начинается (${start}).`,
  'executor-unknown': (id: string) => `Исполнитель «${id}» не найден в справочнике «executors».`,
  'item-duplicate-id': (id: string, line: number) => `Идентификатор мероприятия «${id}» уже использован (строка ${line}).`,
  'roadmap-duplicate-id': (id: string, first: string) => `Дорожная карта с id «${id}» уже есть в ${first}: у каждой карты свой id.`,
  'output-outside': (path: string) => `Отказ записывать «${path}» вне папки результатов.`,
  'config-invalid': (key: string, file: string, known: readonly string[] | null) =>
    known ? `Неизвестный ключ «${key}» в ${file}: допустимы ${known.join(', ')}.` : `Поле «${key}» в ${file} задано неверно.`,
  'template-unknown': (name: string) => `Макет «${name}» не найден в папке templates/.`,
  'template-invalid': (key: string, detail: string) => `Макет: поле «${key}» — ${detail}.`,
  'letterhead-unreadable': (path: string, reason: string) => `Бланк «${path}» не удалось использовать: ${reason}.`,
} as const;

export type MessageCode = keyof typeof messages;
