// What the carousel shows, in order: the articles an `articles` list picks (all by
// default), as cards, then one card per author gathering their title-only entries.
import { articles, authorAt, bySlug } from '../../internal/collection.js';
import type { ArticleData } from '../../shared/data.js';

/** A slide: an article's card, or an author with the titles gathered under them. */
export type Slide = ArticleData | { author: number; entries: ArticleData[] };

/** The entries `slugs` name, in that order (all, when there are none), and the unknown slugs. */
export function pick(slugs: string[]): { list: readonly ArticleData[]; unknown: string[] } {
  const list = slugs.flatMap((s) => bySlug.get(s) ?? []);
  return { list: slugs.length ? list : articles, unknown: slugs.filter((s) => !bySlug.has(s)) };
}

/**
 * Entries with nothing but a title gather on their author's card, after the articles;
 * so does an author with a bio, so the bio is on show.
 */
export function slidesOf(list: readonly ArticleData[]): Slide[] {
  const gathered = new Map<number, ArticleData[]>();
  const cards = list.filter((a) => {
    const bare = !a.minutes && !a.excerpt;
    if (bare || authorAt(a.author).bio) gathered.set(a.author, gathered.get(a.author) ?? []);
    if (bare) gathered.get(a.author)!.push(a);
    return !bare;
  });
  return [...cards, ...[...gathered].map(([author, entries]) => ({ author, entries }))];
}
