import type { ReactiveController, ReactiveElement } from 'lit';
import type { FullArticle } from '../../shared/data.js';
import { bySlug } from '../collection.js';
import type { LocaleController } from './locale.js';
import type { ReaderController } from './reader.js';

export interface DeepLinkHost extends ReactiveElement {
  deepLink?: boolean;
  readonly reader: ReaderController;
  readonly locale: LocaleController;
  /** Whether the host shows the article `slug`. */
  knows(slug: string): boolean;
}

const PARAM = 'article';

/**
 * Hosts with `deep-link` on, in the order they turned it on (document order, for a page's
 * own markup): the first of them that shows an article owns its link. Shared on purpose.
 */
const linked = new Set<DeepLinkHost>();

const linkedSlug = () => new URLSearchParams(location.search).get(PARAM);

/**
 * Puts `slug` in the page's URL (none: takes it out), adding a history entry or not. A sandboxed
 * or about:srcdoc page refuses a new URL with a SecurityError: there the article isn't linked.
 */
const link = (slug?: string, push?: boolean) => {
  const url = new URL(location.href);
  url.searchParams[slug ? 'set' : 'delete'](PARAM, slug!); // delete(name, undefined) deletes every value
  try {
    history[push ? 'pushState' : 'replaceState'](history.state, '', url.href);
  } catch {
    // the page stays as it is
  }
};

/**
 * `deep-link`: the open article is in the page's URL as `?article=<slug>`. Opening adds a
 * history entry and Back closes the reader; a page loaded with the parameter opens it.
 * Only while `deep-link` is set does it listen for `popstate` or touch the URL, so the
 * host page's own history (tabs, a single-page app) never closes a reader.
 */
export class DeepLinkController implements ReactiveController {
  /** The article the URL names for this host, as far as this host knows. */
  #shown?: string;
  /** This host added the history entry of the open article. */
  #pushed = false;
  /** The host has had its first chance to open a linked article. */
  #arrived = false;

  #host: DeepLinkHost;

  constructor(host: DeepLinkHost) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this.#sync();
  }

  hostDisconnected(): void {
    this.#sync();
    this.#arrived = false;
  }

  hostUpdate(): void {
    this.#sync();
  }

  // The URL follows the reader: opening, switching and closing, however they came about.
  hostUpdated(): void {
    const host = this.#host;
    if (!this.#arrived && !host.locale.loading) {
      // Once the element shows at all (no flash of English while its language loads).
      this.#arrived = true;
      this.#follow();
    }
    if (!linked.has(host)) return;
    const slug = host.reader.article?.slug;
    if (slug === this.#shown) return;
    if (slug && this.#shown) link(slug);
    else if (slug) link(slug, (this.#pushed = true)); // pushed, or refused: either way Back has nothing of ours to undo
    else this.#forget(true);
    this.#shown = slug;
  }

  /** Turns on with `deep-link` on a connected host, off otherwise. */
  #sync(): void {
    const on = !!this.#host.deepLink && this.#host.isConnected;
    if (on === linked.has(this.#host)) return;
    if (on) {
      linked.add(this.#host);
      addEventListener('popstate', this.#handlePopState);
    } else {
      linked.delete(this.#host);
      removeEventListener('popstate', this.#handlePopState);
      this.#forget(false);
      this.#shown = undefined;
    }
  }

  /**
   * The URL stops naming the article: Back, over the entry this host added, when its
   * reader closed; in place when the host leaves or drops `deep-link` (the page's
   * history is the host page's again, maybe mid-navigation).
   */
  #forget(back: boolean): void {
    if (this.#shown && linkedSlug() === this.#shown) {
      if (back && this.#pushed) history.back();
      else link();
    }
    this.#pushed = false;
  }

  /**
   * The linked article, when this host is the one that opens it: the first linked host that
   * shows it (so only while this host has `deep-link` and shows the article itself).
   */
  #owned(slug: string | null): FullArticle | undefined {
    const a = bySlug.get(slug!);
    return a?.minutes && [...linked].find((el) => el.knows(a.slug)) === this.#host ? a : undefined;
  }

  /** Opens the article the URL names, if this host owns it; the URL already says so. */
  #follow(): void {
    const a = this.#owned(linkedSlug());
    if (a) (this.#shown = a.slug), this.#host.reader.open(a);
  }

  // Back closes the reader; Forward (or Back to a linked article) opens it again.
  #handlePopState = () => {
    const open = this.#host.reader.article;
    if (open && open.slug !== linkedSlug()) {
      this.#shown = undefined; // the URL has already moved on
      this.#pushed = false;
      this.#host.reader.close();
    } else if (!open) {
      this.#follow();
    }
  };
}
