import type { ReactiveController, ReactiveElement } from 'lit';

const dark = matchMedia('(prefers-color-scheme: dark)');

/**
 * The colour scheme: `theme="light"` or `"dark"`, else (`auto`) dark only where the host
 * page says it supports dark (`<meta name="color-scheme">` or `color-scheme` on the root)
 * and the visitor prefers it, following a change of preference live.
 */
export class ThemeController implements ReactiveController {
  #host: ReactiveElement & { theme?: string };

  constructor(host: ReactiveElement & { theme?: string }) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    dark.addEventListener('change', this.#handleChange);
  }

  hostDisconnected(): void {
    dark.removeEventListener('change', this.#handleChange);
  }

  #handleChange = () => this.#host.requestUpdate();

  get scheme(): 'light' | 'dark' {
    const { theme } = this.#host;
    if (theme === 'light' || theme === 'dark') return theme;
    // Ask the page only when the visitor prefers dark: getComputedStyle makes the browser
    // compute the page's styles before the first card, a few ms that a light page need not wait.
    if (!dark.matches) return 'light';
    const supported = (document.querySelector<HTMLMetaElement>('meta[name="color-scheme"]')?.content ?? '') + getComputedStyle(document.documentElement).colorScheme;
    return /dark/.test(supported) ? 'dark' : 'light';
  }
}
