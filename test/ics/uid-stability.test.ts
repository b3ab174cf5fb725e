import { describe, expect, test } from 'vitest';
import { compileRoadmap } from '../../src/api/compile.js';
import { emitIcs } from '../../src/emit/ics/index.js';
import { roadmapToJson } from '../../src/emit/json/index.js';
import type { ResolvedRoadmap } from '../../src/model/resolved.js';
import { testContext } from './context.js';
import { eventByUid, expand, expandItem, fileText, itemUids, parseFeed, textOf } from './parse.js';

const HEAD = `id: uids
title: Проверка UID
period: "2023"
executors:
  oo: Отдел образования
items:
`;
const PLAN = `  - id: plan
    title: План-график
    when: Сентябрь 2023
    executors: [oo]
`;
const FIRST = `  - title: Первое мероприятие
    when: Март 2023
`;
const REPORT = `  - title: Ежеквартальный отчёт
    when: Ежеквартально
    executors: [oo]
`;
const NEW = `  - title: Новое мероприятие, вставленное в начало
    when: Май 2023
`;

function compile(yaml: string): ResolvedRoadmap {
  const result = compileRoadmap('roadmaps/uids.yaml', Buffer.from(yaml, 'utf8'));
  expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return result.roadmap!;
}

async function feed(roadmap: ResolvedRoadmap, previous?: Map<string, string>) {
  const { files } = await emitIcs([roadmap], testContext(previous));
  return fileText(files, 'uids.ics');
}

const summaries = (text: string) =>
  new Map(parseFeed(text).events.map((e) => [textOf(e, 'summary').replace(/^\d+\. /, ''), textOf(e, 'uid')]));

describe('UIDs of compiled roadmaps', () => {
  test('survive inserting, removing and renumbering other items', async () => {
    const before = summaries(await feed(compile(HEAD + FIRST + PLAN + REPORT)));
    const after = summaries(await feed(compile(HEAD + NEW + PLAN + REPORT)));
    expect(after.get('План-график')).toBe(before.get('План-график'));
    expect(after.get('Ежеквартальный отчёт')).toBe(before.get('Ежеквартальный отчёт'));
    expect(after.get('План-график')).toBe('uids-plan@roadmap');
    expect(new Set(after.values()).size).toBe(3);
  });

  test('equal the uid of the same item in the resolved JSON, and events expand to its deadlines', async () => {
    const roadmap = compile(HEAD + FIRST + PLAN + REPORT);
    const json = roadmapToJson(roadmap) as {
      sections: Array<{ items: Array<{ uid: string; schedule: { occurrences: Array<{ end: string }> } }> }>;
    };
    const parsed = parseFeed(await feed(roadmap));
    const items = json.sections.flatMap((s) => s.items);
    expect(itemUids(parsed)).toEqual(items.map((i) => i.uid));
    for (const item of items) expect(expandItem(parsed, item.uid)).toEqual(item.schedule.occurrences.map((o) => o.end));
    expect(expandItem(parsed, items[2]!.uid)).toEqual(['2023-03-31', '2023-06-30', '2023-09-30', '2023-12-31']);
  });

  test('a changed deadline bumps SEQUENCE of that item only', async () => {
    const first = await feed(compile(HEAD + PLAN + REPORT));
    const second = await feed(
      compile(HEAD + PLAN.replace('Сентябрь 2023', 'Октябрь 2023') + REPORT),
      new Map([['uids.ics', first]]),
    );
    const seq = (text: string, uid: string) =>
      Number(eventByUid(parseFeed(text), uid).getFirstPropertyValue('sequence'));
    const report = [...summaries(first).values()][1]!;
    expect(seq(second, 'uids-plan@roadmap')).toBe(1);
    expect(seq(second, report)).toBe(0);
    expect(expand(eventByUid(parseFeed(second), 'uids-plan@roadmap'))).toEqual(['2023-10-31']);
  });
});
