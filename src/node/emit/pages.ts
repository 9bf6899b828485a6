// A static page per article with text: readable with JavaScript off, with the meta tags
// and JSON-LD that search engines and link previews read. Plus sitemap.xml and feed.xml
// when the site's address is known, and the fallback snippet for host pages.
import type { Strings } from '../../shared/data.js';
import { format, isRtl } from '../../shared/i18n.js';
import { translations } from '../../shared/translations/index.js';
import type { Article, Author } from '../collection/model.js';
import type { LoadedCollection } from '../collection/read.js';
import type { AuthorData } from '../../shared/data.js';
import { blocksHtml, esc } from './html.js';
import { blogPosting, scriptJson } from './jsonld.js';

export interface PagesOptions {
  /** The public address of the output folder, ending in `/`. */
  site?: URL;
  /** Language of the articles that don't declare their own. */
  lang: string;
  /** Page stylesheet's file name (content-hashed). */
  css: string;
  /** The browser data's authors, for booking URLs and photos as the widget uses them. */
  authors: AuthorData[];
}

export const pageFile = (slug: string) => `${slug}.html`;

/** Strings for a language: the built-in translation, else English. */
const stringsFor = (lang: string): Strings => translations[lang.toLowerCase().split('-')[0]!] ?? translations.en!;

/**
 * A <title> search results show whole (70 characters as written in the page, entities
 * and all): a long title keeps the part before its colon, or is cut at a word, so
 * nothing is added that the title doesn't say.
 */
export function shortTitle(title: string, max = 70): string {
  const fits = (t: string) => esc(t).length <= max;
  if (fits(title)) return title;
  const head = title.split(/:\s/)[0]!;
  if (fits(head) && head.length >= 20) return head;
  const words = title.split(' ');
  while (words.length > 1 && !fits(`${words.join(' ')}…`)) words.pop();
  return `${words.join(' ').replace(/[\s,;:–—-]+$/, '')}…`;
}

function avatar(author: AuthorData, big = false): string {
  const cls = big ? 'avatar big' : 'avatar';
  return author.photo
    ? `<img class="${cls}" src="${esc(author.photo.src)}" width="${author.photo.width}" height="${author.photo.height}" alt="${esc(author.name)}">`
    : `<span class="${cls}" aria-hidden="true">${esc(author.initials)}</span>`;
}

export function articlePage(a: Article, author: Author, c: LoadedCollection, o: PagesOptions): string {
  const lang = a.lang ?? o.lang;
  const s = stringsFor(lang);
  const t = (key: keyof Strings, values?: Record<string, string | number>) => format(lang, s[key], values);
  const data = o.authors[c.authors.indexOf(author)]!;
  const url = o.site && new URL(pageFile(a.slug), o.site).href;
  const creds = author.credentials.join(', ');
  const byline = esc(creds ? `${author.name}, ${creds}` : author.name);
  const date = a.date && `<time datetime="${a.date}">${esc(new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(a.date)))}</time>`;
  const meta = [t('minutes', { n: a.readingMinutes }), date].filter(Boolean).join(' · ');
  const related = a.related.map((slug) => c.articles.find((x) => x.slug === slug)!);
  const item = (r: Article) =>
    r.body.length ? `<a href="${esc(pageFile(r.slug))}">${esc(r.title)}</a>` : r.url ? `<a href="${esc(r.url)}">${esc(r.title)}</a>` : esc(r.title);
  const about = [
    `<div class="who">${avatar(data, true)}<p><strong>${esc(author.name)}</strong>${creds ? `, ${esc(creds)}` : ''}</p></div>`,
    data.bio && blocksHtml(data.bio, 2),
    data.url && `<p><a class="book" href="${esc(data.url)}">${esc(t('book', { name: data.short }))}</a></p>`,
    related.length && `<h2>${esc(t('more', { name: author.name }))}</h2>`,
    related.length && `<ul class="more">${related.map((r) => `<li>${item(r)}</li>`).join('')}</ul>`,
  ].filter(Boolean);
  const head = [
    `<meta charset="utf-8">`,
    `<meta name="viewport" content="width=device-width, initial-scale=1">`,
    `<title>${esc(shortTitle(a.title))}</title>`,
    a.excerpt && `<meta name="description" content="${esc(a.excerpt)}">`,
    `<meta name="color-scheme" content="light dark">`,
    url && `<link rel="canonical" href="${esc(url)}">`,
    `<meta property="og:type" content="article">`,
    `<meta property="og:title" content="${esc(a.title)}">`,
    a.excerpt && `<meta property="og:description" content="${esc(a.excerpt)}">`,
    url && `<meta property="og:url" content="${esc(url)}">`,
    a.date && `<meta property="article:published_time" content="${a.date}">`,
    `<meta name="twitter:card" content="summary">`,
    `<meta name="twitter:title" content="${esc(a.title)}">`,
    a.excerpt && `<meta name="twitter:description" content="${esc(a.excerpt)}">`,
    o.site && `<link rel="alternate" type="application/atom+xml" href="feed.xml" title="${esc(s.articles)}">`,
    `<link rel="icon" href="data:,">`,
    `<link rel="stylesheet" href="${esc(o.css)}">`,
    `<script type="application/ld+json">\n${scriptJson(blogPosting(a, author, { url, lang: a.lang ?? (o.lang !== 'en' ? o.lang : undefined), bookingUrl: /^https?:/.test(data.url ?? '') ? data.url : undefined }))}\n</script>`,
  ].filter(Boolean);
  return `<!DOCTYPE html>
<html lang="${esc(lang)}"${isRtl(lang) ? ' dir="rtl"' : ''}>
  <head>
    ${head.join('\n    ')}
  </head>
  <body>
    <main>
      <article>
        <h1>${esc(a.title)}</h1>
        <div class="who">${avatar(data)}<p><span class="name">${byline}</span><br><span class="meta">${meta}</span></p></div>
        ${blocksHtml(a.body, 1)}
        <aside class="about" aria-label="${esc(t('about', { name: author.name }))}">
          ${about.join('\n          ')}
        </aside>
      </article>
    </main>
  </body>
</html>
`;
}

