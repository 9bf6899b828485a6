import { html, type PropertyValues } from 'lit';
import { ArticleBase } from '../../internal/article-base.js';
import { bySlug, validSlugs } from '../../internal/collection.js';
import { articleCard } from '../../internal/templates/card.js';

/**
 * @tagname practice-article-card
 * @summary One article card, for a blog post: title, excerpt, author, booking link and an inline reader.
 *
 * @event {CustomEvent<{ slug: string }>} article-open - Emitted when the reader opens the article.
 * @event {CustomEvent<{ slug: string }>} article-close - Emitted when the reader closes.
 * @event {CustomEvent<{ url: string, author: string, slug: string }>} booking-click - Emitted when the booking link is activated. Cancelable: `preventDefault()` stops the link from opening.
 *
 * @csspart card - The card.
 * @csspart title - Card and reader titles.
 * @csspart excerpt - The excerpt.
 * @csspart bio - The author line on the card and the author section in the reader.
 * @csspart booking - Booking links.
 * @csspart read - The Read button.
 * @csspart reader - The reader dialog.
 * @csspart close - The reader's close button.
 * @csspart page - The reader's link to the article's own page (with a site URL).
 * @csspart share - The reader's share button (with a site URL).
 * @csspart notice - Shown instead of a card when the slug is unknown.
 *
 * @cssproperty [--pa-accent=#2f6f5e] - Accent colour: booking button, monogram, outlines, focus ring.
 * @cssproperty [--pa-on-accent=#fff] - Text on the accent colour.
 * @cssproperty [--pa-surface=#fff] - Card and reader background.
 * @cssproperty [--pa-text=#1d2421] - Text colour.
 * @cssproperty [--pa-muted=#4d5752] - Secondary text: reading time, credentials.
 * @cssproperty [--pa-border=#cfd8d4] - Card borders.
 * @cssproperty [--pa-radius=0.75em] - Corner radius of cards, buttons and reader.
 * @cssproperty [--pa-font=inherit] - Font family; the host page's by default.
 */
export class PracticeArticleCard extends ArticleBase {
  static override properties = { article: {} };

  /** Specifies the slug of the article to show. */
  declare article?: string;

  /** @internal */
  knows(slug: string): boolean {
    return slug === this.article;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if ((changed.has('article') || !this.hasUpdated) && !bySlug.has(String(this.article))) {
      this.warn(`article "${this.article ?? ''}" not found; valid slugs: ${validSlugs}`);
    }
  }

  protected renderContent() {
    const a = bySlug.get(String(this.article));
    return a ? articleCard(this, a, true) : html`<p part="notice" class="card" role="status">${this.locale.t('notFound', { slug: this.article ?? '' })}</p>`;
  }
}
