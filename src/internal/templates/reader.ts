// The reader: a modal dialog with the whole article, its author, booking and "More from".
import { html, nothing } from 'lit';
import type { FullArticle } from '../../shared/data.js';
import type { ArticleBase } from '../article-base.js';
import { authorAt, entriesAt, support } from '../collection.js';
import { avatar, blocks, byline, heading, link } from './blocks.js';
import { booking, cover, meta, more, nameLine, who } from './card.js';

/** One formatter per language: building one is the slow part. UTC, as the dates are calendar days. */
const formats: Record<string, Intl.DateTimeFormat> = {};
const day = (lang: string, date: string) => (formats[lang] ??= new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' })).format(new Date(date));

/** The practice's support line ("If you are in crisis, call 988"), linked when it has a URL; nothing unless configured. */
const help = support ? html`<p part="support">${support.url ? link(support.url, support.text) : support.text}</p>` : nothing;

function body(el: ArticleBase, a: FullArticle) {
  const { locale, reader } = el;
  const text = reader.body(a);
  if (text)
    return html`${blocks(text, el.level)}${a.partial
      ? html`<p class="partial">${locale.t('partial')} ${a.url ? link(a.url, locale.t('partialLink')) : nothing}</p>`
      : nothing}`;
  return reader.failed
    ? html`<div class="state" role="alert">
        <p>${locale.t('loadFailed')}</p>
        <button class="button" @click=${() => reader.load(a, true)}>${locale.t('retry')}</button>
      </div>`
    : html`<p class="state">${locale.t('loading')}</p>`;
}

function content(el: ArticleBase, a: FullArticle) {
  const { locale, reader, level } = el;
  const author = authorAt(a.author);
  const lang = a.lang ?? nothing;
  const url = a.url;
  const by = a.reviewedBy;
  return html`<div class="bar">
      <p class="note" role="status">${reader.note}</p>
      ${url
        ? html`<a part="page" class="button quiet" href=${url} target="_blank" rel="noopener">${locale.t('openPage')}</a>
            <button part="share" class="button quiet" @click=${() => reader.share(a, url, locale.t('copied'))}>${locale.t('share')}</button>`
        : nothing}
      <button part="close" class="button quiet" autofocus @click=${() => reader.close()}>${locale.t('close')}</button>
    </div>
    <article class="reader" aria-busy=${reader.body(a) || reader.failed ? nothing : 'true'}>
      ${cover(a.image)}
      <div lang=${lang}>${heading(level, a.title)} ${who(avatar(author), nameLine(author), meta(locale.t('minutes', { n: a.minutes })))}</div>
      ${by == null ? nothing : meta(locale.t(a.reviewed ? 'reviewed' : 'reviewedNoDate', { name: byline(authorAt(by)), date: a.reviewed ? day(locale.lang, a.reviewed) : '' }))}
      ${a.updated ? meta(locale.t('updated', { date: day(locale.lang, a.updated) })) : nothing}
      ${a.note ? html`<section class="cw" aria-label=${locale.t('note')}><p lang=${lang}>${a.note}</p>${help}</section>` : nothing}
      <div class="text" lang=${lang} dir="auto">${body(el, a)}</div>
      ${help}
      <aside part="bio" class="about" aria-label=${locale.t('about', { name: author.name })}>
        ${who(avatar(author, true), html`<p><strong>${author.name}</strong>${author.creds ? `, ${author.creds}` : ''}</p>`, nothing)}
        ${author.bio ? blocks(author.bio, level) : nothing} ${booking(el, author, a.slug)}
        ${more(el, author, entriesAt(a.more))}
      </aside>
    </article>`;
}

/** The dialog is always there, empty while closed, so opening it needs no new element. */
export const readerDialog = (el: ArticleBase) =>
  html`<dialog part="reader" aria-label=${el.reader.article?.title ?? nothing} tabindex="-1" @close=${el.reader.handleClose}>
    ${el.reader.article ? content(el, el.reader.article) : nothing}
  </dialog>`;
