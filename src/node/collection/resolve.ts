// Resolve: everything an emitter needs, worked out once, before any emitter runs
// (Eleventy's computed data). Authors carry their byline, short name, initials, booking
// URL (their own, else --booking-url, else practice.yaml's) and photo file; articles point
// at their author, reviewer, topics and related articles themselves, so no emitter looks a
// thing up by name or index. Images are only checked here; media/render.ts encodes them.
import type { Block } from '../../shared/data.js';
import { byline, joinCredentials } from '../../shared/byline.js';
import { topicSlug } from '../../shared/topics.js';
import { DEVICE_NAMES, OWN_NAMES, pageFile } from '../emit/names.js';
import { buildCollection } from './assemble.js';
import { readMedia, type MediaFile } from './media.js';
import type { Article, Author, Collection, Origin, Pronoun } from './model.js';
import { Problems } from './problems.js';
import { readSeeds } from './read.js';
import type { Practice } from './practice.js';
import { foldSlug, initials, shortName, SLUG_MAX, SLUG_MAX_BYTES } from './text-rules.js';

/** An image from the folder, accepted by the media rules, and where it was named. */
export interface SourceImage extends MediaFile {
  origin: Origin;
}

/** A cover image: the file, and its alt text ("" for a decorative one). */
export interface ModelImage {
  source: SourceImage;
  alt: string;
}

/** A topic: an article's tag, known by its slug, named as first written. */
export interface ModelTopic {
  slug: string;
  name: string;
  /** Its articles, in the collection's order. */
  articles: ModelArticle[];
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
  photo?: SourceImage;
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
  /** The article's topics: its tags, one per slug. */
  topics: ModelTopic[];
  lang?: string;
  image?: ModelImage;
  /** YYYY-MM-DD. */
  updated?: string;
  /** Who reviewed it; one of the model's authors (a reviewer may have written nothing). */
  reviewer?: ModelAuthor;
  /** YYYY-MM-DD of the review; only with a reviewer. */
  reviewed?: string;
  /** The content note. */
  note?: string;
  origin: Origin;
}

export interface Model {
  /** The folder it was read from. */
  dir: string;
  /** Authors, then reviewers who wrote nothing. */
  authors: ModelAuthor[];
  articles: ModelArticle[];
  /** Every topic, in the order articles first name them. */
  topics: ModelTopic[];
  /** What practice.yaml says (empty without one). */
  practice: Practice;
}

export interface ResolveOptions {
  /** Booking URL for authors who have none of their own (else practice.yaml's). */
  bookingUrl?: string;
}

const at = (o: Origin): Origin => ({ file: o.file, line: o.line });

function resolveAuthor(a: Author, c: Collection, o: ResolveOptions, problems: Problems): ModelAuthor {
  const creds = joinCredentials(a.credentials);
  const url = a.bookingUrl ?? o.bookingUrl ?? c.practice.bookingUrl;
  const photo = a.photo === undefined ? undefined : image(c.dir, 'photo', a.photo, a.origins?.photo ?? a, problems);
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

/** A file the media rules accept, or a problem on the line that names it. */
function image(dir: string, field: string, name: string, where: Origin, problems: Problems): SourceImage | undefined {
  const media = readMedia(dir, name);
  if (typeof media !== 'string') return { ...media, origin: at(where) };
  problems.add(where.file, where.line, `${field} "${name}" ${media}`);
  return undefined;
}

/** One topic per slug, named as first written; a tag with no letters or digits is a problem. */
function topicsOf(c: Collection, problems: Problems): Map<Article, ModelTopic[]> {
  const bySlug = new Map<string, ModelTopic>();
  const out = new Map<Article, ModelTopic[]>();
  for (const a of c.articles) {
    const mine: ModelTopic[] = [];
    for (const tag of a.tags ?? []) {
      const slug = topicSlug(tag);
      const line = a.tagsLine ?? a.line;
      if (!slug) problems.add(a.file, line, `tag "${tag}" has no letters or digits to name its topic page by`);
      else if (DEVICE_NAMES.test(slug)) problems.add(a.file, line, `tag "${tag}" would make its page topics/${slug}.html, a name Windows refuses`);
      else if ([...slug].length > SLUG_MAX) problems.add(a.file, line, `tag "${tag}" is longer than ${SLUG_MAX} characters as a slug`);
      else {
        const topic = bySlug.get(slug) ?? { slug, name: tag, articles: [] };
        bySlug.set(slug, topic);
        if (!mine.includes(topic)) mine.push(topic);
      }
    }
    out.set(a, mine);
  }
  return out;
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
  const topics = topicsOf(c, problems);
  const bySlug = new Map<string, ModelArticle>();
  const articles = c.articles.map((a): ModelArticle => {
    const full = a.body.length > 0;
    const cover = a.image && image(c.dir, 'image', a.image.name, { file: a.file, line: a.image.line }, problems);
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
      topics: topics.get(a)!,
      ...(a.lang && { lang: a.lang }),
      ...(cover && { image: { source: cover, alt: a.image!.alt } }),
      ...(a.updated && { updated: a.updated }),
      ...(a.reviewedBy && { reviewer: authors.get(a.reviewedBy)! }),
      ...(a.reviewed && { reviewed: a.reviewed }),
      ...(a.note && { note: a.note }),
      origin: at(a),
    };
    for (const t of m.topics) t.articles.push(m);
    bySlug.set(a.slug, m);
    return m;
  });
  c.articles.forEach((a, i) => articles[i]!.related.push(...a.related.map((s) => bySlug.get(s)!)));
  const allTopics = [...new Set(articles.flatMap((a) => a.topics))];
  return { dir: c.dir, authors: [...authors.values()], articles, topics: allTopics, practice: c.practice };
}

/** Reads, checks and resolves a folder; every problem goes into `problems`. */
export function readModel(dir: string, o: ResolveOptions, problems: Problems): Model {
  return resolve(buildCollection(readSeeds(dir, problems), dir, problems), o, problems);
}

/** Reads, checks and resolves a folder; throws SeedErrors listing every problem. */
export function loadModel(dir: string, o: ResolveOptions = {}): Model {
  const problems = new Problems();
  const model = readModel(dir, o, problems);
  problems.throwIfAny();
  return model;
}
