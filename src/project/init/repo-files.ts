export const GITIGNORE = `# Результаты сборки: их собирает roadmap build (и CI), в репозиторий их не кладут.
out/
public/
`;

/** The repository's README: the daily commands, how to install the tool, where CI publishes. */
export function repoReadme(pkg: string): string {
  return `# Дорожные карты

Дорожные карты хранятся в папке \`roadmaps/\` как файлы YAML — по одному на карту. Из них программа
\`roadmap\` собирает документ Word (DOCX), трекер выполнения (XLSX), календари сроков (ICS), данные (JSON) и
страницу \`out/index.html\`, с которой всё это можно скачать или подписаться на календари.

## Установка

Нужен Node.js 20 или новее. Одна команда:

\`\`\`sh
npm install --global ${pkg}
\`\`\`

Без установки каждую команду можно запускать так: \`npx -p ${pkg} roadmap validate\`.

## Каждый день

| что | команда |
|---|---|
| проверить карты (ошибки — с номером строки) | \`roadmap validate\` |
| собрать всё в папку \`out/\` | \`roadmap build\` |
| пересобирать при каждом сохранении | \`roadmap build --watch\` |
| сроки на ближайшие 30 дней | \`roadmap upcoming\` |
| сроки одного исполнителя | \`roadmap upcoming --executor imc\` |
| лист изменений с прошлой версии | \`roadmap diff HEAD~1\` |
| перенести статусы из заполненного трекера | \`roadmap status import out/example.xlsx\` |

Редактор: VS Code с расширением YAML (Red Hat) подсказывает ключи и подчёркивает ошибки — схема подключена
первой строкой каждого файла карты и лежит в папке \`schemas/\`.

## Публикация

При каждом push CI проверяет и собирает карты: \`.github/workflows/roadmap.yml\` для GitHub,
\`.gitlab-ci.yml\` для GitLab, \`.gitea/workflows/roadmap.yml\` для Gitea и Forgejo; лишние файлы можно удалить.
Ошибки в картах CI показывает прямо на строках файлов. Из основной ветки папка \`out/\` публикуется как сайт:
на GitHub включите Settings → Pages → Source: GitHub Actions; на GitLab страница появится в Deploy → Pages;
Gitea и Forgejo сайтов не публикуют — собранная папка лежит в артефактах запуска.
Откройте опубликованную страницу — на ней документы и ссылки «Подписаться» на календари.

## Настройки

\`roadmap.config.yaml\`: где лежат карты, куда собирать, макет по умолчанию, напоминания, форматы и адрес
публикации (\`baseUrl\`). Все ключи необязательны.
`;
}
