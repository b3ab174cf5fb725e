// Screenshots of the site for a person to look at: home, a roadmap page and its timeline, at desktop and phone
// widths, from the seeds built with filled status files (scripts/site-fixture.mjs). Needs Debian's chromium.
//   node scripts/build.mjs && node scripts/site-screenshots.mjs [folder]   (default: site-screenshots/)
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import puppeteer from 'puppeteer-core';
import { buildSeedSite } from './site-fixture.mjs';

const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
if (!existsSync(CHROMIUM)) {
  console.error(`site-screenshots: no browser at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM=…)`);
  process.exit(1);
}
const target = resolve(process.argv[2] ?? 'site-screenshots');
mkdirSync(target, { recursive: true });
const out = join(buildSeedSite(), 'out');
const browser = await puppeteer.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
const widths = { desktop: { width: 1280, height: 900 }, phone: { width: 390, height: 844, isMobile: true } };
const written = [];
try {
  for (const [device, viewport] of Object.entries(widths)) {
    const page = await browser.newPage();
    await page.setViewport({ ...viewport, deviceScaleFactor: 1 });
    for (const name of ['index', 'msoko-bashmakovo', 'region', 'executors/oo']) {
      await page.goto(pathToFileURL(join(out, `${name}.html`)).href, { waitUntil: 'load' });
      const file = join(target, `${name.replace('/', '-')}-${device}.png`);
      await page.screenshot({ path: file, fullPage: false });
      written.push(file);
    }
    await page.goto(pathToFileURL(join(out, 'msoko-bashmakovo.html')).href, { waitUntil: 'load' });
    const timeline = await page.$('section.tl');
    const file = join(target, `msoko-bashmakovo-timeline-${device}.png`);
    await timeline.screenshot({ path: file });
    written.push(file);
    await page.close();
  }
  const page = await browser.newPage();
  await page.goto(pathToFileURL(join(out, 'msoko-bashmakovo.html')).href, { waitUntil: 'load' });
  const pdf = join(target, 'msoko-bashmakovo-print.pdf');
  await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
  written.push(pdf);
} finally {
  await browser.close();
}
console.log(written.join('\n'));
