// Health articles' budgets, measured on built output (issue 19):
//   - Lighthouse 100 for performance, accessibility, best practices and SEO on a mobile page
//     with 12 image cards (snippet.html's carousel on a plain host page), and on an article
//     page with a cover image;
//   - on a phone (412 px wide, DPR 2.625), the first three cards' images weigh 150 KB at most;
//   - cards with images cause no layout shift (Layout Instability API, phone and desktop).
// The collection is synthetic: 12 sample articles (bench/content.ts's generated text, every
// title starting "Sample"), each with its own generated photo (a 4032×3024 phone JPEG with a
// GPS tag, made with sharp as the tests make theirs: textured everywhere, a hard case for the
// encoder). The pages are served gzipped, as a host serves them.
// Alone: node --import tsx bench/health.ts (after npm run build); npm run bench runs it in extras.
import { mkdirSync, rmSync, statSync, writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'puppeteer-core';
import { listen, staticServer } from '../src/node/serve.ts';
import { phonePhoto } from '../test/node/phone-photo.ts';
import { makeArticle } from './content.ts';
import { launch } from './measure.ts';
import { build, ROOT, TMP } from './pages.ts';

export const CARDS = 12;
/** What the product allows the first three cards' images on a phone. */
export const PHONE_BUDGET = 150_000;
/** A phone: a Pixel 7's CSS width and device pixel ratio. */
export const PHONE = { width: 412, height: 915, deviceScaleFactor: 2.625, isMobile: true, hasTouch: true };
const DIR = join(TMP, 'health');
const TOPICS = ['Sample topic one', 'Sample topic two', 'Sample topic three'];

/** Writes the 12 sample articles and their photos; returns the folder. */
export async function writeHealthCollection(): Promise<string> {
  const src = join(DIR, 'articles');
  rmSync(src, { recursive: true, force: true });
  mkdirSync(join(src, 'images'), { recursive: true });
  for (let i = 0; i < CARDS; i++) {
    const { title, text } = makeArticle('distinct', i);
    const paragraphs = text.split('\n\n').slice(1, -1); // the title line and the byline go
    const image = `images/sample-${i + 1}.jpg`;
    writeFileSync(join(src, image), await phonePhoto({ width: 4032, height: 3024, seed: 100 + i }));
    const md = [
      '---',
      `title: "${title}"`,
      'author: Synthetic Author',
      'credentials: [MA]',
      `tags: ["${TOPICS[i % TOPICS.length]}"]`,
      `image: ${image}`,
      `imageAlt: "Generated sample texture number ${i + 1}"`,
      '---',
      '',
      ...paragraphs.map((p) => `${p}\n`),
    ].join('\n');
    writeFileSync(join(src, `${String(i + 1).padStart(2, '0')}.md`), md);
  }
  return src;
}

/** The host page: snippet.html's script and carousel, as a clinic pastes them, on a plain page. */
function hostPage(site: string): string {
  const snippet = readFileSync(join(site, 'snippet.html'), 'utf8');
  const carousel = snippet.slice(0, snippet.indexOf('</practice-articles>') + '</practice-articles>'.length);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Sample articles: twelve cards with cover images</title>
<meta name="description" content="A bench page: the practice-articles carousel with twelve sample articles, each with a generated cover image.">
<link rel="icon" href="data:,">
<style>body{margin:0 auto;max-width:72rem;padding:1rem;font-family:system-ui,sans-serif;line-height:1.5}</style>
</head>
<body>
<main>
<h1>Sample articles</h1>
${carousel}
</main>
</body>
</html>
`;
}

export interface LighthouseRun {
  url: string;
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  /** Simulated mobile metrics, ms (CLS unitless). */
  fcp: number;
  lcp: number;
  tbt: number;
  si: number;
  cls: number;
  /** Audits that cost points: id and score, in the four categories. */
  failing: string[];
}

/** Lighthouse's default: a mobile device with simulated slow 4G and a 4× slower CPU. */
export async function lighthouseRun(browser: Browser, url: string): Promise<LighthouseRun> {
  const { default: lighthouse } = await import('lighthouse');
  const port = Number(new URL(browser.wsEndpoint()).port);
  const { lhr } = (await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] }))!;
  const score = (id: string) => Math.round(lhr.categories[id]!.score! * 100);
  const value = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
  const scored = new Set(Object.values(lhr.categories).flatMap((c) => c.auditRefs.filter((r) => r.weight > 0).map((r) => r.id)));
  const failing = Object.values(lhr.audits)
    .filter((a) => scored.has(a.id) && a.score !== null && a.score < 1)
    .map((a) => `${a.id} (${a.score!.toFixed(2)})`);
  return {
    url,
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    fcp: value('first-contentful-paint'),
    lcp: value('largest-contentful-paint'),
    tbt: value('total-blocking-time'),
    si: value('speed-index'),
    cls: value('cumulative-layout-shift'),
    failing,
  };
}

/** Lighthouse's scores vary from run to run (it says to take the median of several): the run with the median performance score. */
export async function lighthouseMedian(browser: Browser, url: string, runs: number): Promise<LighthouseRun & { performances: number[] }> {
  const all: LighthouseRun[] = [];
  for (let i = 0; i < runs; i++) all.push(await lighthouseRun(browser, url));
  const sorted = [...all].sort((a, b) => a.performance - b.performance);
  return { ...sorted[(runs - 1) >> 1]!, performances: all.map((l) => l.performance) };
}

export interface Viewing {
  viewport: string;
  /** The first three cards' images as the browser chose them: file and bytes. */
  first: { file: string; bytes: number }[];
  firstBytes: number;
  /** Every image byte the page downloaded while showing those three cards. */
  downloaded: number;
  /** Layout shift over the load and the moves to cards 2 and 3. */
  cls: number;
}

// Every shift counts, even one the browser marks as after input: the moves are script calls.
const LAYOUT_SHIFT = `window.__shift = 0;
new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__shift += e.value; })
  .observe({ type: 'layout-shift', buffered: true });`;

/** Loads the host page in a viewport, moves to cards 2 and 3 as a visitor does, and reads what loaded. */
export async function viewCards(browser: Browser, url: string, viewport: typeof PHONE | { width: number; height: number }): Promise<Viewing> {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport(viewport);
  await page.setCacheEnabled(false);
  await page.evaluateOnNewDocument(LAYOUT_SHIFT);
  let downloaded = 0;
  page.on('response', (r) => {
    if (new URL(r.url()).pathname.includes('/media/')) void r.buffer().then((b) => (downloaded += b.length), () => {});
  });
  await page.goto(url, { waitUntil: 'load' });
  const shown = (i: number) => `(() => {
    const img = document.querySelector('practice-articles')?.shadowRoot?.querySelectorAll('.slide')[${i}]?.querySelector('img');
    return !!img && img.complete && img.naturalWidth > 0 && img.getBoundingClientRect().right <= innerWidth + 1 && img.currentSrc;
  })()`;
  const first: Viewing['first'] = [];
  for (let i = 0; i < 3; i++) {
    // Next, as a visitor presses it (a script call, so the shifts it may cause still count).
    if (i) await page.evaluate(`document.querySelector('practice-articles').goTo(${i})`);
    const src = (await (await page.waitForFunction(shown(i), { timeout: 30_000, polling: 50 })).jsonValue()) as string;
    const file = new URL(src).pathname.replace(/^\//, '');
    first.push({ file: file.slice(file.indexOf('media/')), bytes: statSync(join(ROOT, file)).size });
  }
  await new Promise((r) => setTimeout(r, 500));
  const cls = (await page.evaluate('window.__shift')) as number;
  await context.close();
  return { viewport: `${viewport.width}×${viewport.height} at ${'deviceScaleFactor' in viewport ? viewport.deviceScaleFactor : 1}×`, first, firstBytes: first.reduce((n, f) => n + f.bytes, 0), downloaded, cls };
}

type Median = Awaited<ReturnType<typeof lighthouseMedian>>;

export interface Health {
  hostPage: Median;
  articlePage: Median;
  topicPage: Median;
  phone: Viewing;
  desktop: Viewing;
  /** The card variants' sizes, bytes: smallest and largest of all 12 articles' 800 px files. */
  card800: { min: number; max: number };
}

/** Builds the sample collection, serves it gzipped and measures. */
export async function measureHealth(browser: Browser, runs = 5): Promise<Health> {
  const src = await writeHealthCollection();
  const server = staticServer({ root: ROOT, gzip: true });
  const port = await listen(server);
  try {
    const base = `http://127.0.0.1:${port}`;
    const siteDir = join(DIR, 'site');
    rmSync(siteDir, { recursive: true, force: true });
    build(src, siteDir, '--site-url', `${base}/${siteDir}/`);
    writeFileSync(join(DIR, 'host.html'), hostPage(siteDir));
    const host = `${base}/${DIR}/host.html`;
    const data = readFileSync(join(siteDir, 'practice-articles.js'), 'utf8');
    const sizes = [...data.matchAll(/"(media\/[^"]+-800\.[0-9a-f]+\.webp)"/g)].map((m) => statSync(join(siteDir, m[1]!)).size);
    const first = /href="([^"]+\.html)"/.exec(readFileSync(join(siteDir, 'snippet.html'), 'utf8'))![1]!;
    return {
      hostPage: await lighthouseMedian(browser, host, runs),
      articlePage: await lighthouseMedian(browser, first, runs),
      topicPage: await lighthouseMedian(browser, `${base}/${siteDir}/topics/sample-topic-one.html`, runs),
      phone: await viewCards(browser, host, PHONE),
      desktop: await viewCards(browser, host, { width: 1280, height: 900 }),
      card800: { min: Math.min(...sizes), max: Math.max(...sizes) },
    };
  } finally {
    server.close();
  }
}

