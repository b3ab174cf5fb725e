/** The package spec CI installs; change it here if the tool is published under another name or from git. */
export const TOOL_DEPENDENCY = { name: 'roadmap', version: '^0.1.0' } as const;

export const GITIGNORE = `# Результаты сборки: их собирает roadmap build (и CI), в репозиторий их не кладут.
out/
public/
node_modules/
`;

export const PACKAGE_JSON = `${JSON.stringify(
  {
    name: 'roadmaps',
    private: true,
    description: 'Дорожные карты: YAML → DOCX, XLSX, ICS',
    scripts: { validate: 'roadmap validate', build: 'roadmap build', watch: 'roadmap build --watch', upcoming: 'roadmap upcoming' },
    devDependencies: { [TOOL_DEPENDENCY.name]: TOOL_DEPENDENCY.version },
  },
  null,
  2,
)}\n`;

export const README = `# Дорожные карты

Дорожные карты хранятся в папке \`roadmaps/\` как файлы YAML — по одному на карту. Из них программа
\`roadmap\` собирает документ Word (DOCX), трекер выполнения (XLSX), календари сроков (ICS), данные (JSON) и
страницу \`out/index.html\`, с которой всё это можно скачать или подписаться на календари.

## Каждый день

| что | команда |
|---|---|
| проверить карты (ошибки — с номером строки) | \`npx roadmap validate\` |
| собрать всё в папку \`out/\` | \`npx roadmap build\` |
| пересобирать при каждом сохранении | \`npx roadmap build --watch\` |
| сроки на ближайшие 30 дней | \`npx roadmap upcoming\` |
| сроки одного исполнителя | \`npx roadmap upcoming --executor imc\` |
| лист изменений с прошлой версии | \`npx roadmap diff HEAD~1\` |

Редактор: VS Code с расширением YAML (Red Hat) подсказывает ключи и подчёркивает ошибки — схема подключена
первой строкой каждого файла карты и лежит в папке \`schemas/\`.

## Публикация

При каждом push CI проверяет и собирает карты (\`.github/workflows/roadmap.yml\` для GitHub,
\`.gitlab-ci.yml\` для GitLab; лишний файл можно удалить). Из основной ветки папка \`out/\` публикуется как сайт:
на GitHub включите Settings → Pages → Source: GitHub Actions; на GitLab страница появится в Deploy → Pages.
Откройте опубликованную страницу — на ней документы и ссылки «Подписаться» на календари.

## Настройки

\`roadmap.config.yaml\`: где лежат карты, куда собирать, макет по умолчанию, напоминания, форматы и адрес
публикации (\`baseUrl\`). Все ключи необязательны.
`;
