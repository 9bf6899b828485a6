// What import wrote, told from the files themselves: each Markdown file it writes carries
// `source: { feed, id, hash }` in its frontmatter, where `hash` is of the file's text
// without that line. A file whose hash no longer matches was edited by hand since.
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, lstatSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { withoutForbidden } from '../collection/text-rules.js';

export interface SourceMeta {
  feed: string;
  id: string;
  /** The image URL the item had, so an unchanged image is not downloaded again. */
  image?: string;
  /** The short SHA-256 of the image bytes import wrote, so an image replaced by hand since is never written over. */
  imageHash?: string;
}

export interface Written {
  /** File name in the folder. */
  name: string;
  text: string;
  source: SourceMeta;
  /** False when the text no longer matches the hash import wrote. */
  untouched: boolean;
  /** The `image` field, when any. */
  image?: string;
}

const HASH_LINE = /^ {2}hash: ([0-9a-f]{16})\n/m;
/** The first 16 hex digits of the SHA-256 of a file's text, or of an image's bytes. */
export const hashOf = (data: string | Buffer) => createHash('sha256').update(data).digest('hex').slice(0, 16);

/** The frontmatter of a Markdown file, or undefined when it has none that parses. */
function frontmatter(text: string): Record<string, unknown> | undefined {
  const m = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(text);
  if (!m) return undefined;
  try {
    const v = parse(m[1]!);
    return v && typeof v === 'object' ? (v as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** An id that is a URI (a permalink, tag:, urn:) names one item whatever feed carries it; "1" or "42" only within its feed. */
const isUri = (id: string) => /^[a-z][a-z\d+.-]*:\S/i.test(id);

/** The files import wrote, found by the item they came from. */
export class WrittenFiles {
  private readonly bySource = new Map<string, Written>();
  private readonly byUri = new Map<string, Written>();

  add(w: Written): void {
    this.bySource.set(`${w.source.feed}\n${w.source.id}`, w);
    if (isUri(w.source.id)) this.byUri.set(w.source.id, w);
  }

  /**
   * The file an item of `feed` was written to. Two blogs may both number their items 1, 2, 3:
   * such an id matches only a file from the same feed. A URI id matches from any feed, so a
   * feed that moved (http to https, a new export file) still updates what it wrote.
   */
  get(feed: string, id: string): Written | undefined {
    return this.bySource.get(`${feed}\n${id}`) ?? (isUri(id) ? this.byUri.get(id) : undefined);
  }
}

/** Every file in `dir` that import wrote. */
export function readWritten(dir: string): WrittenFiles {
  const found = new WrittenFiles();
  if (!existsSync(dir)) return found;
  for (const name of readdirSync(dir).sort()) {
    if (!name.endsWith('.md') || !lstatSync(join(dir, name)).isFile()) continue;
    const text = readFileSync(join(dir, name), 'utf8');
    const fm = frontmatter(text);
    const source = fm?.source as Partial<SourceMeta & { hash: string }> | undefined;
    if (!source || typeof source.id !== 'string' || typeof source.feed !== 'string') continue;
    const hash = HASH_LINE.exec(text)?.[1];
    const untouched = !!hash && hashOf(text.replace(HASH_LINE, '')) === hash;
    found.add({ name, text, source: { feed: source.feed, id: source.id, ...(typeof source.image === 'string' && { image: source.image }), ...(typeof source.imageHash === 'string' && { imageHash: source.imageHash }) }, untouched, image: typeof fm!.image === 'string' ? fm!.image : undefined });
  }
  return found;
}

export interface Entry {
  title: string;
  slug?: string;
  author: string;
  date?: string;
  updated?: string;
  url?: string;
  tags: string[];
  summary?: string;
  image?: string;
  imageAlt?: string;
  source: SourceMeta;
  body: string;
}

/**
 * The whole file for an entry, hash included. A feed's text may hold control characters,
 * noncharacters or lone surrogates (a JSON Feed can, and so can XML as written); they are
 * invisible, pages can't carry them and check refuses them, so they are left out here:
 * else the user would have to edit the file, and a re-import would keep it from then on.
 */
export function renderEntry(entry: Entry): string {
  const e = { ...entry, tags: entry.tags.map(withoutForbidden) };
  for (const k of ['title', 'author', 'summary', 'imageAlt', 'body'] as const) if (e[k] !== undefined) e[k] = withoutForbidden(e[k]);
  const fields: Record<string, unknown> = { title: e.title };
  if (e.slug) fields.slug = e.slug;
  fields.author = e.author;
  if (e.date) fields.date = e.date;
  if (e.updated) fields.updated = e.updated;
  if (e.url) fields.url = e.url;
  if (e.tags.length) fields.tags = e.tags;
  if (e.summary) fields.summary = e.summary;
  if (e.image) Object.assign(fields, { image: e.image, imageAlt: e.imageAlt ?? '' });
  const { feed, id, image, imageHash } = e.source;
  fields.source = { feed, id, ...(image && { image }), ...(imageHash && { imageHash }) };
  const yaml = stringify(fields, { lineWidth: 0, defaultStringType: 'PLAIN' });
  const text = `---\n${yaml}---\n${e.body ? `\n${e.body}\n` : ''}`;
  // The hash goes last in `source`, which is the last field.
  const end = text.indexOf('\n---\n', 3) + 1;
  return text.slice(0, end) + `  hash: ${hashOf(text)}\n` + text.slice(end);
}

/** Writes beside, then renames, so a file is never left half-written; the file beside is new (`wx`), never a link followed. */
export function writeAtomic(path: string, data: string | Buffer): void {
  const tmp = `${path}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`;
  writeFileSync(tmp, data, { flag: 'wx' });
  renameSync(tmp, path);
}
