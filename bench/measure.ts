// Loading a bench page in Chromium and reading what bench/probe.js recorded; interleaved
// runs and medians; CPU throttling through CDP to stand in for a phone.
import puppeteer, { type Browser } from 'puppeteer-core';

export const CHROME = process.env.CHROME_PATH || '/usr/bin/chromium';

export const launch = () =>
  puppeteer.launch({
    executablePath: CHROME,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--enable-precise-memory-info'],
  });

export interface Sample {
  firstView: number;
  ready: number;
  lcp: number;
  visible: number;
  longTasks: number;
  cls: number;
  heap: number;
  /** Paths the page requested (its own HTML and the probe left out). */
  requests: string[];
}

export interface Options {
  /** CPU slowdown: 1 is this machine, 4 a mid-range phone. */
  throttle?: number;
  /** Read the JS heap after a forced GC (costs a few ms per run). */
  heap?: boolean;
}

export async function measure(browser: Browser, url: string, o: Options = {}): Promise<Sample> {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  await page.setCacheEnabled(false);
  const session = await page.createCDPSession();
  if (o.throttle && o.throttle !== 1) await session.send('Emulation.setCPUThrottlingRate', { rate: o.throttle });
  const requests: string[] = [];
  page.on('request', (r) => {
    const u = new URL(r.url());
    if (u.protocol === 'http:' && !u.pathname.endsWith('.html') && !u.pathname.endsWith('/probe.js')) requests.push(u.pathname);
  });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction('window.__bench.done', { timeout: 120_000, polling: 50 });
  await new Promise((r) => setTimeout(r, 300)); // let late layout shifts and long tasks land
  let heap = 0;
  if (o.heap !== false) {
    await session.send('HeapProfiler.collectGarbage');
    heap = (await page.metrics()).JSHeapUsedSize ?? 0;
  }
  const b = (await page.evaluate('window.__bench')) as Omit<Sample, 'heap' | 'requests'>;
  await context.close();
  return { ...b, heap, requests };
}

export const median = (xs: number[]) => {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!s.length) return NaN;
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

export interface Summary {
  firstView: number;
  ready: number;
  lcp: number;
  visible: number;
  longTasks: number;
  cls: number;
  heap: number;
  requests: string[];
  runs: number;
}

export function summarise(samples: Sample[]): Summary {
  const m = (k: 'firstView' | 'ready' | 'lcp' | 'visible' | 'longTasks' | 'heap') => median(samples.map((s) => s[k]));
  return {
    firstView: m('firstView'),
    ready: m('ready'),
    lcp: m('lcp'),
    visible: m('visible'),
    longTasks: m('longTasks'),
    cls: Math.max(...samples.map((s) => s.cls)),
    heap: m('heap') / 1024 / 1024,
    requests: samples[0]?.requests ?? [],
    runs: samples.length,
  };
}

/**
 * Loads each page once to warm up, then `runs` rounds of every page in turn, so drift
 * (other processes on this shared machine) hits them all alike.
 */
export async function compare(browser: Browser, base: string, paths: string[], runs: number, o: Options = {}) {
  const samples: Record<string, Sample[]> = Object.fromEntries(paths.map((p) => [p, []]));
  for (const p of paths) await measure(browser, `${base}/${p}`, o);
  for (let i = 0; i < runs; i++) for (const p of paths) samples[p]!.push(await measure(browser, `${base}/${p}`, o));
  return Object.fromEntries(paths.map((p) => [p, summarise(samples[p]!)])) as Record<string, Summary>;
}

/** From a click on the first card's Read to the article's first paragraph on screen, in the page's own clock. */
export async function readToText(browser: Browser, url: string): Promise<number> {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setCacheEnabled(false);
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction('window.__bench.done', { timeout: 30_000 });
  // A string, not a function: tsx would wrap a function's inner helpers in names the page lacks.
  const ms = (await page.evaluate(`new Promise((resolve) => {
    const root = document.querySelector('practice-articles').shadowRoot;
    const start = performance.now();
    root.querySelector('[part="read"]').click();
    (function check() {
      if (root.querySelector('dialog .text p')?.getClientRects().length) resolve(performance.now() - start);
      else requestAnimationFrame(check);
    })();
  })`)) as number;
  await context.close();
  return ms;
}

export async function lighthouseScores(browser: Browser, url: string) {
  const { default: lighthouse } = await import('lighthouse');
  const port = Number(new URL(browser.wsEndpoint()).port);
  const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] });
  const c = result!.lhr.categories;
  return {
    performance: Math.round(c.performance!.score! * 100),
    accessibility: Math.round(c.accessibility!.score! * 100),
    bestPractices: Math.round(c['best-practices']!.score! * 100),
    seo: Math.round(c.seo!.score! * 100),
    cls: result!.lhr.audits['cumulative-layout-shift']?.numericValue ?? NaN,
    failing: Object.values(result!.lhr.audits)
      .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
      .map((a) => a.id),
  };
}
