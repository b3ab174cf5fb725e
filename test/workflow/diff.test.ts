import { describe, expect, it } from 'vitest';
import { compareRoadmaps, hasChanges } from '../../src/diff/compare.js';
import { formatDiff } from '../../src/diff/format.js';
import type { ResolvedRoadmap } from '../../src/model/resolved.js';
import { fixtureRoadmap, item } from '../helpers/fixture-roadmap.js';

const labels = { before: 'HEAD~1:roadmaps/fixture.yaml', after: 'roadmaps/fixture.yaml' };

/** The fixture with unique uids, as a resolved roadmap always has (the fixture reuses them across sections). */
function base(): ResolvedRoadmap {
  const r = fixtureRoadmap();
  r.sections.forEach((s, i) => {
    const visit = (items: typeof s.items) =>
      items.forEach((it) => ((it.uid = `s${i}-${it.number}@fixture`), visit(it.items)));
    visit(s.items);
  });
  return r;
}

function edited(change: (r: ResolvedRoadmap) => void): ResolvedRoadmap {
  const r = base();
  change(r);
  return r;
}

describe('compareRoadmaps', () => {
  it('finds nothing between equal versions', () => {
    const d = compareRoadmaps(base(), base(), labels);
    expect(hasChanges(d)).toBe(false);
    expect(formatDiff([d])).toContain('Изменений нет.');
  });

  it('matches by uid, not position: an inserted item is added, later ones only renumbered', () => {
    const after = edited((r) => {
      const items = r.sections[0]!.items;
      items.unshift(item('1', 'Новое мероприятие', { uid: 'new@roadmap' }));
      items.forEach((it, i) => (it.number = String(i + 1)));
    });
    const d = compareRoadmaps(base(), after, labels);
    expect(d.added.map((s) => s.title)).toEqual(['Новое мероприятие']);
    expect(d.removed).toEqual([]);
    expect(d.changed).toEqual([]);
    expect(d.renumbered.map((r) => `${r.before}→${r.after}`)).toEqual(['1→2', '2→3', '3→4']);
  });

  it('reports changed deadline, executors and indicator field by field', () => {
    const after = edited((r) => {
      const it = r.sections[1]!.items[2]!;
      it.when = 'Январь 2023';
      it.executors = [{ id: null, name: 'Школа № 1' }];
      it.indicator = [{ kind: 'paragraph', text: 'Протокол' }];
    });
    const d = compareRoadmaps(base(), after, labels);
    expect(d.changed).toHaveLength(1);
    expect(d.changed[0]!.changes.map((c) => [c.field, c.before, c.after])).toEqual([
      ['when', 'Декабрь 2022', 'Январь 2023'],
      ['executors', 'Отдел образования', 'Школа № 1'],
      ['indicator', 'Наличие отчёта', 'Протокол'],
    ]);
    const text = formatDiff([d]);
    expect(text).toContain('срок: «Декабрь 2022» → «Январь 2023»');
  });

  it('pairs a retitled item without id by similarity: «изменено название», not removed + added', () => {
    const after = edited((r) => {
      const it = r.sections[0]!.items[0]!;
      it.title = [{ kind: 'paragraph', text: 'Разработка плана-графика мероприятий' }];
      it.uid = 'fixture-changed-hash@roadmap'; // a title hash uid changes with the title
    });
    const d = compareRoadmaps(base(), after, labels);
    expect(d.added).toEqual([]);
    expect(d.removed).toEqual([]);
    expect(d.changed[0]!.matchedBy).toBe('similarity');
    expect(formatDiff([d])).toContain(
      'изменено название: «Разработка плана-графика» → «Разработка плана-графика мероприятий»',
    );
  });

  it('does not pair unrelated items: a replaced item is removed + added', () => {
    const after = edited((r) => {
      r.sections[1]!.items[2] = item('3', 'Закупка оборудования для кабинетов физики', { uid: 'other@roadmap' });
    });
    const d = compareRoadmaps(base(), after, labels);
    expect(d.removed.map((s) => s.title)).toEqual(['Проведение круглого стола']);
    expect(d.added.map((s) => s.title)).toEqual(['Закупка оборудования для кабинетов физики']);
    const text = formatDiff([d]);
    expect(text).toMatch(/Добавлено \(1\):\n {2}\+ 3\. Закупка/);
    expect(text).toMatch(/Удалено \(1\):\n {2}− 3\. Проведение круглого стола/);
  });

  it('reports header changes and whole roadmaps added or removed', () => {
    const after = edited((r) => {
      r.periodText = '2023-2024';
    });
    expect(compareRoadmaps(base(), after, labels).header).toEqual([
      { field: 'period', before: '2023', after: '2023-2024' },
    ]);
    const added = compareRoadmaps(null, base(), labels);
    expect(added.status).toBe('added');
    expect(formatDiff([added])).toContain('Новая дорожная карта: 8 мероприятий.');
  });
});
