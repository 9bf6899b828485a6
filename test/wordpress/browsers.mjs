// The three engines the repository tests in, behind one small interface for the WordPress
// tests: open a URL, run a function in the page, press a key, close.
//   chromium  /usr/bin/chromium (or CHROME_PATH) through puppeteer-core
//   firefox   /usr/bin/firefox-esr (or FIREFOX_PATH) through puppeteer-core (WebDriver BiDi)
//   webkit    WebKitGTK's MiniBrowser through WebKitWebDriver under Xvfb, with webdriverio
// WORDPRESS_BROWSERS=chromium,firefox picks some; the default is all three.
import puppeteer from 'puppeteer-core';
import { startWebKitDriver, webkitCapabilities } from '../engines.mjs';

export const ENGINES = (process.env.WORDPRESS_BROWSERS || 'chromium,firefox,webkit').split(',').map((e) => e.trim().toLowerCase());
const unknown = ENGINES.filter((e) => !['chromium', 'firefox', 'webkit'].includes(e));
if (unknown.length) throw new Error(`WORDPRESS_BROWSERS: unknown engine(s) ${unknown.join(', ')}; use chromium, firefox, webkit`);

export const NAMES = { chromium: 'Chromium', firefox: 'Firefox', webkit: 'WebKit' };

/** A puppeteer page as a tab. */
async function puppeteerTab(browser) {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e.message ?? e)));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console.error: ${m.text()} (${m.location()?.url ?? ''})`);
  });
  return {
    page,
    errors,
    goto: (url) => page.goto(url, { waitUntil: 'load' }),
    evaluate: (fn, ...args) => page.evaluate(fn, ...args),
    press: (key) => page.keyboard.press(key),
    close: () => browser.close(),
  };
}

/** Opens one engine; resolves with a tab. */
export async function launch(engine) {
  if (engine === 'chromium') {
    const browser = await puppeteer.launch({
      executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    });
    return puppeteerTab(browser);
  }
  if (engine === 'firefox') {
    const browser = await puppeteer.launch({ browser: 'firefox', executablePath: process.env.FIREFOX_PATH || '/usr/bin/firefox-esr' });
    return puppeteerTab(browser);
  }
  const { remote } = await import('webdriverio');
  const port = await startWebKitDriver();
  const browser = await remote({
    hostname: '127.0.0.1',
    port,
    logLevel: 'error',
    capabilities: webkitCapabilities,
  });
  await browser.setWindowSize(1280, 900).catch(() => {}); // MiniBrowser may keep its own size
  const keys = { Escape: '\uE00C', Tab: '\uE004' };
  return {
    errors: [], // WebDriver classic reports no page errors or console messages; the other engines do
    goto: (url) => browser.url(url),
    evaluate: (fn, ...args) => browser.execute(fn, ...args),
    press: (key) => browser.keys([keys[key] ?? key]),
    close: () => browser.deleteSession(),
  };
}
