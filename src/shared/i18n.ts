// Language rules both sides use: the browser for the widget, the build for article pages.
import type { Plural, Strings } from './data.js';

/** Scripts written right to left, by language subtag. */
const RTL = /^(ar|he|iw|fa|ur|ps|yi|dv|ckb|sd|ug)(-|$)/i;

export const isRtl = (lang: string) => RTL.test(lang);

/** Fills `{name}` placeholders; numbers are formatted for the language. */
export function format(lang: string, text: string | Plural, values: Record<string, string | number> = {}): string {
  const pick = typeof text === 'string' ? text : text[new Intl.PluralRules(lang).select(Number(values.n))] ?? text.other;
  return pick.replace(/\{(\w+)\}/g, (_, key: string) => {
    const v = values[key];
    return typeof v === 'number' ? new Intl.NumberFormat(lang).format(v) : (v ?? '');
  });
}

export type { Strings };
