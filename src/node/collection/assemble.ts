// The whole collection from the files of a folder, in file-name order.
import { mergeAuthor } from './authors.js';
import { makeArticle } from './article.js';
import { formatOf } from './formats.js';
import { markdownBlocks } from './markdown.js';
import type { Article, Author, Collection, SeedFile } from './model.js';
import type { Practice } from './practice.js';
import { Problems } from './problems.js';
import { SLUG_MAX, slugify } from './text-rules.js';

export interface SeedSource {
  file: string;
  source: string;
}

/**
 * Builds the collection from sources, reporting every problem it finds (into `problems`
 * when given; otherwise it throws them all as one SeedErrors).
 */
/** Said only where the slug cap made two slugs one. */
const capNote = (...pair: Article[]) =>
  pair.some((a) => a.slug === slugify(a.title) && slugify(a.title, Infinity) !== a.slug) ? `: slugs are cut to ${SLUG_MAX} characters; change a title, or set "slug" in Markdown frontmatter` : '';

export function buildCollection(sources: SeedSource[], dir = '', problems?: Problems): Collection {
  const own = problems ?? new Problems();
  const authors = new Map<string, Author>();
  const articles = new Map<string, Article>();
  const parsed: SeedFile[] = [];
  const extras: Author[] = [];
  let practice: Practice | undefined;

  for (const { file, source } of sources) {
    const format = formatOf(file);
    if (!format) continue;
    const got = own.attempt(() => format(source, file, own));
    parsed.push(...(got?.articles ?? []));
    extras.push(...(got?.authors ?? []));
    if (got?.practice) practice = got.practice;
  }

  for (const { article, author } of parsed) {
    const known = authors.get(author.name);
    if (known) mergeAuthor(known, author, own);
    else authors.set(author.name, { ...author });
    const dup = articles.get(article.slug);
    if (dup) own.add(article.file, article.line, `duplicate slug "${article.slug}" (also ${dup.file}:${dup.line})${capNote(article, dup)}`);
    else articles.set(article.slug, article);
  }
  // A reviewer is described in authors.yaml like an author, and may have written nothing.
  const reviewing = new Set(parsed.flatMap(({ article }) => article.reviewedBy ?? []));
  const reviewers = new Map<string, Author>();
  for (const extra of extras) {
    const known = authors.get(extra.name) ?? reviewers.get(extra.name);
    if (known) mergeAuthor(known, extra, own);
    else if (reviewing.has(extra.name)) reviewers.set(extra.name, { ...extra });
    else own.add(extra.file, extra.line, `no article is by or reviewed by "${extra.name}"; names must match the byline (or reviewedBy) exactly`);
  }
  // A reviewer authors.yaml doesn't describe is a name alone: no credentials are made up.
  for (const { article } of parsed) {
    const name = article.reviewedBy;
    if (name && !authors.has(name) && !reviewers.has(name)) reviewers.set(name, { name, credentials: [], file: article.file, line: article.reviewedByLine! });
  }

  // Title-only entries follow all full articles, in the order they were first named;
  // a title that names an article of the collection refers to it instead.
  for (const { article, titleOnly } of parsed) {
    for (const { title, url, line } of titleOnly) {
      const slug = slugify(title);
      if (!slug) {
        own.add(article.file, line, `title "${title}" gives an empty slug`);
        continue;
      }
      const entry = articles.get(slug);
      if (!entry) {
        const made = makeArticle({ title, author: article.author, body: [], file: article.file, line });
        if (url) made.url = url;
        articles.set(slug, made);
      } else if (!entry.body.length && entry.author !== article.author) {
        own.add(article.file, line, `"${title}" is also listed by ${entry.author} (${entry.file}:${entry.line})`);
      } else if (url && entry.url && url !== entry.url) {
        own.add(article.file, line, `"${title}" links to ${url} here but to ${entry.url} at ${entry.file}:${entry.line}`);
      } else if (url && !entry.body.length) entry.url = url;
      if (slug !== article.slug && !article.related.includes(slug)) article.related.push(slug);
    }
  }
  for (const a of reviewers.values()) authors.set(a.name, a);
  for (const a of authors.values()) {
    const at = a.origins?.bio ?? a;
    if (a.bio) a.bioBlocks = markdownBlocks(a.bio, at.file, at.line, own);
  }
  if (!problems) own.throwIfAny();
  return { dir, authors: [...authors.values()], articles: [...articles.values()], practice: practice ?? {} };
}
