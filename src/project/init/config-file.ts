/** roadmap.config.yaml as `init` writes it: every key with its default, explained. */
export const CONFIG_FILE_TEXT = `# yaml-language-server: $schema=./schemas/roadmap.config.schema.json
# Настройки проекта дорожных карт. Все ключи необязательны: без них действуют значения, указанные ниже.

# Папка (или список папок) с дорожными картами *.yaml.
roadmaps: roadmaps

# Куда собирать документы, трекеры, календари и страницу index.html.
out: out

# Макет документа по умолчанию: classic, msoko, 500plus или свой из папки templates/.
template: classic

# За сколько дней до срока календарь напоминает о мероприятии.
reminders: [7, 1]

# Что собирать.
formats: [docx, xlsx, ics, json, html]

# Адрес, по которому опубликована папка out. Нужен для ссылок «Подписаться» на календари (webcal://).
# В CI он подставляется сам (переменная ROADMAP_BASE_URL), здесь его можно задать явно:
# baseUrl: https://example.github.io/roadmaps/

# Домен в UID событий календаря: у календарей разных управлений UID не совпадут. По умолчанию — сайт из baseUrl,
# без baseUrl — roadmap. Смена домена один раз заменяет у подписчиков все события (статусы не теряются).
# uidDomain: uo.example.ru

# Как календарь показывает сроки-периоды («Август-сентябрь»): deadline — только срок, start — ещё событие
# «Начало» в первый день периода, span — весь период одним многодневным событием.
# calendarWindows: deadline
`;
