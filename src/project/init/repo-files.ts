/**
 * Where CI installs the tool from. The tool is not on the public npm registry (an unrelated package owns the name
 * «roadmap» there), so the CI examples install it from the address the department keeps it at.
 */
export const TOOL_SOURCE_PLACEHOLDER = 'git+https://git.example.ru/obrazovanie/roadmap.git';

export const GITIGNORE = `# Результаты сборки: их собирает roadmap build (и CI), в репозиторий их не кладут.
out/
public/
`;

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
