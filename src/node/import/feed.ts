// A feed (RSS 2.0, Atom 1.0, JSON Feed, RDF) or a WordPress export, read into one list
// of items. feedsmith does the parsing; a WordPress export is RSS 2.0 to it, and its
// `wp:` fields, which say what is published, come from our own scan (xml.ts).
import { parseFeed } from 'feedsmith';
import { htmlToText, type Image } from './html.js';
import { scanAtom, scanWxr, XmlError, type AtomFacts, type WxrFacts } from './xml.js';

export interface FeedItem {
  /** guid, Atom id or JSON Feed id; the link when there is none. */
  id: string;
  title: string;
  link?: string;
  author?: string;
  /** YYYY-MM-DD */
  date?: string;
  updated?: string;
  tags: string[];
  /** The feed's own summary, as plain text. */
  summary?: string;
  /** The full content, as HTML. */
  html?: string;
  /** What relative URLs in `html` are resolved against. */
  base?: string;
  image?: Image;
  /** Why the item is not imported. */
  skip?: string;
}

export interface Feed {
  format: 'RSS 2.0' | 'Atom' | 'JSON Feed' | 'RDF' | 'WordPress export';
  title?: string;
  items: FeedItem[];
  /** The next page (RFC 5005 rel="next", JSON Feed next_url). */
  next?: string;
}

/** The source did not parse; `message` is `where:line:column: reason` when a position is known. */
export class SourceError extends Error {}

/* eslint-disable @typescript-eslint/no-explicit-any -- feedsmith's result, narrowed by hand below */
type Any = any;

const first = <X>(xs: X[] | undefined): X | undefined => xs?.[0];
const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : undefined);

function resolve(href: string | undefined, base: string | undefined): string | undefined {
  if (!href) return undefined;
  try {
    return new URL(href.trim(), base).href;
  } catch {
    return undefined;
  }
}

const MONTHS = 'jan feb mar apr may jun jul aug sep oct nov dec'.split(' ');

/** The calendar day a feed date names, in the feed's own time zone. */
export function toDay(s: string | undefined): string | undefined {
  if (!s) return undefined;
  const iso = /^(\d{4}-\d{2}-\d{2})/.exec(s.trim());
  if (iso) return Number.isNaN(Date.parse(iso[1]!)) ? undefined : iso[1];
  const rfc = /(\d{1,2})\s+([A-Za-z]{3})[a-z]*\s+(\d{4})/.exec(s);
  const m = rfc ? MONTHS.indexOf(rfc[2]!.toLowerCase()) : -1;
  if (rfc && m >= 0) return `${rfc[3]}-${String(m + 1).padStart(2, '0')}-${rfc[1]!.padStart(2, '0')}`;
  return undefined;
}

/**
 * A person's name: a `dc:creator` string, or what feedsmith makes of an RSS `author` or
 * `managingEditor` (an e-mail address, often with the name in parentheses): `{ name, email }`.
 * An address alone names no one.
 */
const rssPerson = (p: string | { name?: unknown } | undefined): string | undefined => {
  if (p && typeof p === 'object') return str(p.name);
  const named = p && /\(([^)]+)\)/.exec(p)?.[1]?.trim();
  return named || (p && !p.includes('@') ? p.trim() : undefined);
};

const isImage = (type: string | undefined, url: string) => (type ? type.startsWith('image/') : /\.(png|jpe?g|gif|webp|avif)(\?|$)/i.test(url));

/** Plain text as HTML paragraphs, for text-only content. */
const textHtml = (t: string) =>
  t
    .split(/\n\s*\n/)
    .map((p) => `<p>${p.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`)
    .join('');

/** Parses `text`, read from `where` (a URL, or a file path for messages and `url` for resolving). */
export function parseSource(text: string, where: string, url: string): Feed {
  const trimmed = text.replace(/^\uFEFF/, '').trimStart();
  let input: unknown = trimmed;
  let wxr: WxrFacts | undefined;
  if (trimmed.startsWith('{')) {
    try {
      input = JSON.parse(trimmed);
    } catch (e) {
      const pos = Number(/position (\d+)/.exec((e as Error).message)?.[1] ?? 0);
      const before = trimmed.slice(0, pos);
      throw new SourceError(`${where}:${before.split('\n').length}:${pos - before.lastIndexOf('\n')}: not valid JSON (${(e as Error).message.replace(/ in JSON at .*/, '')})`);
    }
  } else {
    try {
      // Whether a file is an export is read from the whole file, not from its first lines:
      // an export taken for a plain feed would publish its drafts.
      const scanned = scanWxr(trimmed);
      if (scanned.wordpress) wxr = scanned;
    } catch (e) {
      if (e instanceof XmlError) throw new SourceError(`${where}:${e.line}:${e.column}: malformed XML: ${e.reason}`);
      throw e;
    }
  }
  let parsed: { format: string; feed: Any };
  try {
    parsed = parseFeed(input as string) as { format: string; feed: Any };
  } catch {
    throw new SourceError(`${where}: not an RSS, Atom, RDF or JSON feed, nor a WordPress export`);
  }
  const feed = parsed.feed;
  if (parsed.format === 'json') return jsonFeed(feed, url);
  if (parsed.format === 'atom') return atomFeed(feed, url, scanAtom(trimmed));
  return rssFeed(feed, url, parsed.format === 'rdf' ? 'RDF' : wxr ? 'WordPress export' : 'RSS 2.0', wxr);
}

