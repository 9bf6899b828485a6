// The compact data the browser gets: card data always; bodies inside the script, or one
// content-hashed file each, fetched on Read (build.ts decides which).
import { extname } from 'node:path';
import { readFileSync } from 'node:fs';
import type { ArticleData, AuthorData, Block, CollectionData, Strings } from '../../shared/data.js';
import { translations } from '../../shared/translations/index.js';
import type { LoadedCollection } from '../collection/read.js';
import { initials, shortName, slugify } from '../collection/text-rules.js';
import { hash, type OutFile } from './files.js';

export interface DataOptions {
  /** Bodies in files beside the script, rather than inside it. */
  split: boolean;
  /** Booking URL for authors who have none of their own. */
  bookingUrl?: string;
  /** Page URL of an article, when pages are published. */
  pageUrl?: (slug: string) => string;
  /** Languages to carry inside the script besides English (and the articles' own). */
  languages?: string[];
}

export interface BrowserData {
  data: CollectionData;
  files: OutFile[];
  split: boolean;
}

export function browserData(c: LoadedCollection, o: DataOptions): BrowserData {
  const files: OutFile[] = [];
  const index = new Map(c.authors.map((a, i) => [a.name, i]));
  const slugIndex = new Map(c.articles.map((a, i) => [a.slug, i]));

  const authors: AuthorData[] = c.authors.map((a) => {
    const photo = c.photos.get(a.name);
    let src: string | undefined;
    if (photo) {
      const bytes = readFileSync(photo.path);
      src = `media/${slugify(a.name) || 'author'}.${hash(bytes)}${extname(photo.path).toLowerCase()}`;
      files.push({ path: src, content: bytes });
    }
    const url = a.bookingUrl ?? o.bookingUrl;
    return {
      name: a.name,
      ...(a.credentials.length && { creds: a.credentials.join(', ') }),
      short: a.shortName ?? shortName(a.name),
      initials: initials(a.name),
      ...(url && { url }),
      ...(a.bioBlocks && { bio: a.bioBlocks }),
      ...(photo && src && { photo: { src, width: photo.width, height: photo.height } }),
    };
  });

  const split = o.split;

  const articles: ArticleData[] = c.articles.map((a) => {
    const base = { slug: a.slug, title: a.title, author: index.get(a.author)!, ...(a.excerpt && { excerpt: a.excerpt }), ...(a.lang && { lang: a.lang }) };
    if (!a.body.length) return { ...base, ...(a.url && { url: a.url }) };
    let body: { body: Block[] } | { src: string } = { body: a.body };
    if (split) {
      const json = JSON.stringify(a.body);
      const src = `bodies/${hash(json)}.json`;
      files.push({ path: src, content: json });
      body = { src };
    }
    const url = o.pageUrl?.(a.slug);
    const more = a.related.map((s) => slugIndex.get(s)!);
    return { ...base, minutes: a.readingMinutes, words: a.wordCount, ...body, ...(url && { url }), ...(more.length && { more }) };
  });

  // English is in the code. The articles' own languages and the asked-for ones travel
  // inside the script; every other built-in language is a small file fetched on first use.
  const inline = new Set([...(o.languages ?? []), ...c.articles.map((a) => a.lang ?? '')].map((l) => l.toLowerCase().split('-')[0]!));
  const strings: Record<string, Strings> = {};
  const fetched = Object.entries(translations).filter(([lang, table]) => lang !== 'en' && !(inline.has(lang) && (strings[lang] = table)));
  const i18n = `i18n/${hash(JSON.stringify(fetched))}/`;
  for (const [lang, table] of fetched) files.push({ path: `${i18n}${lang}.json`, content: JSON.stringify(table) });
  return { data: { authors, articles, strings, locales: fetched.map(([lang]) => lang), i18n }, files, split };
}
