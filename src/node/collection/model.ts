// The collection as the formats parse it: everything the files say, by name and slug.
// resolve.ts turns it into the Model the emitters read, with references instead of names.
import type { Block } from '../../shared/data.js';
import type { Practice } from './practice.js';

export type Pronoun = 'her' | 'him' | 'them';

/** Where something was said, for error messages. */
export interface Origin {
  file: string;
  line: number;
}

export interface Author extends Origin {
  name: string;
  credentials: string[];
  pronoun?: Pronoun;
  bookingUrl?: string;
  /** Markdown text, never invented. */
  bio?: string;
  /** The bio compiled to blocks. */
  bioBlocks?: Block[];
  /** Path of a photo, relative to the folder. */
  photo?: string;
  /** The name the booking button uses, when the first-word rule would be wrong. */
  shortName?: string;
  /** Where a detail was taken from, when another file than the byline's gave it. */
  origins?: Partial<Record<'photo' | 'bio' | 'bookingUrl', Origin>>;
}

export interface Article extends Origin {
  slug: string;
  title: string;
  /** The author's name: the key into the collection's authors. */
  author: string;
  /** Empty for a title-only entry. */
  body: Block[];
  excerpt?: string;
  wordCount: number;
  readingMinutes: number;
  /** Slugs of the author's other articles this one names. */
  related: string[];
  /** Where a title-only entry links out to. */
  url?: string;
  /** YYYY-MM-DD. */
  date?: string;
  tags?: string[];
  /** BCP 47 language of the article, when set. */
  lang?: string;
  /** YYYY-MM-DD of the last change. */
  updated?: string;
  /** The clinician who reviewed it: a name, with credentials from authors.yaml when there. */
  reviewedBy?: string;
  /** YYYY-MM-DD of that review. */
  reviewed?: string;
  /** A content note, shown before the body. */
  note?: string;
  /** A cover image: its path relative to the folder, and its alt text ("" = decorative). */
  image?: { name: string; alt: string; line: number };
  /** The lines of `reviewedBy` and `tags`, for problems with them. */
  reviewedByLine?: number;
  tagsLine?: number;
}

/** A title named after a byline (or in `related`), with an optional URL. */
export interface TitleRef {
  title: string;
  url?: string;
  line: number;
}

/** One parsed article file. */
export interface SeedFile {
  article: Article;
  author: Author;
  titleOnly: TitleRef[];
}

export interface Collection {
  /** The folder it was read from. */
  dir: string;
  /** Authors, then the reviewers who wrote nothing. */
  authors: Author[];
  articles: Article[];
  /** What practice.yaml says; empty without one. */
  practice: Practice;
}
