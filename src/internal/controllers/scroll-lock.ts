import type { ReactiveController, ReactiveElement } from 'lit';

/**
 * The elements holding the page still, and the sheet that does it. Shared on purpose:
 * the page is locked while any reader is open, and unlocked when the last one closes.
 */
const holders = new Set<ReactiveElement>();
const sheet = new CSSStyleSheet();

/**
 * Keeps wheel, touch and keys from scrolling the page behind the host's reader, with a
 * sheet adopted by the document: no host style is touched. Released when the host leaves.
 */
export class ScrollLockController implements ReactiveController {
  #host: ReactiveElement;

  constructor(host: ReactiveElement) {
    this.#host = host;
    host.addController(this);
  }

  lock(): void {
    if (!holders.size) {
      const gutter = innerWidth > document.documentElement.clientWidth; // keep a classic scrollbar's room
      sheet.replaceSync(`html{overflow:hidden!important${gutter ? ';scrollbar-gutter:stable' : ''}}`);
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    }
    holders.add(this.#host);
  }

  unlock(): void {
    if (holders.delete(this.#host) && !holders.size) document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
  }

  hostDisconnected(): void {
    this.unlock();
  }
}
