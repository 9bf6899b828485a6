// Resolve: everything an emitter needs, worked out once, before any emitter runs
// (Eleventy's computed data). Authors carry their byline, short name, initials, booking
// URL (their own or the --booking-url fallback) and photo file; articles point at their
// author and related articles themselves, so no emitter looks a thing up by name or index.
import type { Block } from '../../shared/data.js';
import { byline, joinCredentials } from '../../shared/byline.js';
import { DEVICE_NAMES, OWN_NAMES, pageFile } from '../emit/names.js';
import { hash } from '../emit/files.js';
import { buildCollection } from './assemble.js';
import { readMedia, type MediaFile } from './media.js';
import type { Article, Author, Collection, Origin, Pronoun } from './model.js';
import { Problems } from './problems.js';
import { readSeeds } from './read.js';
import { foldSlug, initials, shortName, SLUG_MAX, SLUG_MAX_BYTES, slugify } from './text-rules.js';

/** A file the build copies, with the name it gets in the output folder. */
export interface OutputMedia extends MediaFile {
  /** `media/<name>.<hash><ext>`, the extension from the content. */
  src: string;
}

export interface ModelAuthor {
  name: string;
  credentials: string[];
  /** "MA, MHCI", or "" */
  creds: string;
  /** "Hailey Oliver, MA, MHCI" */
  byline: string;
  /** "Hailey": the booking button's name. */
  short: string;
  initials: string;
  pronoun?: Pronoun;
  /** The author's own booking URL, else the build's --booking-url. */
  bookingUrl?: string;
  bio?: Block[];
  photo?: OutputMedia;
  origin: Origin;
}

export interface ModelArticle {
  slug: string;
  title: string;
  author: ModelAuthor;
  /** True for a full article (it has text and a page); false for a title-only entry. */
  full: boolean;
  /** Empty for a title-only entry. */
  body: Block[];
  excerpt?: string;
  words: number;
  minutes: number;
  /** The author's other articles this one names, in the order named. */
  related: ModelArticle[];
  /** Where the article lives elsewhere: a title-only entry's link, a full (imported) article's original. */
  url?: string;
  date?: string;
  tags?: string[];
  lang?: string;
  origin: Origin;
}

export interface Model {
  /** The folder it was read from. */
  dir: string;
  authors: ModelAuthor[];
  articles: ModelArticle[];
}

export interface ResolveOptions {
  /** Booking URL for authors who have none of their own. */
  bookingUrl?: string;
}

const at = (o: Origin): Origin => ({ file: o.file, line: o.line });

function resolveAuthor(a: Author, c: Collection, o: ResolveOptions, problems: Problems): ModelAuthor {
  const creds = joinCredentials(a.credentials);
  const url = a.bookingUrl ?? o.bookingUrl;
  let photo: OutputMedia | undefined;
  if (a.photo !== undefined) {
    const where = a.origins?.photo ?? a;
    const media = readMedia(c.dir, a.photo);
    if (typeof media === 'string') problems.add(where.file, where.line, `photo "${a.photo}" ${media}`);
    else photo = { ...media, src: `media/${slugify(a.name, 40) || 'author'}.${hash(media.bytes)}${media.ext}` };
  }
  return {
    name: a.name,
    credentials: a.credentials,
    creds,
    byline: byline(a.name, creds),
    short: a.shortName ?? shortName(a.name),
    initials: initials(a.name),
    ...(a.pronoun && { pronoun: a.pronoun }),
    ...(url && { bookingUrl: url }),
    ...(a.bioBlocks?.length && { bio: a.bioBlocks }),
    ...(photo && { photo }),
    origin: at(a),
  };
}

/** The build's own names, names two slugs share under case folding, and over-long slugs. */
function checkNames(articles: Article[], problems: Problems): void {
  const folded = new Map<string, Article>();
  for (const a of articles) {
    const key = foldSlug(a.slug);
    if (a.body.length && (OWN_NAMES.has(key) || DEVICE_NAMES.test(key))) {
      const why = OWN_NAMES.has(key) ? 'a name the build keeps for its own files' : 'a name Windows refuses';
      problems.add(a.file, a.line, `slug "${a.slug}" would make its page ${pageFile(a.slug)}, ${why}; change the title, or set "slug" in Markdown frontmatter`);
    }
    if ([...a.slug].length > SLUG_MAX || Buffer.byteLength(a.slug) > SLUG_MAX_BYTES) {
      problems.add(a.file, a.line, `slug "${a.slug}" is longer than ${SLUG_MAX} characters (or ${SLUG_MAX_BYTES} bytes)`);
    }
    const twin = folded.get(key);
    if (twin) problems.add(a.file, a.line, `slug "${a.slug}" differs from "${twin.slug}" (${twin.file}:${twin.line}) only in case or form; their pages would be one file on many disks`);
    else folded.set(key, a);
  }
}

/** The model from a parsed collection; every problem goes into `problems`. */
export function resolve(c: Collection, o: ResolveOptions, problems: Problems): Model {
  checkNames(c.articles, problems);
  const authors = new Map(c.authors.map((a) => [a.name, resolveAuthor(a, c, o, problems)]));
  const bySlug = new Map<string, ModelArticle>();
  const articles = c.articles.map((a): ModelArticle => {
    const full = a.body.length > 0;
    const m: ModelArticle = {
      slug: a.slug,
      title: a.title,
      author: authors.get(a.author)!,
      full,
      body: a.body,
      ...(a.excerpt !== undefined && { excerpt: a.excerpt }),
      words: a.wordCount,
      minutes: a.readingMinutes,
      related: [],
      ...(a.url && { url: a.url }),
      ...(a.date && { date: a.date }),
      ...(a.tags?.length && { tags: a.tags }),
      ...(a.lang && { lang: a.lang }),
      origin: at(a),
    };
    bySlug.set(a.slug, m);
    return m;
  });
  c.articles.forEach((a, i) => articles[i]!.related.push(...a.related.map((s) => bySlug.get(s)!)));
  return { dir: c.dir, authors: [...authors.values()], articles };
}

/** Reads, checks and resolves a folder; throws SeedErrors listing every problem. */
export function loadModel(dir: string, o: ResolveOptions = {}): Model {
  const problems = new Problems();
  const collection = buildCollection(readSeeds(dir), dir, problems);
  const model = resolve(collection, o, problems);
  problems.throwIfAny();
  return model;
}
