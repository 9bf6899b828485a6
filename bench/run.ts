// npm run bench: our carousel side by side with Shoelace's <sl-carousel> showing the
// same cards, in headless Chromium; then 1 vs 50 single cards, then Lighthouse on the
// clinic demo. Prints a table and writes bench/RESULTS.md. Not part of npm test.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { cpus, totalmem } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import puppeteer, { type Browser } from 'puppeteer-core';
import { loadCollection } from '../src/node/collection/read.ts';

const ROOT = process.cwd();
const TMP = 'bench/.tmp';
const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const SIZES = [3, 60, 300];
const CHROME = process.env.CHROME_PATH || '/usr/bin/chromium';
const SEED = readFileSync('seeds/000_2d76e923eb718c4e.txt', 'utf8');

// ---------------------------------------------------------------- fixtures

/** N copies of the real seed article with numbered titles; no text is made up. */
function makeSeeds(n: number): string {
  const dir = join(TMP, `seeds-${n}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const lines = SEED.split(/\r?\n/);
  const byline = lines.findIndex((l) => l.startsWith('By '));
  for (let i = 0; i < n; i++) {
    const copy = [`${lines[0]} (${i + 1})`, ...lines.slice(1, byline + 1)].join('\n');
    writeFileSync(join(dir, `${String(i).padStart(4, '0')}.txt`), copy);
  }
  return dir;
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
  return gzipSync(readFileSync(join(TMP, 'peer', 'peer.js')), { level: 9 }).length;
}

function build(seeds: string, out: string) {
  const r = spawnSync('npx', ['vite', 'build', '--mode', 'classic', '--logLevel', 'error'], {
    env: { ...process.env, PA_SEEDS: seeds, PA_OUT: out },
    stdio: 'inherit',
  });
  if (r.status !== 0) throw new Error(`build of ${seeds} failed`);
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
  const { articles, authors } = loadCollection(seeds);
  const bylines = new Map(authors.map((a) => [a.name, [a.name, ...a.credentials].join(', ')]));
  const items = articles
    .map(
      (a) => `<sl-carousel-item><article class="card"><h2 class="title">${esc(a.title)}</h2>
<p class="meta">${esc(bylines.get(a.author)!)}</p><p>${esc(a.excerpt ?? '')}</p>
<p class="meta">${a.readingMinutes} min read</p><div><button>Read</button></div></article></sl-carousel-item>`,
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

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };

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
    onlyCategories: ['performance', 'accessibility', 'best-practices'],
  });
  const c = result!.lhr.categories;
  return {
    performance: Math.round(c.performance!.score! * 100),
    accessibility: Math.round(c.accessibility!.score! * 100),
    bestPractices: Math.round(c['best-practices']!.score! * 100),
    cls: result!.lhr.audits['cumulative-layout-shift']?.numericValue ?? NaN,
    failing: Object.values(result!.lhr.audits)
      .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
      .map((a) => a.id),
  };
}

// ---------------------------------------------------------------- main

const f1 = (x: number) => x.toFixed(1);
const f2 = (x: number) => x.toFixed(2);

async function main() {
  mkdirSync(TMP, { recursive: true });
  spawnSync('npm', ['run', 'build', '--silent'], { stdio: 'inherit' });
  const sizes: Record<number, number> = {};
  for (const n of SIZES) {
    const seeds = makeSeeds(n);
    build(seeds, join(TMP, `ours-${n}`));
    sizes[n] = gzipSync(readFileSync(join(TMP, `ours-${n}`, 'practice-articles.js')), { level: 9 }).length;
    pages(n, seeds);
  }
  const peerSize = await buildPeer();
  singleCards(1);
  singleCards(50);

  const server = await serve();
  const browser = await puppeteer.launch({
    executablePath: CHROME,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--enable-precise-memory-info'],
  });
  const version = await browser.version();
  const rows: string[] = [];
  const carousel: Record<number, { ours: ReturnType<typeof summarise>; peer: ReturnType<typeof summarise> }> = {};
  try {
    for (const n of SIZES) {
      const r = await compare(browser, server.url, [`ours-${n}`, `peer-${n}`]);
      carousel[n] = { ours: r[`ours-${n}`]!, peer: r[`peer-${n}`]! };
      const { ours, peer } = carousel[n]!;
      rows.push(
        `| ${n} articles | ${f1(ours.ready)} | ${f1(peer.ready)} | **${f2(ours.ready / peer.ready)}** | ${f1(ours.longTasks)} / ${f1(peer.longTasks)} | ${f1(ours.heap)} / ${f1(peer.heap)} | ${f2(ours.cls)} / ${f2(peer.cls)} | ${(sizes[n]! / 1024).toFixed(1)} KB |`,
      );
      console.log(rows.at(-1));
    }
    const cards = await compare(browser, server.url, ['cards-1', 'cards-50']);
    const one = cards['cards-1']!;
    const fifty = cards['cards-50']!;
    const lh = await lighthouseScores(browser, `${server.url}/demo/clinic.html`);

    const growth = carousel[300]!.ours.ready / carousel[60]!.ours.ready;
    const peerGrowth = carousel[300]!.peer.ready / carousel[60]!.peer.ready;
    const table = [
      '| collection | ours: titles on screen (ms) | sl-carousel (ms) | ratio ours/peer | long tasks ms, ours / peer | JS heap MB, ours / peer | CLS, ours / peer | our bundle gzip |',
      '|---|---|---|---|---|---|---|---|',
      ...rows,
    ].join('\n');
    const report = `# Benchmark results

Last run: ${new Date().toISOString().slice(0, 10)}, \`npm run bench\` (${RUNS} runs per page, medians; CLS is the worst run).
Machine: ${cpus().length} × ${cpus()[0]?.model.trim()}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${version} headless, viewport 1280×900.

## Carousel: ours vs Shoelace \`<sl-carousel>\` with the same cards

${table}

Shoelace's carousel and carousel-item bundled into one classic script: ${(peerSize / 1024).toFixed(1)} KB gzip, before any cards.

Time grows ${f2(growth)}× from 60 to 300 articles (5× the articles; linear would be ≤ 5×). Shoelace: ${f2(peerGrowth)}×.

## Single cards

| page | titles on screen (ms) | long tasks (ms) | JS heap (MB) | CLS |
|---|---|---|---|---|
| 1 \`<practice-article-card>\` | ${f1(one.ready)} | ${f1(one.longTasks)} | ${f1(one.heap)} | ${f2(one.cls)} |
| 50 \`<practice-article-card>\` | ${f1(fifty.ready)} | ${f1(fifty.longTasks)} | ${f1(fifty.heap)} | ${f2(fifty.cls)} |

50 cards cost ${f2(fifty.ready / one.ready)}× one card's time.

## Lighthouse 12.2.3 on \`demo/clinic.html\`

| performance | accessibility | best practices | CLS |
|---|---|---|---|
| ${lh.performance} | ${lh.accessibility} | ${lh.bestPractices} | ${f2(lh.cls)} |

${lh.failing.length ? `Failing binary audits: ${lh.failing.join(', ')}.` : 'No failing binary audits.'}

## Method

- Collections of 3, 60 and 300 articles are copies of the real seed article with numbered titles, written to \`bench/.tmp/\` (never \`seeds/\`) and built with \`PA_SEEDS=… PA_OUT=… vite build --mode classic\`. Our bundle carries every article body for the reader; the peer page carries only the cards.
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
