import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { requirement } from './requirement.js';

/** Debian's chromium, driven by playwright-core (which never downloads a browser of its own). */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const missingChromium = requirement(existsSync(CHROMIUM), 'chromium', 'apt-get update && apt-get install -y chromium');

/** Where screenshots go; CI keeps this folder as an artifact. */
export const ARTIFACTS = process.env.CAIBO_ARTIFACTS ?? fileURLToPath(new URL('../../artifacts/', import.meta.url));

const FLAGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

/** What a page did while it loaded: every request it made, console errors (CSP violations land there), dialogs. */
export interface PageVisit {
  requests: string[];
  consoleErrors: string[];
  dialogs: string[];
  /** A JavaScript expression evaluated in the page (a string: the test code has no DOM types). */
  evaluate<T>(expression: string): Promise<T>;
  screenshot(name: string): Promise<string>;
}

/** Opens a local HTML file in a fresh chromium profile; every request other than the file itself is aborted and recorded. */
export async function visit<T>(file: string, inspect: (page: PageVisit) => Promise<T>): Promise<T> {
  const { chromium } = await import('playwright-core');
  const profile = mkdtempSync(join(tmpdir(), 'caibo-chromium-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: FLAGS });
  const url = pathToFileURL(file).href;
  const visit: Omit<PageVisit, 'evaluate' | 'screenshot'> = { requests: [], consoleErrors: [], dialogs: [] };
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    context.on('request', (request) => void visit.requests.push(request.url()));
    await context.route('**/*', (route) => (route.request().url() === url ? route.continue() : route.abort()));
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') visit.consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => void visit.consoleErrors.push(String(error)));
    page.on('dialog', (dialog) => {
      visit.dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForTimeout(200); // late violations and requests (lazy images, fonts) would show by now
    return await inspect({
      ...visit,
      evaluate: <T>(expression: string) => page.evaluate(expression) as Promise<T>,
      screenshot: async (name) => {
        const path = join(ARTIFACTS, name);
        mkdirSync(dirname(path), { recursive: true });
        await page.screenshot({ path, fullPage: true });
        return path;
      },
    });
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}
