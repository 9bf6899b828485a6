import { html, nothing, type TemplateResult } from 'lit-html';
import type { ArticleData, AuthorData, Block, FullArticle, Strings } from '../shared/data.js';
import { format } from '../shared/i18n.js';
import { isSafeUrl } from '../shared/url.js';
import { articles, authors, bySlug, fetchJson } from './collection.js';
import { ReactiveElement, type Changes } from './element.js';
import { follow, localeOf, prefersDark, registerTranslation, type Locale } from './i18n.js';
import { avatar, blocks, byline, heading } from './render.js';
import styles from './article-base.styles.js';

export interface SlideChangeDetail {
  index: number;
  /** The article shown first; empty for an author's slide. */
  slug: string;
  author: string;
}
export interface ArticleDetail {
  slug: string;
}
export interface BookingClickDetail {
  url: string;
  author: string;
  /** The article booked from; empty when booking from an author's slide. */
  slug: string;
}

/** The page's scroll lock while a reader is open. */
const lock = new CSSStyleSheet();
/** Bodies fetched so far, by file. */
const bodies = new Map<string, Block[]>();
/** Elements with `deep-link`: the first of them that knows a slug owns it. */
const linked = new Set<ArticleBase>();
const PARAM = 'article';

const urlWith = (slug?: string) => {
  const url = new URL(location.href);
  if (slug) url.searchParams.set(PARAM, slug);
  else url.searchParams.delete(PARAM);
  return url.href;
};
const linkedSlug = () => new URLSearchParams(location.search).get(PARAM);

/**
 * What both elements share: the card, the author, the reader, the booking link,
 * language, theme, deep links, and the attributes that configure them.
 */
export abstract class ArticleBase extends ReactiveElement {
  static override styles = [styles];

  static override properties = {
    bookingUrl: { attribute: 'booking-url' },
    theme: {},
    headingLevel: { attribute: 'heading-level', type: Number },
    deepLink: { attribute: 'deep-link', type: Boolean },
  };

  /** Adds a language, or overrides strings of one, for every widget on the page. */
  static registerTranslation = registerTranslation;

  /** When set, booking links go to this URL instead of the author's. Only https:, http:, mailto: and tel: are used. */
  declare bookingUrl?: string;
  /** Specifies the colour theme: `light`, `dark` or `auto` (dark only where the host page supports dark and the visitor prefers it). */
  declare theme?: string;
  /** Specifies the heading level (1–6) of card and reader titles, to fit the host page's outline. */
  declare headingLevel?: number;
  /** When set, the open article is reflected in the page URL as `?article=<slug>`, so it can be linked and Back closes it. */
  declare deepLink?: boolean;

  /** The article open in the reader. */
  protected reading?: FullArticle;
  protected loc!: Locale;
  /** `bookingUrl` once checked; undefined when unset or rejected. */
  #checkedUrl?: string;
  #opener?: HTMLElement;
  #failed = false;
  /** A confirmation in the reader, e.g. "Link copied". */
  #note = '';
  /** This element pushed the history entry of the open article. */
  #pushed = false;
  #unlock?: () => void;
  /** The element has rendered its content once (not only an empty frame while its language loads). */
  #shown = false;

  /** Whether this element shows the article `slug`. */
  protected abstract knows(slug: string): boolean;

  protected get level(): number {
    const n = this.headingLevel ?? 2;
    return n >= 1 && n <= 6 ? Math.round(n) : 2;
  }

  /** An interface string in the element's language. */
  protected t(key: keyof Strings, values?: Record<string, string | number>): string {
    return format(this.loc.lang, this.loc.strings[key], values);
  }

  protected warn(message: string): void {
    console.warn(`<${this.localName}>: ${message}`);
  }

