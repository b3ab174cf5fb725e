import { TOOL_SOURCE_PLACEHOLDER } from './repo-files.js';

/**
 * CI examples: validate and build on every push; publish the output folder as a static site from the default
 * branch. The published address goes to the build as ROADMAP_BASE_URL, so the page gets `webcal://` links.
 */
export const GITHUB_WORKFLOW = `# Проверка и сборка дорожных карт при каждом push; публикация out/ на GitHub Pages из основной ветки.
# Включите Pages: Settings → Pages → Source: GitHub Actions.
name: Дорожные карты

on:
  push:
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
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
      - name: Установка roadmap
        # Откуда ставить программу roadmap: адрес её git-репозитория (или архива пакета). Впишите свой.
        run: npm install --global --no-audit --no-fund "\${ROADMAP_PACKAGE:-${TOOL_SOURCE_PLACEHOLDER}}"
        env:
          ROADMAP_PACKAGE: \${{ vars.ROADMAP_PACKAGE }}
      - name: Проверка
        run: roadmap validate
      - name: Сборка
        run: roadmap build
        env:
          # Адрес сайта проекта на GitHub Pages; для своего домена впишите его сюда.
          ROADMAP_BASE_URL: https://\${{ github.repository_owner }}.github.io/\${{ github.event.repository.name }}/
      - uses: actions/upload-pages-artifact@v3
        with:
          path: out

  deploy:
    if: github.ref_name == github.event.repository.default_branch
    needs: build
    runs-on: ubuntu-latest
    environment:
      name: github-pages
      url: \${{ steps.deployment.outputs.page_url }}
    steps:
      - id: deployment
        uses: actions/deploy-pages@v4
`;

export const GITLAB_CI = `# Проверка и сборка дорожных карт при каждом push; публикация на GitLab Pages из основной ветки.
image: node:20

variables:
  # Откуда ставить программу roadmap: адрес её git-репозитория (или архива пакета). Впишите свой
  # или задайте переменную ROADMAP_PACKAGE в настройках CI/CD проекта.
  ROADMAP_PACKAGE: ${TOOL_SOURCE_PLACEHOLDER}

before_script:
  - npm install --global --no-audit --no-fund "$ROADMAP_PACKAGE"

stages:
  - test
  - deploy

check:
  stage: test
  script:
    - roadmap validate
    - roadmap build
  artifacts:
    paths:
      - out
    expire_in: 1 week

pages:
  stage: deploy
  script:
    - roadmap build --out public
  variables:
    ROADMAP_BASE_URL: $CI_PAGES_URL
  artifacts:
    paths:
      - public
  rules:
    - if: $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH
`;
