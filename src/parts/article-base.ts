import { LitElement, html, nothing, type CSSResultGroup, type PropertyValues } from 'lit';
import { articles, authors } from 'virtual:practice-articles/collection';
import type { ArticleData } from '../collection/types.js';
import { body, byline, heading } from './render.js';
import styles from './article-base.styles.js';
import { isSafeUrl } from './safe-url.js';

export const bySlug = new Map<string, ArticleData>(articles.map((a) => [a.slug, a]));
/** For warnings about unknown slugs. */
export const validSlugs = [...bySlug.keys()].join(', ');

export interface SlideChangeDetail { index: number; slug: string }
export interface ArticleDetail { slug: string }
export interface BookingClickDetail { url: string; author: string; slug: string }

/**
 * What both elements share: the card, the reader, the booking link, theming
 * and the attributes that configure them.
 */
export class ArticleBase extends LitElement {
  static override styles: CSSResultGroup = styles;

  static override properties = {
    bookingUrl: { attribute: 'booking-url' },
    theme: { reflect: true },
    headingLevel: { attribute: 'heading-level', type: Number },
  };

  /** When set, booking links go to this URL instead of the author's. Only https:, http:, mailto: and tel: are used. */
  declare bookingUrl?: string;
  /** Specifies the colour theme: `light`, `dark` or `auto` (follows `prefers-color-scheme`). */
  declare theme?: string;
  /** Specifies the heading level (1–6) of card and reader titles, to fit the host page's outline. */
  declare headingLevel?: number;
  /** The article open in the reader. */
  protected reading?: ArticleData;

  /** `bookingUrl` once checked; undefined when unset or rejected. */
  private checkedUrl?: string;
  private opener?: HTMLElement;

  protected get level(): number {
    const n = this.headingLevel ?? 2;
    return n >= 1 && n <= 6 ? Math.round(n) : 2;
  }

  protected warn(message: string): void {
    console.warn(`<${this.localName}>: ${message}`);
  }

  protected emit<T>(name: string, detail: T, cancelable = false): boolean {
    return this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable }));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('bookingUrl')) {
      const url = this.bookingUrl == null ? '' : String(this.bookingUrl).trim();
      const ok = isSafeUrl(url);
      this.checkedUrl = ok ? url : undefined;
      if (url && !ok) this.warn(`booking-url "${url}" ignored: use an https:, http:, mailto: or tel: URL`);
    }
    if (changed.has('theme') && this.theme && !['light', 'dark', 'auto'].includes(this.theme)) {
      this.warn(`theme "${this.theme}" unknown: use light, dark or auto`);
    }
    if (changed.has('headingLevel') && this.headingLevel !== undefined && this.level !== this.headingLevel) {
      this.warn(`heading-level "${this.headingLevel}" unknown: use 1 to 6`);
    }
  }

  // The host page must never see an exception from us, whatever it sets.
  protected override update(changed: PropertyValues<this>): void {
    try {
      super.update(changed);
    } catch (e) {
      console.error(`<${this.localName}>:`, e);
    }
  }

  protected renderBooking(a: ArticleData) {
    const author = authors[a.author]!;
    const url = this.checkedUrl ?? author.url;
    if (!url) return nothing;
    const click = (e: Event) => {
      if (!this.emit<BookingClickDetail>('booking-click', { url, author: author.name, slug: a.slug }, true)) {
        e.preventDefault();
      }
    };
    return html`<a part="booking" class="button book" href=${url} target="_blank" rel="noopener noreferrer" @click=${click}
      >Book with ${author.first}</a
    >`;
  }

  protected renderCard(a: ArticleData) {
    const author = authors[a.author]!;
    return html`<article part="card" class="card">
      ${heading(this.level, a.title)}
      <p part="bio" class="meta">${byline(author)}</p>
      ${a.excerpt ? html`<p part="excerpt">${a.excerpt}</p>` : nothing}
      ${a.minutes ? html`<p class="meta">${a.minutes} min read</p>` : nothing}
      <div class="actions">
        ${a.body
          ? html`<button part="read" class="button" aria-label="Read ${a.title}" @click=${(e: Event) => this.openReader(a, e.currentTarget as HTMLElement)}>
              Read
            </button>`
          : nothing}
        ${this.renderBooking(a)}
      </div>
    </article>`;
  }

  protected renderReader() {
    const a = this.reading;
    const author = a && authors[a.author]!;
    return html`<dialog part="reader" aria-labelledby="reader-title" @close=${this.handleClose}>
      ${a && author
        ? html`<div class="bar"><button part="close" class="button quiet" @click=${this.closeReader}>Close</button></div>
            <article class="reader">
              ${heading(this.level, a.title, 'reader-title')}
              <p class="meta">${byline(author)} · ${a.minutes} min read</p>
              ${body(a.body!, this.level)}
              <aside part="bio" class="bio" aria-label="About the author">
                <p><strong>${author.name}</strong>${author.creds ? `, ${author.creds}` : ''}</p>
                ${author.bio ? body(author.bio, this.level) : nothing} ${this.renderBooking(a)}
              </aside>
            </article>`
        : nothing}
    </dialog>`;
  }

  /** Opens the reader on an article; focus returns to `opener` when it closes. */
  protected async openReader(a: ArticleData, opener?: HTMLElement): Promise<void> {
    this.reading = a;
    this.opener = opener;
    this.requestUpdate();
    await this.updateComplete;
    const dialog = this.renderRoot.querySelector('dialog');
    if (!dialog?.isConnected || dialog.open) return; // removed meanwhile, or already open
    dialog.showModal();
    dialog.scrollTop = 0;
    this.emit<ArticleDetail>('article-open', { slug: a.slug });
  }

  /** Closes the reader, if open. */
  closeReader(): void {
    this.renderRoot.querySelector('dialog')?.close();
  }

  private handleClose = () => {
    const slug = this.reading?.slug;
    this.reading = undefined;
    this.requestUpdate();
    this.opener?.focus();
    if (slug) this.emit<ArticleDetail>('article-close', { slug });
  };
}
