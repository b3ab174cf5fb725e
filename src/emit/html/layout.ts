import { ruDate } from '../../util/dates.js';
import { esc } from './escape.js';
import { SCRIPT } from './script.js';
import { STYLES } from './styles.js';

export interface LayoutInput {
  title: string;
  /** '' for pages in out/, '../' for pages one folder down: every link is relative, so file:// works. */
  root: string;
  /** The build's «as of» date: progress and «просрочено» are as of this day. */
  today: string;
  /** Header lines under the h1 (already HTML). */
  lead?: string;
  /** The page body inside <main> (already HTML). */
  main: string;
}

/** One shell for every page: skip link, header with the site's navigation, main, footer; styles and script inline. */
export function layout(input: LayoutInput): string {
  const { root } = input;
  return [
    '<!doctype html>',
    '<html lang="ru">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${esc(input.title)}</title>`,
    `<style>${STYLES}</style>`,
    '</head>',
    '<body>',
    '<a class="skip" href="#main">Перейти к содержанию</a>',
    '<header>',
    `<nav aria-label="Разделы сайта"><a href="${root}index.html">Все дорожные карты</a> · <a href="${root}region.html">Сводка по районам</a></nav>`,
    `<h1>${esc(input.title)}</h1>`,
    input.lead ?? '',
    `<p class="asof">Данные на <time datetime="${input.today}">${ruDate(input.today)}</time>.</p>`,
    '</header>',
    '<main id="main" tabindex="-1">',
    input.main,
    '</main>',
    '<footer><p>Страница собрана программой roadmap из файлов дорожных карт и файлов статусов. Если ссылка не работает, обратитесь к тому, кто ведёт дорожные карты.</p></footer>',
    `<script>${SCRIPT}</script>`,
    '</body>',
    '</html>',
    '',
  ]
    .filter(Boolean)
    .join('\n');
}
