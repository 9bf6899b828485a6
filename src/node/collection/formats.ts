// Which parser reads which file: one map from file extension to format (Eleventy's
// ExtensionMap), and one from whole file names for the files that are special by name.
// Adding a format is one parser file plus one entry here.
import { basename, extname } from 'node:path';
import { parseAuthors } from './authors.js';
import { parseMarkdown } from './markdown.js';
import type { Author, SeedFile } from './model.js';
import { parsePractice, type Practice } from './practice.js';
import type { Problems } from './problems.js';
import { parseText } from './text-format.js';

/** What one file says: articles, author details, or both. */
export interface Parsed {
  articles?: SeedFile[];
  authors?: Author[];
  practice?: Practice;
}

/** A parser reports what it can keep going past into `problems`, and throws a SeedError for what it can't. */
export type Format = (source: string, file: string, problems: Problems) => Parsed;

const authors: Format = (source, file, problems) => ({ authors: parseAuthors(source, file, problems) });

/** Files that are special by their whole name (lowercase). */
export const BY_NAME: Record<string, Format> = {
  'authors.yaml': authors,
  'authors.yml': authors,
  // What the practice says about itself: never an article.
  'practice.yaml': (source, file, problems) => ({ practice: parsePractice(source, file, problems) }),
};

/** Article formats by extension (lowercase, with the dot). */
export const BY_EXTENSION: Record<string, Format> = {
  '.txt': (source, file, problems) => ({ articles: [parseText(source, file, problems)] }),
  '.md': (source, file, problems) => ({ articles: [parseMarkdown(source, file, problems)] }),
};

/** Notes for people beside the articles, never read as articles. */
const NOTES = /^(readme|how-to)/i;

/** The format of a file, by name; undefined for files that aren't part of a collection (a README, photos). */
export function formatOf(file: string): Format | undefined {
  const name = basename(file).toLowerCase();
  if (NOTES.test(name)) return undefined;
  return BY_NAME[name] ?? BY_EXTENSION[extname(name)];
}
