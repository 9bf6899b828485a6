// The compact data the browser gets (src/shared/data.ts): card data always; bodies inside
// the script, or one content-hashed file each, fetched on Read (script.ts decides which).
import type { ArticleData, AuthorData, Block, CollectionData, Strings } from '../../shared/data.js';
import { primaryLanguage } from '../../shared/i18n.js';
import { translations } from '../../shared/translations/index.js';
import type { Model, ModelArticle } from '../collection/resolve.js';
import { NO_MEDIA, type RenderedMedia } from '../media/render.js';
import { hash, type OutputFile } from './files.js';

export interface DataOptions {
  /** Bodies in files beside the script, rather than inside it. */
  split: boolean;
  /** The article's page, when pages are published at a known address. */
  pageUrl?: (a: ModelArticle) => string | undefined;
  /** Languages to carry inside the script besides English (and the articles' own). */
  languages?: string[];
  /** The rendered images; without them, the data names no image or photo. */
  media?: RenderedMedia;
}

export interface BrowserData {
  data: CollectionData;
  files: OutputFile[];
  split: boolean;
}

export function browserData(model: Model, o: DataOptions): BrowserData {
  const files: OutputFile[] = [];
  const authorIndex = new Map(model.authors.map((a, i) => [a, i]));
  const articleIndex = new Map(model.articles.map((a, i) => [a, i]));
  const topicIndex = new Map(model.topics.map((t, i) => [t, i]));
  const media = o.media ?? NO_MEDIA;

  const authors: AuthorData[] = model.authors.map((a) => ({
    name: a.name,
    ...(a.creds && { creds: a.creds }),
    short: a.short,
    initials: a.initials,
    ...(a.bookingUrl && { url: a.bookingUrl }),
    ...(a.bio && { bio: a.bio }),
    ...(media.photos.has(a) && { photo: media.photos.get(a)! }),
  }));

  const articles: ArticleData[] = model.articles.map((a) => {
    const topics = a.topics.map((t) => topicIndex.get(t)!);
    const base = {
      slug: a.slug,
      title: a.title,
      author: authorIndex.get(a.author)!,
      ...(a.excerpt && { excerpt: a.excerpt }),
      ...(a.lang && { lang: a.lang }),
      ...(topics.length && { topics }),
    };
    if (!a.full) return { ...base, ...(a.url && { url: a.url }) };
    let body: { body: Block[] } | { src: string } = { body: a.body };
    if (o.split) {
      const json = JSON.stringify(a.body);
      const src = `bodies/${hash(json)}.json`;
      files.push({ path: src, content: json });
      body = { src };
    }
    // An imported article's original is its page; else the page this build writes.
    const url = a.url ?? o.pageUrl?.(a);
    const more = a.related.map((r) => articleIndex.get(r)!);
    const cover = media.covers.get(a);
    const health = {
      ...(cover && { image: cover.card }),
      ...(a.date && { date: a.date }),
      ...(a.updated && { updated: a.updated }),
      ...(a.reviewer && { reviewedBy: authorIndex.get(a.reviewer)! }),
      ...(a.reviewed && { reviewed: a.reviewed }),
      ...(a.note && { note: a.note }),
    };
    return { ...base, minutes: a.minutes, words: a.words, ...body, ...(url && { url }), ...(more.length && { more }), ...health };
  });

  // English is in the code. The articles' own languages and the asked-for ones travel
  // inside the script; every other built-in language is a small file fetched on first use.
  const inline = new Set([...(o.languages ?? []), ...model.articles.map((a) => a.lang ?? '')].map(primaryLanguage));
  const strings: Record<string, Strings> = {};
  const fetched = Object.entries(translations).filter(([lang, table]) => lang !== 'en' && !(inline.has(lang) && (strings[lang] = table)));
  const i18n = `i18n/${hash(JSON.stringify(fetched))}/`;
  for (const [lang, table] of fetched) files.push({ path: `${i18n}${lang}.json`, content: JSON.stringify(table) });
  const topics = model.topics.map((t): [string, string] => [t.slug, t.name]);
  const support = model.practice.support;
  const data: CollectionData = { authors, articles, ...(topics.length && { topics }), ...(support && { support }), strings, locales: fetched.map(([lang]) => lang), i18n };
  return { data, files, split: o.split };
}
