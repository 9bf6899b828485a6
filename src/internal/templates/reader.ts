// The reader: a modal dialog with the whole article, its author, booking and "More from".
import { html, nothing } from 'lit';
import type { FullArticle } from '../../shared/data.js';
import type { ArticleBase } from '../article-base.js';
import { authorAt, entriesAt } from '../collection.js';
import { avatar, blocks, heading } from './blocks.js';
import { booking, meta, more, nameLine, who } from './card.js';

function body(el: ArticleBase, a: FullArticle) {
  const { locale, reader } = el;
  const text = reader.body(a);
  if (text) return blocks(text, el.level);
  return reader.failed
    ? html`<div class="state" role="alert">
        <p>${locale.t('loadFailed')}</p>
        <button class="button" @click=${() => reader.load(a)}>${locale.t('retry')}</button>
      </div>`
    : html`<p class="state">${locale.t('loading')}</p>`;
}

function content(el: ArticleBase, a: FullArticle) {
  const { locale, reader, level } = el;
  const author = authorAt(a.author);
  const lang = a.lang ?? nothing;
  const url = a.url;
  return html`<div class="bar">
      <p class="note" role="status">${reader.note}</p>
      ${url
        ? html`<a part="page" class="button quiet" href=${url} target="_blank" rel="noopener">${locale.t('openPage')}</a>
            <button part="share" class="button quiet" @click=${() => reader.share(a, url, locale.t('copied'))}>${locale.t('share')}</button>`
        : nothing}
      <button part="close" class="button quiet" autofocus @click=${() => reader.close()}>${locale.t('close')}</button>
    </div>
    <article class="reader" aria-busy=${reader.body(a) || reader.failed ? nothing : 'true'}>
      <div lang=${lang}>${heading(level, a.title, 'reader-title')} ${who(avatar(author), nameLine(author), meta(locale.t('minutes', { n: a.minutes })))}</div>
      <div class="text" lang=${lang} dir="auto">${body(el, a)}</div>
      <aside part="bio" class="about" aria-label=${locale.t('about', { name: author.name })}>
        ${who(avatar(author, true), html`<p><strong>${author.name}</strong>${author.creds ? `, ${author.creds}` : ''}</p>`, nothing)}
        ${author.bio ? blocks(author.bio, level) : nothing} ${booking(el, author, a.slug)}
        ${more(el, author, entriesAt(a.more))}
      </aside>
    </article>`;
}

/** The dialog is always there, empty while closed, so opening it needs no new element. */
export const readerDialog = (el: ArticleBase) =>
  html`<dialog part="reader" aria-labelledby="reader-title" tabindex="-1" @close=${el.reader.handleClose}>
    ${el.reader.article ? content(el, el.reader.article) : nothing}
  </dialog>`;
