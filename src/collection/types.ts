/**
 * The compact collection the browser receives. Produced at build time by
 * `src/collection/parse.ts`, served as `virtual:practice-articles/collection`.
 * No markdown and no HTML strings: text is plain strings, structure is tuples
 * that Lit templates render (see `src/parts/body.ts`).
 */

/** Inline text: a plain string, or a tagged tuple. Links are checked at build time. */
export type Inline =
  | string
  | ['em' | 'strong' | 'code', ...Inline[]]
  | ['a', string, ...Inline[]];

/**
 * A block of an article body: a plain paragraph is just its string (the
 * common case, and all a `.txt` seed produces); richer blocks are tuples.
 * A heading's number is its depth below the article title (1 = one level
 * below), so the reader can place it under whatever `heading-level` is set.
 */
export type Block =
  | string
  | ['p', ...Inline[]]
  | ['h', number, ...Inline[]]
  | ['ul' | 'ol', ...Inline[][]];

export interface AuthorData {
  /** Full name as written, e.g. "Dr. Amara Okafor". */
  name: string;
  /** Credentials joined for display, e.g. "MA, MHCI"; empty when none. */
  creds: string;
  /** The name a booking button uses: "Book with Hailey". */
  first: string;
  /** Booking URL, already checked to be https/http/mailto/tel. */
  url?: string;
  /** Bio text, from frontmatter or `seeds/authors.yaml`; never invented. */
  bio?: Block[];
}

export interface ArticleData {
  slug: string;
  title: string;
  /** Index into `authors`. */
  author: number;
  /** Absent for title-only entries. */
  excerpt?: string;
  /** Reading time in minutes; absent for title-only entries. */
  minutes?: number;
  /** Absent for title-only entries: no body, no Read button. */
  body?: Block[];
}
