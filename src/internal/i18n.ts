// The interface language (from `lang` on the element, an ancestor or <html>, else English)
// and direction (from `dir` the same way, else from the language), with the translations:
// built in, fetched once, or registered by the host.
import data from 'virtual:practice-articles/collection';
import type { Strings } from '../shared/data.js';
import { isRtl } from '../shared/i18n.js';
import en from '../shared/translations/en.js';
import { fetchJson } from './collection.js';

/** Translations shipped with the widget (inside the script, or fetched once), by language. */
const builtIn: Record<string, Partial<Strings>> = { ...data.strings, en };
/** What the host page registered, applied over the built-in strings. */
const host: Record<string, Partial<Strings>> = {};
/** Languages that failed to load, or that have no strings at all (warned about once). */
const failed = new Set<string>();

/**
 * Elements to update when a language, a direction or a translation changes. Shared on
 * purpose: one MutationObserver watches the whole page for every element on it.
 */
const live = new Set<{ requestUpdate(): void }>();
let observer: MutationObserver | undefined;
const refresh = () => live.forEach((el) => el.requestUpdate());

export function follow(el: { requestUpdate(): void }, on: boolean): void {
  if (on) live.add(el);
  else live.delete(el);
  if (live.size && !observer) {
    observer = new MutationObserver(refresh);
    observer.observe(document.documentElement, { attributeFilter: ['lang', 'dir'], subtree: true });
  } else if (!live.size && observer) {
    observer = observer.disconnect() as undefined;
  }
}

/**
 * Adds a language, or overrides some strings of one, for every widget on the page.
 * Also reachable as `customElements.get('practice-articles').registerTranslation`.
 */
export function registerTranslation(lang: string, strings: Partial<Strings>): void {
  const key = lang.toLowerCase();
  host[key] = { ...host[key], ...strings };
  refresh();
}

/** The value of `attr` on the element or its nearest ancestor, crossing shadow roots. */
function inherited(el: Element, attr: string): string | undefined {
  for (let n: Element | undefined = el; n; n = (n.getRootNode() as ShadowRoot).host) {
    const found = n.closest(`[${attr}]`);
    if (found) return found.getAttribute(attr)!;
  }
  return undefined;
}

export interface Locale {
  lang: string;
  dir: 'ltr' | 'rtl';
  strings: Strings;
  /** Still fetching this language's strings. */
  loading?: boolean;
}

/** The element's language, direction and strings; fetches a built-in language on first use. */
export function localeOf(el: Element & { requestUpdate(): void; warn(message: string): void }): Locale {
  let lang = inherited(el, 'lang') || 'en';
  try {
    Intl.getCanonicalLocales(lang);
  } catch {
    lang = 'en'; // not a language tag: Intl would throw on it
  }
  const dir = inherited(el, 'dir');
  const full = lang.toLowerCase();
  const keys = [full.split('-')[0]!, full];
  const none = !keys.some((k) => builtIn[k]);
  const known = none && keys.find((k) => data.locales.includes(k) && !failed.has(k));
  // Once a language (its file failed: warned about that, no fetch to try either): what a web person can do about lang="xx".
  if (none && !known && !keys.some((k) => host[k] || failed.has(k))) {
    failed.add(full);
    el.warn(`lang "${lang}" unknown: English is used`);
  }
  if (known) {
    // Every update while it loads waits on the same fetch: the first to hear of a failure says so.
    fetchJson<Strings>(`${data.i18n}${known}.json`).then(
      (s) => ((builtIn[known] = s), refresh()),
      () => failed.has(known) || (failed.add(known), el.warn(`${data.i18n}${known}.json failed to load: English is used`), refresh()),
    );
  }
  return {
    lang,
    dir: dir === 'rtl' || dir === 'ltr' ? dir : isRtl(lang) ? 'rtl' : 'ltr',
    strings: Object.assign({}, en, ...keys.map((k) => builtIn[k]), ...keys.map((k) => host[k])),
    loading: !!known,
  };
}
