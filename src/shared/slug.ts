// The product's slug rule, for both sides: the build names articles and topics with it,
// and the browser reads `topic="…"` with it, so "Couples therapy" matches couples-therapy.

/** Latin letters that Unicode doesn't decompose to ASCII. */
const FOLD: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', đ: 'd', ð: 'd', ł: 'l', þ: 'th', ı: 'i' };

/**
 * Lowercase; Latin accents folded to ASCII; letters and digits of other scripts kept;
 * every run of anything else becomes `-`; no `-` at either end.
 */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/\p{Script=Latin}/gu, (c) => FOLD[c] ?? c.normalize('NFKD').replace(/\p{M}/gu, ''))
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}\p{M}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}
