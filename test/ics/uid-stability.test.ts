import { createHash } from 'node:crypto';
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

describe('items with the same title (#16)', () => {
  const head = `id: uids\ntitle: Одинаковые названия\nperiod: "2023"\nsections:\n`;
  const section = (title: string, items: string) => `  - title: ${title}\n    items:\n${items}`;
  const entry = (title: string, when: string) => `      - title: ${title}\n        when: ${when}\n`;
  const uidsByWhen = (roadmap: ResolvedRoadmap) =>
    new Map(roadmap.sections.flatMap((s) => s.items.map((i) => [`${s.title}: ${i.when}`, i.uid] as const)));

  test('titles that differ only by «ё» or spacing get different UIDs, in the feed too', async () => {
    const roadmap = compile(
      head + section('Отчёты', entry('Отчёт о работе', 'Март 2023') + entry('Отчет  о работе', 'Март 2023')),
    );
    const uids = roadmap.sections[0]!.items.map((i) => i.uid);
    expect(new Set(uids).size).toBe(2);
    const parsed = parseFeed(await feed(roadmap));
    expect(new Set(parsed.events.map((e) => textOf(e, 'uid'))).size).toBe(2);
  });

  test('UIDs follow their item when sections are reordered, so events keep their own dates', async () => {
    const a = section('Первое направление', entry('Мониторинг', 'Март 2023'));
    const b = section('Второе направление', entry('Мониторинг', 'Октябрь 2023'));
    const before = uidsByWhen(compile(head + a + b));
    const after = uidsByWhen(compile(head + b + a));
    expect(new Set(before.values()).size).toBe(2);
    expect(after).toEqual(before);
    const parsed = parseFeed(await feed(compile(head + b + a)));
    expect(expand(eventByUid(parsed, before.get('Первое направление: Март 2023')!))).toEqual(['2023-03-31']);
  });

  test('a unique title keeps the UID it always had', () => {
    const roadmap = compile(head + section('Раздел', entry('План-график', 'Март 2023')));
    const hash = createHash('sha1').update('план-график').digest('hex').slice(0, 12);
    expect(roadmap.sections[0]!.items[0]!.uid).toBe(`uids-t${hash}@roadmap`);
  });

  test('validate warns about near-duplicate titles and suggests an id where items cannot be told apart', () => {
    const yaml =
      head +
      section(
        'Раздел',
        entry('Отчёт о работе', 'Март 2023') +
          entry('Отчет о работе.', 'Май 2023') +
          entry('Сбор данных', 'Май 2023') +
          entry('Сбор данных', 'Май 2023'),
      );
    const { diagnostics } = compileRoadmap('roadmaps/uids.yaml', Buffer.from(yaml, 'utf8'));
    const near = diagnostics.filter((d) => d.code === 'item-near-duplicate-title');
    expect(near.map((d) => d.line)).toEqual([9]);
    expect(near[0]!.message).toContain('строке 7');
    const twins = diagnostics.filter((d) => d.code === 'item-indistinguishable');
    expect(twins.map((d) => d.line)).toEqual([13]);
    expect(twins[0]!.message).toContain('id');
  });
});
