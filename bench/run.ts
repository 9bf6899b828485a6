// npm run bench: what a page downloads and how fast it shows cards, for collections of
// distinct generated articles (scripts/generate-articles.ts), built by the command users
// run; our carousel side by side with Shoelace's <sl-carousel> showing the same cards;
// Read to full text with split bodies; build time; Lighthouse on the clinic demo and on
// an article page. Writes bench/RESULTS.md. Not part of npm test.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { cpus, totalmem } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import puppeteer, { type Browser } from 'puppeteer-core';
import { loadModel } from '../src/node/collection/resolve.ts';
import { scriptBudget } from '../src/node/emit/budget.ts';
import { writeArticles } from '../scripts/generate-articles.ts';


const ROOT = process.cwd();
const TMP = 'bench/.tmp';
const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const DOWNLOAD_SIZES = [1, 10, 40, 100];
const CAROUSEL_SIZES = [10, 100, 300];
const CHROME = process.env.CHROME_PATH || '/usr/bin/chromium';
const CLI = 'dist/node/cli.js';
const gzip = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

// ---------------------------------------------------------------- fixtures

function build(seeds: string, out: string, ...flags: string[]) {
  const r = spawnSync(process.execPath, [CLI, 'build', seeds, '--out', out, ...flags], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`build of ${seeds} failed:\n${r.stderr}`);
}

async function buildPeer(): Promise<number> {
  const { build: viteBuild } = await import('vite');
  await viteBuild({
    configFile: false,
    logLevel: 'error',
    build: {
      outDir: join(TMP, 'peer'),
      lib: { entry: 'bench/peer-entry.ts', formats: ['iife'], name: 'peer', fileName: () => 'peer.js' },
    },
  });
  return gzip(join(TMP, 'peer', 'peer.js'));
}

const head = (title: string, cards: number, extra: string) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<script src="/bench/probe.js" data-cards="${cards}"></script>
${extra}</head>`;

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

function pages(n: number, seeds: string) {
  const ours = `${head(`ours ${n}`, n, `<script defer src="/${TMP}/ours-${n}/practice-articles.js"></script>`)}
<body><main><h1>Articles</h1><practice-articles></practice-articles></main></body></html>`;
  writeFileSync(join(TMP, `ours-${n}.html`), ours);

  // The peer shows the same cards: title, author and credentials, excerpt, reading time, Read.
  const { articles } = loadModel(seeds);
  const items = articles
    .map(
      (a) => `<sl-carousel-item><article class="card"><h2 class="title">${esc(a.title)}</h2>
<p class="meta">${esc(a.author.byline)}</p><p>${esc(a.excerpt ?? '')}</p>
<p class="meta">${a.minutes} min read</p><div><button>Read</button></div></article></sl-carousel-item>`,
    )
    .join('\n');
  const peer = `${head(
    `shoelace ${n}`,
    n,
    `<link rel="stylesheet" href="/node_modules/@shoelace-style/shoelace/cdn/themes/light.css">
<script defer src="/${TMP}/peer/peer.js"></script>
<style>.card{display:flex;flex-direction:column;gap:.75em;padding:1.25em;border:1px solid #cfd8d4;border-radius:.75em;height:100%;box-sizing:border-box}
.card h2{margin:0;font-size:1.25em}.card p{margin:0}.meta{color:#4d5752;font-size:.875em}sl-carousel-item{align-items:stretch}</style>`,
  )}
<body><main><h1>Articles</h1><sl-carousel navigation pagination slides-per-page="3" aria-label="Articles">
${items}
</sl-carousel></main></body></html>`;
  writeFileSync(join(TMP, `peer-${n}.html`), peer);
}

function singleCards(n: number) {
  const slug = 'building-and-maintaining-trust-in-relationships-the-heartbeat-of-connection';
  const html = `${head(`${n} cards`, n, '<script defer src="/dist/practice-articles.js"></script>')}
