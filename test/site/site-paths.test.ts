import { describe, expect, it } from 'vitest';
import { executorPagePath, itemAnchor, itemAnchors, roadmapPagePath } from '../../src/model/site-paths.js';
import { fixtureRoadmap, item } from '../helpers/fixture-roadmap.js';

describe('site paths', () => {
  it.each([
    ['3.5.1', '3-5-1'],
    ['1.', '1'],
    ['12', '12'],
  ])('item «%s» has the anchor #%s', (number, anchor) => {
    expect(itemAnchor(number)).toBe(anchor);
  });

  it('puts a roadmap page beside its documents and executor pages in executors/', () => {
    expect(roadmapPagePath('msoko-bashmakovo')).toBe('msoko-bashmakovo.html');
    expect(executorPagePath('otdel-obrazovaniya')).toBe('executors/otdel-obrazovaniya.html');
  });
});

describe('item anchors of a roadmap', () => {
  it('are unique when each section numbers its items from 1 (as МСОКО does); the first keeps the plain anchor', () => {
    const r = fixtureRoadmap();
    r.sections = [
      { title: 'Первое', items: [item('1', 'А'), item('2', 'Б', { items: [item('2.1', 'Б1')] })] },
      {
        title: 'Второе',
        items: [
          { ...item('1', 'В'), uid: 'v@roadmap' },
          { ...item('2.1', 'Г'), uid: 'g@roadmap' },
        ],
      },
    ];
    const anchors = itemAnchors(r);
    expect([...anchors.values()]).toEqual(['1', '2', '2-1', 's2-1', 's2-2-1']);
    expect(anchors.get('v@roadmap')).toBe('s2-1');
  });
});
