// The one build: an articles folder in, everything a site needs out. The command
// (`practice-articles build`) and this repository's `npm run build` both run this.
//   formats (collection/formats.ts) → resolve (collection/resolve.ts) → model → emitters
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Problems } from '../collection/problems.js';
import { readModel, type Model } from '../collection/resolve.js';
import { articlesIndex } from './articles-index.js';
import type { Emitter, EmitOptions, OutputFile } from './emitter.js';
import { feed } from './feed.js';
import { gzipSize, hash } from './files.js';
import { writeOutput, type Written } from './output.js';
import { PAGE_CSS } from './page-style.js';
import { media } from './media.js';
import { pages } from './pages.js';
import { preview } from './preview.js';
import { script } from './script.js';
import { sitemap } from './sitemap.js';
import { snippet } from './snippet.js';
import { topicPages } from './topics.js';
import { checkMedia, renderMedia } from '../media/render.js';

export { scriptBudget } from './budget.js';
export type { Written };

/** Everything the build writes, each from the same model. */
const EMITTERS: Emitter[] = [script, media, pages, topicPages, snippet, preview, articlesIndex, sitemap, feed];

export interface BuildOptions {
  /** Output folder. */
  out: string;
  /** Public URL the output folder is served at: pages get canonical URLs, a sitemap and a feed. Else practice.yaml's. */
  siteUrl?: string;
  /** Booking URL for authors who have none of their own. Else practice.yaml's. */
  bookingUrl?: string;
  /** true: bodies in files; false: inside the script; undefined: whichever keeps the script within its budget. */
  split?: boolean;
  /** Languages to carry inside the script besides English. */
  languages?: string[];
  /** Language of the articles that don't declare one (pages, feed). Else practice.yaml's, else `en`. */
  lang?: string;
}

export interface BuildResult {
  model: Model;
  written: Written[];
  /** Stale files the build once wrote and left in place, because they were changed since. */
  kept: string[];
  split: boolean;
  /** gzip -9 size of practice-articles.js. */
  scriptGzip: number;
  /** Article pages written. */
  pages: number;
  /** The site's address the pages were built for: --site-url, else practice.yaml's. */
  siteUrl?: string;
}

/** The prebuilt widget: beside this file in the package, or in dist/ when run from source. */
export function runtimeDir(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const found = [join(here, '../runtime'), join(here, '../../../dist/runtime')].find((d) => existsSync(join(d, 'practice-articles.js')));
  if (!found) throw new Error('practice-articles: the prebuilt widget (dist/runtime/) is missing; run `npm run build` in the repository');
  return found;
}

/** Every emitter's files; one path twice is a bug, unless both say the same (one photo for two authors). */
async function emitAll(model: Model, o: EmitOptions): Promise<OutputFile[]> {
  const byPath = new Map<string, OutputFile>();
  for (const f of (await Promise.all(EMITTERS.map((emit) => emit(model, o)))).flat()) {
    const seen = byPath.get(f.path);
    if (seen && Buffer.compare(Buffer.from(seen.content), Buffer.from(f.content))) throw new Error(`internal: two emitters write ${f.path}`);
    byPath.set(f.path, f);
  }
  return [...byPath.values()];
}

export async function build(dir: string, options: BuildOptions): Promise<BuildResult> {
  const problems = new Problems();
  const model = readModel(dir, { bookingUrl: options.bookingUrl }, problems);
  // With problems already, decode the images too (encoding nothing), so the list is check's:
  // every problem at once. Without, renderMedia below finds the same ones as it encodes.
  if (problems.list.length) await checkMedia(model, problems);
  problems.throwIfAny();
  // The flags override what practice.yaml says.
  const siteUrl = options.siteUrl ?? model.practice.siteUrl;
  const site = siteUrl ? new URL(siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`) : undefined;
  const o: EmitOptions = {
    site,
    lang: options.lang ?? model.practice.lang ?? 'en',
    split: options.split,
    languages: options.languages,
    runtime: runtimeDir(),
    css: `page.${hash(PAGE_CSS)}.css`,
    media: await renderMedia(model),
  };
  const files = await emitAll(model, o);
  const { written, kept } = writeOutput(options.out, files);
  const js = files.find((f) => f.path === 'practice-articles.js')!;
  return {
    model,
    written,
    kept,
    split: files.some((f) => f.path.startsWith('bodies/')),
    scriptGzip: gzipSize(js.content),
    pages: model.articles.filter((a) => a.full).length,
    ...(siteUrl && { siteUrl }),
  };
}