<body><main><h1>Cards</h1>${`<practice-article-card article="${slug}"></practice-article-card>`.repeat(n)}</main></body></html>`;
  writeFileSync(join(TMP, `cards-${n}.html`), html);
}

// ---------------------------------------------------------------- measuring

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.xml': 'application/xml' };

function serve(): Promise<{ url: string; close: () => void }> {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url!, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    try {
      const file = join(ROOT, path);
      if (!statSync(file).isFile()) throw new Error();
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
      res.end(readFileSync(file));
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      resolve({ url: `http://127.0.0.1:${port}`, close: () => server.close() });
    }),
  );
}

interface Sample {
  ready: number;
  longTasks: number;
  cls: number;
  heap: number;
}

async function measure(browser: Browser, url: string): Promise<Sample> {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction('window.__bench.ready !== undefined', { timeout: 30_000 });
  await new Promise((r) => setTimeout(r, 300)); // let late layout shifts and long tasks land
  const session = await page.createCDPSession();
  await session.send('HeapProfiler.collectGarbage');
  const { JSHeapUsedSize } = await page.metrics();
  const b = (await page.evaluate('window.__bench')) as { ready: number; longTasks: number; cls: number };
  await context.close();
  return { ready: b.ready, longTasks: b.longTasks, cls: b.cls, heap: JSHeapUsedSize ?? 0 };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

function summarise(samples: Sample[]) {
  return {
    ready: median(samples.map((s) => s.ready)),
    longTasks: median(samples.map((s) => s.longTasks)),
    cls: Math.max(...samples.map((s) => s.cls)),
    heap: median(samples.map((s) => s.heap)) / 1024 / 1024,
  };
}

/** Runs the named pages in turn, RUNS times, interleaved so drift hits all alike. */
async function compare(browser: Browser, base: string, names: string[]) {
  const samples: Record<string, Sample[]> = Object.fromEntries(names.map((n) => [n, []]));
  for (const n of names) await measure(browser, `${base}/${TMP}/${n}.html`); // warm-up
  for (let i = 0; i < RUNS; i++) for (const n of names) samples[n]!.push(await measure(browser, `${base}/${TMP}/${n}.html`));
  return Object.fromEntries(names.map((n) => [n, summarise(samples[n]!)]));
}

async function lighthouseScores(browser: Browser, url: string) {
  const { default: lighthouse } = await import('lighthouse');
  const port = Number(new URL(browser.wsEndpoint()).port);
  const result = await lighthouse(url, {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
  });
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

/** From a click on the first card's Read to the article's first paragraph on screen, in the page's own clock. */
async function readToText(browser: Browser, url: string): Promise<number> {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setCacheEnabled(false);
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction('window.__bench.ready !== undefined', { timeout: 30_000 });
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

// ---------------------------------------------------------------- main

const f1 = (x: number) => x.toFixed(1);
const f2 = (x: number) => x.toFixed(2);
const kb = (n: number) => `${(n / 1000).toFixed(1)} KB`;

async function main() {
  rmSync(TMP, { recursive: true, force: true });
  mkdirSync(TMP, { recursive: true });
  spawnSync('npm', ['run', 'build', '--silent'], { stdio: 'inherit' });

  // What a page downloads before any Read: the script (English needs nothing else).
  const downloads: string[] = [];
  for (const n of DOWNLOAD_SIZES) {
    const seeds = writeArticles(join(TMP, `seeds-${n}`), n);
    build(seeds, join(TMP, `inline-${n}`), '--inline');
    build(seeds, join(TMP, `split-${n}`));
    const before = gzip(join(TMP, `inline-${n}`, 'practice-articles.js'));
    const after = gzip(join(TMP, `split-${n}`, 'practice-articles.js'));
    const budget = scriptBudget(n);
    downloads.push(`| ${n} | ${kb(before)} | ${kb(after)} | ${kb(budget)} | ${after <= budget ? 'within' : '**over**'} |`);
    console.log(downloads.at(-1));
  }

  // build of 100 articles, wall clock, median of 5.
  const buildTimes: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t = process.hrtime.bigint();
    build(join(TMP, 'seeds-100'), join(TMP, 'build-100'));
    buildTimes.push(Number(process.hrtime.bigint() - t) / 1e6);
  }

  for (const n of CAROUSEL_SIZES) {
    const seeds = n === 100 ? join(TMP, 'seeds-100') : writeArticles(join(TMP, `seeds-${n}`), n);
    build(seeds, join(TMP, `ours-${n}`));
    pages(n, seeds);
  }
  const peerSize = await buildPeer();
  singleCards(1);
  singleCards(50);

  const server = await serve();
  // An article page as it would be published, at this server's address.
  const site = `${server.url}/${TMP}/site/`;
  build('seeds', join(TMP, 'site'), '--site-url', site);
  const browser = await puppeteer.launch({
    executablePath: CHROME,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--enable-precise-memory-info'],
  });
  const version = await browser.version();
  const rows: string[] = [];
  const carousel: Record<number, { ours: ReturnType<typeof summarise>; peer: ReturnType<typeof summarise> }> = {};
  try {
    for (const n of CAROUSEL_SIZES) {
      const r = await compare(browser, server.url, [`ours-${n}`, `peer-${n}`]);
      carousel[n] = { ours: r[`ours-${n}`]!, peer: r[`peer-${n}`]! };
      const { ours, peer } = carousel[n]!;
      rows.push(
        `| ${n} articles | ${f1(ours.ready)} | ${f1(peer.ready)} | **${f2(ours.ready / peer.ready)}** | ${f1(ours.longTasks)} / ${f1(peer.longTasks)} | ${f1(ours.heap)} / ${f1(peer.heap)} | ${f2(ours.cls)} / ${f2(peer.cls)} | ${kb(gzip(join(TMP, `ours-${n}`, 'practice-articles.js')))} |`,
      );
      console.log(rows.at(-1));
    }
    const reads: number[] = [];
    await readToText(browser, `${server.url}/${TMP}/ours-100.html`); // warm-up
    for (let i = 0; i < RUNS; i++) reads.push(await readToText(browser, `${server.url}/${TMP}/ours-100.html`));
    const cards = await compare(browser, server.url, ['cards-1', 'cards-50']);
    const one = cards['cards-1']!;
    const fifty = cards['cards-50']!;
    const clinic = await lighthouseScores(browser, `${server.url}/demo/clinic.html`);
    const article = await lighthouseScores(browser, `${site}building-and-maintaining-trust-in-relationships-the-heartbeat-of-connection.html`);
    const seedScript = gzip('dist/practice-articles.js');
    const articlePage = readFileSync(join(TMP, 'site', 'building-and-maintaining-trust-in-relationships-the-heartbeat-of-connection.html'), 'utf8');
    const pageCss = readFileSync(join(TMP, 'site', /href="(page\.[0-9a-f]+\.css)"/.exec(articlePage)![1]!), 'utf8');

    const growth = carousel[100]!.ours.ready / carousel[10]!.ours.ready;
    const peerGrowth = carousel[100]!.peer.ready / carousel[10]!.peer.ready;
    const table = [
      '| collection | ours: titles on screen (ms) | sl-carousel (ms) | ratio ours/peer | long tasks ms, ours / peer | JS heap MB, ours / peer | CLS, ours / peer | our script gzip |',
      '|---|---|---|---|---|---|---|---|',
      ...rows,
    ].join('\n');
    const lhRow = (name: string, lh: Awaited<ReturnType<typeof lighthouseScores>>) =>
      `| ${name} | ${lh.performance} | ${lh.accessibility} | ${lh.bestPractices} | ${lh.seo} | ${f2(lh.cls)} | ${lh.failing.length ? lh.failing.join(', ') : 'none'} |`;
    const report = `# Benchmark results

Last run: ${new Date().toISOString().slice(0, 10)}, \`npm run bench\` (${RUNS} runs per page, medians; CLS is the worst run).
Machine: ${cpus().length} × ${cpus()[0]?.model.trim()}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${version} headless, viewport 1280×900.

## What a page downloads before any Read

Distinct generated articles of about 350 words (\`scripts/generate-articles.ts\`), built by \`practice-articles build\`: before, with every body inside the script (\`--inline\`, what every build did until split bodies); after, with the default (bodies leave the script when it would pass its budget of 12 KB + 0.3 KB per article). gzip -9; an English page downloads only the script until a visitor opens an article.

| articles | before (--inline) | after (default) | budget (12 KB + 0.3 KB per card) | |
|---|---|---|---|---|
${downloads.join('\n')}

The seed collection's \`dist/practice-articles.js\`: ${seedScript.toLocaleString('en')} B gzip (budget 12,000 B, checked by \`npm test\`).

## Carousel: ours vs Shoelace \`<sl-carousel>\` with the same cards

${table}

Shoelace's carousel and carousel-item bundled into one classic script: ${kb(peerSize)} gzip, before any cards.

Cards on screen with 100 articles take ${f2(growth)}× the time with 10 (target: at most 1.5×). Shoelace: ${f2(peerGrowth)}×.

## Read to full text, bodies fetched on demand

With the 100-article collection (split), from a click on *Read* to the first paragraph on screen, over local HTTP, no cache: median ${f1(median(reads))} ms (min ${f1(Math.min(...reads))}, max ${f1(Math.max(...reads))}, ${RUNS} runs). Target: under 100 ms.

## Build time

\`practice-articles build\` of the 100 articles (split, with their pages): median ${Math.round(median(buildTimes))} ms of 5 runs (${buildTimes.map((t) => Math.round(t)).join(', ')}), node startup included. Target: under 2 s.

## Single cards

| page | titles on screen (ms) | long tasks (ms) | JS heap (MB) | CLS |
|---|---|---|---|---|
| 1 \`<practice-article-card>\` | ${f1(one.ready)} | ${f1(one.longTasks)} | ${f1(one.heap)} | ${f2(one.cls)} |
| 50 \`<practice-article-card>\` | ${f1(fifty.ready)} | ${f1(fifty.longTasks)} | ${f1(fifty.heap)} | ${f2(fifty.cls)} |

50 cards cost ${f2(fifty.ready / one.ready)}× one card's time.

## Lighthouse 12.2.3

| page | performance | accessibility | best practices | SEO | CLS | failing binary audits |
|---|---|---|---|---|---|---|
${lhRow('`demo/clinic.html`', clinic)}
${lhRow('the seed article\'s page (`build --site-url`)', article)}

The article page and its stylesheet: ${(gzipSync(articlePage + pageCss, { level: 9 }).length / 1000).toFixed(1)} KB gzip (target: under 10 KB).

## Method

- Articles are generated (\`scripts/generate-articles.ts\`): each sentence drawn afresh from a varied vocabulary, so 40 of them compress 3.9× with gzip, like a real collection, not like copies of one article. They are written to \`bench/.tmp/\` (never \`seeds/\`) and built with \`node dist/node/cli.js build\`. Our carousel fetches bodies on *Read*; the peer page carries only the cards.
- The peer page has the same cards as light-DOM HTML inside \`<sl-carousel-item>\`s (Shoelace ${JSON.parse(readFileSync('node_modules/@shoelace-style/shoelace/package.json', 'utf8')).version}: \`bench/peer-entry.ts\` bundled by Vite into one classic script, loaded with \`defer\` as ours is, plus its light theme stylesheet; \`slides-per-page="3"\`, navigation and pagination).
- "Titles on screen": \`bench/probe.js\` checks every animation frame from navigation start until every card title is rendered and laid out (for the peer, only once \`<sl-carousel>\` has rendered its shadow DOM), and records \`performance.now()\`.
- Each run uses a fresh browser context with caching off, over a local HTTP server; pages alternate so drift hits both. Heap is \`JSHeapUsedSize\` after a forced GC. Long tasks and CLS come from PerformanceObserver, up to 300 ms after ready.
- Timings on a 2-core machine are noisy: compare the ratios from one run, not absolute numbers across runs.
`;
    writeFileSync('bench/RESULTS.md', report);
    console.log('\n' + report);
  } finally {
    await browser.close();
    server.close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