  protected emit<T>(name: string, detail: T, cancelable = false): boolean {
    return this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable }));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    follow(this, true);
    addEventListener('popstate', this.#handlePopState);
  }

  override disconnectedCallback(): void {
    follow(this, false);
    linked.delete(this);
    removeEventListener('popstate', this.#handlePopState);
    this.#unlock?.();
  }

  protected override willUpdate(changed: Changes): void {
    if (changed.has('bookingUrl')) {
      const url = this.bookingUrl == null ? '' : String(this.bookingUrl).trim();
      this.#checkedUrl = isSafeUrl(url) ? url : undefined;
      if (url && !this.#checkedUrl) this.warn(`booking-url "${url}" ignored: use an https:, http:, mailto: or tel: URL`);
    }
    if (changed.has('theme') && this.theme && !['light', 'dark', 'auto'].includes(this.theme)) {
      this.warn(`theme "${this.theme}" unknown: use light, dark or auto`);
    }
    if (changed.has('headingLevel') && this.headingLevel !== undefined && this.level !== this.headingLevel) {
      this.warn(`heading-level "${this.headingLevel}" unknown: use 1 to 6`);
    }
    if (this.deepLink) linked.add(this);
    else linked.delete(this);
    this.loc = localeOf(this);
    // A page opened with ?article=<slug> shows that article, once the element shows at all.
    const linkedTo = this.#shown || this.loc.loading ? undefined : this.#owns(linkedSlug());
    if (linkedTo) queueMicrotask(() => this.openReader(linkedTo, undefined, false));
  }

  /** The element's frame: colour scheme, direction, content and the reader. */
  protected frame(content: unknown): TemplateResult | typeof nothing {
    if (this.loc.loading && !this.#shown) return nothing; // no flash of English while the language loads
    this.#shown = true;
    const scheme = this.theme === 'dark' || this.theme === 'light' ? this.theme : prefersDark() ? 'dark' : 'light';
    return html`<div class="root ${scheme}" dir=${this.loc.dir}>${content}${this.renderReader()}</div>`;
  }

  protected renderBooking(author: AuthorData, slug: string) {
    const url = this.#checkedUrl ?? author.url;
    if (!url) return nothing;
    const click = (e: Event) => {
      if (!this.emit<BookingClickDetail>('booking-click', { url, author: author.name, slug }, true)) e.preventDefault();
    };
    return html`<a part="booking" class="button book" href=${url} target="_blank" rel="noopener noreferrer" @click=${click}
      >${this.t('book', { name: author.short })}</a
    >`;
  }

  /** Photo or monogram, name and credentials, and under them `extra`. */
  protected renderWho(author: AuthorData, extra: unknown = nothing) {
    return html`<div class="who">
      ${avatar(author)}
      <div><p part="bio" class="name">${byline(author)}</p>${extra}</div>
    </div>`;
  }

  /** A title-only entry: a link where it has one, else just its title. */
  protected renderEntry(a: ArticleData) {
    return a.minutes
      ? html`<button class="link" @click=${() => this.openReader(a, this.#opener)}>${a.title}</button>`
      : a.url
        ? html`<a href=${a.url} target="_blank" rel="noopener noreferrer">${a.title}</a>`
        : a.title;
  }

  protected renderMore(author: AuthorData, entries: ArticleData[], level: number) {
    return entries.length
      ? html`${heading(Math.min(6, level + 1), this.t('more', { name: author.name }), nothing, nothing)}
          <ul class="more">
            ${entries.map((e) => html`<li lang=${e.lang ?? nothing} dir="auto">${this.renderEntry(e)}</li>`)}
          </ul>`
      : nothing;
  }

  protected renderCard(a: ArticleData) {
    const author = authors[a.author]!;
    const ui = a.lang ? this.loc.lang : nothing;
    const prefetch = () => a.minutes && a.src && fetchJson(a.src).catch(() => {});
    return html`<article part="card" class="card" lang=${a.lang ?? nothing}>
      ${heading(this.level, a.url && !a.minutes ? html`<a href=${a.url} target="_blank" rel="noopener noreferrer">${a.title}</a>` : a.title)}
      ${this.renderWho(author, a.minutes ? html`<p class="meta" lang=${ui}>${this.t('minutes', { n: a.minutes })}</p>` : nothing)}
      ${a.excerpt ? html`<p part="excerpt" dir="auto">${a.excerpt}</p>` : author.bio && !a.minutes ? html`<div class="bio">${blocks(author.bio, this.level)}</div>` : nothing}
      <div class="actions" lang=${ui}>
        ${a.minutes
          ? html`<button part="read" class="button" aria-label=${this.t('readTitle', { title: a.title })}
              @click=${(e: Event) => this.openReader(a, e.currentTarget as HTMLElement)} @pointerenter=${prefetch} @focus=${prefetch}>
              ${this.t('read')}
            </button>`
          : nothing}
        ${this.renderBooking(author, a.slug)}
      </div>
    </article>`;
  }

  #renderBody(a: FullArticle) {
    const body = a.body ?? bodies.get(a.src!);
    if (body) return blocks(body, this.level);
    return this.#failed
      ? html`<div class="state" role="alert">
          <p>${this.t('loadFailed')}</p>
          <button class="button" @click=${() => this.#loadBody(a)}>${this.t('retry')}</button>
        </div>`
      : html`<p class="state">${this.t('loading')}</p>`;
  }

  protected renderReader() {
    const a = this.reading;
    const author = a && authors[a.author];
    return html`<dialog part="reader" aria-labelledby="reader-title" tabindex="-1" @close=${this.#handleClose}>
      ${a && author
        ? html`<div class="bar">
              <p class="note" role="status">${this.#note}</p>
              ${a.url
                ? html`<a part="page" class="button quiet" href=${a.url} target="_blank" rel="noopener">${this.t('openPage')}</a>
                    <button part="share" class="button quiet" @click=${() => this.#share(a)}>${this.t('share')}</button>`
                : nothing}
              <button part="close" class="button quiet" autofocus @click=${this.closeReader}>${this.t('close')}</button>
            </div>
            <article class="reader" aria-busy=${!a.body && !bodies.has(a.src!) && !this.#failed ? 'true' : nothing}>
              <div lang=${a.lang ?? nothing}>
                ${heading(this.level, a.title, 'reader-title')} ${this.renderWho(author, html`<p class="meta">${this.t('minutes', { n: a.minutes! })}</p>`)}
              </div>
              <div class="text" lang=${a.lang ?? nothing} dir="auto">${this.#renderBody(a)}</div>
              <aside part="bio" class="about" aria-label=${this.t('about', { name: author.name })}>
                <div class="who">
                  ${avatar(author, true)}
                  <p><strong>${author.name}</strong>${author.creds ? `, ${author.creds}` : ''}</p>
                </div>
                ${author.bio ? blocks(author.bio, this.level) : nothing} ${this.renderBooking(author, a.slug)}
                ${this.renderMore(author, (a.more ?? []).map((i: number) => articles[i]!), this.level)}
              </aside>
            </article>`
        : nothing}
    </dialog>`;
  }

  #loadBody(a: FullArticle): void {
    if (a.body || bodies.has(a.src!)) return;
    this.#failed = false;
    this.requestUpdate();
    fetchJson<Block[]>(a.src!).then(
      (b) => bodies.set(a.src!, b),
      () => (this.#failed = true),
    ).finally(() => this.requestUpdate());
  }

  /** Opens the reader on an article; focus returns to `opener` when it closes. */
  protected async openReader(a: FullArticle, opener?: HTMLElement, push = true): Promise<void> {
    const previous = this.reading;
    this.reading = a;
    this.#opener = opener;
    this.#note = '';
    this.#loadBody(a);
    this.requestUpdate();
    await this.updateComplete;
    const dialog = this.shadowRoot!.querySelector('dialog');
    if (!dialog?.isConnected) return; // removed meanwhile
    if (this.deepLink && push) {
      if (previous) history.replaceState(history.state, '', urlWith(a.slug));
      else history.pushState(history.state, '', urlWith(a.slug)), (this.#pushed = true);
    }
    if (previous) {
      // Another article from "More by": same dialog, from the top.
      this.emit<ArticleDetail>('article-close', { slug: previous.slug });
      dialog.scrollTop = 0;
      dialog.focus();
    } else {
      this.#lockScroll();
      dialog.showModal();
      dialog.scrollTop = 0;
    }
    this.emit<ArticleDetail>('article-open', { slug: a.slug });
  }

  /** Closes the reader, if open. */
  closeReader(): void {
    this.shadowRoot!.querySelector('dialog')?.close();
  }

  #handleClose = () => {
    const slug = this.reading?.slug;
    this.reading = undefined;
    this.#unlock?.();
    this.requestUpdate();
    this.#opener?.focus();
    if (this.deepLink && slug && linkedSlug() === slug) {
      if (this.#pushed) history.back();
      else history.replaceState(history.state, '', urlWith());
    }
    this.#pushed = false;
    if (slug) this.emit<ArticleDetail>('article-close', { slug });
  };

  /** The linked article, when this element is the one that opens it. */
  #owns(slug: string | null): FullArticle | undefined {
    const a = slug ? bySlug.get(slug) : undefined;
    if (!slug || !a?.minutes || !this.deepLink || !this.knows(slug)) return undefined;
    // `linked` is in the order the elements connected: document order, for a page's own markup.
    return [...linked].find((el) => el.knows(slug)) === this ? a : undefined;
  }

  // Back closes the reader; Forward (or Back to a linked article) opens it again.
  #handlePopState = () => {
    const slug = linkedSlug();
    if (this.reading && this.reading.slug !== slug) {
      this.#pushed = false;
      this.closeReader();
    } else if (!this.reading) {
      const a = this.#owns(slug);
      if (a) this.openReader(a, undefined, false);
    }
  };

  /**
   * Keeps wheel, touch and keys from scrolling the page behind the reader, with a sheet
   * adopted by the document while the reader is open: no host style is touched.
   */
  #lockScroll(): void {
    const gutter = innerWidth > document.documentElement.clientWidth; // keep a classic scrollbar's room
    lock.replaceSync(`html{overflow:hidden!important${gutter ? ';scrollbar-gutter:stable' : ''}}`);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, lock];
    this.#unlock = () => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== lock);
      this.#unlock = undefined;
    };
  }

  async #share(a: ArticleData): Promise<void> {
    const url = a.url!;
    try {
      if (navigator.share) return await navigator.share({ title: a.title, url });
      await navigator.clipboard.writeText(url);
      this.#note = this.t('copied');
    } catch (e) {
      if ((e as Error).name === 'AbortError') return; // the visitor closed the share sheet
      this.#note = url; // can't copy: show the address to copy by hand
    }
    this.requestUpdate();
  }
}
