// Topics: an article's tags, compared by slug, so `topic="couples-therapy"` (or
// `topic="Couples therapy"`) finds the tag "Couples therapy". Small: it ships to the browser.
import type { ArticleData, Topic } from './data.js';
import { slugify } from './slug.js';

/** The slug a topic is known by: "Couples therapy" → "couples-therapy". */
export const topicSlug = (name: string): string => slugify(name);

/** The index in `topics` of the topic `wanted` names (a slug or a tag as written), or -1. */
export function findTopic(topics: readonly Topic[] | undefined, wanted: string): number {
  const slug = topicSlug(wanted);
  return slug ? (topics ?? []).findIndex(([s]) => s === slug) : -1;
}

/** The articles on topic `index` (from findTopic), in their order, at most `limit` of them. */
export function onTopic<T extends Pick<ArticleData, 'topics'>>(articles: readonly T[], index: number, limit = Infinity): T[] {
  const found: T[] = [];
  for (const a of articles) {
    if (found.length >= limit) break;
    if (a.topics?.includes(index)) found.push(a);
  }
  return found;
}

/** A `limit="…"` attribute: a whole number of at least 1, else no limit (undefined). */
export function parseLimit(value: string | null | undefined): number | undefined {
  const n = value == null || !/^\s*\d+\s*$/.test(value) ? NaN : Number(value);
  return n >= 1 ? n : undefined;
}
