import { describe, expect, it } from 'vitest';
import type { EmitContext } from '../../src/emit/emitter.js';
import { emitHtml } from '../../src/emit/html/index.js';
import { assignExecutorFeeds } from '../../src/emit/ics/executor-keys.js';
import { fixtureRoadmap } from '../helpers/fixture-roadmap.js';

function ctx(partial: Partial<EmitContext> = {}): EmitContext {
  return {
    timestampFor: () => new Date('2023-01-20T00:00:00Z'),
    timestamp: new Date('2023-01-20T00:00:00Z'),
    templateDirs: [],
    reminderDays: [7, 1],
    today: '2023-09-15',
    statusesFor: () => new Map(),
    readFile: () => null,
    ...partial,
  };
}

async function page(
  partial: Partial<EmitContext> = {},
  change?: (r: ReturnType<typeof fixtureRoadmap>) => void,
): Promise<string> {
  const r = fixtureRoadmap();
  change?.(r);
  const { files } = await emitHtml([r], ctx(partial));
  expect(files.map((f) => f.path)).toEqual(['index.html']);
  return String(files[0]!.data);
}

// Executor feeds are named by the ICS emitter; the page must use the same names.
const FEEDS = [...assignExecutorFeeds([fixtureRoadmap()]).values()].map((f) => `calendars/${f.key}.ics`);
const OUTPUTS = ['fixture.docx', 'fixture.xlsx', 'fixture.json', 'fixture.ics', ...FEEDS, 'calendars/all.ics'];

function hrefs(html: string): string[] {
  return [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
}

describe('index.html', () => {
  it('is a Russian page without scripts or external resources', async () => {
    const html = await page({ outputs: OUTPUTS });
    expect(html).toMatch(/^<!doctype html>\n<html lang="ru">/);
    expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(html).not.toMatch(/<script|<link |src="http|url\(/i);
    expect(html.match(/<h1>/g)).toHaveLength(1);
  });

  it('links only to files the build produced', async () => {
    const html = await page({ outputs: ['fixture.docx', 'fixture.ics', 'calendars/all.ics'] });
    const links = hrefs(html);
    expect(links.sort()).toEqual(['calendars/all.ics', 'fixture.docx', 'fixture.ics']);
  });

  it('lists the documents and every executor feed with the executor name', async () => {
    const html = await page({ outputs: OUTPUTS });
    expect(FEEDS).toHaveLength(3);
    expect(hrefs(html).sort()).toEqual([...OUTPUTS].sort());
    expect(html).toContain('<span class="name">Отдел образования</span>');
    expect(html).toContain('<span class="name">ГБУ ПО «ЦППМиСППО»</span>');
  });

  it('offers webcal:// subscriptions only when the published address is known', async () => {
    const without = await page({ outputs: OUTPUTS });
    expect(without).not.toContain('webcal://');
    expect(without).toContain('baseUrl');
    const withUrl = await page({ outputs: OUTPUTS, baseUrl: 'https://edu.example.org/roadmaps' });
    expect(hrefs(withUrl)).toContain('webcal://edu.example.org/roadmaps/fixture.ics');
    expect(hrefs(withUrl)).toContain('webcal://edu.example.org/roadmaps/calendars/oo.ics');
  });

  it('shows the deadlines of the next 30 days', async () => {
    const html = await page({ outputs: OUTPUTS });
    expect(html).toContain('Ближайшие сроки: с 15.09.2023 по 15.10.2023');
    expect(html).toContain('<h3 class="date">сб, 30.09.2023</h3>');
  });

  it('escapes user text: a title cannot inject markup', async () => {
    const html = await page({ outputs: OUTPUTS }, (r) => {
      r.title = '<script>alert(1)</script>';
      r.sections[0]!.items[0]!.title = [
        { kind: 'paragraph', text: '<img src=x onerror=alert(1)> "кавычки" & \'апостроф\'' },
      ];
      r.sections[0]!.items[0]!.executors = [{ id: null, name: '"><b>жирный</b>' }];
    });
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<b>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt; &quot;кавычки&quot; &amp; &#39;апостроф&#39;');
  });
});
