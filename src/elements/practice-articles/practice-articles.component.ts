import { html, nothing, type PropertyValues } from 'lit';
import { ArticleBase } from '../../internal/article-base.js';
import { authorAt, topics, validSlugs } from '../../internal/collection.js';
import { emit } from '../../internal/events.js';
import { articleCard, authorCard } from '../../internal/templates/card.js';
import type { ArticleData } from '../../shared/data.js';
import { pick, slidesOf, type Slide } from './slides.js';
import carouselStyles from './practice-articles.styles.js';

/**
 * @tagname practice-articles
 * @summary A carousel of a therapist's article cards, with the author, a booking link and an inline reader.
 *
 * @attr {string} articles - Space-separated slugs that pick and order the articles; all when unset.
 * @attr {string} topic - Shows only the articles with this topic, compared by slug (`couples-therapy` matches the tag "Couples therapy").
 * @attr {number} limit - Shows at most this many article cards (a whole number from 1). An author's card shows only with an entry left.
 * @event {CustomEvent<{ index: number, slug: string, author: string }>} slide-change - Emitted when the first visible slide changes; `slug` is empty for an author's slide.
 * @event {CustomEvent<{ slug: string }>} article-open - Emitted when the reader opens an article.
 * @event {CustomEvent<{ slug: string }>} article-close - Emitted when the reader closes.
 * @event {CustomEvent<{ url: string, author: string, slug: string }>} booking-click - Emitted when a booking link is activated. Cancelable: `preventDefault()` stops the link from opening.
 *
 * @csspart carousel - The labelled carousel region.
 * @csspart card - Each article card, and each author's card.
 * @csspart title - Card and reader titles.
 * @csspart excerpt - A card's excerpt.
 * @csspart bio - The author line on a card, an author's bio, and the author section in the reader.
 * @csspart booking - Booking links.
 * @csspart read - Read buttons.
 * @csspart reader - The reader dialog.
 * @csspart close - The reader's close button.
 * @csspart page - The reader's link to the article's own page (with a site URL).
 * @csspart share - The reader's share button (with a site URL).
 * @csspart nav - Previous and next buttons and the position indicator.
 * @csspart notice - Shown instead of the carousel when no article matches `articles` or `topic`.
 * @csspart image - Cover images, on cards and in the reader.
 * @csspart support - The practice's support line in the reader.
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
export class PracticeArticles extends ArticleBase {
  static override styles = [ArticleBase.styles, carouselStyles];

  static override properties = { articles: {}, topic: {}, limit: {} };

  /** Specifies which articles to show, and in what order, as space-separated slugs. All when unset. */
  declare articles?: string;
  /** Specifies a topic: only its articles show, compared by slug. */
  declare topic?: string;
  /** Specifies the most article cards to show. */
  declare limit?: string | number;
  /** The topic that matched nothing, for the notice. */
  #missing?: string;
  /** First visible slide. */
  #index = 0;
  /** How many slides fit the widget's width. */
  #perView = 1;
  #list: readonly ArticleData[] = [];
  #slides: Slide[] = [];
  #observer?: ResizeObserver;
  /** The track being observed; it comes and goes with the list of articles. */
  #watched?: HTMLElement | null;
  #settle?: ReturnType<typeof setTimeout>;
  #frameId = 0;
  /** Slides rendered from the start while idle; the rest near the view are rendered anyway. */
  #ready = 0;
  #idle = 0;

  override connectedCallback(): void {
    super.connectedCallback();
    this.#watch();
    this.#later();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#observer?.disconnect();
    this.#watched = undefined;
    clearTimeout(this.#settle);
    cancelAnimationFrame(this.#frameId);
    (self.cancelIdleCallback ?? clearTimeout)(this.#idle);
    this.#idle = 0;
  }

  // Cards beyond the view wait for idle time (a timer where WebKit has no requestIdleCallback),
  // so the first view isn't kept waiting by the hundredth card; then 300 at a time. Each pass
  // renders every slide again, so at 300 articles three passes of 100 took half as long again to the
  // last title as one, and blocked the page longer in all (bench/RESULTS.md).
  #later(): void {
    if (this.#idle || this.#ready >= this.#slides.length) return;
    this.#idle = (self.requestIdleCallback ?? setTimeout)(() => {
      this.#idle = 0;
      this.#ready += 300;
      this.requestUpdate();
    });
  }

  /** @internal */
  knows(slug: string): boolean {
    return this.#list.some((a) => a.slug === slug);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (!this.hasUpdated) {
      // As many as the container queries fit (36em, 56em), read from the host's width: the
      // first frame then shows what the measured ones will ("1–3 of 12", or no nav line at all).
      const em = this.clientWidth / parseFloat(getComputedStyle(this).fontSize);
      this.#perView = em < 36 ? 1 : em < 56 ? 2 : 3;
    }
    if (changed.has('articles') || changed.has('topic') || changed.has('limit') || !this.hasUpdated) {
      let { list, unknown } = pick(String(this.articles ?? '').match(/\S+/g) ?? []);
      if (unknown.length) this.warn(`articles: unknown slug(s) ${unknown.join(', ')}; valid: ${validSlugs}`);
      // Pick, then filter, then cap; author cards follow from what is left (slidesOf).
      const topic = (this.topic ?? '').trim();
      if (topic) {
        // The slug or the tag as written, in any case: the build made the slugs, so no slug rule ships.
        const i = topics.findIndex((t) => t.some((s) => s.toLowerCase() == topic.toLowerCase()));
        if (i < 0) this.warn(`topic "${topic}" unknown; known: ${topics.map(([s]) => s).join(', ') || 'none'}`);
        list = list.filter((a) => a.topics?.includes(i));
      }
      this.#missing = list.length ? '' : topic;
      if (this.limit != null) {
        const limit = +this.limit;
        let cards = 0;
        if (limit > 0 && limit % 1 == 0) list = list.filter((a) => !(a.minutes || a.excerpt) || ++cards <= limit);
        else this.warn(`limit "${this.limit}" ignored: use a whole number of 1 or more`);
      }
      this.#list = list;
      this.#slides = slidesOf(list);
      this.#index = Math.min(this.#index, this.#last);
    }
  }

  // Watch the track, not the host: the host's height changes as we render, and
  // observing that would feed the observer its own output.
  protected override updated(): void {
    this.#watch();
    this.#later();
  }

  #watch(): void {
    const track = this.#track;
    if (track === this.#watched) return;
    this.#observer ??= new ResizeObserver(this.#handleResize);
    this.#observer.disconnect();
    if (track) this.#observer.observe(track);
    this.#watched = track;
  }

  get #track(): HTMLElement | null {
    return this.shadowRoot!.querySelector('.track');
  }

  /** The highest index that still fills the view. */
  get #last(): number {
    return Math.max(0, this.#slides.length - this.#perView);
  }

  get #slideElements(): HTMLElement[] {
    return [...(this.#track?.children ?? [])] as HTMLElement[];
  }

  /** Distance between slide starts, and so between snap points. */
  get #pitch(): number {
    const [a, b] = this.#slideElements;
    return (b && Math.abs(b.offsetLeft - a!.offsetLeft)) || 1; // 0 while not laid out
  }

  // Firefox: re-rendering inside the observer's callback resizes what it observes
  // ("ResizeObserver loop completed with undelivered notifications"), so measure in the next frame.
  #handleResize = () => {
    cancelAnimationFrame(this.#frameId);
    this.#frameId = requestAnimationFrame(this.#measure);
  };

  #measure = () => {
    const first = this.#slideElements[0];
    if (!first?.offsetWidth) return; // no slides, or not laid out (display: none)
    const perView = Math.max(1, Math.round(this.#track!.clientWidth / first.offsetWidth));
    if (perView !== this.#perView) {
      this.#perView = perView;
      this.requestUpdate();
    }
    this.#sync();
  };

  /** Reads the index back from where the track came to rest (after a swipe, a resize or a jump). */
  #sync = () => {
    this.#select(Math.min(this.#last, Math.round(Math.abs(this.#track?.scrollLeft!) / this.#pitch))); // NaN, selecting nothing, once the track is gone
  };

  #handleScroll = () => {
    clearTimeout(this.#settle);
    this.#settle = setTimeout(this.#sync, 120);
  };

  #select(index: number): void {
    const s = this.#slides[index];
    if (!s || index === this.#index) return;
    this.#index = index;
    this.requestUpdate();
    emit(this, 'slide-change', { index, slug: 'slug' in s ? s.slug : '', author: authorAt(s.author).name });
  }

  /** Shows the slide at `index` first, wrapping past either end. */
  goTo(index: number): void {
    const count = this.#last + 1;
    const i = ((index % count) + count) % count;
    this.#select(i);
    const slides = this.#slideElements;
    // offsetLeft differences are negative right to left, as scrollLeft is.
    if (slides[i]) this.#track!.scrollTo({ left: slides[i].offsetLeft - slides[0]!.offsetLeft });
  }

  #handleKeyDown = async (e: KeyboardEvent) => {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const step = this.locale.dir === 'rtl' ? -1 : 1; // the APG mirrors the arrows right to left
    const next = { ArrowLeft: this.#index - step, ArrowRight: this.#index + step, Home: 0, End: this.#last }[e.key];
    if (next === undefined) return;
    e.preventDefault();
    this.goTo(next);
    await this.updateComplete;
    this.#slideElements[this.#index]?.focus({ preventScroll: true });
  };

  protected renderContent() {
    const { t } = this.locale;
    const n = this.#slides.length;
    if (!n) return html`<p part="notice" role="status">${this.#missing ? t('noTopic', { topic: this.#missing }) : t('noArticles')}</p>`;
    const end = Math.min(n, this.#index + this.#perView);
    const rtl = this.locale.dir === 'rtl';
    // Every slide exists with its name; its card is rendered when idle, or within a view of
    // the current one either way, and Previous from the first view wraps to the last. Up to
    // twelve slides, all are rendered at once: slides stretch to the tallest card, so a taller
    // card rendered later would push the row's buttons down (a shift measured on a 12-card
    // page). Past twelve, only those views are rendered first (at 4x CPU, 100 articles' first
    // view came 45-60 ms sooner than with twelve): the last view holds the last authors' cards
    // (as many as fit a view), often the tallest with a bio or gathered titles. A taller card
    // further on (an article with a cover image, an author's card that doesn't fit the last
    // view) still pushes the row down when idle (bench/RESULTS.md).
    const near = (i: number) => i < this.#ready || i >= this.#last || (i >= this.#index - this.#perView && i < (n > 12 ? end + this.#perView : n));
    return html`<section part="carousel" aria-roledescription=${t('carousel')} aria-label=${t('articles')}>
      <div class="track" tabindex="-1" @keydown=${this.#handleKeyDown} @scroll=${this.#handleScroll}>
        ${this.#slides.map(
          (s, i) =>
            html`<div class="slide" role="group" aria-roledescription=${t('slide')} aria-label=${t('position', { index: i + 1, count: n })}
              tabindex="-1" ?inert=${i < this.#index || i >= end}>
              ${near(i) ? ('slug' in s ? articleCard(this, s, i >= end) : authorCard(this, s.author, s.entries)) : nothing}
            </div>`,
        )}
      </div>
      ${this.#last
        ? html`<div class="nav">
            <button part="nav" class="button quiet" aria-label=${t('previous')} @click=${() => this.goTo(this.#index - 1)}>${rtl ? '→' : '←'}</button>
            <p part="nav" aria-live="polite">
              ${end > this.#index + 1
                ? t('range', { first: this.#index + 1, last: end, count: n })
                : t('position', { index: this.#index + 1, count: n })}
            </p>
            <button part="nav" class="button quiet" aria-label=${t('next')} @click=${() => this.goTo(this.#index + 1)}>${rtl ? '←' : '→'}</button>
          </div>`
        : nothing}
    </section>`;
  }
}
