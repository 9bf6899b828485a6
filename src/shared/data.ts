/**
 * The data that crosses from the build to the browser: plain JSON, no markup.
 * Text is plain strings; structure is fixed-shape tuples that TypeScript narrows
 * on their first element, so nothing downstream needs a cast.
 */

/** Inline text: a plain string, emphasis, or a link (checked at build time). */
export type Inline = string | ['em' | 'strong' | 'code', Inline[]] | ['a', string, Inline[]];

/**
 * A block of an article body or bio. A plain paragraph is just its string (the common
 * case, and all a `.txt` article produces). A heading's number is its depth below the
 * article title (1 = one level below), so it can sit under any `heading-level`.
 */
export type Block = string | ['p', Inline[]] | ['h', number, Inline[]] | ['ul' | 'ol', Inline[][]];

export interface Photo {
  /** File next to the script, content-hashed. */
  src: string;
  width: number;
  height: number;
}

export interface AuthorData {
  /** Full name as written, e.g. "Dr. Amara Okafor". */
  name: string;
  /** Credentials joined for display, e.g. "MA, MHCI". */
  creds?: string;
  /** The name a booking button uses: "Book with Hailey". */
  short: string;
  /** Monogram letters, e.g. "HO". */
  initials: string;
  /** Booking URL, already checked to be https/http/mailto/tel. */
  url?: string;
  /** From `authors.yaml` or frontmatter; never invented. */
  bio?: Block[];
  photo?: Photo;
}

export interface ArticleData {
  slug: string;
  title: string;
  /** Index into `authors`. */
  author: number;
  /** Absent for title-only entries. */
  excerpt?: string;
  /** Reading time in minutes; present exactly when the article has a body. */
  minutes?: number;
  /** The body, when it travels inside the script. */
  body?: Block[];
  /** Or the file holding the body, relative to the script, fetched on Read. */
  src?: string;
  /** The article's own page (with `--site-url`), or where a title-only entry links out to. */
  url?: string;
  /** The article's language, when it differs from the interface's. */
  lang?: string;
  /** Indices of the author's other articles it names ("More by"). */
  more?: number[];
}

export interface CollectionData {
  authors: AuthorData[];
  articles: ArticleData[];
  /** Translations that travel inside the script, by language. */
  strings: Record<string, Partial<Strings>>;
  /** Languages whose translations are fetched when a page needs them, as `${i18n}${lang}.json`. */
  locales: string[];
  /** Folder of those files beside the script, named by a hash of their content. */
  i18n: string;
}

/** A string with plural forms, picked with `Intl.PluralRules`; `other` is required. */
export type Plural = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/**
 * Every interface string. `{name}`-style placeholders are filled in at run time;
 * numbers are formatted with `Intl.NumberFormat` for the language.
 */
export interface Strings {
  /** Accessible name of the carousel region. */
  articles: string;
  /** `aria-roledescription` of the carousel. */
  carousel: string;
  /** `aria-roledescription` of each slide. */
  slide: string;
  /** A slide's name and the position indicator: `{index}`, `{count}`. */
  position: string;
  /** The position indicator when several slides are in view: `{first}`, `{last}`, `{count}`. */
  range: string;
  previous: string;
  next: string;
  read: string;
  /** Accessible name of a Read button: `{title}`. */
  readTitle: string;
  /** Booking link: `{name}` is the author's short name. */
  book: string;
  /** Reading time: `{n}`. */
  minutes: Plural;
  close: string;
  /** Label of the author section in the reader. */
  about: string;
  /** Heading of an author's other articles: `{name}`. */
  more: string;
  /** `{slug}`. */
  notFound: string;
  noArticles: string;
  loading: string;
  loadFailed: string;
  retry: string;
  openPage: string;
  share: string;
  copied: string;
}
