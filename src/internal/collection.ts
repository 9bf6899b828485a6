// The collection as the browser gets it, and the files it fetches from beside the script.
import data from 'virtual:practice-articles/collection';
import type { ArticleData, AuthorData } from '../shared/data.js';

export const { authors, articles, topics = [], support } = data;
/** The author an index names; the build checks every index. */
export const authorAt = (i: number) => authors[i] as AuthorData;
/** The entries indices name ("More from"). */
export const entriesAt = (list: readonly number[] = []) => list.map((i) => articles[i] as ArticleData);
export const bySlug = new Map<string, ArticleData>(articles.map((a) => [a.slug, a]));
/** For warnings about unknown slugs. */
export const validSlugs = [...bySlug.keys()].join(', ');

let base: string | undefined;

/** Where the script was loaded from; body and language files sit beside it. Set once by the entry. */
export const setBase = (url?: string) => (base = url);

/** A file beside the script, as an absolute URL. */
export const fileUrl = (src: string) => new URL(src, base || document.baseURI).href;

const files = new Map<string, Promise<unknown>>();

/** Fetches a JSON file beside the script once; a failure is forgotten, so a later try fetches again. */
export function fetchJson<T>(src: string): Promise<T> {
  let p = files.get(src);
  if (!p) {
    p = fetch(fileUrl(src)).then((r) => (r.ok ? r.json() : Promise.reject(new Error(`HTTP ${r.status}`))));
    p.catch(() => files.delete(src));
    files.set(src, p);
  }
  return p as Promise<T>;
}
