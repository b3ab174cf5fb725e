/// <reference lib="dom" />
import { readdirSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import axe from 'axe-core';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSeedSite, runRoadmap, SITE_TODAY } from '../../scripts/site-fixture.mjs';
import { launch, requireBrowser } from './browser.js';

/**
 * The site as a person's browser shows it: both seeds with filled status files, built by the CLI, each page
 * opened from file:// in headless chromium.
 */
const run = requireBrowser('site browser tests');
const axeSource = axe.source;

let dir = '';
let out = '';
let browser: Browser;

function sitePages(): string[] {
  const list: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(d, e.name));
      else if (e.name.endsWith('.html')) list.push(relative(out, join(d, e.name)).split('\\').join('/'));
    }
  };
  walk(out);
  return list.sort();
}

interface Loaded {
  page: Page;
  errors: string[];
  requests: string[];
}

async function open(path: string, width = 1280): Promise<Loaded> {
  const page = await browser.newPage();
  await page.setViewport({ width, height: 900 });
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warn') errors.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${(e as Error).message}`));
  page.on('requestfailed', (r) => errors.push(`requestfailed: ${r.url()}`));
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(pathToFileURL(join(out, path)).href, { waitUntil: 'load' });
  return { page, errors, requests };
}

describe.skipIf(!run)('the site in chromium (file://)', () => {
  beforeAll(async () => {
    dir = buildSeedSite();
    out = join(dir, 'out');
    browser = await launch();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('has the pages: home, region, one per roadmap, one per executor', () => {
    const pages = sitePages();
    expect(pages).toEqual(
      expect.arrayContaining(['index.html', 'region.html', 'msoko-bashmakovo.html', '500plus-lysogorsk.html']),
    );
    expect(pages.filter((p) => p.startsWith('executors/')).length).toBeGreaterThanOrEqual(5);
  });

  it('every page loads with no console errors, requests nothing outside out/, and every link resolves', async () => {
    for (const path of sitePages()) {
      const { page, errors, requests } = await open(path);
      expect(errors, path).toEqual([]);
      for (const url of requests)
        expect(url.startsWith(pathToFileURL(out).href), `${path} requested ${url}`).toBe(true);
      const links = await page.$$eval('a[href]', (as) => as.map((a) => (a as HTMLAnchorElement).href));
      for (const link of links.filter((l) => l.startsWith('file:'))) {
        const [file, anchor] = link.split('#') as [string, string | undefined];
        const target = fileURLToPath(file);
        expect(existsSync(target), `${path} → ${link}`).toBe(true);
        if (anchor)
          expect(readFileSync(target, 'utf8'), `${path} → ${link}`).toContain(`id="${decodeURIComponent(anchor)}"`);
      }
      const other = links.filter((l) => !l.startsWith('file:'));
      for (const l of other)
        expect(l, path).toMatch(
          /^(webcal:\/\/edu\.example\.org\/karty\/|https:\/\/(calendar\.google\.com|outlook\.live\.com|calendar\.yandex\.ru)\/)/,
        );
      for (const w of other.filter((l) => l.startsWith('webcal:')))
        expect(existsSync(join(out, decodeURIComponent(w.slice('webcal://edu.example.org/karty/'.length)))), w).toBe(
          true,
        );
      await page.close();
    }
  }, 180_000);

  it('axe finds no accessibility violations (serious or any other) on any page', async () => {
    for (const path of sitePages()) {
      const { page } = await open(path);
      await page.evaluate(axeSource);
      const violations = await page.evaluate(async () => {
        const axe = (
          globalThis as unknown as {
            axe: { run(): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> };
          }
        ).axe;
        const r = await axe.run();
        // the issue asks for no serious ones; the pages have none of any impact, so any is a regression
        return r.violations.map(
          (v) =>
            `${v.id} (${v.impact}): ${v.nodes
              .slice(0, 3)
              .map((n) => n.target.join(' '))
              .join(', ')}`,
        );
      });
      expect(violations, path).toEqual([]);
      await page.close();
    }
  }, 300_000);

  it('shows the counts `roadmap status --json` gives, on the home page and each roadmap page', async () => {
    const status = runRoadmap(['status', '--json', '--today', SITE_TODAY], dir);
    expect(status.code).toBe(0);
    const json = JSON.parse(status.stdout) as {
      roadmaps: {
        id: string;
        total: number;
        done: number;
        overdue: number;
        sections: { title: string | null; total: number; done: number; overdue: number }[];
      }[];
    };
    expect(json.roadmaps).toHaveLength(2);
    const home = await open('index.html');
    for (const r of json.roadmaps) {
      const card = await home.page.$eval(`#r-${r.id}`, (h) => {
        const p = h.closest('article')!.querySelector('.progress') as HTMLElement;
        return {
          total: Number(p.dataset.total),
          done: Number(p.dataset.done),
          overdue: Number(p.dataset.overdue),
          text: p.textContent,
        };
      });
      expect(card, r.id).toMatchObject({ total: r.total, done: r.done, overdue: r.overdue });
      expect(card.text).toContain(`выполнено ${r.done} из ${r.total}`);
      const { page } = await open(`${r.id}.html`);
      const top = await page.$eval('.progress', (p) => ({ ...(p as HTMLElement).dataset }));
      expect(top, r.id).toMatchObject({ total: String(r.total), done: String(r.done), overdue: String(r.overdue) });
      const sections = await page.$$eval('#sections-h ~ div tbody tr', (trs) =>
        trs.map((tr) =>
          Array.from(tr.querySelectorAll('td'))
            .slice(0, 3)
            .map((td) => Number(td.textContent)),
        ),
      );
      const titled = r.sections.filter((s) => s.title !== null);
      expect(sections, r.id).toEqual(titled.map((s) => [s.total, s.done, s.overdue]));
      await page.close();
    }
    // the overdue list counts the same occurrences
    const overdue = await home.page.$$eval('#overdue ~ h3', (hs) => hs.map((h) => h.textContent));
    for (const r of json.roadmaps.filter((x) => x.overdue > 0))
      expect(overdue.join('\n')).toMatch(new RegExp(`: ${r.overdue}$`, 'm'));
    await home.page.close();
  }, 120_000);

  it('draws a timeline bar or milestone for exactly the resolved JSON windows, placed by date', async () => {
    for (const id of ['msoko-bashmakovo', '500plus-lysogorsk']) {
      const resolved = JSON.parse(readFileSync(join(out, `${id}.json`), 'utf8')) as {
        sections: { items: JsonItem[] }[];
      };
      const expected: string[] = [];
      const visit = (items: JsonItem[]) => {
        for (const i of items) {
          for (const o of i.schedule.occurrences) expected.push(`${i.uid} ${o.start} ${o.end}`);
          visit(i.items);
        }
      };
      for (const s of resolved.sections) visit(s.items);
      const { page } = await open(`${id}.html`);
      const marks = await page.$$eval('svg.timeline [data-item]', (els) =>
        els.map((e) => {
          const svg = e.closest('svg')!;
          const box = (e as SVGGraphicsElement).getBBox();
          return {
            item: e.getAttribute('data-item')!,
            uid: e.getAttribute('data-uid')!,
            start: e.getAttribute('data-start')!,
            end: e.getAttribute('data-end')!,
            tag: e.tagName,
            x: box.x,
            w: box.width,
            from: svg.dataset.from!,
            to: svg.dataset.to!,
          };
        }),
      );
      expect(marks.map((m) => `${m.uid} ${m.start} ${m.end}`).sort(), id).toEqual(expected.sort());
      // one day is a diamond, a longer window a bar whose left edge and width follow the dates on one scale
      const day = (d: string) => Date.parse(`${d}T00:00:00Z`) / 86_400_000;
      const bars = marks.filter((m) => m.tag === 'rect');
      for (const m of marks) expect(m.tag, `${m.item} ${m.start}`).toBe(m.start === m.end ? 'path' : 'rect');
      const first = bars.reduce((a, b) => (b.w > a.w ? b : a)); // the longest bar fixes the scale most precisely
      const perDay = first.w / (day(first.end) - day(first.start) + 1);
      const origin = first.x - perDay * (day(first.start) - day(first.from));
      for (const b of bars) {
        expect(Math.abs(b.x - (origin + perDay * (day(b.start) - day(b.from)))), `${b.item} ${b.start}`).toBeLessThan(
          0.6,
        );
        expect(Math.abs(b.w - perDay * (day(b.end) - day(b.start) + 1)), `${b.item} ${b.start}`).toBeLessThan(0.6);
      }
      await page.close();
    }
  }, 120_000);

  it('the filters work with the keyboard and without a mouse; the page is complete without them', async () => {
    const { page } = await open('msoko-bashmakovo.html');
    const all = await page.$$eval('#items tr.item:not(.group)', (rows) => rows.length);
    const overdue = await page.$$eval('#items tr.item[data-state="overdue"]', (rows) => rows.length);
    expect(overdue).toBeGreaterThan(0);
    await page.focus('select[name="state"]');
    await page.keyboard.press('ArrowDown'); // «просрочено» comes first
    expect(await page.$eval('select[name="state"]', (s) => (s as HTMLSelectElement).value)).toBe('overdue');
    const visible = await page.$$eval('#items tr.item', (rows) =>
      rows.filter((r) => !(r as HTMLElement).hidden).map((r) => r.getAttribute('data-state')),
    );
    expect(visible).toHaveLength(overdue);
    expect(new Set(visible)).toEqual(new Set(['overdue']));
    expect(await page.$eval('.filters .shown', (p) => p.textContent)).toBe(
      `Показано мероприятий: ${overdue} из ${all}.`,
    );
    await page.keyboard.press('Tab'); // executor
    await page.keyboard.press('Tab'); // search
    await page.keyboard.type('впр');
    const found = await page.$$eval('#items tr.item', (rows) =>
      rows.filter((r) => !(r as HTMLElement).hidden).map((r) => r.textContent!.toLowerCase()),
    );
    expect(found.length).toBeGreaterThan(0);
    expect(found.length).toBeLessThanOrEqual(overdue);
    for (const t of found) expect(t).toContain('впр');
    await page.keyboard.press('Tab'); // reset
    await page.keyboard.press('Enter');
    await new Promise((r) => setTimeout(r, 50));
    expect(await page.$$eval('#items tr.item', (rows) => rows.filter((r) => (r as HTMLElement).hidden).length)).toBe(0);
    await page.close();

    const noScript = await browser.newPage();
    await noScript.setJavaScriptEnabled(false);
    await noScript.goto(pathToFileURL(join(out, 'msoko-bashmakovo.html')).href);
    expect(await noScript.$eval('form.filters', (f) => (f as HTMLElement).hidden)).toBe(true);
    expect(
      await noScript.$$eval(
        '#items tr.item:not(.group)',
        (rows) => rows.filter((r) => !(r as HTMLElement).hidden).length,
      ),
    ).toBe(all);
    await noScript.close();
  }, 60_000);

  it('prints the roadmap page with the timeline on its own landscape pages', async () => {
    const { page } = await open('msoko-bashmakovo.html');
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    await page.close();
    const text = Buffer.from(pdf).toString('latin1');
    const boxes = [...text.matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map(
      (m) => Number(m[1]) > Number(m[2]),
    );
    expect(boxes.filter((landscape) => !landscape).length).toBeGreaterThan(1); // the table: portrait
    const charts = await (await open('msoko-bashmakovo.html')).page.$$eval('svg.timeline', (s) => s.length);
    expect(boxes.filter(Boolean)).toHaveLength(charts); // one landscape page per chart, nothing else landscape
    expect(boxes.slice(-charts).every(Boolean)).toBe(true);
  }, 60_000);
});

interface JsonItem {
  uid: string;
  schedule: { occurrences: { start: string; end: string }[] };
  items: JsonItem[];
}
