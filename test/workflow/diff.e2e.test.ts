import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { roadmapYaml, tempProject } from './project.js';

const EXTRA = `      - title: Заседание методического совета
        when: Декабрь 2023
        executors: imc
`;

function git(cwd: string, ...args: string[]): void {
  const r = spawnSync(
    'git',
    ['-c', 'user.name=Тест', '-c', 'user.email=t@example.org', '-c', 'commit.gpgsign=false', ...args],
    { cwd, encoding: 'utf8' },
  );
  if (r.status !== 0) throw new Error(r.stderr);
}

describe('roadmap diff (built CLI)', () => {
  it('compares two files: added, removed, changed — in Russian and as JSON', () => {
    const dir = tempProject({});
    writeFileSync(join(dir, 'old.yaml'), roadmapYaml('a', { extra: EXTRA }));
    const edited = roadmapYaml('a', {
      when: 'Ноябрь 2023',
      extra: '      - title: Новое мероприятие\n        when: Май 2023\n',
    }).replace('Мониторинг успеваемости', 'Мониторинг текущей успеваемости обучающихся');
    writeFileSync(join(dir, 'new.yaml'), edited);
    const r = runCli(['diff', 'old.yaml', 'new.yaml'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Лист изменений: Дорожная карта по повышению качества образования (a)');
    expect(r.stdout).toMatch(/Добавлено \(1\):\n {2}\+ 4\. Новое мероприятие/);
    expect(r.stdout).toMatch(/Удалено \(1\):\n {2}− 4\. Заседание методического совета/);
    expect(r.stdout).toContain('срок: «Сентябрь 2023» → «Ноябрь 2023»'); // matched by id «plan»
    expect(r.stdout).toContain(
      'изменено название: «Мониторинг успеваемости» → «Мониторинг текущей успеваемости обучающихся»',
    );
    const json = JSON.parse(runCli(['diff', 'old.yaml', 'new.yaml', '--json'], { cwd: dir }).stdout);
    expect(json.roadmaps[0].added.map((s: { title: string }) => s.title)).toEqual(['Новое мероприятие']);
    expect(json.roadmaps[0].changed).toHaveLength(2);
  });

  it('compares the working copy with a git revision, one file or the whole project', () => {
    const dir = tempProject({ 'a.yaml': roadmapYaml('a'), 'b.yaml': roadmapYaml('b') });
    git(dir, 'init', '-q');
    git(dir, 'add', '.');
    git(dir, 'commit', '-q', '-m', 'утверждённая версия');
    writeFileSync(join(dir, 'roadmaps', 'a.yaml'), roadmapYaml('a', { when: 'Ноябрь 2023' }));
    writeFileSync(join(dir, 'roadmaps', 'c.yaml'), roadmapYaml('c'));

    const one = runCli(['diff', 'HEAD', 'roadmaps/a.yaml'], { cwd: dir });
    expect(one.code).toBe(0);
    expect(one.stdout).toContain('было: HEAD:roadmaps/a.yaml; стало: roadmaps/a.yaml');
    expect(one.stdout).toContain('срок: «Сентябрь 2023» → «Ноябрь 2023»');

    const all = runCli(['diff', 'HEAD'], { cwd: dir });
    expect(all.code).toBe(0);
    expect(all.stdout).toContain('срок: «Сентябрь 2023» → «Ноябрь 2023»');
    expect(all.stdout).toMatch(/\(b\)\n.*\nИзменений нет\./);
    expect(all.stdout).toMatch(/\(c\)\n.*\nНовая дорожная карта: 3 мероприятия\./);
  });

  it('bad revision, file not in git, no git repo: Russian usage errors, exit 2, no stack trace', () => {
    const dir = tempProject({ 'a.yaml': roadmapYaml('a') });
    const outside = runCli(['diff', 'HEAD~1'], { cwd: dir });
    expect(outside.code).toBe(2);
    expect(outside.stderr).toContain('не в репозитории git');
    git(dir, 'init', '-q');
    git(dir, 'add', '.');
    git(dir, 'commit', '-q', '-m', 'первая');
    writeFileSync(join(dir, 'roadmaps', 'new.yaml'), roadmapYaml('n'));
    for (const [args, text] of [
      [['diff', 'HEAD~5'], 'не файл и не ревизия git'],
      [['diff', 'HEAD', 'roadmaps/new.yaml'], 'нет в ревизии «HEAD»'],
      [['diff', 'roadmaps/a.yaml'], 'Укажите второй файл или ревизию'],
      [['diff', 'roadmaps/nope.yaml', 'roadmaps/a.yaml'], 'файл «roadmaps/nope.yaml» не найден'],
    ] as const) {
      const r = runCli([...args], { cwd: dir });
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toContain(text);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('a version with errors: positioned diagnostics, exit 1', () => {
    const dir = tempProject({});
    writeFileSync(join(dir, 'old.yaml'), roadmapYaml('a'));
    writeFileSync(join(dir, 'new.yaml'), 'id: a\ntitle: x\nperiod: "2023"\nitems: [\n');
    const r = runCli(['diff', 'old.yaml', 'new.yaml'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/new\.yaml:\d+:\d+: ошибка:/);
  });
});
