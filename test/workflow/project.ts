import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';

/** A small valid roadmap for 2023; `extra` items are appended to its only section. */
export function roadmapYaml(id: string, options: { title?: string; extra?: string; when?: string } = {}): string {
  return `id: ${id}
title: ${options.title ?? 'Дорожная карта по повышению качества образования'}
period: "2023"
executors:
  uo: Управление образования
  imc: Информационно-методический центр
sections:
  - title: Направление «Оценка качества»
    items:
      - id: plan
        title: Разработка плана-графика
        when: ${options.when ?? 'Сентябрь 2023'}
        indicator: Приказ об утверждении
        executors: uo
      - title: Мониторинг успеваемости
        when: Ежеквартально
        executors: [imc, "Школа № 1"]
      - title: Анализ результатов ВПР
        when: Октябрь 2023
        executors: imc
${options.extra ?? ''}`;
}

/** A temporary project folder with `roadmaps/<name>` files. */
export function tempProject(files: Record<string, string>, config?: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'roadmap-wf-'));
  mkdirSync(join(dir, 'roadmaps'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, 'roadmaps', name), text);
  if (config !== undefined) writeFileSync(join(dir, 'roadmap.config.yaml'), config);
  return dir;
}

/** Every file under `dir` with its bytes, keyed by '/'-separated relative path. */
export function snapshot(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const full = join(d, e.name);
      if (e.isDirectory()) walk(full);
      else out.set(relative(dir, full).split(sep).join('/'), readFileSync(full));
    }
  };
  if (statSync(dir, { throwIfNoEntry: false })?.isDirectory()) walk(dir);
  return out;
}