export function sitemap(c: LoadedCollection, site: URL): string {
  const urls = c.articles
    .filter((a) => a.body.length)
    .map((a) => `  <url><loc>${esc(new URL(pageFile(a.slug), site).href)}</loc>${a.date ? `<lastmod>${a.date}</lastmod>` : ''}</url>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
}

/**
 * An Atom feed of the articles with text. Atom needs an `updated` time for each entry;
 * where an article has no date, the build's time stands in (the feed's own, too).
 */
export function feed(c: LoadedCollection, site: URL, lang: string, now = new Date()): string {
  const full = c.articles.filter((a) => a.body.length);
  const stamp = (date?: string) => (date ? `${date}T00:00:00Z` : now.toISOString().replace(/\.\d+Z$/, 'Z'));
  const dates = full.map((a) => a.date).filter(Boolean).sort();
  const entries = full.map((a) => {
    const author = c.authors.find((x) => x.name === a.author)!;
    const href = new URL(pageFile(a.slug), site).href;
    return `  <entry>
    <title>${esc(a.title)}</title>
    <link href="${esc(href)}"/>
    <id>${esc(href)}</id>
    <updated>${stamp(a.date)}</updated>${a.date ? `\n    <published>${stamp(a.date)}</published>` : ''}
    <author><name>${esc(author.name)}</name></author>${a.excerpt ? `\n    <summary>${esc(a.excerpt)}</summary>` : ''}
  </entry>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${esc(lang)}">
  <title>${esc(stringsFor(lang).articles)}</title>
  <link href="${esc(new URL('feed.xml', site).href)}" rel="self"/>
  <id>${esc(new URL('feed.xml', site).href)}</id>
  <updated>${stamp(dates.length === full.length ? dates.at(-1) : undefined)}</updated>
${entries.join('\n')}
</feed>
`;
}

/**
 * snippet.html: what a host pastes instead of the bare tags. Inside each element, a plain
 * list that works without JavaScript; once the element upgrades, its shadow root (with no
 * slot) replaces it, so nothing shows twice, to the eye or to a screen reader.
 */
export function snippet(c: LoadedCollection, o: { site?: URL; script: string }): string {
  const href = (a: Article) => (a.body.length ? esc(o.site ? new URL(pageFile(a.slug), o.site).href : pageFile(a.slug)) : a.url && esc(a.url));
  const byline = (a: Article) => {
    const au = c.authors.find((x) => x.name === a.author)!;
    return esc([au.name, ...au.credentials].join(', '));
  };
  const title = (a: Article) => (href(a) ? `<a href="${href(a)}">${esc(a.title)}</a>` : esc(a.title));
  const items = c.articles.map(
    (a) => `    <li>
      <p><strong>${title(a)}</strong><br>${byline(a)}</p>${a.excerpt ? `\n      <p>${esc(a.excerpt)}</p>` : ''}
    </li>`,
  );
  const cards = c.articles
    .filter((a) => a.body.length)
    .map(
      (a) => `<!-- One article, for a blog post: -->
<practice-article-card article="${esc(a.slug)}">
  <p><strong>${title(a)}</strong><br>${byline(a)}</p>${a.excerpt ? `\n  <p>${esc(a.excerpt)}</p>` : ''}
</practice-article-card>`,
    );
  return `<!-- practice-articles: paste the script once per page, in <head> or before </body>. -->
<script src="${esc(o.script)}" defer></script>

<!-- The carousel. The list inside shows until the script runs, and wherever it can't. -->
<practice-articles>
  <ul>
${items.join('\n')}
  </ul>
</practice-articles>

${cards.join('\n\n')}
`;
}
