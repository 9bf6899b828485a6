// A static page per article with text: readable with JavaScript off, with the meta tags
// and JSON-LD that search engines and link previews read; and their stylesheet.
import type { Strings } from '../../shared/data.js';
import { format, isRtl, primaryLanguage } from '../../shared/i18n.js';
import { translations } from '../../shared/translations/index.js';
import type { ModelArticle, ModelAuthor } from '../collection/resolve.js';
import { canonicalUrl, type Emitter } from './emitter.js';
import { blocksHtml } from './html.js';
import { blogPosting, scriptJson } from './jsonld.js';
import { pageFile } from './names.js';
import { PAGE_CSS } from './page-style.js';
import { html, join, raw, type SafeHtml } from './safe-html.js';

export interface PageOptions {
  /** The public address of the output folder, ending in `/`. */
  site?: URL;
  /** Language of the articles that don't declare their own. */
  lang: string;
  /** Page stylesheet's file name (content-hashed). */
  css: string;
}

/** Strings for a language: the built-in translation, else English. */
export const stringsFor = (lang: string): Strings => translations[primaryLanguage(lang)] ?? translations.en!;

/**
 * A <title> search results show whole (70 characters as written in the page, entities
 * and all): a long title keeps the part before its colon, or is cut at a word, so
 * nothing is added that the title doesn't say.
 */
export function shortTitle(title: string, max = 70): string {
  const fits = (t: string) => String(html`${t}`).length <= max;
  if (fits(title)) return title;
  const head = title.split(/:\s/)[0]!;
  if (fits(head) && head.length >= 20) return head;
  const words = title.split(' ');
  while (words.length > 1 && !fits(`${words.join(' ')}…`)) words.pop();
  return `${words.join(' ').replace(/[\s,;:–—-]+$/, '')}…`;
}

function avatar(author: ModelAuthor, big = false): SafeHtml {
  const cls = big ? 'avatar big' : 'avatar';
  const p = author.photo;
  return p
    ? html`<img class="${cls}" src="${p.src}" width="${p.width}" height="${p.height}" alt="${author.name}">`
    : html`<span class="${cls}" aria-hidden="true">${author.initials}</span>`;
}

export function articlePage(a: ModelArticle, o: PageOptions): string {
  const author = a.author;
  const lang = a.lang ?? o.lang;
  const s = stringsFor(lang);
  const t = (key: keyof Strings, values?: Record<string, string | number>) => format(lang, s[key], values);
  const url = canonicalUrl(a, o.site);
  const date = a.date && html`<time datetime="${a.date}">${new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(a.date))}</time>`;
  const meta = join([t('minutes', { n: a.minutes }), date], ' · ');
  const item = (r: ModelArticle) => (r.full ? html`<a href="${pageFile(r.slug)}">${r.title}</a>` : r.url ? html`<a href="${r.url}">${r.title}</a>` : html`${r.title}`);
  const more = a.related.length > 0;
  const book = author.bookingUrl;
  const about = join(
    [
      html`<div class="who">${avatar(author, true)}<p><strong>${author.name}</strong>${author.creds && `, ${author.creds}`}</p></div>`,
      author.bio && blocksHtml(author.bio, 2),
      book && html`<p><a class="book" href="${book}">${t('book', { name: author.short })}</a></p>`,
      more && html`<h2>${t('more', { name: author.name })}</h2>`,
      more && html`<ul class="more">${a.related.map((r) => html`<li>${item(r)}</li>`)}</ul>`,
    ],
    '\n          ',
  );
  const ld = blogPosting(a, { url, lang: a.lang ?? (o.lang !== 'en' ? o.lang : undefined), bookingUrl: /^https?:/.test(book ?? '') ? book : undefined });
  const head = join(
    [
      html`<meta charset="utf-8">`,
      html`<meta name="viewport" content="width=device-width, initial-scale=1">`,
      html`<title>${shortTitle(a.title)}</title>`,
      a.excerpt && html`<meta name="description" content="${a.excerpt}">`,
      html`<meta name="color-scheme" content="light dark">`,
      url && html`<link rel="canonical" href="${url}">`,
      html`<meta property="og:type" content="article">`,
      html`<meta property="og:title" content="${a.title}">`,
      a.excerpt && html`<meta property="og:description" content="${a.excerpt}">`,
      url && html`<meta property="og:url" content="${url}">`,
      a.date && html`<meta property="article:published_time" content="${a.date}">`,
      html`<meta name="twitter:card" content="summary">`,
      html`<meta name="twitter:title" content="${a.title}">`,
      a.excerpt && html`<meta name="twitter:description" content="${a.excerpt}">`,
      o.site && html`<link rel="alternate" type="application/atom+xml" href="feed.xml" title="${s.articles}">`,
      html`<link rel="icon" href="data:,">`,
      html`<link rel="stylesheet" href="${o.css}">`,
      // scriptJson escapes `<`, so nothing in it can close the script: the one raw() here.
      html`<script type="application/ld+json">\n${raw(scriptJson(ld))}\n</script>`,
    ],
    '\n    ',
  );
  return String(html`<!DOCTYPE html>
<html lang="${lang}"${isRtl(lang) && html` dir="rtl"`}>
  <head>
    ${head}
  </head>
  <body>
    <main>
      <article>
        <h1>${a.title}</h1>
        <div class="who">${avatar(author)}<p><span class="name">${author.byline}</span><br><span class="meta">${meta}</span></p></div>
        ${blocksHtml(a.body, 1)}
        <aside class="about" aria-label="${t('about', { name: author.name })}">
          ${about}
        </aside>
      </article>
    </main>
  </body>
</html>
`);
}

/** The pages, and the stylesheet they share. */
export const pages: Emitter = (model, o) => [
  { path: o.css, content: PAGE_CSS },
  ...model.articles.filter((a) => a.full).map((a) => ({ path: pageFile(a.slug), content: articlePage(a, o) })),
];
