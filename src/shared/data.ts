/**
 * The data that crosses from the build to the browser: plain JSON, no markup.
 * Its shape is written down once more, for other producers (the WordPress plugin), as a
 * JSON Schema: `src/shared/collection.schema.json`. Both must change together.
 *
 * Text is plain strings; structure is fixed-shape tuples that TypeScript narrows
 * on their first element. A full article and a title-only entry are different types
 * (narrowed on `minutes`), so nothing downstream needs a `!`.
 */

/** Inline text: a plain string, emphasis, or a link (checked at build time). */
export type Inline = string | ['em' | 'strong' | 'code', Inline[]] | ['a', string, Inline[]];

/**
 * A block of an article body or bio. A plain paragraph is just its string (the common
 * case, and all a `.txt` article produces). A heading's number is its depth below the
 * article title (1 = one level below), so it can sit under any `heading-level`.
 * A quote holds blocks of its own.
 */
export type Block = string | ['p', Inline[]] | ['h', number, Inline[]] | ['ul' | 'ol', Inline[][]] | ['q', Block[]];

/** A file beside the script (relative, content-hashed) or an absolute URL on the same site. */
export type FileRef = string;

export interface Photo {
  src: FileRef;
  width: number;
  height: number;
}

/**
 * A cover image: the variants a card may pick from (`srcset`), smallest first. The first
 * is `src`. `width`/`height` are the intrinsic size of the largest listed variant, so the
 * box is reserved before it loads. `alt` is "" for a decorative image.
 */
export interface CoverImage {
  variants: [src: FileRef, width: number][];
  width: number;
  height: number;
  alt: string;
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
  /** From `authors.yaml`, frontmatter or a WordPress profile; never invented. */
  bio?: Block[];
  photo?: Photo;
}

/** What every entry has. */
interface EntryBase {
  slug: string;
  title: string;
  /** Index into `authors`. */
  author: number;
  /** The article's language, when it differs from the interface's. */
  lang?: string;
  /** Indices into `topics`. */
  topics?: number[];
}

/** A title-only entry: no body, no Read button; it may link out, and carry a summary. */
export interface TitleEntry extends EntryBase {
  minutes?: undefined;
  /** A summary it was given (never invented). */
  excerpt?: string;
  /** Where it links out to. */
  url?: string;
}

/** A full article: it has a body, inside the script or in a file fetched on Read. */
export type FullArticle = EntryBase & {
  /** Reading time in minutes. */
  minutes: number;
  /** Words in the body. */
  words: number;
  excerpt?: string;
  /** The article's own page: from `--site-url`, the original (imported), or the WordPress permalink. */
  url?: string;
  /** Indices of the author's other articles it names ("More by"). */
  more?: number[];
  image?: CoverImage;
  /** YYYY-MM-DD. */
  date?: string;
  /** YYYY-MM-DD, when it was last changed. */
  updated?: string;
  /** Index into `authors` of the clinician who reviewed it. */
  reviewedBy?: number;
  /** YYYY-MM-DD of that review. */
  reviewed?: string;
  /** A content note, shown before the body ("This article discusses suicide."). */
  note?: string;
  /** The source had content the reader can't show (embeds, tables, forms): it says so and links to `url`. */
  partial?: true;
} & ({ body: Block[]; src?: undefined } | { src: FileRef; body?: undefined });

export type ArticleData = TitleEntry | FullArticle;

/** A topic: its slug (what `topic="…"` is compared with) and its name as written. */
export type Topic = [slug: string, name: string];

export interface CollectionData {
  /** Authors and reviewers; an entry's `author` and `reviewedBy` index into it. */
  authors: AuthorData[];
  articles: ArticleData[];
  topics?: Topic[];
  /** The practice's support line, shown at the end of every reader ("If you are in crisis, call 988"). */
  support?: { text: string; url?: string };
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
  /**
   * Reading time: `{n}`. A plain string where the language has one form for every count: a
   * Plural makes the page's first `Intl.PluralRules`, which costs more than a card's render.
   */
  minutes: string | Plural;
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
  /** Review line: `{name}` is the reviewer with credentials, `{date}` formatted by Intl.DateTimeFormat. */
  reviewed: string;
  /** Review line when the review has no date: `{name}`. */
  reviewedNoDate: string;
  /** When the article last changed: `{date}`. */
  updated: string;
  /** When the article was first published: `{date}`. */
  published: string;
  /** Label of the content note before the body ("This article discusses suicide."). */
  note: string;
  /** Label of the practice's support line at the end of the reader. */
  support: string;
  /** Shown when `topic="…"` matches no article: `{topic}`. */
  noTopic: string;
  /** The reader can't show all of the article (embeds, tables, forms from the source). */
  partial: string;
  /** The link to the article's own page that follows `partial`. */
  partialLink: string;
}
