// What bodies inside the classic script cost before the first view: the same 40 "similar"
// articles at growing lengths, built twice (--inline and --split). The split build has the
// same cards and a constant-size script, so (inline − split) is what the bodies' bytes
// cost to download locally, parse and evaluate. Fitted as ms per 100 KB of raw script.
import { join } from 'node:path';
import type { Browser } from 'puppeteer-core';
import { writeCollection } from './content.ts';
import { compare } from './measure.ts';
import { build, describe, oursPage, TMP, type Built } from './pages.ts';

export const SWEEP_ARTICLES = 40;
export const SWEEP_WORDS = [100, 400, 900, 1800, 3500];

export interface SweepPoint {
  words: number;
  inline: Built;
  split: Built;
  throttle: number;
  inlineFirstView: number;
  splitFirstView: number;
}

export function prepareSweep(words = SWEEP_WORDS) {
  return words.map((w) => {
    const seeds = writeCollection(join(TMP, 'seeds', `sweep-${w}`), 'similar', SWEEP_ARTICLES, w);
    const out = (v: string) => join(TMP, 'built', `sweep-${w}-${v}`);
    build(seeds, out('inline'), '--inline');
    build(seeds, out('split'), '--split');
    for (const v of ['inline', 'split']) oursPage(`sweep-${w}-${v}`, out(v), SWEEP_ARTICLES);
    return { words: w, inline: describe(out('inline')), split: describe(out('split')) };
  });
}

export async function runSweep(browser: Browser, base: string, runs: number, throttles: number[], prepared: ReturnType<typeof prepareSweep>) {
  const points: SweepPoint[] = [];
  for (const throttle of throttles) {
    for (const p of prepared) {
      const pages = [`${TMP}/sweep-${p.words}-inline.html`, `${TMP}/sweep-${p.words}-split.html`];
      const r = await compare(browser, base, pages, runs, { throttle, heap: false });
      points.push({ ...p, throttle, inlineFirstView: r[pages[0]!]!.firstView, splitFirstView: r[pages[1]!]!.firstView });
      console.log(`sweep ${throttle}× ${p.words} words: raw ${p.inline.raw} B inline ${r[pages[0]!]!.firstView.toFixed(0)} ms, split ${r[pages[1]!]!.firstView.toFixed(0)} ms`);
    }
  }
  return points;
}

/** Least-squares slope through the origin: extra first-view ms per 100 KB of bodies in the script. */
export function slope(points: SweepPoint[]): number {
  let xy = 0;
  let xx = 0;
  for (const p of points) {
    const x = (p.inline.raw - p.split.raw) / 100_000;
    xy += x * (p.inlineFirstView - p.splitFirstView);
    xx += x * x;
  }
  return xx ? xy / xx : NaN;
}
