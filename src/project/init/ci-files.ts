/**
 * CI for the three forges a department may run: validate (problems shown on the file's line in the forge's own
 * format), build, publish the output folder as a static site from the default branch. The published address
 * goes to the build as ROADMAP_BASE_URL, so the page gets `webcal://` links. The tool is installed at the version
 * that wrote the files (`package`); a CI variable ROADMAP_PACKAGE can point elsewhere (a release tarball URL).
 */
export function githubWorkflow(pkg: string): string {
  return `# Проверка и сборка дорожных карт при каждом push; публикация out/ на GitHub Pages из основной ветки.
# Включите Pages: Settings → Pages → Source: GitHub Actions.
# Ошибки в картах видны прямо в файлах (аннотации), в том числе в pull request.
name: Дорожные карты

on:
  push:
  pull_request:
  workflow_dispatch:

permissions:
  contents: read
  pages: write
  id-token: write

concurrency:
  group: roadmap-\${{ github.ref }}
  cancel-in-progress: true

jobs:
  build:
    runs-on: ubuntu-latest
    env:
      # Версия программы закреплена; другую (или адрес архива релиза) можно задать переменной репозитория
      # ROADMAP_PACKAGE: Settings → Secrets and variables → Actions → Variables.
      ROADMAP_PACKAGE: \${{ vars.ROADMAP_PACKAGE || '${pkg}' }}
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 24
      - name: Установка roadmap
        run: npm install --global --no-audit --no-fund "$ROADMAP_PACKAGE"
      - name: Проверка
        run: roadmap validate --format github
      - name: Сборка
        run: roadmap build
        env:
          # Адрес сайта на GitHub Pages — для ссылок «Подписаться» на календари. Свой домен впишите сюда.
          ROADMAP_BASE_URL: https://\${{ github.repository_owner }}.github.io/\${{ github.event.repository.name }}/
      - uses: actions/upload-pages-artifact@v3
        with:
          path: out

  deploy:
    if: github.event_name != 'pull_request' && github.ref_name == github.event.repository.default_branch
    needs: build
    runs-on: ubuntu-latest
    environment:
      name: github-pages
      url: \${{ steps.deployment.outputs.page_url }}
    steps:
      - id: deployment
        uses: actions/deploy-pages@v4
`;
}

export function gitlabCi(pkg: string): string {
  return `# Проверка и сборка дорожных карт при каждом push; публикация на GitLab Pages из основной ветки.
# Ошибки в картах видны в merge request (отчёт Code Quality) и в журнале задания.
image: node:24

variables:
  # Версия программы закреплена; другую (или адрес архива релиза) можно задать переменной ROADMAP_PACKAGE
  # в Settings → CI/CD → Variables.
  ROADMAP_PACKAGE: ${pkg}

stages:
  - test
  - deploy

default:
  before_script:
    - npm install --global --no-audit --no-fund "$ROADMAP_PACKAGE"

check:
  stage: test
  script:
    - roadmap validate --format gitlab > gl-code-quality-report.json
    - roadmap build
  artifacts:
    when: always
    reports:
      codequality: gl-code-quality-report.json
    paths:
      - out
    expire_in: 1 week

pages:
  stage: deploy
  script:
    - roadmap build --out public
  variables:
    # Адрес сайта на GitLab Pages — для ссылок «Подписаться» на календари.
    ROADMAP_BASE_URL: $CI_PAGES_URL
  artifacts:
    paths:
      - public
  rules:
    - if: $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH
`;
}

export function giteaWorkflow(pkg: string): string {
  return `# Gitea / Forgejo Actions: проверка и сборка дорожных карт при каждом push.
# Gitea и Forgejo не публикуют сайты сами: собранная папка out/ сохраняется как артефакт задания
# («Дорожные карты» → запуск → Artifacts). Выложите её на свой веб-сервер и впишите его адрес в переменную
# ROADMAP_BASE_URL (Настройки → Actions → Переменные) — тогда на странице появятся ссылки «Подписаться».
name: Дорожные карты

on:
  push:
  pull_request:
  workflow_dispatch:

jobs:
  build:
    runs-on: ubuntu-latest
    env:
      # Версия программы закреплена; другую (или адрес архива релиза) можно задать переменной ROADMAP_PACKAGE.
      ROADMAP_PACKAGE: \${{ vars.ROADMAP_PACKAGE || '${pkg}' }}
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 24
      - name: Установка roadmap
        run: npm install --global --no-audit --no-fund "$ROADMAP_PACKAGE"
      - name: Проверка
        run: roadmap validate --format github
      - name: Сборка
        run: roadmap build
        env:
          ROADMAP_BASE_URL: \${{ vars.ROADMAP_BASE_URL }}
      # upload-artifact@v4 работает только на github.com; Gitea и Forgejo принимают v3.
      - uses: actions/upload-artifact@v3
        with:
          name: roadmaps-site
          path: out
`;
}
