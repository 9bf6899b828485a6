// Micro-bench: the same collection data shipped as JSON.parse('…') (what
// src/node/emit/bundle.ts does), as an object literal, or as compact tuples (each array of
// objects as one key list plus rows), parsed and evaluated in Chromium as classic scripts.
// Standalone: `node --import tsx bench/parse-data.ts` (BENCH_RUNS, default 15).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'puppeteer-core';
import { writeCollection } from './content.ts';
import { launch, median } from './measure.ts';
import { build, serve, TMP } from './pages.ts';

const DIR = join(TMP, 'parse');

/** The data a built script carries: the expression after `const __practiceArticles=`. */
export function dataOf(script: string): unknown {
  const m = /const __practiceArticles=(.*?);\n/s.exec(script);
  if (!m) throw new Error('parse-data: no `const __practiceArticles=…;` in the script');
  return new Function(`return ${m[1]}`)();
}

/** Arrays of two or more plain objects become {k: keys, r: rows}; a missing field is null. */
export function tuples(v: unknown): unknown {
  if (Array.isArray(v)) {
    const plain = v.length > 1 && v.every((x) => x && typeof x === 'object' && !Array.isArray(x));
    if (!plain) return v.map(tuples);
    const keys = [...new Set(v.flatMap((x) => Object.keys(x)))];
    return { k: keys, r: v.map((x) => keys.map((k) => (k in x ? tuples(x[k]) : null))) };
  }
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, tuples(x)]));
  return v;
}

const UNTUPLE = `function u(v){if(Array.isArray(v))return v.map(u);if(v&&typeof v==="object"){if(v.k&&v.r&&Object.keys(v).length===2)return v.r.map(function(row){var o={};for(var i=0;i<v.k.length;i++)if(row[i]!==null)o[v.k[i]]=u(row[i]);return o});var o={};for(var k in v)o[k]=u(v[k]);return o}return v}`;

/** Exactly bundle.ts's escaping, so the string variant is what ships today. */
const asString = (json: string) => `JSON.parse('${json.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/</g, '\\x3c')}')`;

export const VARIANTS = {
  'JSON.parse string': (d: unknown) => asString(JSON.stringify(d)),
  'object literal': (d: unknown) => JSON.stringify(d).replace(/</g, '\\x3c'),
  'tuples, literal': (d: unknown) => JSON.stringify(tuples(d)).replace(/</g, '\\x3c'),
  'tuples, JSON.parse': (d: unknown) => asString(JSON.stringify(tuples(d))),
  'tuples, JSON.parse + decode': (d: unknown) => `(${UNTUPLE})(${asString(JSON.stringify(tuples(d)))})`,
} as const;

export interface DataSet {
  name: string;
  data: unknown;
}

/** Writes one script per data set and variant. */
export function preparePages(sets: DataSet[]) {
  mkdirSync(DIR, { recursive: true });
  writeFileSync(join(DIR, 'blank.html'), '<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>parse</title></head><body></body></html>');
  const pages: { set: string; variant: string; script: string; bytes: number }[] = [];
  sets.forEach((s, i) => {
    Object.entries(VARIANTS).forEach(([variant, make], j) => {
      const js = `window.__d=${make(s.data)};\n`;
      writeFileSync(join(DIR, `${i}-${j}.js`), js);
      pages.push({ set: s.name, variant, script: `${DIR}/${i}-${j}.js`, bytes: Buffer.byteLength(js) });
    });
  });
  return pages;
}

/**
 * In one page, each variant's source run as an inline classic script, K times, variants
 * interleaved; a comment unique to each run defeats V8's compilation cache. Inline scripts
 * parse on the main thread, as a defer script does when it isn't streamed.
 */
async function inPage(browser: Browser, base: string, files: string[], runs: number, throttle: number): Promise<number[][]> {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  if (throttle !== 1) await (await page.createCDPSession()).send('Emulation.setCPUThrottlingRate', { rate: throttle });
  await page.goto(`${base}/${DIR}/blank.html`, { waitUntil: 'load' });
  const times = (await page.evaluate(`(async () => {
    const sources = await Promise.all(${JSON.stringify(files.map((f) => `/${f}`))}.map((f) => fetch(f).then((r) => r.text())));
    const times = sources.map(() => []);
    for (let i = -1; i < ${runs}; i++) {
      for (const [k, src] of sources.entries()) {
        const s = document.createElement('script');
        s.textContent = src + '\\n//' + i + '-' + k;
        const t0 = performance.now();
        document.head.append(s);
        const t = performance.now() - t0;
        if (window.__d === undefined) throw new Error('variant ' + k + ' did not run');
        s.remove();
        window.__d = undefined;
        if (i >= 0) times[k].push(t);
        await new Promise((r) => setTimeout(r, 20));
      }
    }
    return times;
  })()`)) as number[][];
  await context.close();
  return times;
}

export interface ParseRow {
  set: string;
  variant: string;
  bytes: number;
  throttle: number;
  ms: number;
}

export async function runParse(browser: Browser, base: string, sets: DataSet[], runs: number, throttles: number[]) {
  const pages = preparePages(sets);
  const rows: ParseRow[] = [];
  for (const throttle of throttles) {
    const times = await inPage(browser, base, pages.map((p) => p.script), runs, throttle);
    pages.forEach((p, k) => rows.push({ set: p.set, variant: p.variant, bytes: p.bytes, throttle, ms: median(times[k]!) }));
  }
  return rows;
}

/** Data sets for the micro-bench: 100 and 300 distinct articles (cards only), and 100 with bodies. */
export function parseSets(): DataSet[] {
  const make = (n: number, split: boolean) => {
    const seeds = join(TMP, 'seeds', `distinct-${n}`);
    writeCollection(seeds, 'distinct', n);
    const out = join(TMP, 'built', `parse-${n}-${split ? 'split' : 'inline'}`);
    build(seeds, out, split ? '--split' : '--inline');
    return { name: `${n} articles, ${split ? 'cards only (split)' : 'bodies inline'}`, data: dataOf(readFileSync(join(out, 'practice-articles.js'), 'utf8')) };
  };
  return [make(100, true), make(300, true), make(100, false)];
}

export function parseTable(rows: ParseRow[]): string {
  const out = ['| data | variant | script bytes | 1× (ms) | 4× (ms) |', '|---|---|---|---|---|'];
  for (const r of rows.filter((x) => x.throttle === 1)) {
    const t4 = rows.find((x) => x.throttle === 4 && x.set === r.set && x.variant === r.variant);
    out.push(`| ${r.set} | ${r.variant} | ${r.bytes.toLocaleString('en')} | ${r.ms.toFixed(1)} | ${t4 ? t4.ms.toFixed(1) : '–'} |`);
  }
  return out.join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1]!).href) {
  const runs = Number(process.env.BENCH_RUNS ?? 15);
  const sets = parseSets();
  const server = await serve();
  const browser = await launch();
  try {
    console.log(parseTable(await runParse(browser, server.url, sets, runs, [1, 4])));
  } finally {
    await browser.close();
    server.close();
  }
}
