// The bench's fixtures: collections built by the command users run, the two pages that
// show the same cards (ours, and Shoelace's <sl-carousel> with light-DOM cards), and a
// static server for them.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import type { Browser } from 'puppeteer-core';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { loadModel } from '../src/node/collection/resolve.ts';
import { listen, staticServer } from '../src/node/serve.ts';

export const ROOT = process.cwd();
export const TMP = 'bench/.tmp';
const CLI = 'dist/node/cli.js';

export const gzip = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;
export const raw = (file: string) => statSync(file).size;

/** `practice-articles build`, through the built command, as a user runs it. */
export function build(seeds: string, out: string, ...flags: string[]) {
  const r = spawnSync(process.execPath, [CLI, 'build', seeds, '--out', out, ...flags], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`build of ${seeds} failed:\n${r.stderr}`);
}

export interface Built {
  dir: string;
  raw: number;
  gzip: number;
  split: boolean;
}

export function describe(dir: string): Built {
  const script = join(dir, 'practice-articles.js');
  return { dir, raw: raw(script), gzip: gzip(script), split: existsSync(join(dir, 'bodies')) };
}

export async function buildPeer(): Promise<number> {
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
<title>${title}</title><link rel="icon" href="data:,">
<script src="/bench/probe.js" data-cards="${cards}"></script>
${extra}</head>`;

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

/** Our page for a built collection: the script with `defer`, the element, nothing else. */
export function oursPage(name: string, built: string, cards: number) {
  writeFileSync(
    join(TMP, `${name}.html`),
    `${head(name, cards, `<script defer src="/${built}/practice-articles.js"></script>`)}
<body><main><h1>Articles</h1><practice-articles></practice-articles></main></body></html>`,
  );
}

const CARD_CSS = `.card{display:flex;flex-direction:column;gap:.75em;padding:1.25em;border:1px solid #cfd8d4;border-radius:.75em;height:100%;box-sizing:border-box}
.card h2{margin:0;font-size:1.25em}.card p{margin:0}.meta{color:#4d5752;font-size:.875em}`;

/** The cards both other pages show, as light-DOM HTML: title, author and credentials, excerpt, reading time, Read. */
function cards(seeds: string, wrap: (card: string) => string) {
  const { articles } = loadModel(seeds);
  const html = articles
    .map((a) =>
      wrap(`<article class="card"><h2 class="title">${esc(a.title)}</h2>
<p class="meta">${esc(a.author.byline)}</p><p>${esc(a.excerpt ?? '')}</p>
<p class="meta">${a.minutes} min read</p><div><button>Read</button></div></article>`),
    )
    .join('\n');
  return { count: articles.length, html };
}

/** The peer with the same cards. */
export function peerPage(name: string, seeds: string) {
  const { count, html } = cards(seeds, (c) => `<sl-carousel-item>${c}</sl-carousel-item>`);
  writeFileSync(
    join(TMP, `${name}.html`),
    `${head(
      name,
      count,
      `<link rel="stylesheet" href="/node_modules/@shoelace-style/shoelace/cdn/themes/light.css">
<script defer src="/${TMP}/peer/peer.js"></script>
<style>${CARD_CSS}
sl-carousel-item{align-items:stretch}</style>`,
    )}
<body><main><h1>Articles</h1><sl-carousel navigation pagination slides-per-page="3" aria-label="Articles">
${html}
</sl-carousel></main></body></html>`,
  );
}

/** Cards the floor page carries: one view of three, plus one view ahead (issue #22). */
export const FLOOR_CARDS = 6;

/**
 * The floor: what issue #22 asks a carousel to put on screen first (every slide present with
 * its "N of M" name, cards in the first view and one view ahead), as plain HTML with no script
 * at all. A carousel that renders with script cannot show its first view sooner, so this page's
 * time over the peer's is about the lowest ratio reachable on this machine.
 */
export function staticPage(name: string, seeds: string) {
  let i = 0;
  const { count, html } = cards(seeds, (c) => (i++ < FLOOR_CARDS ? `<div class="slide" role="group" aria-label="${i} of N">${c}</div>` : `<div class="slide" role="group" aria-label="${i} of N"></div>`));
  writeFileSync(
    join(TMP, `${name}.html`),
    `${head(
      name,
      Math.min(count, FLOOR_CARDS),
      `<style>${CARD_CSS}
.row{display:flex;gap:1em;overflow-x:auto;scroll-snap-type:x mandatory}.slide{flex:0 0 calc((100% - 2em) / 3);scroll-snap-align:start}</style>`,
    )}
<body><main><h1>Articles</h1><div class="row" data-static>
${html.replaceAll(' of N"', ` of ${count}"`)}
</div></main></body></html>`,
  );
}

/**
 * Our element's own first render as HTML with no script: the shadow root it renders first
 * (its idle pass kept from running), taken from Chromium as declarative shadow DOM with the
 * element's style sheet in it. Up to twelve slides that is every card (staticPage has six),
 * past twelve the first view, the next and the last; with the closed reader and Lit's marker
 * comments. What our page would cost if that render were pre-rendered into the HTML: the
 * floor for our own markup, beside staticPage's floor for plain cards.
 */
export async function markupPage(browser: Browser, base: string, name: string, built: string) {
  const probe = join(TMP, `${name}-probe.html`);
  writeFileSync(
    probe,
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<script>requestIdleCallback = () => 0</script><script defer src="/${built}/practice-articles.js"></script></head>
<body><main><h1>Articles</h1><practice-articles></practice-articles></main></body></html>`,
  );
  const page = await browser.newPage();
  let taken: { html: string; titles: number };
  try {
    await page.setViewport({ width: 1280, height: 900 });
    await page.goto(`${base}/${probe}`, { waitUntil: 'load' });
    await page.waitForFunction(`document.querySelector('practice-articles')?.shadowRoot?.querySelector('[part~="title"]')`);
    taken = (await page.evaluate(`(() => {
      const el = document.querySelector('practice-articles');
      const css = customElements.get('practice-articles').elementStyles.map((s) => s.cssText).join('');
      const html = el.getHTML({ serializableShadowRoots: true, shadowRoots: [el.shadowRoot] }).replace(/^<template[^>]*>/, (t) => t + '<style>' + css + '</style>');
      return { html, titles: el.shadowRoot.querySelectorAll('[part~="title"]').length };
    })()`)) as { html: string; titles: number };
  } finally {
    await page.close();
    rmSync(probe, { force: true });
  }
  const { html, titles } = taken;
  writeFileSync(
    join(TMP, `${name}.html`),
    `${head(name, titles, '')}
<body><main><h1>Articles</h1><practice-articles>${html}</practice-articles></main></body></html>`,
  );
}

/** n <practice-article-card>s of the seed article, with the seed build. */
export function singleCards(n: number) {
  const slug = 'building-and-maintaining-trust-in-relationships-the-heartbeat-of-connection';
  const html = `${head(`${n} cards`, n, '<script defer src="/dist/practice-articles.js"></script>')}
<body><main><h1>Cards</h1>${`<practice-article-card article="${slug}"></practice-article-card>`.repeat(n)}</main></body></html>`;
  writeFileSync(join(TMP, `cards-${n}.html`), html);
}

/** The bench's pages and builds, from the command's own static server (loopback only). */
export async function serve(): Promise<{ url: string; close: () => void }> {
  const server = staticServer({ root: ROOT });
  const port = await listen(server);
  return { url: `http://127.0.0.1:${port}`, close: () => server.close() };
}
