// A blog's home page names its feeds with <link rel="alternate" type="…">: the usual way
// browsers and feed readers find them. The first RSS, Atom or JSON one is used.
import { parse, type DefaultTreeAdapterTypes as T } from 'parse5';

const TYPES = ['application/rss+xml', 'application/atom+xml', 'application/feed+json', 'application/json', 'application/rdf+xml'];

export function looksLikeHtml(text: string, contentType = ''): boolean {
  return /text\/html|application\/xhtml/.test(contentType) || /^\s*(<!--[\s\S]*?-->\s*)*<(!doctype html|html[\s>]|head[\s>]|body[\s>])/i.test(text);
}

/** The feed a page links to, resolved against the page's address (and its <base>), if any. */
export function findFeed(html: string, pageUrl: string): string | undefined {
  const doc = parse(html);
  let base = pageUrl;
  let found: string | undefined;
  const visit = (n: T.ParentNode) => {
    for (const c of n.childNodes) {
      if (found) return;
      if (!('tagName' in c)) continue;
      const attr = (name: string) => c.attrs.find((a) => a.name === name)?.value;
      if (c.tagName === 'base' && attr('href')) base = new URL(attr('href')!, pageUrl).href;
      if (c.tagName === 'link' && /(^|\s)alternate(\s|$)/i.test(attr('rel') ?? '') && TYPES.includes((attr('type') ?? '').toLowerCase().split(';')[0]!.trim()) && attr('href')) {
        try {
          found = new URL(attr('href')!.trim(), base).href;
        } catch {
          // an unusable href: look further
        }
      }
      visit(c);
    }
  };
  visit(doc);
  return found;
}
