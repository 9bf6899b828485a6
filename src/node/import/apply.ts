// Turns the items into files in the folder. New items are added, files import wrote are
// updated when their item changed, a file edited by hand since is kept (unless forced),
// a file it wrote for a post unpublished since is removed (if untouched), and nothing is
// ever deleted or written over that import did not write.
import { lstatSync, mkdirSync, readFileSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { foldSlug, slugify, withoutForbidden } from '../collection/text-rules.js';
import { DEVICE_NAMES, OWN_NAMES } from '../emit/names.js';
import { lockFolder } from '../lock.js';
import type { FeedItem } from './feed.js';
import { IMAGE_LIMITS } from './fetch.js';
import { HtmlTooDeep, htmlToMarkdown } from './html.js';
import { downloadImage } from './image.js';
import { hashOf, readWritten, renderEntry, writeAtomic, type Entry } from './state.js';

export interface ApplyOptions {
  dir: string;
  /** Recorded in each file's `source.feed`. */
  feed: string;
  force: boolean;
  timeoutMs: number;
  /** The author to name when the feed names none; given by the user, never guessed. */
  author?: string;
}

export interface Outcome {
  added: string[];
  updated: string[];
  unchanged: string[];
  kept: string[];
  skipped: { title: string; reason: string }[];
  summaryOnly: string[];
  /** Files whose image was not kept, with why. */
  imageProblems: { name: string; reason: string }[];
  noAlt: string[];
  /** Author name → number of articles. */
  authors: Map<string, number>;
  /** Files import wrote for a post that is now unpublished (a draft, private…), removed, with why. */
  withdrawn: { name: string; reason: string }[];
  /** The same, but edited since, so kept: the user must decide. */
  stillShown: { name: string; reason: string }[];
}

/** What is at `path`, a symlink itself (existsSync follows links, so it misses a dangling one). */
const lstatOrNull = (path: string) => {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
};

/** A slug check refuses: one of the build's own names, or one Windows refuses. */
const reserved = (slug: string) => OWN_NAMES.has(foldSlug(slug)) || DEVICE_NAMES.test(foldSlug(slug));

/**
 * The names of this run's files. A new file takes the first of `<stem>.md`, `<stem>-2.md`,
 * `<stem>-3.md`… that no file of this run took, that nothing is at (a symlink too) and whose
 * slug check accepts. Each stem remembers the first number that may still be free (the
 * folder is locked: no one else writes there meanwhile), so a feed of thousands of posts of
 * one title tries each name once, not once per post.
 */
class Names {
  private readonly taken = new Set<string>();
  /** Stem → a number below which every name of the stem is taken. */
  private readonly next = new Map<string, number>();
  constructor(private readonly dir: string) {}

  claim(stem: string): { slug: string; name: string } {
    for (let n = this.next.get(stem) ?? 1; ; n++) {
      const slug = n === 1 ? stem : `${stem}-${n}`;
      const name = `${slug}.md`;
      if (this.taken.has(name) || lstatOrNull(join(this.dir, name)) || reserved(slug)) continue;
      this.next.set(stem, n + 1);
      this.taken.add(name);
      return { slug, name };
    }
  }

  take(name: string): void {
    this.taken.add(name);
  }

  /** `name` is free again (its item was skipped, or its file removed): the stems it is a name of may take it. */
  free(name: string): void {
    this.taken.delete(name);
    const slug = name.slice(0, -3);
    const numbered = /^(.+)-([1-9]\d*)$/.exec(slug);
    const of: [string, number][] = [[slug, 1]];
    if (numbered && Number(numbered[2]) >= 2) of.push([numbered[1]!, Number(numbered[2])]);
    for (const [stem, n] of of) if ((this.next.get(stem) ?? 1) > n) this.next.set(stem, n);
  }
}

export async function applyItems(items: FeedItem[], o: ApplyOptions): Promise<Outcome> {
  const out: Outcome = { added: [], updated: [], unchanged: [], kept: [], skipped: [], summaryOnly: [], imageProblems: [], noAlt: [], authors: new Map(), withdrawn: [], stillShown: [] };
  mkdirSync(o.dir, { recursive: true });
  // Held while import reads and writes the folder: another import, or a build into it, would interleave its files with these, and take the names this one numbers.
  const release = lockFolder(o.dir, 'import');
  try {
    await applyLocked(items, o, out);
  } finally {
    release();
  }
  return out;
}

async function applyLocked(items: FeedItem[], o: ApplyOptions, out: Outcome): Promise<void> {
  const written = readWritten(o.dir);
  const named = new Names(o.dir);

  for (const item of items) {
    const title = item.title.trim();
    if (item.skip) {
      out.skipped.push({ title: title || item.id, reason: item.skip });
      // Published once and imported, not a published post now (whatever the feed says instead:
      // a draft, a custom status, a page, a status that can't be read): its file would go on showing it.
      const was = written.get(o.feed, withoutForbidden(item.id));
      if (was && was.untouched && lstatOrNull(join(o.dir, was.name))?.isFile()) {
        unlinkSync(join(o.dir, was.name));
        named.free(was.name);
        out.withdrawn.push({ name: was.name, reason: item.skip });
      } else if (was) out.stillShown.push({ name: was.name, reason: item.skip });
      continue;
    }
    if (!title) {
      out.skipped.push({ title: item.link ?? item.id, reason: 'no title' });
      continue;
    }
    const author = item.author ?? o.author;
    if (!author) {
      out.skipped.push({ title, reason: 'the feed names no author (run again with --author "Your Name" if you wrote it)' });
      continue;
    }
    // As written in the file: without the characters check refuses (renderEntry).
    const id = withoutForbidden(item.id);
    const before = written.get(o.feed, id);
    if (before && !before.untouched && !o.force) {
      out.kept.push(before.name);
      continue;
    }
    // A file keeps its name (and slug) once written. A new one is named after its slug, numbered
    // past any file already there (a symlink too): a file import did not write is never written
    // over. A slug check would refuse (preview, feed, con…) is numbered too.
    const stem = slugify(title) || 'article';
    const { slug, name } = before ? { slug: /\nslug: (.*)\n/.exec(before.text)?.[1], name: before.name } : named.claim(stem);
    if (before) named.take(name);
    const path = join(o.dir, name);
    if (lstatOrNull(path)?.isSymbolicLink()) {
      out.skipped.push({ title, reason: `${name} is a symbolic link` });
      continue;
    }

    let converted;
    try {
      converted = item.html ? htmlToMarkdown(item.html, item.base) : undefined;
    } catch (e) {
      if (!(e instanceof HtmlTooDeep)) throw e;
      named.free(name);
      out.skipped.push({ title, reason: e.message });
      continue;
    }
    const body = converted?.markdown ?? '';
    if (!body) out.summaryOnly.push(name);
    const entry: Entry = {
      title,
      slug: slug === slugify(title) ? undefined : slug,
      author,
      date: item.date,
      updated: item.updated,
      url: item.link && /^https?:/.test(item.link) ? item.link : undefined,
      tags: item.tags,
      summary: item.summary,
      source: { feed: o.feed, id },
      body,
    };

    const image = item.image ?? converted?.firstImage;
    if (image) {
      const base = name.slice(0, -3);
      if (before?.source.image === image.url && before.image && lstatOrNull(join(o.dir, before.image))?.isFile()) {
        entry.image = before.image; // unchanged: not downloaded again
        if (before.source.imageHash) entry.source.imageHash = before.source.imageHash;
      } else {
        const got = await downloadImage(image.url, { ...IMAGE_LIMITS, timeoutMs: o.timeoutMs });
        const file = typeof got === 'string' ? undefined : `${base}.${got.type}`;
        const at = file ? lstatOrNull(join(o.dir, file)) : undefined;
        // Import's own: the image its file names, still holding the bytes it wrote (a photo put there by hand since is the user's).
        const own = !!at?.isFile() && before !== undefined && before.image === file && !!before.source.imageHash && before.source.imageHash === hashOf(readFileSync(join(o.dir, file!)));
        if (typeof got === 'string') out.imageProblems.push({ name, reason: got });
        else if (at && !own && before !== undefined && before.image === file) {
          // Replaced by hand, most likely with a better photo: it stays, and stays the cover.
          out.imageProblems.push({ name, reason: `${file} may have been changed since import wrote it, so it is kept` });
          entry.image = file;
          if (before.source.imageHash) entry.source.imageHash = before.source.imageHash;
        } else if (at && !own) out.imageProblems.push({ name, reason: `${file} exists and import did not write it` });
        else {
          writeAtomic(join(o.dir, file!), got.bytes);
          entry.image = file;
          entry.source.imageHash = hashOf(got.bytes);
        }
      }
      if (entry.image) {
        entry.imageAlt = image.alt;
        entry.source.image = image.url;
        if (!image.alt) out.noAlt.push(name);
      }
    }

    const text = renderEntry(entry);
    out.authors.set(author, (out.authors.get(author) ?? 0) + 1);
    if (before?.text === text) out.unchanged.push(name);
    else {
      writeAtomic(path, text);
      (before ? out.updated : out.added).push(name);
    }
  }
}
