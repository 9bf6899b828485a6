// Language rules both sides use: the browser for the widget, the build for article pages.
import type { Plural, Strings } from './data.js';

/** Scripts written right to left, by language subtag. */
const RTL = /^(ar|he|iw|fa|ur|ps|yi|dv|ckb|sd|ug)(-|$)/i;

export const isRtl = (lang: string) => RTL.test(lang);

/** One of each Intl object per language, made on first use: constructing them is the slow part. */
const plurals = new Map<string, Intl.PluralRules>();
const numbers = new Map<string, Intl.NumberFormat>();

/**
 * Languages whose numbers are written in ASCII digits, ungrouped below 1,000, by CLDR's
 * default numbering system. For these, a small whole number is its own digits, so the card's
 * "3 min read" and "2 of 10" need no Intl.NumberFormat: the first one a page makes costs
 * 20–35 ms in Chromium (loading number data), longer than rendering every card in view. A tag
 * with a Unicode extension (-u-nu-…) may choose other digits, so it keeps Intl.
 */
const ASCII_DIGITS = /^(en|de|es|fr|it|nl|pl|pt|he)(?!.*-u-)(-|$)/i;

const number = (lang: string, v: number) =>
  Number.isInteger(v) && v >= 0 && v < 1000 && ASCII_DIGITS.test(lang)
    ? String(v)
    : (numbers.get(lang) ?? numbers.set(lang, new Intl.NumberFormat(lang)).get(lang)!).format(v);

/** Fills `{name}` placeholders; numbers are formatted, and plural forms picked, for the language. */
export function format(lang: string, text: string | Plural, values: Record<string, string | number> = {}): string {
  const rules = typeof text === 'string' ? undefined : plurals.get(lang) ?? plurals.set(lang, new Intl.PluralRules(lang)).get(lang)!;
  const pick = typeof text === 'string' ? text : text[rules!.select(Number(values.n))] ?? text.other;
  return pick.replace(/\{(\w+)\}/g, (_, key: string) => {
    const v = values[key];
    return typeof v === 'number' ? number(lang, v) : (v ?? '');
  });
}

export type { Strings };

/** The primary language subtag, lowercase: "pt" for "pt-BR". Translations are keyed by it. */
export const primaryLanguage = (tag: string) => tag.toLowerCase().split('-')[0]!;
