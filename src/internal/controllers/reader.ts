import type { ReactiveController, ReactiveElement } from 'lit';
import type { ArticleData, Block, FullArticle } from '../../shared/data.js';
import { fetchJson } from '../collection.js';
import { emit } from '../events.js';
import { lockScroll, unlockScroll } from './scroll-lock.js';

/** Bodies fetched so far, by file: shared on purpose, so each is fetched once per page. */
const bodies = new Map<string, Block[]>();

/**
 * The reader dialog's life: opening an article (modal, page scroll locked), switching to
 * another from "More from", closing with focus back on what opened it, and the article's
 * body, fetched on Read (or ahead, on hover and focus) with a *Try again* when that fails.
 * A host that leaves the page forgets its reader.
 */
export class ReaderController implements ReactiveController {
  /** The article open in the reader. */
  article?: FullArticle;
  /** The body could not be fetched. */
  failed?: boolean;
  /** A confirmation in the reader, e.g. "Link copied". */
  note?: string;
  #opener?: HTMLElement;
  /** The article announced with `article-open`: the one `article-close` then names. */
  #shown?: FullArticle;

  #host: ReactiveElement;

  constructor(host: ReactiveElement) {
    this.#host = host;
    host.addController(this);
  }

  hostDisconnected(): void {
    this.article = this.#opener = this.#shown = undefined;
    this.failed = false;
    this.#dialog?.close(); // its close event finds no article: nothing to announce
    unlockScroll(this);
  }

  get #dialog() {
    return this.#host.renderRoot?.querySelector('dialog');
  }

  /** The article's blocks, once they are here. */
  body(a: FullArticle): Block[] | undefined {
    return a.body ?? bodies.get(a.src);
  }

  /** Fetches a body from beside the script ahead of Read; a failure waits for Read to show. */
  prefetch(a: ArticleData): void {
    if (a.minutes && a.src) fetchJson(a.src).catch(() => {});
  }

  /**
   * Fetches `a`'s body; `retry`: from *Try again*, whose button goes while it loads, so focus comes back once it is done.
   * An answer that comes after the visitor moved on to another article only keeps the body.
   */
  load(a: FullArticle, retry?: boolean): void {
    if (a.body !== undefined || bodies.has(a.src)) return;
    this.failed = false;
    this.#host.requestUpdate();
    fetchJson<Block[]>(a.src)
      .then(
        (b) => bodies.set(a.src, b),
        () => this.article == a && (this.failed = true),
      )
      .finally(async () => {
        this.#host.requestUpdate();
        await this.#host.updateComplete;
        // *Try again* anew, or the article from its top.
        if (retry && this.article == a) (this.#dialog?.querySelector<HTMLElement>('.state button') ?? this.#dialog)?.focus();
      });
  }

  /** Opens the reader on `a`; focus returns to `opener` when it closes (to the first opener, when switching). */
  async open(a: FullArticle, opener = this.#opener): Promise<void> {
    this.article = a;
    this.#opener = opener;
    this.note = '';
    this.load(a);
    this.#host.requestUpdate();
    await this.#host.updateComplete;
    const dialog = this.#dialog;
    if (!dialog?.isConnected || this.article !== a) return; // removed, or closed, meanwhile
    if (this.#shown) {
      emit(this.#host, 'article-close', { slug: this.#shown.slug });
      dialog.focus();
    } else {
      lockScroll(this);
      if (!dialog.open) dialog.showModal();
    }
    dialog.scrollTop = 0;
    emit(this.#host, 'article-open', { slug: (this.#shown = a).slug });
  }

  /** Closes the reader, if open, at once: an open() in the same task opens it again. */
  close(): void {
    this.#dialog?.close();
    this.handleClose();
  }

  /** The dialog's `close` event (Escape, the Close button), and `close()`: the event comes later, maybe after an open(). */
  handleClose = () => {
    const a = this.#shown;
    if (!this.article || this.#dialog?.open) return;
    this.article = this.#shown = undefined;
    unlockScroll(this);
    this.#host.requestUpdate();
    this.#opener?.focus();
    if (a) emit(this.#host, 'article-close', { slug: a.slug }); // closed before it opened: nothing to announce
  };

  async share(a: FullArticle, url: string, copied: string): Promise<void> {
    try {
      if (navigator.share) return await navigator.share({ title: a.title, url });
      await navigator.clipboard.writeText(url);
      this.note = copied;
    } catch (e) {
      if ((e as Error).name === 'AbortError') return; // the visitor closed the share sheet
      this.note = url; // can't copy: show the address to copy by hand
    }
    this.#host.requestUpdate();
  }
}
