import type { ReactiveController, ReactiveElement } from 'lit';
import type { Strings } from '../../shared/data.js';
import { format } from '../../shared/i18n.js';
import { follow, localeOf } from '../i18n.js';

/**
 * The host's language, direction and strings, read afresh before each update (so before
 * the first render: they need no initial values) and followed live: a change of `lang` or
 * `dir` anywhere above it, or a new translation.
 */
export class LocaleController implements ReactiveController {
  lang!: string;
  dir!: 'ltr' | 'rtl';
  strings!: Strings;
  /** Still fetching this language's strings. */
  loading?: boolean;

  #host: ReactiveElement & { warn(message: string): void };

  constructor(host: ReactiveElement & { warn(message: string): void }) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    follow(this.#host, true);
  }

  hostDisconnected(): void {
    follow(this.#host, false);
  }

  hostUpdate(): void {
    Object.assign(this, localeOf(this.#host));
  }

  /** An interface string in the host's language. */
  t = (key: keyof Strings, values?: Record<string, string | number>): string => format(this.lang, this.strings[key], values);
}
