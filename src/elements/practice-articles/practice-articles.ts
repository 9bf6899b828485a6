import { html, nothing, type PropertyValues } from 'lit';
import { articles } from 'virtual:practice-articles/collection';
import { ArticleBase, bySlug, validSlugs, type SlideChangeDetail } from '../../parts/article-base.js';
import carouselStyles from './practice-articles.styles.js';

/**
 * @tagname practice-articles
 * @summary A carousel of a therapist's article cards, with author, booking link and an inline reader.
 *
 * @attr {string} articles - Space-separated slugs that pick and order the articles; all when unset.
 * @event {CustomEvent<{ index: number, slug: string }>} slide-change - Emitted when the first visible slide changes.
 * @event {CustomEvent<{ slug: string }>} article-open - Emitted when the reader opens an article.
 * @event {CustomEvent<{ slug: string }>} article-close - Emitted when the reader closes.
 * @event {CustomEvent<{ url: string, author: string, slug: string }>} booking-click - Emitted when a booking link is activated. Cancelable: `preventDefault()` stops the link from opening.
 *
 * @csspart carousel - The labelled carousel region.
 * @csspart card - Each article card.
 * @csspart title - Card and reader titles.
 * @csspart excerpt - A card's excerpt.
 * @csspart bio - The author line on a card and the author section in the reader.
 * @csspart booking - Booking links.
 * @csspart read - Read buttons.
 * @csspart reader - The reader dialog.
 * @csspart close - The reader's close button.
 * @csspart nav - Previous and next buttons and the position indicator.
 * @csspart notice - Shown instead of the carousel when no article matches `articles`.
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
export class PracticeArticles extends ArticleBase {
  static override styles = [ArticleBase.styles, carouselStyles];

  static override properties = {
    ...ArticleBase.properties,
    articles: {},
  };

  /** Specifies which articles to show, and in what order, as space-separated slugs. All when unset. */
  declare articles?: string;
  /** First visible slide. */
  private index = 0;
  /** How many slides fit the widget's width. */
  private perView = 1;
  private list = articles;
  private observer?: ResizeObserver;
  /** The track being observed; it comes and goes with the list of articles. */
  private watched?: HTMLElement | null;
  private settle?: ReturnType<typeof setTimeout>;
  private frame = 0;

  override connectedCallback(): void {
    super.connectedCallback();
    this.watch();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.observer?.disconnect();
    this.watched = undefined;
    clearTimeout(this.settle);
    cancelAnimationFrame(this.frame);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('articles')) {
      const slugs = String(this.articles ?? '').split(/\s+/).filter(Boolean);
      const unknown = slugs.filter((s) => !bySlug.has(s));
      if (unknown.length) {
        this.warn(`articles: unknown slug(s) ${unknown.join(', ')}; valid: ${validSlugs}`);
      }
      this.list = slugs.length ? slugs.filter((s) => bySlug.has(s)).map((s) => bySlug.get(s)!) : articles;
      this.index = Math.min(this.index, this.last);
    }
  }

  // Watch the track, not the host: the host's height changes as we render, and
  // observing that would feed the observer its own output.
  protected override updated(): void {
    this.watch();
  }

  private watch(): void {
    const track = this.track;
    if (track === this.watched) return;
    this.observer ??= new ResizeObserver(this.handleResize);
    this.observer.disconnect();
    if (track) this.observer.observe(track);
    this.watched = track;
  }

  private get track(): HTMLElement | null {
    return this.renderRoot.querySelector('.track');
  }

  /** The highest index that still fills the view. */
  private get last(): number {
    return Math.max(0, this.list.length - this.perView);
  }

  private get slides(): HTMLElement[] {
    return [...(this.track?.children ?? [])] as HTMLElement[];
  }

  /** Distance between slide starts, and so between snap points. */
  private get pitch(): number {
    const [a, b] = this.slides;
    return b && a ? Math.abs(b.offsetLeft - a.offsetLeft) : 1;
  }

  // Firefox: re-rendering inside the observer's callback resizes what it observes
  // ("ResizeObserver loop completed with undelivered notifications"), so measure in the next frame.
  private handleResize = () => {
    cancelAnimationFrame(this.frame);
    this.frame = requestAnimationFrame(this.measure);
  };

  private measure = () => {
    const first = this.slides[0];
    if (!first?.offsetWidth) return; // no slides, or not laid out (display: none)
    const perView = Math.max(1, Math.round(this.track!.clientWidth / first.offsetWidth));
    if (perView !== this.perView) {
      this.perView = perView;
      this.requestUpdate();
    }
    this.sync();
  };

  /** Reads the index back from where the track came to rest (after a swipe, a resize or a jump). */
  private sync = () => {
    this.select(Math.min(this.last, Math.round(Math.abs(this.track?.scrollLeft ?? 0) / this.pitch)));
  };

  private handleScroll = () => {
    clearTimeout(this.settle);
    this.settle = setTimeout(this.sync, 120);
  };

  private select(index: number): void {
    if (index === this.index) return;
    this.index = index;
    this.requestUpdate();
    this.emit<SlideChangeDetail>('slide-change', { index, slug: this.list[index]!.slug });
  }

  /** Shows the slide at `index` first, wrapping past either end. */
  goTo(index: number): void {
    const count = this.last + 1;
    const i = ((index % count) + count) % count;
    this.select(i);
    const [first] = this.slides;
    const target = this.slides[i];
    if (first && target) this.track!.scrollTo({ left: target.offsetLeft - first.offsetLeft });
  }

  private handleKeyDown = async (e: KeyboardEvent) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const next = { ArrowLeft: this.index - 1, ArrowRight: this.index + 1, Home: 0, End: this.last }[e.key];
    if (next === undefined) return;
    e.preventDefault();
    this.goTo(next);
    await this.updateComplete;
    this.slides[this.index]?.focus({ preventScroll: true });
  };

  protected override render() {
    const n = this.list.length;
    if (!n) return html`<p part="notice" role="status">No articles to show.</p>`;
    const end = Math.min(n, this.index + this.perView);
    return html`<section part="carousel" aria-roledescription="carousel" aria-label="Articles">
        <div class="track" tabindex="-1" @keydown=${this.handleKeyDown} @scroll=${this.handleScroll}>
          ${this.list.map(
            (a, i) =>
              html`<div class="slide" role="group" aria-roledescription="slide" aria-label="${i + 1} of ${n}" tabindex="-1"
                ?inert=${i < this.index || i >= end}>${this.renderCard(a)}</div>`,
          )}
        </div>
        ${this.last
          ? html`<div class="nav">
              <button part="nav" class="button quiet" aria-label="Previous" @click=${() => this.goTo(this.index - 1)}>←</button>
              <p part="nav" aria-live="polite">${this.index + 1}${end > this.index + 1 ? `–${end}` : nothing} of ${n}</p>
              <button part="nav" class="button quiet" aria-label="Next" @click=${() => this.goTo(this.index + 1)}>→</button>
            </div>`
          : nothing}
      </section>
      ${this.renderReader()}`;
  }
}
