import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileRoadmap } from '../../src/api/compile.js';
import { emittersFor } from '../../src/emit/registry.js';
import { ModelStore } from '../../src/project/model-store.js';

const MSOKO = readFileSync(new URL('../../roadmaps/msoko-bashmakovo.yaml', import.meta.url));

describe('the compiled roadmaps a build keeps', () => {
  it('come back from the store equal to what was compiled, as fresh copies', () => {
    const roadmap = compileRoadmap('roadmaps/msoko.yaml', MSOKO, { uids: true }).roadmap!;
    const store = new ModelStore();
    store.add(roadmap);
    expect(store.size).toBe(1);
    expect(store.refs).toEqual([{ id: roadmap.id, source: 'roadmaps/msoko.yaml' }]);
    expect(store.at(0)).toStrictEqual(roadmap);
    expect(store.at(0)).not.toBe(store.at(0));
    expect(store.all()).toStrictEqual([roadmap]);
  });

  it('are emitted per roadmap first, then merged, the page last', () => {
    const order = emittersFor(['html', 'ics', 'json', 'docx', 'xlsx']).map((e) => e.format);
    // xlsx twice: the per-roadmap trackers, then the merged regional summary (region.xlsx, #20).
    expect(order).toEqual(['json', 'docx', 'xlsx', 'ics', 'xlsx', 'html']);
  });
});