function rssFeed(feed: Any, url: string, format: Feed['format'], wxr: WxrFacts | undefined): Feed {
  const base = resolve(feed.xml?.base, url) ?? url;
  const channelAuthor = rssPerson(first(feed.dc?.creators)) ?? rssPerson(feed.managingEditor);
  const factsOf = wxr && pairItems(wxr.items, (f) => f.guid, (it) => str(it.guid?.value), (it) => str(it.title));
  const items = (feed.items ?? []).map((it: Any, i: number): FeedItem => {
    const itemBase = resolve(it.xml?.base, base) ?? base;
    const link = resolve(it.link ?? (it.guid?.isPermaLink !== false ? it.guid?.value : undefined), itemBase);
    const creator = str(first(it.dc?.creators));
    const facts = factsOf?.(it);
    let html = str(it.content?.encoded);
    let summary = str(it.description);
    if (wxr) summary = str(facts?.['excerpt:encoded']);
    // Without content:encoded, a description of several paragraphs is the post itself; a short one is its summary.
    else if (!html && summary && (summary.match(/<p[\s>]|<br\s*\/?>\s*<br/gi)?.length ?? 0) >= 2) [html, summary] = [summary, undefined];
    const enclosure = (it.enclosures ?? []).find((e: Any) => e.url && isImage(e.type, e.url));
    const media = (it.media?.contents ?? []).find((m: Any) => m.url && (m.medium === 'image' || isImage(m.type, m.url)));
    const image = resolve(enclosure?.url ?? media?.url, itemBase);
    return {
      id: str(it.guid?.value) ?? link ?? `#${i}`,
      title: (str(it.title) ?? '').replace(/\s+/g, ' '), // text, entities decoded once (by the XML)
      link,
      author: (creator && wxr?.authors.get(creator)) ?? rssPerson(creator) ?? rssPerson(first(it.authors)) ?? channelAuthor,
      date: toDay(it.pubDate ?? first(it.dc?.dates)),
      tags: unique((it.categories ?? []).map((c: Any) => str(c.name))),
      summary: summary && htmlToText(summary),
      html,
      // Relative links in a post resolve against its own address, unless xml:base says otherwise.
      base: it.xml?.base || feed.xml?.base ? itemBase : (link ?? itemBase),
      image: image ? { url: image, alt: '' } : undefined,
      skip: wxr ? wxrSkip(facts) : undefined,
    };
  });
  const next = (feed.atom?.links ?? []).find((l: Any) => l.rel === 'next')?.href;
  return { format, title: str(feed.title), items, next: resolve(next, url) };
}

/**
 * Pairs each item feedsmith read with the scan's facts about it, by id (an RSS guid, an
 * Atom id) and title, in order. feedsmith leaves out an item it finds nothing in, so the n-th of its items need
 * not be the n-th of the file: pairing by position once published a draft under the next
 * post's status. An item with no pair gets no facts, and so is skipped.
 */
function pairItems(scanned: Record<string, string>[], idOf: (f: Record<string, string>) => string | undefined, idOfItem: (it: Any) => string | undefined, titleOf: (it: Any) => string | undefined): (it: Any) => Record<string, string> | undefined {
  const keyOf = (id: string | undefined, title: string | undefined) => `${id ?? ''}\n${title ?? ''}`;
  const byKey = new Map<string, { at: number; list: number[] }>();
  scanned.forEach((f, j) => {
    const key = keyOf(idOf(f), f.title);
    const known = byKey.get(key);
    if (known) known.list.push(j);
    else byKey.set(key, { at: 0, list: [j] });
  });
  let next = 0;
  return (it) => {
    const queue = byKey.get(keyOf(idOfItem(it), titleOf(it)));
    if (!queue) return undefined;
    while (queue.at < queue.list.length && queue.list[queue.at]! < next) queue.at++;
    const j = queue.list[queue.at++];
    if (j === undefined) return undefined;
    next = j + 1;
    return scanned[j];
  };
}

function wxrSkip(f: Record<string, string> | undefined): string | undefined {
  if (!f) return 'its WordPress status could not be read';
  const type = f['wp:post_type'] ?? 'post';
  if (type === 'attachment') return 'attachment';
  if (type !== 'post') return `${type}, not a post`;
  const status = f['wp:status'] ?? '';
  if (status !== 'publish') return { draft: 'draft', private: 'private', pending: 'pending review', future: 'scheduled', trash: 'in the trash', 'auto-draft': 'draft' }[status] ?? `status "${status}"`;
  if (f['wp:post_password']) return 'password-protected';
  return undefined;
}

