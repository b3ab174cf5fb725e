import { describe, expect, it } from 'vitest';
import { executorPagePath, itemAnchor, roadmapPagePath } from '../../src/model/site-paths.js';

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
