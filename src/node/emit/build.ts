// The one build: an articles folder in, everything a site needs out. The command
// (`practice-articles build`) and this repository's `npm run build` both run this.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCollection, type LoadedCollection } from '../collection/read.js';
import { classicScript, moduleScript } from './bundle.js';
import { browserData } from './data.js';
import { gzipSize, hash, type OutFile } from './files.js';
import { PAGE_CSS } from './page-style.js';
import { articlePage, feed, pageFile, sitemap, snippet } from './pages.js';
import { previewPage } from './preview.js';

export interface BuildOptions {
  /** Output folder. */
  out: string;
  /** Public URL the output folder is served at: pages get canonical URLs, a sitemap and a feed. */
  siteUrl?: string;
  /** Booking URL for authors who have none of their own. */
  bookingUrl?: string;
  /** true: bodies in files; false: inside the script; undefined: whichever keeps the script within its budget. */
  split?: boolean;
  /** Languages to carry inside the script besides English. */
  languages?: string[];
  /** Language of the articles that don't declare one (pages, feed). Default `en`. */
  lang?: string;
}

export interface Written {
  path: string;
  bytes: number;
}

export interface BuildResult {
  collection: LoadedCollection;
  written: Written[];
  split: boolean;
  /** gzip -9 size of practice-articles.js. */
  scriptGzip: number;
  /** Article pages written. */
  pages: number;
}

/**
 * What a page may download before any Read: 15,000 B gzip, plus 300 B per entry. Bodies
 * stay inside the script while it keeps within this (the seed's do); past it, they go
 * into files beside it.
 */
export const scriptBudget = (entries: number) => 15_000 + 300 * entries;

/** Folders the build owns inside the output folder, emptied before each build (page.*.css too). */
const OWNED = ['bodies', 'i18n', 'media'];

/** The prebuilt widget: beside this file in the package, or in dist/ when run from source. */
export function runtimeDir(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const found = [join(here, '../runtime'), join(here, '../../../dist/runtime')].find((d) => existsSync(join(d, 'practice-articles.js')));
  if (!found) throw new Error('practice-articles: the prebuilt widget (dist/runtime/) is missing; run `npm run build` in the repository');
  return found;
}

/**
 * articles.json: what the collection holds, for tools that offer a choice of articles
 * (the WordPress block's sidebar, a site's own scripts). Plain data, nothing rendered.
 */
export function articlesIndex(c: LoadedCollection): string {
  const list = c.articles.map((a) => ({
    slug: a.slug,
    title: a.title,
    author: a.author,
    ...(a.excerpt && { excerpt: a.excerpt }),
    hasText: a.body.length > 0,
    ...(a.lang && { lang: a.lang }),
  }));
  return `${JSON.stringify(list, null, 2)}\n`;
}

export function build(dir: string, o: BuildOptions): BuildResult {
  const collection = loadCollection(dir);
  const runtime = runtimeDir();
  const site = o.siteUrl && new URL(o.siteUrl.endsWith('/') ? o.siteUrl : `${o.siteUrl}/`);
  const template = readFileSync(join(runtime, 'practice-articles.js'), 'utf8');
  const make = (split: boolean) => {
    const built = browserData(collection, {
      split,
      bookingUrl: o.bookingUrl,
      languages: o.languages,
      pageUrl: site ? (slug) => new URL(pageFile(slug), site).href : undefined,
    });
    return { ...built, script: classicScript(template, built.data) };
  };
  let built = make(o.split ?? false);
  if (o.split === undefined && gzipSize(built.script) > scriptBudget(collection.articles.length)) built = make(true);
  const { data, files, split, script } = built;
  const css = `page.${hash(PAGE_CSS)}.css`;
  const lang = o.lang ?? 'en';
  const pages = collection.articles
    .filter((a) => a.body.length)
    .map((a) => ({
      path: pageFile(a.slug),
      content: articlePage(a, collection.authors.find((x) => x.name === a.author)!, collection, { site: site || undefined, lang, css, authors: data.authors }),
    }));
  const out: OutFile[] = [
    { path: 'practice-articles.js', content: script },
    { path: 'practice-articles.mjs', content: moduleScript(readFileSync(join(runtime, 'practice-articles.mjs'), 'utf8'), data) },
    ...files,
    { path: css, content: PAGE_CSS },
    ...pages,
    { path: 'snippet.html', content: snippet(collection, { site: site || undefined, script: site ? new URL('practice-articles.js', site).href : 'practice-articles.js' }) },
    { path: 'preview.html', content: previewPage(collection) },
    { path: 'articles.json', content: articlesIndex(collection) },
    ...(site ? [{ path: 'sitemap.xml', content: sitemap(collection, site) }, { path: 'feed.xml', content: feed(collection, site, lang) }] : []),
  ];

  for (const d of OWNED) rmSync(join(o.out, d), { recursive: true, force: true });
  if (existsSync(o.out)) for (const f of readdirSync(o.out)) if (/^page\.[0-9a-f]{10}\.css$/.test(f)) rmSync(join(o.out, f));
  const written = out.map(({ path, content }) => {
    const file = join(o.out, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, content);
    return { path, bytes: Buffer.byteLength(content) };
  });
  return { collection, written, split, scriptGzip: gzipSize(script), pages: pages.length };
}
