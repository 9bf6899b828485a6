// The cards: an article's, and an author's (who gathers her title-only entries), in one
// frame: [title] who (photo or monogram, name, meta) · body · actions.
import { html, nothing } from 'lit';
import type { ArticleData, AuthorData, CoverImage, FullArticle } from '../../shared/data.js';
import type { ArticleBase } from '../article-base.js';
import { authorAt, fileUrl } from '../collection.js';
import { emit } from '../events.js';
import { avatar, blocks, byline, heading, link } from './blocks.js';

type Content = unknown;

/** Photo or monogram, then a name line and what goes under it. */
export const who = (photo: Content, name: Content, meta: Content) => html`<div class="who">${photo}<div>${name}${meta}</div></div>`;

/** "Hailey Oliver, MA, MHCI", the card's and reader's author line. */
export const nameLine = (author: AuthorData) => html`<p part="bio" class="name">${byline(author)}</p>`;

/** A line in the muted small type: reading time, credentials. */
export const meta = (text: string | undefined, lang: string | typeof nothing = nothing) => (text ? html`<p class="meta" lang=${lang}>${text}</p>` : nothing);

const card = (lang: string | typeof nothing, title: Content, head: Content, body: Content, actions: Content, ui: string | typeof nothing = nothing) =>
  html`<article part="card" class="card" lang=${lang}>${title}${head}${body}<div class="actions" lang=${ui}>${actions}</div></article>`;

/** The booking link, with the host's `booking-url` over the author's; none without a URL. */
export function booking(el: ArticleBase, author: AuthorData, slug: string) {
  const url = el.checkedUrl ?? author.url;
  if (!url) return nothing;
  const click = (e: Event) => {
    if (!emit(el, 'booking-click', { url, author: author.name, slug }, true)) e.preventDefault();
  };
  return html`<a part="booking" class="button book" href=${url} target="_blank" rel="noopener noreferrer" @click=${click}>${el.locale.t('book', { name: author.short })}</a>`;
}

/** A title-only entry: a link where it has one, else just its title; a full article opens in the reader. */
const entry = (el: ArticleBase, a: ArticleData) =>
  a.minutes ? html`<button class="link" @click=${() => el.reader.open(a)}>${a.title}</button>` : a.url ? link(a.url, a.title) : a.title;

/** "More from …": the author's other titles. */
export const more = (el: ArticleBase, author: AuthorData, entries: readonly ArticleData[]) =>
  entries.length
    ? html`${heading(el.level + 1, el.locale.t('more', { name: author.name }), nothing)}
        <ul class="more">
          ${entries.map((e) => html`<li lang=${e.lang ?? nothing} dir="auto">${entry(el, e)}</li>`)}
        </ul>`
    : nothing;

/**
 * The cover image, its box reserved by width/height. `sizes` follows the card widths of the
 * container queries (1, 2 or 3 a view); `alt=""` keeps a decorative image from assistive tech.
 */
export const cover = (i: CoverImage | undefined, lazy?: boolean) =>
  i
    ? html`<img part="image" class="cover" src=${fileUrl(i.variants[0]![0])} srcset=${i.variants.map(([s, w]) => `${fileUrl(s)} ${w}w`).join()}
        sizes="(min-width:56em) 33vw,(min-width:36em) 50vw,100vw" width=${i.width} height=${i.height} alt=${i.alt}
        loading=${lazy ? 'lazy' : 'eager'} decoding="async" />`
    : nothing;

/** An article's card: image, title, author, reading time, excerpt, Read and booking; `lazy` when out of the first view. */
export function articleCard(el: ArticleBase, a: ArticleData, lazy?: boolean) {
  const author = authorAt(a.author);
  const { level, locale, reader } = el;
  const ui = a.lang ? locale.lang : nothing;
  const body = a.excerpt
    ? html`<p part="excerpt" dir="auto">${a.excerpt}</p>`
    : author.bio && !a.minutes
      ? html`<div class="bio">${blocks(author.bio, level)}</div>`
      : nothing;
  const read = a.minutes
    ? html`<button part="read" class="button" aria-label=${locale.t('readTitle', { title: a.title })}
        @click=${(e: Event) => reader.open(a, e.currentTarget as HTMLElement)} @pointerenter=${() => reader.prefetch(a)} @focus=${() => reader.prefetch(a)}>
        ${locale.t('read')}
      </button>`
    : nothing;
  return card(
    a.lang ?? nothing,
    [cover((a as FullArticle).image, lazy), heading(level, a.url && !a.minutes ? link(a.url, a.title) : a.title)],
    who(avatar(author), nameLine(author), a.minutes ? meta(locale.t('minutes', { n: a.minutes }), ui) : nothing),
    body,
    [read, booking(el, author, a.slug)],
    ui,
  );
}

/** An author's card: who they are, their bio, the titles gathered under them, booking. */
export function authorCard(el: ArticleBase, index: number, entries: readonly ArticleData[]) {
  const author = authorAt(index);
  return card(
    nothing,
    nothing,
    who(avatar(author, true), heading(el.level, author.name), meta(author.creds)),
    [author.bio ? html`<div part="bio" class="bio">${blocks(author.bio, el.level)}</div>` : nothing, more(el, author, entries)],
    booking(el, author, ''),
  );
}
