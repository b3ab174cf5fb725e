import { existsSync } from 'node:fs';
import type { Browser } from 'puppeteer-core';

/** Debian's chromium, as .ci/run installs it; CHROMIUM overrides. */
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);

/**
 * Where chromium is missing the browser tests are skipped with a message on stderr — and fail in CI, where .ci/run
 * must have installed it: a browser test never passes without a browser.
 */
export function requireBrowser(what: string): boolean {
  if (hasChromium) return true;
  const message = `\n*** ${what}: NO BROWSER at ${CHROMIUM} — these tests did NOT run. Install Debian's chromium (apt-get install chromium) or set CHROMIUM=… ***\n`;
  if (process.env.CI) throw new Error(message);
  process.stderr.write(message);
  return false;
}

export async function launch(): Promise<Browser> {
  const puppeteer = (await import('puppeteer-core')).default;
  return puppeteer.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
