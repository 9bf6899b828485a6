// npm run bench: our carousel against Shoelace's <sl-carousel> carrying the same cards, for
// three kinds of synthetic content (bench/content.ts) at 10, 100 and 300 articles, at full
// speed and with the CPU throttled 4× (a phone); what bodies inside the script cost to
// parse (bench/parse-cost.ts); JSON.parse vs object literal vs tuples (bench/parse-data.ts);
// downloads, Read, build time, single cards and Lighthouse. Writes bench/RESULTS.md.
//   npm run bench:quick        100 articles of each kind, 3 runs: about 2 minutes
//   BENCH_RUNS=5               runs per page (default 5; quick 3)
//   BENCH_KINDS=distinct,long  BENCH_SIZES=10,100  BENCH_THROTTLE=1,4
//   BENCH_PARTS=carousel,sweep,parse,extras  (quick: carousel)
// Anything but the full default writes bench/.tmp/RESULTS.md instead of bench/RESULTS.md.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { KINDS, writeCollection, type Kind } from './content.ts';
import { compare, launch, type Summary } from './measure.ts';
import { prepareSweep, runSweep, type SweepPoint } from './parse-cost.ts';
import { parseSets, runParse, type ParseRow } from './parse-data.ts';
import { build, buildPeer, describe, gzip, markupPage, oursPage, peerPage, serve, staticPage, TMP, type Built } from './pages.ts';
import { extras, type Extras } from './extras.ts';
import { report } from './report.ts';

const QUICK = process.argv.includes('--quick') || process.env.BENCH_QUICK === '1';
const list = (name: string, fallback: string[]) => process.env[name]?.split(',').map((s) => s.trim()).filter(Boolean) ?? fallback;
const config = {
  runs: Number(process.env.BENCH_RUNS ?? (QUICK ? 3 : 5)),
  kinds: list('BENCH_KINDS', KINDS) as Kind[],
  sizes: list('BENCH_SIZES', QUICK ? ['100'] : ['10', '100', '300']).map(Number),
  throttles: list('BENCH_THROTTLE', ['1', '4']).map(Number),
  parts: list('BENCH_PARTS', QUICK ? ['carousel'] : ['carousel', 'sweep', 'parse', 'extras']),
};
const FULL = !QUICK && !['BENCH_KINDS', 'BENCH_SIZES', 'BENCH_THROTTLE', 'BENCH_PARTS'].some((k) => process.env[k]);

export interface Case {
  kind: Kind;
  n: number;
  throttle: number;
  built: Built;
  ours: Summary;
  peer: Summary;
  /** The same cards as static HTML with no script: the floor for any carousel. */
  floor: Summary;
  /** Our element's own first render pre-rendered as HTML (declarative shadow DOM), no script: the floor for our markup. */
  markup: Summary;
  /** gzip bytes of everything our page fetched before any Read (its HTML aside). */
  beforeRead: number;
}

async function main() {
  const started = Date.now();
  for (const d of ['built', 'seeds', 'parse']) rmSync(join(TMP, d), { recursive: true, force: true });
  mkdirSync(TMP, { recursive: true });
  const b = spawnSync('npm', ['run', 'build', '--silent'], { stdio: 'inherit' });
  if (b.status !== 0) throw new Error('npm run build failed');

  const want = (part: string) => config.parts.includes(part);
  const prepared: { kind: Kind; n: number; built: Built }[] = [];
  if (want('carousel')) {
    for (const kind of config.kinds) {
      for (const n of config.sizes) {
        const seeds = writeCollection(join(TMP, 'seeds', `${kind}-${n}`), kind, n);
        const out = join(TMP, 'built', `${kind}-${n}`);
        build(seeds, out); // the build's own choice of inline or split: that is what we measure
        oursPage(`ours-${kind}-${n}`, out, n);
        peerPage(`peer-${kind}-${n}`, seeds);
        staticPage(`static-${kind}-${n}`, seeds);
        prepared.push({ kind, n, built: describe(out) });
      }
    }
  }
  const peerGzip = await buildPeer();
  const sweepBuilt = want('sweep') ? prepareSweep() : [];
  const parseData = want('parse') ? parseSets() : [];

  // Pages of 10 articles load in about 100 ms, and there the peer's own time swung from 99 to
  // 182 ms between runs: three times the runs, for medians that hold still.
  const runsFor = (n: number) => (n <= 10 ? config.runs * 3 : config.runs);
  const server = await serve();
  const browser = await launch();
  const version = await browser.version();
  const cases: Case[] = [];
  let sweep: SweepPoint[] = [];
  let parse: ParseRow[] = [];
  let more: Extras | undefined;
  try {
    for (const p of prepared) await markupPage(browser, server.url, `markup-${p.kind}-${p.n}`, p.built.dir);
    for (const throttle of config.throttles) {
      for (const p of prepared) {
        const [o, q, f, m] = ['ours', 'peer', 'static', 'markup'].map((page) => `${TMP}/${page}-${p.kind}-${p.n}.html`) as [string, string, string, string];
        const r = await compare(browser, server.url, [o, q, f, m], runsFor(p.n), { throttle, heap: throttle === 1 });
        const ours = r[o]!;
        const beforeRead = ours.requests.filter((u) => !u.startsWith('/bench/.tmp/peer')).reduce((sum, u) => sum + gzip(`.${u}`), 0);
        cases.push({ ...p, throttle, ours, peer: r[q]!, floor: r[f]!, markup: r[m]!, beforeRead });
        const over = (s: Summary) => `${s.firstView.toFixed(0)} ms = ${(s.firstView / r[q]!.firstView).toFixed(2)}`;
        console.log(
          `${throttle}× ${p.kind} ${p.n}: first view ${ours.firstView.toFixed(0)} / ${r[q]!.firstView.toFixed(0)} ms = ${(ours.firstView / r[q]!.firstView).toFixed(2)}, all titles ${ours.ready.toFixed(0)} / ${r[q]!.ready.toFixed(0)} ms = ${(ours.ready / r[q]!.ready).toFixed(2)}; static HTML ${over(r[f]!)}; our markup ${over(r[m]!)}`,
        );
      }
    }
    if (want('sweep')) sweep = await runSweep(browser, server.url, config.runs, config.throttles, sweepBuilt);
    if (want('parse')) parse = await runParse(browser, server.url, parseData, Math.max(config.runs, 5), config.throttles);
    if (want('extras')) more = await extras(browser, server.url, config.runs);
  } finally {
    await browser.close();
    server.close();
  }
  const minutes = (Date.now() - started) / 60_000;
  const md = report({ config, quick: QUICK, full: FULL, version, minutes, cases, peerGzip, sweep, parse, extras: more });
  const file = FULL ? 'bench/RESULTS.md' : join(TMP, 'RESULTS.md');
  writeFileSync(file, md);
  console.log(`\n${md}\nWrote ${file} in ${minutes.toFixed(1)} min.`);
}

export type Config = typeof config;

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
