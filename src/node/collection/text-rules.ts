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
 * Intl.Segmenter gives every segment an `input` property, a fresh copy of the whole
 * string: segmenting n characters costs O(n²), and past 128 KiB each copy is a
 * large-object allocation (a 200 KB paragraph took 70 s). So it only ever sees short
 * pieces: a prefix for the excerpt, and chunks cut at whitespace for the count.
 */
const CHUNK = 2048;

/** Context either side of a cut that the word rules get to see, where there is no space to cut at. */
const MARGIN = 128;

/**
 * Pieces of at most about CHUNK characters, cut after whitespace, or (text with no spaces:
 * CJK, words run together) where the word rules themselves see a boundary inside a window
 * around the cut, so no cut splits a word the whole text would count once.
 */
function* chunks(text: string, segmenter: Intl.Segmenter): Generator<string> {
  let start = 0;
  while (text.length - start > CHUNK) {
    let end = start + CHUNK;
    const space = text.slice(start + CHUNK / 2, end).search(/\s\S*$/u);
    if (space >= 0) end = start + CHUNK / 2 + space + 1;
    else {
      const from = end - 2 * MARGIN;
      let cut = 0;
      for (const { index } of segmenter.segment(text.slice(from, end + MARGIN))) {
        if (from + index > end) break;
        if (index >= MARGIN) cut = from + index;
      }
      if (cut) end = cut;
      else if (/[\uDC00-\uDFFF]/.test(text[end]!)) end--; // one "word" longer than the window: cut between characters
    }
    yield text.slice(start, end);
    start = end;
  }
  yield text.slice(start);
}

/** Characters past the excerpt's limit that sentence and word rules may look at. */
const LOOKAHEAD = 64;

/**
 * The first paragraph, whole when short. When long, cut after the last sentence that
 * fits, if that keeps at least half; else at the last word that fits, with an ellipsis.
 */
export function makeExcerpt(text: string, lang = 'en', max = 220): string {
  const limit = isWide(text) ? max / 2 : max;
  if (text.length <= limit) return text;
  const head = text.slice(0, limit + LOOKAHEAD);
  let sentenceEnd = 0;
  for (const s of new Intl.Segmenter(lang, { granularity: 'sentence' }).segment(head)) {
    const end = s.index + s.segment.trimEnd().length;
    if (end > limit) break;
    sentenceEnd = end;
  }
  if (sentenceEnd >= limit / 2) return text.slice(0, sentenceEnd);
  let wordEnd = 0;
  for (const w of new Intl.Segmenter(lang, { granularity: 'word' }).segment(head)) {
    if (w.index + w.segment.length > limit) break;
    if (w.isWordLike) wordEnd = w.index + w.segment.length;
  }
  // With no word to end at, cut at the limit, but never between the two halves of a
  // character beyond the BMP (an emoji), as the WordPress producer's cut_at_length doesn't.
  const cut = wordEnd || (/[\uD800-\uDBFF]/.test(text[limit - 1] ?? '') ? limit - 1 : limit);
  return text.slice(0, cut).replace(/[\s,;:–—-]+$/u, '') + '…';
}

/** Words, as Intl.Segmenter finds them for the language. */
export function countWords(text: string, lang = 'en'): number {
  const segmenter = new Intl.Segmenter(lang, { granularity: 'word' });
  let n = 0;
  for (const piece of chunks(text, segmenter)) for (const w of segmenter.segment(piece)) if (w.isWordLike) n++;
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

/**
 * Characters XML and HTML can't carry: C0 controls other than tab, LF and CR, the
 * noncharacters U+FFFE and U+FFFF, and lone surrogates (with the u flag, a surrogate
 * range matches only an unpaired half). Bidi marks, ZWJ, emoji and U+2028 are text.
 */
const FORBIDDEN = /[\0-\x08\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDFFF]/gu;
/** Word's manual line break arrives as a vertical tab; a page break as a form feed. */
const SOFT_BREAK = /[\v\f]/g;

const codePoint = (c: string) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** The reason a string can't be published, or undefined when it can. */
export function forbiddenIn(text: string): string | undefined {
  const found = text.match(FORBIDDEN);
  return found ? `holds ${codePoint(found[0])}, a control character or noncharacter that pages and feeds can't carry; delete it` : undefined;
}

/**
 * Text as the parsers read it: a vertical tab or form feed is a line break inside its
 * paragraph (read as a space, as every line break in a paragraph is, so line numbers hold);
 * every other forbidden character is reported on its line (`firstLine` is the text's first)
 * and replaced by U+FFFD so that parsing goes on and finds the rest.
 */
export function cleanText(source: string, report: (line: number, reason: string) => void, firstLine = 1): string {
  const text = source.replace(SOFT_BREAK, ' ');
  FORBIDDEN.lastIndex = 0;
  if (!FORBIDDEN.test(text)) return text;
  text.split('\n').forEach((line, i) => {
    const reason = forbiddenIn(line);
    if (reason) report(firstLine + i, `line ${reason}`);
  });
  return text.replace(FORBIDDEN, '\uFFFD');
}

/** `text` with soft breaks as spaces and forbidden characters left out: what import writes of a feed's text, so check accepts it. */
export const withoutForbidden = (text: string) => text.replace(SOFT_BREAK, ' ').replace(FORBIDDEN, '');

/** `text` with soft breaks as spaces and forbidden characters as U+FFFD: for values already reported. */
export const publishable = (text: string) => text.replace(SOFT_BREAK, ' ').replace(FORBIDDEN, '\uFFFD');

/** A real calendar date written YYYY-MM-DD: 2024-02-29 is one, 2024-02-31 is not. */
export function isCalendarDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const time = Date.parse(`${text}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === text;
}
