import { html, LitElement, nothing, type CSSResultGroup, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { isSafeUrl } from '../shared/url.js';
import { DeepLinkController } from './controllers/deep-link.js';
import { LocaleController } from './controllers/locale.js';
import { ReaderController } from './controllers/reader.js';
import { ThemeController } from './controllers/theme.js';
import { registerTranslation } from './i18n.js';
import { readerDialog } from './templates/reader.js';
import styles from './article-base.styles.js';

/** `heading-level` as a number where it is one; otherwise as written, so the warning can quote it. */
const levelConverter = (value: string | null) => (value?.trim() && !isNaN(+value) ? +value : value);

/**
 * What both elements share: the attributes that configure them, and the controllers that
 * do the work (reader, deep links, language, theme). Each element renders its own
 * content (`renderContent`) inside the shared frame; templates live in `templates/`.
 */
export abstract class ArticleBase extends LitElement {
  static override styles: CSSResultGroup = styles;

  static override properties: PropertyDeclarations = {
    bookingUrl: { attribute: 'booking-url' },
    theme: {},
    headingLevel: { attribute: 'heading-level', converter: levelConverter },
    deepLink: { attribute: 'deep-link', type: Boolean, reflect: true },
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

  /** @internal */
  readonly locale = new LocaleController(this);
  /** @internal */
  readonly reader = new ReaderController(this);
  /** @internal */
  readonly theming = new ThemeController(this);
  /** @internal `bookingUrl` once checked; undefined when unset or rejected. */
  checkedUrl?: string;
  /** @internal The heading level in use. */
  level = 2;
  /** The element has rendered its content once (not only an empty frame while its language loads). */
  #shown?: boolean;

  constructor() {
    super();
    new DeepLinkController(this);
  }

  /** @internal Whether this element shows the article `slug`. */
  abstract knows(slug: string): boolean;

  protected abstract renderContent(): unknown;

  /** Closes the reader, if open. */
  closeReader(): void {
    this.reader.close();
  }

  /** @internal Tells the web person what to fix. */
  warn(message: string): void {
    console.warn(`<${this.localName}>: ${message}`);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('bookingUrl')) {
      const url = String(this.bookingUrl ?? '').trim();
      this.checkedUrl = isSafeUrl(url) ? url : undefined;
      if (url && !this.checkedUrl) this.warn(`booking-url "${url}" ignored: use an https:, http:, mailto: or tel: URL`);
    }
    if (changed.has('theme') && this.theme && !['light', 'dark', 'auto'].includes(this.theme)) {
      this.warn(`theme "${this.theme}" unknown: use light, dark or auto`);
    }
    if (changed.has('headingLevel')) {
      const n = Number(this.headingLevel ?? 2);
      this.level = n > 0 && n < 7 && n % 1 == 0 ? n : 2;
      if (this.level !== n) this.warn(`heading-level "${this.headingLevel}" unknown: use a whole number from 1 to 6 (2 is used)`);
    }
  }

  // The host page never sees an exception from an update; the page's error handlers do.
  protected override performUpdate(): void {
    try {
      super.performUpdate();
    } catch (e) {
      reportError(e);
    }
  }

  /** Colour scheme, direction, the element's content and the reader. */
  protected override render(): TemplateResult | typeof nothing {
    if (this.locale.loading && !this.#shown) return nothing; // no flash of English while the language loads
    this.#shown = true;
    return html`<div class="root ${this.theming.scheme}" dir=${this.locale.dir}>${this.renderContent()}${readerDialog(this)}</div>`;
  }
}
