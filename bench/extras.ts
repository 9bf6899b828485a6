// The bench's other numbers, kept from before: what a page downloads with and without split
// bodies, Read to text, build time, single cards, Lighthouse on two real pages, and the health
// articles' budgets on 12 image cards (bench/health.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'puppeteer-core';
import { writeCollection } from './content.ts';
import { compare, lighthouseScores, median, readToText, type Summary } from './measure.ts';
import { build, gzip, oursPage, singleCards, TMP } from './pages.ts';
import { healthSection, measureHealth, type Health } from './health.ts';
import { BUDGET_BASE, scriptBudget } from '../src/node/emit/budget.ts';

const SEED_SLUG = 'building-and-maintaining-trust-in-relationships-the-heartbeat-of-connection';

export interface Extras {
  downloads: { n: number; inline: number; split: number; budget: number }[];
  buildTimes: number[];
  reads: number[];
  cards: { one: Summary; fifty: Summary };
  lighthouse: { clinic: Awaited<ReturnType<typeof lighthouseScores>>; article: Awaited<ReturnType<typeof lighthouseScores>> };
  seedScript: number;
  articlePage: number;
  /** Issue 19's budgets on 12 image cards: Lighthouse, the phone's image bytes, layout shift. */
  health: Health;
}

export async function extras(browser: Browser, base: string, runs: number): Promise<Extras> {
  const downloads = [1, 10, 40, 100].map((n) => {
    const seeds = writeCollection(join(TMP, 'seeds', `dl-${n}`), 'distinct', n);
    build(seeds, join(TMP, 'built', `dl-${n}-inline`), '--inline');
    build(seeds, join(TMP, 'built', `dl-${n}`));
    const script = (d: string) => gzip(join(TMP, 'built', d, 'practice-articles.js'));
    return { n, inline: script(`dl-${n}-inline`), split: script(`dl-${n}`), budget: scriptBudget(n) };
  });

  const buildTimes: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t = process.hrtime.bigint();
    build(join(TMP, 'seeds', 'dl-100'), join(TMP, 'built', 'time-100'));
    buildTimes.push(Number(process.hrtime.bigint() - t) / 1e6);
  }

  // Read to text, on the 100-article build (split by its budget).
  oursPage('ours-read-100', join(TMP, 'built', 'dl-100'), 100);
  const reads: number[] = [];
  await readToText(browser, `${base}/${TMP}/ours-read-100.html`);
  for (let i = 0; i < runs; i++) reads.push(await readToText(browser, `${base}/${TMP}/ours-read-100.html`));

  singleCards(1);
  singleCards(50);
  const c = await compare(browser, base, [`${TMP}/cards-1.html`, `${TMP}/cards-50.html`], runs);

  const site = `${base}/${TMP}/site/`;
  build('seeds', join(TMP, 'site'), '--site-url', site);
  const clinic = await lighthouseScores(browser, `${base}/demo/clinic.html`);
  const article = await lighthouseScores(browser, `${site}${SEED_SLUG}.html`);
  const page = readFileSync(join(TMP, 'site', `${SEED_SLUG}.html`), 'utf8');
  const css = readFileSync(join(TMP, 'site', /href="(page\.[0-9a-f]+\.css)"/.exec(page)![1]!), 'utf8');
  const health = await measureHealth(browser);
  return {
    downloads,
    buildTimes,
    reads,
    cards: { one: c[`${TMP}/cards-1.html`]!, fifty: c[`${TMP}/cards-50.html`]! },
    lighthouse: { clinic, article },
    seedScript: gzip('dist/practice-articles.js'),
    articlePage: gzipSync(page + css, { level: 9 }).length,
    health,
  };
}

const kb = (n: number) => `${(n / 1000).toFixed(1)} KB`;
const f1 = (x: number) => x.toFixed(1);

export function extrasSection(e: Extras, runs: number): string {
  const lh = (name: string, l: Extras['lighthouse']['clinic']) =>
    `| ${name} | ${l.performance} | ${l.accessibility} | ${l.bestPractices} | ${l.seo} | ${l.cls.toFixed(2)} | ${l.failing.length ? l.failing.join(', ') : 'none'} |`;
  const { one, fifty } = e.cards;
  return `## What a page downloads before any Read (distinct articles)

| articles | every body inside (--inline) | default build | budget (12 KB + 0.3 KB per card) | |
|---|---|---|---|---|
${e.downloads.map((d) => `| ${d.n} | ${kb(d.inline)} | ${kb(d.split)} | ${kb(d.budget)} | ${d.split <= d.budget ? 'within' : '**over**'} |`).join('\n')}

The seed collection's \`dist/practice-articles.js\`: ${e.seedScript.toLocaleString('en')} B gzip (budget ${BUDGET_BASE.toLocaleString("en")} B, checked by \`npm test\`).

## Read to full text, bodies fetched on demand

100 distinct articles (split), from a click on *Read* to the first paragraph on screen, local HTTP, no cache: median ${f1(median(e.reads))} ms (min ${f1(Math.min(...e.reads))}, max ${f1(Math.max(...e.reads))}, ${e.reads.length} runs). Target: under 100 ms.

## Build time

\`practice-articles build\` of 100 distinct articles (with their pages): median ${Math.round(median(e.buildTimes))} ms of 5 runs, node startup included. Target: under 2 s.

## Single cards

| page | titles laid out (ms) | long tasks (ms) | JS heap (MB) | CLS |
|---|---|---|---|---|
| 1 \`<practice-article-card>\` | ${f1(one.ready)} | ${f1(one.longTasks)} | ${f1(one.heap)} | ${one.cls.toFixed(2)} |
| 50 \`<practice-article-card>\` | ${f1(fifty.ready)} | ${f1(fifty.longTasks)} | ${f1(fifty.heap)} | ${fifty.cls.toFixed(2)} |

50 cards cost ${(fifty.ready / one.ready).toFixed(2)}× one card's time (${runs} runs).

## Lighthouse 12.2.3

| page | performance | accessibility | best practices | SEO | CLS | failing binary audits |
|---|---|---|---|---|---|---|
${lh('`demo/clinic.html`', e.lighthouse.clinic)}
${lh("the seed article's page (`build --site-url`)", e.lighthouse.article)}

The article page and its stylesheet: ${kb(e.articlePage)} gzip (target: under 10 KB).

${healthSection(e.health)}`;
}