const kb = (n: number) => `${(n / 1000).toFixed(1)} KB`;
const ok = (yes: boolean) => (yes ? '**met**' : '**not met**');

export function healthSection(h: Health): string {
  const lh = (name: string, l: Median) =>
    `| ${name} | ${l.performance} (${l.performances.join(', ')}) | ${l.accessibility} | ${l.bestPractices} | ${l.seo} | ${Math.round(l.fcp)} | ${Math.round(l.lcp)} | ${Math.round(l.tbt)} | ${l.cls.toFixed(3)} | ${l.failing.join(', ') || 'none'} |`;
  const all100 = [h.hostPage, h.articlePage].every((l) => l.performance === 100 && l.accessibility === 100 && l.bestPractices === 100 && l.seo === 100);
  const view = (v: Viewing) => `| ${v.viewport} | ${v.first.map((f) => `${f.file.replace(/^media\//, '')} (${kb(f.bytes)})`).join(', ')} | ${kb(v.firstBytes)} | ${kb(v.downloaded)} | ${v.cls.toFixed(3)} |`;
  return `## Health articles: 12 image cards (issue 19)

${CARDS} sample articles, each with its own generated 4032×3024 phone photo (textured everywhere, with a GPS tag), built with \`--site-url\` and served gzipped. \`bench/health.ts\`; alone: \`node --import tsx bench/health.ts\`.

Lighthouse 12 (its default mobile run: simulated slow 4G, 4× CPU); the run with the median performance score of ${h.hostPage.performances.length}, every run's performance in brackets:

| page | performance | accessibility | best practices | SEO | FCP ms | LCP ms | TBT ms | CLS | audits under 1 |
|---|---|---|---|---|---|---|---|---|---|
${lh('host page with the 12-card carousel (snippet.html)', h.hostPage)}
${lh('an article page with a cover image', h.articlePage)}
${lh('a topic page', h.topicPage)}

Target, 100 in all four on both pages: ${ok(all100)}.

The first three cards, moved to as a visitor does (one per view on a phone, three on a desktop):

| viewport | images the browser chose | together | all image bytes downloaded | layout shift |
|---|---|---|---|---|
${view(h.phone)}
${view(h.desktop)}

Target, at most ${kb(PHONE_BUDGET)} on a phone: ${ok(h.phone.firstBytes <= PHONE_BUDGET)}. No layout shift: ${ok(h.phone.cls === 0 && h.desktop.cls === 0)}. The 12 articles' 800 px card variants weigh ${kb(h.card800.min)} to ${kb(h.card800.max)}.
`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const browser = await launch();
  try {
    const h = await measureHealth(browser);
    console.log(JSON.stringify(h, null, 2));
    console.log(healthSection(h));
  } finally {
    await browser.close();
  }
}
