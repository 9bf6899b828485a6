// Language rules both sides use: the browser for the widget, the build for article pages.
import type { Plural, Strings } from './data.js';

/** Scripts written right to left, by language subtag. */
const RTL = /^(ar|he|iw|fa|ur|ps|yi|dv|ckb|sd|ug)(-|$)/i;

export const isRtl = (lang: string) => RTL.test(lang);

/** One of each Intl object per language: constructing them is the slow part. */
const plurals = new Map<string, Intl.PluralRules>();
const numbers = new Map<string, Intl.NumberFormat>();

/** Fills `{name}` placeholders; numbers are formatted, and plural forms picked, for the language. */
export function format(lang: string, text: string | Plural, values: Record<string, string | number> = {}): string {
  if (!plurals.has(lang)) plurals.set(lang, new Intl.PluralRules(lang)), numbers.set(lang, new Intl.NumberFormat(lang));
  const pick = typeof text === 'string' ? text : text[plurals.get(lang)!.select(Number(values.n))] ?? text.other;
  return pick.replace(/\{(\w+)\}/g, (_, key: string) => {
    const v = values[key];
    return typeof v === 'number' ? numbers.get(lang)!.format(v) : (v ?? '');
  });
}

export type { Strings };

/** The primary language subtag, lowercase: "pt" for "pt-BR". Translations are keyed by it. */
export const primaryLanguage = (tag: string) => tag.toLowerCase().split('-')[0]!;
