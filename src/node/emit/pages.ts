// A static page per article with text: readable with JavaScript off, with the meta tags
// and JSON-LD that search engines and link previews read; and their stylesheet.
import type { Strings } from '../../shared/data.js';
import { format, primaryLanguage } from '../../shared/i18n.js';
import { translations } from '../../shared/translations/index.js';
import type { Photo } from '../../shared/data.js';
import type { Practice } from '../collection/practice.js';
import type { ModelArticle, ModelAuthor } from '../collection/resolve.js';
import type { RenderedMedia } from '../media/render.js';
import { canonicalUrl, type Emitter } from './emitter.js';
import { blocksHtml } from './html.js';
import { articleJsonLd, scriptJson } from './jsonld.js';
import { pageFile } from './names.js';
import { coverHtml, dateHtml, noteHtml, pageHtml, reviewHtml, supportHtml, titleText, topicLinks } from './page-parts.js';
import { PAGE_CSS } from './page-style.js';
import { html, join, raw, type SafeHtml } from './safe-html.js';

export interface PageOptions {
  /** The public address of the output folder, ending in `/`. */
  site?: URL;
  /** Language of the articles that don't declare their own. */
  lang: string;
  /** Page stylesheet's file name (content-hashed). */
  css: string;
  media: RenderedMedia;
  practice: Practice;
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

function avatar(author: ModelAuthor, p: Photo | undefined, big = false): SafeHtml {
  const cls = big ? 'avatar big' : 'avatar';
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
  const date = a.date && dateHtml(lang, a.date);
  const photo = o.media.photos.get(author);
  const cover = o.media.covers.get(a);
  // og:image and JSON-LD image must be absolute: only with the site's address.
  const imageUrl = cover && o.site && new URL(cover.page[0], o.site).href;
  const meta = join([t('minutes', { n: a.minutes }), date], ' · ');
  const item = (r: ModelArticle) => (r.full ? html`<a href="${pageFile(r.slug)}">${r.title}</a>` : r.url ? html`<a href="${r.url}">${r.title}</a>` : html`${r.title}`);
  const more = a.related.length > 0;
  const book = author.bookingUrl;
  const about = join(
    [
      html`<div class="who">${avatar(author, photo, true)}<p><strong>${author.name}</strong>${author.creds && `, ${author.creds}`}</p></div>`,
      author.bio && blocksHtml(author.bio, 2),
      book && html`<p><a class="book" href="${book}">${t('book', { name: author.short })}</a></p>`,
      more && html`<h2>${t('more', { name: author.name })}</h2>`,
      more && html`<ul class="more">${a.related.map((r) => html`<li>${item(r)}</li>`)}</ul>`,
    ],
    '\n          ',
  );
  const ld = articleJsonLd(a, {
    url,
    lang: a.lang ?? (o.lang !== 'en' ? o.lang : undefined),
    bookingUrl: /^https?:/.test(book ?? '') ? book : undefined,
    image: imageUrl,
    publisher: o.practice.name,
  });
  const practice = o.practice.name;
  const head = join(
    [
      html`<meta charset="utf-8">`,
      html`<meta name="viewport" content="width=device-width, initial-scale=1">`,
      html`<title>${titleText(shortTitle(a.title, practice ? Math.max(40, 67 - practice.length) : 70), o.practice)}</title>`,
      a.excerpt && html`<meta name="description" content="${a.excerpt}">`,
      html`<meta name="color-scheme" content="light dark">`,
      url && html`<link rel="canonical" href="${url}">`,
      html`<meta property="og:type" content="article">`,
      practice && html`<meta property="og:site_name" content="${practice}">`,
      html`<meta property="og:title" content="${a.title}">`,
      a.excerpt && html`<meta property="og:description" content="${a.excerpt}">`,
      url && html`<meta property="og:url" content="${url}">`,
      imageUrl && html`<meta property="og:image" content="${imageUrl}">`,
      imageUrl && html`<meta property="og:image:width" content="${cover.page[1]}">`,
      imageUrl && html`<meta property="og:image:height" content="${cover.page[2]}">`,
      imageUrl && cover.alt && html`<meta property="og:image:alt" content="${cover.alt}">`,
      a.date && html`<meta property="article:published_time" content="${a.date}">`,
      a.updated && html`<meta property="article:modified_time" content="${a.updated}">`,
      html`<meta name="twitter:card" content="${imageUrl ? 'summary_large_image' : 'summary'}">`,
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
  return pageHtml(
    lang,
    head,
    html`<article>
        <h1>${a.title}</h1>
        ${join(
          [
            html`<div class="who">${avatar(author, photo)}<p><span class="name">${author.byline}</span><br><span class="meta">${meta}</span></p></div>`,
            reviewHtml(a, lang, s),
            topicLinks(a),
            noteHtml(a, o.practice, s),
            cover && coverHtml(cover),
            blocksHtml(a.body, 1),
            supportHtml(o.practice, s),
          ],
          '\n        ',
        )}
        <aside class="about" aria-label="${t('about', { name: author.name })}">
          ${about}
        </aside>
      </article>`,
  );
}

/** The pages, and the stylesheet they share. */
export const pages: Emitter = (model, o) => [
  { path: o.css, content: PAGE_CSS },
  ...model.articles.filter((a) => a.full).map((a) => ({ path: pageFile(a.slug), content: articlePage(a, { ...o, practice: model.practice }) })),
];
