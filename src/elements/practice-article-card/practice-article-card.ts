import { html, type PropertyValues } from 'lit';
import { ArticleBase, bySlug, validSlugs } from '../../parts/article-base.js';

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
 * @csspart notice - Shown instead of a card when the slug is unknown.
 *
 * @cssproperty [--pa-accent=#2f6f5e] - Accent colour: booking button, outlines, focus ring.
 * @cssproperty [--pa-on-accent=#fff] - Text on the accent colour.
 * @cssproperty [--pa-surface=#fff] - Card and reader background.
 * @cssproperty [--pa-text=#1d2421] - Text colour.
 * @cssproperty [--pa-muted=#4d5752] - Secondary text: author line, reading time.
 * @cssproperty [--pa-border=#cfd8d4] - Card borders.
 * @cssproperty [--pa-radius=0.75em] - Corner radius of cards, buttons and reader.
 * @cssproperty [--pa-font=inherit] - Font family; the host page's by default.
 */
export class PracticeArticleCard extends ArticleBase {
  static override properties = { ...ArticleBase.properties, article: {} };

  /** Specifies the slug of the article to show. */
  declare article?: string;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if ((changed.has('article') || !this.hasUpdated) && !bySlug.has(this.article!)) {
      this.warn(`article "${this.article ?? ''}" not found; valid slugs: ${validSlugs}`);
    }
  }

  protected override render() {
    const a = bySlug.get(this.article!);
    return a
      ? html`${this.renderCard(a)}${this.renderReader()}`
      : html`<p part="notice" class="card" role="status">Article “${this.article ?? ''}” not found.</p>`;
  }
}
