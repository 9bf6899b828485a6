// Build time only (Node): turns the files in seeds/ into a validated collection.
// Nothing here reaches the browser; `toModule` emits the compact data that does.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { marked, type Token, type Tokens } from 'marked';
import { LineCounter, parseDocument, isMap, isScalar, isSeq, type Node as YamlNode } from 'yaml';
import type { ArticleData, AuthorData, Block, Inline } from './types.js';
import { isSafeUrl } from '../parts/safe-url.js';

/** A seed problem, always with the file and the 1-based line it is on. */
export class SeedError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly reason: string,
  ) {
    super(`${file}:${line}: ${reason}`);
    this.name = 'SeedError';
  }
}

export type Pronoun = 'her' | 'him' | 'them';

export interface Author {
  name: string;
  credentials: string[];
  pronoun?: Pronoun;
  bookingUrl?: string;
  bio?: string;
  /** Where the author was first named, for error messages. */
  file: string;
  line: number;
}

export interface Article {
  slug: string;
  title: string;
  /** Key into the authors map: the author's name. */
  author: string;
  /** Empty for a title-only entry. */
  body: Block[];
  excerpt?: string;
  wordCount: number;
  readingMinutes: number;
  /** Slugs of the other articles the seed names after its byline (or in `related`). */
  related: string[];
  date?: string;
  tags?: string[];
  file: string;
  line: number;
}

/** One parsed seed file: its full article and the titles it names as the author's other work. */
export interface SeedFile {
  article: Article;
  author: Author;
  titleOnly: { title: string; line: number }[];
}

export interface Collection {
  authors: Author[];
  articles: Article[];
}

const WORDS_PER_MINUTE = 200;
const EXCERPT_MAX = 220;