const unique = (xs: (string | undefined)[]) => [...new Set(xs.filter((x): x is string => !!x))];

function atomText(t: Any): string | undefined {
  const v = str(t?.value);
  return v && (t.type === 'html' || t.type === 'xhtml' ? htmlToText(v) : v);
}

/** Blogger's kind of entry, in exports before 2018: a category of this scheme, whose term ends in #post, #comment, #page… */
const BLOGGER_KIND = 'http://schemas.google.com/g/2005#kind';

/**
 * Why an Atom entry is not a published post, if it isn't: an AtomPub draft
 * (`app:control/app:draft`), or in a Blogger export a comment, page, setting or
 * template, or a post not LIVE (a draft, one in the trash).
 */
function atomSkip(e: Any, f: Record<string, string> | undefined, blogger: boolean): string | undefined {
  if (e.app?.control?.draft === true || /^yes$/i.test(f?.['app:draft'] ?? '')) return 'draft';
  const kind = (e.categories ?? []).find((c: Any) => c.scheme === BLOGGER_KIND)?.term as string | undefined;
  if (kind !== undefined && !kind.endsWith('#post')) return `${kind.split('#').pop() || 'an entry'}, not a post`;
  if (!blogger) return undefined;
  if (!f) return 'its Blogger status could not be read';
  const type = f['blogger:type']?.toUpperCase();
  if (type !== undefined && type !== 'POST') return `${type.toLowerCase()}, not a post`;
  const status = f['blogger:status']?.toUpperCase();
  if (status === undefined) return kind === undefined ? 'its Blogger status could not be read' : undefined;
  if (status !== 'LIVE') return { DRAFT: 'draft', SOFT_TRASHED: 'in the trash' }[status] ?? `status "${status}"`;
  return undefined;
}

function atomFeed(feed: Any, url: string, facts: AtomFacts): Feed {
  const base = resolve(feed.xml?.base, url) ?? url;
  const feedAuthor = str(first(feed.authors as Any[])?.name);
  const factsOf = pairItems(facts.entries, (f) => f.id, (e) => str(e.id), (e) => str(e.title?.value));
  const items = (feed.entries ?? []).map((e: Any, i: number): FeedItem => {
    const entryBase = resolve(e.xml?.base, base) ?? base;
    const alt = (e.links ?? []).find((l: Any) => !l.rel || l.rel === 'alternate');
    const link = resolve(alt?.href, entryBase);
    const c = e.content;
    const html = c?.src ? undefined : c?.type === 'text' || (!c?.type && c?.value) ? (str(c?.value) ? textHtml(c.value) : undefined) : str(c?.value);
    const enclosure = (e.links ?? []).find((l: Any) => l.rel === 'enclosure' && l.href && isImage(l.type, l.href));
    const media = (e.media?.contents ?? []).find((m: Any) => m.url && (m.medium === 'image' || isImage(m.type, m.url)));
    const image = resolve(enclosure?.href ?? media?.url, entryBase);
    const date = toDay(e.published ?? e.updated);
    const updated = toDay(e.updated);
    return {
      id: str(e.id) ?? link ?? `#${i}`,
      title: atomText(e.title) ?? '',
      link,
      author: str(first(e.authors as Any[])?.name) ?? feedAuthor,
      date,
      updated: updated !== date ? updated : undefined,
      tags: unique((e.categories ?? []).filter((c: Any) => c.scheme !== BLOGGER_KIND).map((c: Any) => str(c.label) ?? str(c.term))),
      summary: atomText(e.summary),
      html,
      base: e.xml?.base || feed.xml?.base ? entryBase : (link ?? entryBase),
      image: image ? { url: image, alt: '' } : undefined,
      skip: atomSkip(e, factsOf(e), facts.blogger),
    };
  });
  const next = (feed.links ?? []).find((l: Any) => l.rel === 'next')?.href;
  return { format: 'Atom', title: atomText(feed.title), items, next: resolve(next, base) };
}

function jsonFeed(feed: Any, url: string): Feed {
  const feedAuthor = str(first(feed.authors as Any[])?.name) ?? str(feed.author?.name);
  const items = (feed.items ?? []).map((it: Any, i: number): FeedItem => {
    const link = resolve(it.url, url);
    const image = resolve(it.image ?? it.banner_image, link ?? url);
    const date = toDay(it.date_published);
    const updated = toDay(it.date_modified);
    return {
      id: str(it.id) ?? link ?? `#${i}`,
      title: str(it.title) ?? '',
      link,
      author: str(first(it.authors as Any[])?.name) ?? str(it.author?.name) ?? feedAuthor,
      date: date ?? updated,
      updated: date && updated !== date ? updated : undefined,
      tags: unique(it.tags ?? []),
      summary: str(it.summary),
      html: str(it.content_html) ?? (str(it.content_text) ? textHtml(it.content_text) : undefined),
      base: link ?? url,
      image: image ? { url: image, alt: '' } : undefined,
    };
  });
  return { format: 'JSON Feed', title: str(feed.title), items, next: resolve(feed.next_url, url) };
}
