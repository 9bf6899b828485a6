// Reads the source: a feed URL, a blog's home page (its feed found by autodiscovery) or
// a local file, then its next pages (RFC 5005) up to `max` items. Nothing is written
// here: the folder is only touched once the whole source has parsed.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { resolve as resolvePath } from 'node:path';
import { pathToFileURL } from 'node:url';
import { findFeed, looksLikeHtml } from './discover.js';
import { parseSource, SourceError, type Feed, type FeedItem } from './feed.js';
import { fetchLimited, FEED_LIMITS, type FetchLimits } from './fetch.js';

export interface Loaded {
  format: Feed['format'];
  title?: string;
  /** The feed's address, or the file's path as given: recorded in each file's `source`. */
  feed: string;
  /** Set when the feed was found on a page. */
  discoveredFrom?: string;
  pages: number;
  items: FeedItem[];
  /** Items past --max that were not read. */
  truncated: boolean;
  /** A next page a local file names, which is not fetched. */
  unfollowed?: string;
}

const MB = 1024 * 1024;

export async function loadSource(source: string, max: number, timeoutMs: number): Promise<Loaded> {
  const limits: FetchLimits = { ...FEED_LIMITS, timeoutMs };
  if (!/^https?:\/\//i.test(source)) {
    if (!existsSync(source) || !statSync(source).isFile()) throw new SourceError(`${source}: no such file (give a feed's web address, a blog's address, or a feed or WordPress export file)`);
    if (statSync(source).size > FEED_LIMITS.maxBytes) throw new SourceError(`${source}: more than the ${FEED_LIMITS.maxBytes / MB} MB limit`);
    const text = readFileSync(source, 'utf8');
    if (looksLikeHtml(text)) throw new SourceError(`${source}: this is a web page, not a feed or a WordPress export`);
    const feed = parseSource(text, source, pathToFileURL(resolvePath(source)).href);
    return { format: feed.format, title: feed.title, feed: source, pages: 1, items: feed.items.slice(0, max), truncated: feed.items.length > max, unfollowed: feed.next };
  }

  let first = await fetchLimited(source, limits);
  let text = first.body.toString('utf8');
  let discoveredFrom: string | undefined;
  if (looksLikeHtml(text, first.contentType)) {
    const feedUrl = findFeed(text, first.url);
    if (!feedUrl) {
      throw new SourceError(`${first.url}: this web page links to no feed (no <link rel="alternate" type="application/rss+xml"> or Atom or JSON Feed); give the feed's address instead`);
    }
    discoveredFrom = first.url;
    first = await fetchLimited(feedUrl, limits);
    text = first.body.toString('utf8');
    if (looksLikeHtml(text, first.contentType)) throw new SourceError(`${first.url}: the feed ${discoveredFrom} links to is a web page, not a feed`);
  }
  const feed = parseSource(text, first.url, first.url);
  const items = [...feed.items];
  const seen = new Set([first.url]);
  let next = feed.next;
  let pages = 1;
  while (next && items.length < max && !seen.has(next)) {
    seen.add(next);
    const page = await fetchLimited(next, limits);
    const more = parseSource(page.body.toString('utf8'), page.url, page.url);
    items.push(...more.items);
    pages++;
    next = more.next;
  }
  return { format: feed.format, title: feed.title, feed: first.url, discoveredFrom, pages, items: items.slice(0, max), truncated: items.length > max || (!!next && !seen.has(next)) };
}
