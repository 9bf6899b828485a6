// Text rules of the collection: slugs, excerpts, word counts, names.
// Intl.Segmenter finds words and sentences in every script, spaces or not.

/** Latin letters that Unicode doesn't decompose to ASCII. */
const FOLD: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', đ: 'd', ð: 'd', ł: 'l', þ: 'th', ı: 'i' };

/**
 * Slugs are cut to this many characters, for readable addresses. (Just above the seed's
 * longest, 85, so no slug already published changes.)
 */
export const SLUG_MAX = 96;
/** …and to this many UTF-8 bytes, so `<slug>.html` stays below the 255 bytes disks allow a name. */
export const SLUG_MAX_BYTES = 240;

/**
 * The product's slug rule: lowercase; Latin accents folded to ASCII; letters and digits
 * of other scripts kept; every run of anything else becomes `-`; no `-` at either end.
 * A long slug is cut at its last `-` within SLUG_MAX characters (hard, if it has none).
 */
export function slugify(title: string, max = SLUG_MAX): string {
  const slug = title
    .toLowerCase()
    .replace(/\p{Script=Latin}/gu, (c) => FOLD[c] ?? c.normalize('NFKD').replace(/\p{M}/gu, ''))
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}\p{M}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return capSlug(slug, max);
}

function capSlug(slug: string, max: number): string {
  const chars = [...slug];
  if (chars.length <= max && Buffer.byteLength(slug) <= SLUG_MAX_BYTES) return slug;
  let cut = '';
  let bytes = 0;
  for (const c of chars.slice(0, max)) {
    bytes += Buffer.byteLength(c);
    if (bytes > SLUG_MAX_BYTES) break;
    cut += c;
  }
  if (slug[cut.length] === '-') return cut;
  // Never cut between a letter and its combining marks.
  if (/^\p{M}/u.test(slug.slice(cut.length))) cut = cut.replace(/\P{M}\p{M}*$/u, '');
  const dash = cut.lastIndexOf('-');
  return (dash > cut.length / 2 ? cut.slice(0, dash) : cut).replace(/-+$/, '');
}

/** Two slugs that name one file on a case-insensitive disk, or look alike: compare these. */
export const foldSlug = (slug: string) => slug.normalize('NFKC').toUpperCase().toLowerCase().normalize('NFKC');

const WIDE = /[\u1100-\u11ff\u2e80-\ua4cf\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/gu;

/** Text written without spaces between words, where a character carries about two Latin ones. */
const isWide = (text: string) => (text.match(WIDE)?.length ?? 0) * 2 > text.length;

/**
 * The first paragraph, whole when short. When long, cut after the last sentence that
 * fits, if that keeps at least half; else at the last word that fits, with an ellipsis.
 */
export function makeExcerpt(text: string, lang = 'en', max = 220): string {
  const limit = isWide(text) ? max / 2 : max;
  if (text.length <= limit) return text;
  let sentenceEnd = 0;
  for (const s of new Intl.Segmenter(lang, { granularity: 'sentence' }).segment(text)) {
    const end = s.index + s.segment.trimEnd().length;
    if (end > limit) break;
    sentenceEnd = end;
  }
  if (sentenceEnd >= limit / 2) return text.slice(0, sentenceEnd);
  let wordEnd = 0;
  for (const w of new Intl.Segmenter(lang, { granularity: 'word' }).segment(text)) {
    if (w.index + w.segment.length > limit) break;
    if (w.isWordLike) wordEnd = w.index + w.segment.length;
  }
  return text.slice(0, wordEnd || limit).replace(/[\s,;:–—-]+$/u, '') + '…';
}

/** Words, as Intl.Segmenter finds them for the language. */
export function countWords(text: string, lang = 'en'): number {
  let n = 0;
  for (const w of new Intl.Segmenter(lang, { granularity: 'word' }).segment(text)) if (w.isWordLike) n++;
  return n;
}

const WORDS_PER_MINUTE = 200;

export const readingMinutes = (words: number) => Math.max(1, Math.round(words / WORDS_PER_MINUTE));

/** Name words without honorifics such as "Dr." */
const nameWords = (name: string) => {
  const words = name.split(/\s+/).filter(Boolean);
  const plain = words.filter((w) => !w.endsWith('.'));
  return plain.length ? plain : words;
};

/** Scripts whose names put the family name first, where "first word" would be wrong. */
const FAMILY_FIRST = /[\u1100-\u11ff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/u;

/** The name a booking button speaks to: "Hailey" for "Hailey Oliver"; the full name where that rule fails. */
export function shortName(name: string): string {
  return FAMILY_FIRST.test(name) ? name : nameWords(name)[0]!;
}

/** Monogram letters: first and last name's initials, "HO"; one letter for a one-word name. */
export function initials(name: string): string {
  if (FAMILY_FIRST.test(name)) return [...name.replace(/\s/g, '')][0]!;
  const words = nameWords(name);
  const first = (w: string) => ([...w].find((c) => /\p{L}/u.test(c)) ?? [...w][0]!).toLocaleUpperCase();
  return words.length > 1 ? first(words[0]!) + first(words.at(-1)!) : first(words[0]!);
}

/** Lines without a BOM or trailing spaces, for LF and CRLF files alike. */
export function lines(source: string): string[] {
  return source.replace(/^\uFEFF/, '').split(/\r?\n/).map((l) => l.trimEnd());
}
