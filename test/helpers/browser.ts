/**
 * Debian's Chromium (`apt-get install chromium`: /usr/bin/chromium, or the
 * path in PLAN_PARSE_CHROMIUM), driven by playwright-core — never a downloaded
 * browser. Without it the browser tests are skipped (CI's .ci/run installs
 * nothing but the npm packages); the DOM tests with cheerio always run.
 * Each launch gets a new empty profile and no background network; the page
 * may load only file: URLs.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM = process.env.PLAN_PARSE_CHROMIUM || '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

export async function openBrowser(): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'plan-parse-chromium-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: ARGS, viewport: { width: 1400, height: 1000 } });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export interface LoadedPage {
  page: Page;
  /** Console errors and uncaught exceptions. */
  errors: string[];
  /** Every request that was not the file itself (a self-contained page makes none). */
  requests: string[];
}

export async function loadPage(browser: Browser, file: string): Promise<LoadedPage> {
  const page = await browser.context.newPage();
  const errors: string[] = [];
  const requests: string[] = [];
  const url = `file://${file}`;
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.route('**/*', (route) => {
    const target = route.request().url();
    if (target.split('#')[0] === url) return route.continue();
    requests.push(target);
    return route.abort();
  });
  await page.goto(url, { waitUntil: 'load' });
  return { page, errors, requests };
}
