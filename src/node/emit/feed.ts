// feed.xml, when the site's address is known: an Atom feed of the articles with text.
// Atom needs an `updated` time for each entry; where an article has no date, the
// build's time stands in (the feed's own, too).
import { canonicalUrl, type Emitter } from './emitter.js';
import { stringsFor } from './pages.js';
import { xml } from './safe-html.js';

export function atom(model: Parameters<Emitter>[0], site: URL, lang: string, now = new Date()): string {
  const full = model.articles.filter((a) => a.full);
  const stamp = (date?: string) => (date ? `${date}T00:00:00Z` : now.toISOString().replace(/\.\d+Z$/, 'Z'));
  const dates = full.map((a) => a.updated ?? a.date).filter(Boolean).sort();
  const self = new URL('feed.xml', site).href;
  const entries = full.map((a) => {
    const href = canonicalUrl(a, site)!;
    return xml`  <entry>
    <title>${a.title}</title>
    <link href="${href}"/>
    <id>${href}</id>
    <updated>${stamp(a.updated ?? a.date)}</updated>${a.date && xml`\n    <published>${stamp(a.date)}</published>`}
    <author><name>${a.author.name}</name></author>${a.excerpt && xml`\n    <summary>${a.excerpt}</summary>`}
  </entry>
`;
  });
  return String(xml`<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${lang}">
  <title>${stringsFor(lang).articles}</title>
  <link href="${self}" rel="self"/>
  <id>${self}</id>
  <updated>${stamp(dates.length === full.length ? dates.at(-1) : undefined)}</updated>
${entries}</feed>
`);
}

export const feed: Emitter = (model, { site, lang }) => (site ? [{ path: 'feed.xml', content: atom(model, site, lang) }] : []);
