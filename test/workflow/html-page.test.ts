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

async function site(
  partial: Partial<EmitContext> = {},
  change?: (r: ReturnType<typeof fixtureRoadmap>) => void,
): Promise<Map<string, string>> {
  const r = fixtureRoadmap();
  change?.(r);
  const { files } = await emitHtml([r], ctx(partial));
  return new Map(files.map((f) => [f.path, String(f.data)]));
}

async function page(
  partial: Partial<EmitContext> = {},
  change?: (r: ReturnType<typeof fixtureRoadmap>) => void,
): Promise<string> {
  return (await site(partial, change)).get('index.html')!;
}

/** Links to files other emitters made (the site's own pages, anchors and calendar services left out). */
function fileLinks(html: string): string[] {
  return hrefs(html).filter((h) => !/\.html(#|$)|^#|^https?:|^webcal:/.test(h));
}

// Executor feeds are named by the ICS emitter; the page must use the same names.
const FEEDS = [...assignExecutorFeeds([fixtureRoadmap()]).values()].map((f) => `calendars/${f.key}.ics`);
const OUTPUTS = ['fixture.docx', 'fixture.xlsx', 'fixture.json', 'fixture.ics', ...FEEDS, 'calendars/all.ics'];

function hrefs(html: string): string[] {
  return [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
}

describe('index.html', () => {
  // #20: the site may enhance itself with one inline script (filters, copy buttons); still nothing external.
  it('writes Russian pages with no external resources: home, region, one per roadmap and per executor', async () => {
    const pages = await site({ outputs: OUTPUTS });
    expect([...pages.keys()].sort()).toEqual(
      [
        'index.html',
        'region.html',
        'fixture.html',
        ...FEEDS.map((f) => f.replace(/^calendars\/(.*)\.ics$/, 'executors/$1.html')),
      ].sort(),
    );
    for (const [path, html] of pages) {
      expect(html, path).toMatch(/^<!doctype html>\n<html lang="ru">/);
      expect(html, path).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
      expect(html, path).not.toMatch(/<script[^>]*\ssrc=|<link |<img |src="http|url\((?!#)|@import/i);
      expect(html.match(/<script>/g), path).toHaveLength(1);
      expect(html.match(/<h1>/g), path).toHaveLength(1);
    }
    const oo = pages.get('executors/oo.html')!;
    expect(oo).toMatch(/Всего сроков: \d+ \(просрочено: \d+, предстоит: \d+, без даты: \d+, выполнено: \d+\)\./);
    expect(oo).toContain('data-shown="Показано сроков"');
  });

  it('links only to files the build produced', async () => {
    const html = await page({ outputs: ['fixture.docx', 'fixture.ics', 'calendars/all.ics'] });
    const links = [...new Set(fileLinks(html))];
    expect(links.sort()).toEqual(['calendars/all.ics', 'fixture.docx', 'fixture.ics']);
  });

  it('lists the documents and every executor feed with the executor name', async () => {
    const html = await page({ outputs: OUTPUTS });
    expect(FEEDS).toHaveLength(3);
    expect([...new Set(fileLinks(html))].sort()).toEqual([...OUTPUTS].sort());
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
    const pages = await site({ outputs: OUTPUTS }, (r) => {
      r.title = '<script>alert(1)</script>';
      r.sections[0]!.items[0]!.title = [
        { kind: 'paragraph', text: '<img src=x onerror=alert(1)> "кавычки" & \'апостроф\'' },
      ];
      r.sections[0]!.items[0]!.executors = [{ id: null, name: '"><b>жирный</b>' }];
    });
    for (const [path, html] of pages) {
      expect(html, path).not.toContain('<script>alert');
      expect(html, path).not.toContain('<img');
      expect(html, path).not.toContain('<b>');
    }
    const html = pages.get('index.html')!;
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(pages.get('fixture.html')).toContain(
      '&lt;img src=x onerror=alert(1)&gt; &quot;кавычки&quot; &amp; &#39;апостроф&#39;',
    );
  });
});