/** The product's slug rule: lowercase, folded to ASCII, runs of anything else become `-`. */
export function slugify(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** First paragraph; when long, cut after a sentence if one ends late enough, else at a word. */
export function makeExcerpt(text: string, max = EXCERPT_MAX): string {
  if (text.length <= max) return text;
  const head = text.slice(0, max + 1);
  const sentence = head.search(/[.!?…][”’"]?\s[^.!?…]*$/);
  if (sentence >= max / 2) return head.slice(0, sentence + 1 + (/[”’"]/.test(head[sentence + 1]!) ? 1 : 0));
  const space = head.lastIndexOf(' ');
  return (space > 0 ? head.slice(0, space) : text.slice(0, max)).replace(/[\s,;:–—-]+$/, '') + '…';
}

/** The name a booking button speaks to: the first word that is not a title such as "Dr.". */
export function firstName(name: string): string {
  const words = name.split(/\s+/);
  return words.find((w) => !w.endsWith('.')) ?? words[0]!;
}

function lines(source: string): string[] {
  return source.replace(/^\uFEFF/, '').split(/\r?\n/).map((l) => l.trimEnd());
}

/** The plain text of a block, for counting words and making excerpts. */
function textOf(block: Block): string {
  if (typeof block === 'string') return block;
  if (block[0] === 'ul' || block[0] === 'ol') return (block.slice(1) as Inline[][]).map(plain).join(' ');
  return plain(block.slice(block[0] === 'h' ? 2 : 1) as Inline[]);
}

function words(blocks: Block[]): number {
  return blocks.reduce((n, b) => n + (textOf(b).match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? []).length, 0);
}

function minutes(wordCount: number): number {
  return Math.max(1, Math.round(wordCount / WORDS_PER_MINUTE));
}

function checkUrl(url: string, file: string, line: number): string {
  if (!isSafeUrl(url)) {
    throw new SeedError(file, line, `booking URL "${url}" must start with https:, http:, mailto: or tel:`);
  }
  return url;
}

const BYLINE = /^By (.+?)\. Book with (her|him|them) here:(?:\s+(\S+))?$/;

/**
 * The plain-text seed format (see PRODUCT.md): title line, paragraphs,
 * `By NAME[, CRED]*. Book with her|him|them here:[ URL]`, then one title per line.
 */
export function parseText(source: string, file: string): SeedFile {
  const all = lines(source);
  const titleIndex = all.findIndex((l) => l.trim() !== '');
  if (titleIndex < 0) throw new SeedError(file, 1, 'empty file: the first non-empty line must be the title');
  const title = all[titleIndex]!.trim();

  const bylineIndex = all.findIndex((l, i) => i > titleIndex && BYLINE.test(l.trim()));
  if (bylineIndex < 0) {
    const near = all.findIndex((l, i) => i > titleIndex && /^By\s/.test(l.trim()));
    throw new SeedError(
      file,
      (near < 0 ? titleIndex : near) + 1,
      'no byline: expected a line like "By Name, Credential. Book with her here: https://…"',
    );
  }
  const [, who, pronoun, url] = BYLINE.exec(all[bylineIndex]!.trim())!;
  const [name, ...credentials] = who!.split(/\s*,\s*/);
  if (!name) throw new SeedError(file, bylineIndex + 1, 'byline has no author name');

  // Paragraphs: runs of non-empty lines between the title and the byline.
  const body: string[] = [];
  let run: string[] = [];
  for (const line of [...all.slice(titleIndex + 1, bylineIndex), '']) {
    if (line.trim()) run.push(line.trim());
    else if (run.length) (body.push(run.join(' ')), (run = []));
  }

  const titleOnly = all
    .map((l, i) => ({ title: l.trim(), line: i + 1 }))
    .slice(bylineIndex + 1)
    .filter((t) => t.title);

  const author: Author = {
    name,
    credentials,
    pronoun: pronoun as Pronoun,
    bookingUrl: url === undefined ? undefined : checkUrl(url, file, bylineIndex + 1),
    file,
    line: bylineIndex + 1,
  };
  return { author, titleOnly, article: makeArticle(title, undefined, name, body, undefined, file, titleIndex + 1) };
}

function makeArticle(
  title: string,
  slug: string | undefined,
  author: string,
  body: Block[],
  summary: string | undefined,
  file: string,
  line: number,
): Article {
  if (!title) throw new SeedError(file, line, 'empty title');
  const finalSlug = slug ?? slugify(title);
  if (!finalSlug) throw new SeedError(file, line, `title "${title}" gives an empty slug; set "slug" in frontmatter`);
  const first = body.find((b) => typeof b === 'string' || b[0] === 'p');
  const firstText = first === undefined ? undefined : textOf(first);
  const wordCount = words(body);
  return {
    slug: finalSlug,
    title,
    author,
    body,
    excerpt: summary ?? (firstText === undefined ? undefined : makeExcerpt(firstText)),
    wordCount,
    readingMinutes: body.length ? minutes(wordCount) : 0,
    related: [],
    file,
    line,
  };
}

function plain(nodes: Inline[]): string {
  return nodes.map((n) => (typeof n === 'string' ? n : plain(n.slice(n[0] === 'a' ? 2 : 1) as Inline[]))).join('');
}

// ---------------------------------------------------------------------------
// Markdown with YAML frontmatter

const FIELDS = {
  title: 'string',
  slug: 'string',
  author: 'string',
  credentials: 'string[]',
  bookingUrl: 'string',
  date: 'string',
  tags: 'string[]',
  summary: 'string',
  related: 'string[]',
  bio: 'string',
  pronoun: 'string',
} as const;

type FieldValues = { [K in keyof typeof FIELDS]?: (typeof FIELDS)[K] extends 'string' ? string : string[] };

/** Reads a YAML mapping whose fields must have the given types; errors name the field's line. */
function readFields<T extends Record<string, 'string' | 'string[]'>>(
  node: YamlNode | null,
  spec: T,
  file: string,
  lineOf: (offset: number) => number,
  baseLine: number,
): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  if (node === null) return out;
  if (!isMap(node)) throw new SeedError(file, baseLine, 'expected a mapping of fields');
  for (const pair of node.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    const at = lineOf((pair.key as YamlNode | null)?.range?.[0] ?? 0);
    const type = spec[key];
    if (!type) throw new SeedError(file, at, `unknown field "${key}"; known fields: ${Object.keys(spec).join(', ')}`);
    const value = pair.value as YamlNode | null;
    const scalar = (v: YamlNode | null): string | undefined =>
      isScalar(v) && (typeof v.value === 'string' || typeof v.value === 'number') ? String(v.value).trim() : undefined;
    if (type === 'string') {
      const s = scalar(value);
      if (s === undefined) throw new SeedError(file, at, `field "${key}" must be a string`);
      out[key] = s;
    } else {
      // A single string is accepted where a list is expected: `credentials: LCSW`.
      const s = scalar(value);
      if (s !== undefined) out[key] = s.split(/\s*,\s*/).filter(Boolean);
      else if (isSeq(value) && value.items.every((v) => scalar(v as YamlNode) !== undefined))
        out[key] = value.items.map((v) => scalar(v as YamlNode)!);
      else throw new SeedError(file, at, `field "${key}" must be a list of strings`);
    }
  }
  return out;
}

function yamlDoc(text: string, file: string, baseLine: number) {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false });
  const lineOf = (offset: number) => baseLine + counter.linePos(offset).line - 1;
  const err = doc.errors[0];
  if (err) throw new SeedError(file, lineOf(err.pos[0]), `invalid YAML: ${err.message.split('\n')[0]}`);
  return { node: doc.contents as YamlNode | null, lineOf };
}

/** Markdown seed: `---` YAML frontmatter `---`, then a body of paragraphs, headings, lists, emphasis and links. */
export function parseMarkdown(source: string, file: string): SeedFile {
  const all = lines(source);
  if (all[0] !== '---') throw new SeedError(file, 1, 'expected YAML frontmatter starting with "---"');
  const end = all.indexOf('---', 1);
  if (end < 0) throw new SeedError(file, 1, 'frontmatter is not closed with "---"');
  const { node, lineOf } = yamlDoc(all.slice(1, end).join('\n'), file, 2);
  const fm = readFields(node, FIELDS, file, lineOf, 1) as FieldValues;
  const fieldLine = (key: string) => {
    const i = all.slice(1, end).findIndex((l) => l.startsWith(key + ':'));
    return i < 0 ? 1 : i + 2;
  };

  if (!fm.title) throw new SeedError(file, fm.title === undefined ? 1 : fieldLine('title'), 'empty title');
  if (!fm.author) throw new SeedError(file, 1, 'no byline: frontmatter needs "author"');
  if (fm.slug !== undefined && (!fm.slug || slugify(fm.slug) !== fm.slug)) {
    throw new SeedError(file, fieldLine('slug'), `slug "${fm.slug}" must be lowercase ASCII words joined by "-"`);
  }
  if (fm.pronoun !== undefined && !['her', 'him', 'them'].includes(fm.pronoun)) {
    throw new SeedError(file, fieldLine('pronoun'), 'field "pronoun" must be her, him or them');
  }

  const body = markdownBlocks(all.slice(end + 1).join('\n'), file, end + 2);
  const article = makeArticle(fm.title, fm.slug, fm.author, body, fm.summary, file, fieldLine('title'));
  article.date = fm.date;
  article.tags = fm.tags;
  const author: Author = {
    name: fm.author,
    credentials: fm.credentials ?? [],
    pronoun: fm.pronoun as Pronoun | undefined,
    bookingUrl: fm.bookingUrl === undefined ? undefined : checkUrl(fm.bookingUrl, file, fieldLine('bookingUrl')),
    bio: fm.bio,
    file,
    line: fieldLine('author'),
  };
  const titleOnly = (fm.related ?? []).map((title) => ({ title, line: fieldLine('related') }));
  return { article, author, titleOnly };
}

/** Compiles markdown to the compact block form. `firstLine` is the file line the text starts on. */
export function markdownBlocks(text: string, file: string, firstLine = 1): Block[] {
  const tokens = marked.lexer(text);
  const blocks: Block[] = [];
  let line = firstLine;
  const depths = tokens.filter((t): t is Tokens.Heading => t.type === 'heading').map((t) => t.depth);
  const top = Math.min(...depths);

  const inline = (ts: Token[] = []): Inline[] => {
    const out: Inline[] = [];
    const push = (n: Inline) => {
      const last = out[out.length - 1];
      if (typeof n === 'string' && typeof last === 'string') out[out.length - 1] = last + n;
      else out.push(n);
    };
    for (const t of ts) {
      switch (t.type) {
        case 'text':
          if ('tokens' in t && t.tokens?.length) inline(t.tokens).forEach(push);
          else push(decode(t.text).replace(/\s*\n\s*/g, ' '));
          break;
        case 'escape':
          push(t.raw.slice(1));
          break;
        case 'br':
          push(' ');
          break;
        case 'html': // Markup in a seed is shown as text, never interpreted.
          push(t.raw);
          break;
        case 'em':
        case 'strong':
          out.push([t.type, ...inline(t.tokens)]);
          break;
        case 'codespan':
          out.push(['code', decode(t.text)]);
          break;
        case 'link':
          if (!isSafeUrl(t.href)) {
            throw new SeedError(file, line, `link "${t.href}" must be an absolute https:, http:, mailto: or tel: URL`);
          }
          out.push(['a', t.href, ...inline(t.tokens)]);
          break;
        default:
          throw new SeedError(file, line, `unsupported markdown (${t.type}); use paragraphs, headings, lists, emphasis and links`);
      }
    }
    return out;
  };

  for (const t of tokens) {
    switch (t.type) {
      case 'space':
        break;
      case 'paragraph': {
        const content = inline(t.tokens);
        blocks.push(content.length === 1 && typeof content[0] === 'string' ? content[0] : ['p', ...content]);
        break;
      }
      case 'html': // A block of raw HTML is kept as a paragraph of text.
        blocks.push(t.raw.trim());
        break;
      case 'heading':
        blocks.push(['h', t.depth - top + 1, ...inline(t.tokens)]);
        break;
      case 'list':
        blocks.push([t.ordered ? 'ol' : 'ul', ...(t as Tokens.List).items.map((item) => inline(item.tokens))]);
        break;
      default:
        throw new SeedError(file, line, `unsupported markdown (${t.type}); use paragraphs, headings, lists, emphasis and links`);
    }
    line += (t.raw.match(/\n/g) ?? []).length;
  }
  return blocks;
}

function decode(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[e]!);
}

// ---------------------------------------------------------------------------
// The whole collection

const AUTHOR_FIELDS = { credentials: 'string[]', bookingUrl: 'string', bio: 'string', pronoun: 'string' } as const;

/**
 * `seeds/authors.yaml`: optional details keyed by author name, e.g.
 * `Hailey Oliver: { bio: "…", bookingUrl: "https://…" }`.
 */
export function parseAuthors(source: string, file: string): Author[] {
  const { node, lineOf } = yamlDoc(source, file, 1);
  if (node === null) return [];
  if (!isMap(node)) throw new SeedError(file, 1, 'expected author names as keys');
  return node.items.map((pair) => {
    const name = isScalar(pair.key) ? String(pair.key.value) : '';
    const line = lineOf((pair.key as YamlNode | null)?.range?.[0] ?? 0);
    const f = readFields(pair.value as YamlNode | null, AUTHOR_FIELDS, file, lineOf, line) as FieldValues;
    return {
      name,
      credentials: f.credentials ?? [],
      pronoun: f.pronoun as Pronoun | undefined,
      bookingUrl: f.bookingUrl === undefined ? undefined : checkUrl(f.bookingUrl, file, line),
      bio: f.bio,
      file,
      line,
    };
  });
}

/** Merges what several files say about one author; a contradiction is an error, never a guess. */
function mergeAuthor(into: Author, from: Author): void {
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  for (const key of ['credentials', 'bookingUrl', 'bio', 'pronoun'] as const) {
    const mine = into[key];
    const theirs = from[key];
    const empty = (v: unknown) => v === undefined || (Array.isArray(v) && !v.length);
    if (empty(theirs)) continue;
    if (empty(mine)) (into as unknown as Record<string, unknown>)[key] = theirs;
    else if (!same(mine, theirs)) {
      throw new SeedError(from.file, from.line, `${key} for ${into.name} differs from ${into.file}:${into.line}`);
    }
  }
}

export interface SeedSource {
  file: string;
  source: string;
}

/** Builds the collection from seed sources, in the order given (the file order). */
export function buildCollection(sources: SeedSource[]): Collection {
  const authors = new Map<string, Author>();
  const articles = new Map<string, Article>();
  const parsed: SeedFile[] = [];
  const authorFiles: Author[] = [];

  for (const { file, source } of sources) {
    if (/(^|\/)authors\.ya?ml$/.test(file)) authorFiles.push(...parseAuthors(source, file));
    else if (file.endsWith('.md')) parsed.push(parseMarkdown(source, file));
    else parsed.push(parseText(source, file));
  }

  for (const { article, author } of parsed) {
    const known = authors.get(author.name);
    if (known) mergeAuthor(known, author);
    else authors.set(author.name, { ...author });
    const dup = articles.get(article.slug);
    if (dup) {
      throw new SeedError(article.file, article.line, `duplicate slug "${article.slug}" (also ${dup.file}:${dup.line})`);
    }
    articles.set(article.slug, article);
  }
  for (const extra of authorFiles) {
    const known = authors.get(extra.name);
    if (!known) throw new SeedError(extra.file, extra.line, `no article is by "${extra.name}"`);
    mergeAuthor(known, extra);
  }

  // Title-only entries follow all full articles, in the order they were first
  // named; a title that names a full article refers to it instead.
  for (const { article, titleOnly } of parsed) {
    for (const { title, line } of titleOnly) {
      const slug = slugify(title);
      if (!slug) throw new SeedError(article.file, line, `title "${title}" gives an empty slug`);
      const entry = articles.get(slug);
      if (!entry) articles.set(slug, makeArticle(title, slug, article.author, [], undefined, article.file, line));
      else if (!entry.body.length && entry.author !== article.author) {
        throw new SeedError(article.file, line, `"${title}" is also listed by ${entry.author} (${entry.file}:${entry.line})`);
      }
      if (slug !== article.slug && !article.related.includes(slug)) article.related.push(slug);
    }
  }
  return { authors: [...authors.values()], articles: [...articles.values()] };
}

/** Reads every seed file in `dir`, sorted by name. */
export function readSeeds(dir: string): SeedSource[] {
  return readdirSync(dir)
    .filter((f) => /\.(txt|md|ya?ml)$/.test(f))
    .sort()
    .map((f) => ({ file: join(dir, f), source: readFileSync(join(dir, f), 'utf8') }));
}

export function loadCollection(dir: string): Collection {
  return buildCollection(readSeeds(dir));
}

/** The compact data the browser receives, as an ES module. */
export function toModule({ authors, articles }: Collection): string {
  const index = new Map(authors.map((a, i) => [a.name, i]));
  const authorData: AuthorData[] = authors.map((a) => ({
    name: a.name,
    creds: a.credentials.join(', '),
    first: firstName(a.name),
    ...(a.bookingUrl && { url: a.bookingUrl }),
    ...(a.bio && { bio: markdownBlocks(a.bio, a.file, a.line) }),
  }));
  const articleData: ArticleData[] = articles.map((a) => ({
    slug: a.slug,
    title: a.title,
    author: index.get(a.author)!,
    ...(a.excerpt && { excerpt: a.excerpt }),
    ...(a.body.length && { minutes: a.readingMinutes, body: a.body }),
  }));
  // `<` escaped, so the bundle stays safe even if a host inlines it in a <script> element.
  const json = (v: unknown) => JSON.stringify(v).replace(/</g, '\\u003c');
  return `export const authors=${json(authorData)};export const articles=${json(articleData)};`;
}
