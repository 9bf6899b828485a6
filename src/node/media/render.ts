// The folder's images, as the build publishes them: every cover image as WebP variants,
// every author photo resized, none with metadata. Runs once per build, after resolve and
// before the emitters, so the script, the pages and media/ all name the same files.
import type { CoverImage, Photo } from '../../shared/data.js';
import { Problems } from '../collection/problems.js';
import { readModel, type Model, type ModelArticle, type ModelAuthor, type ResolveOptions, type SourceImage } from '../collection/resolve.js';
import { slugify } from '../collection/text-rules.js';
import { authorPhoto, cardImage, coverVariants, decodeCover, decodePhoto, ImageError, pageImage, type CoverVariants, type MediaFile, type Variant } from './images.js';

/** A cover image as rendered: every variant, and the alt text. */
export interface RenderedCover {
  variants: CoverVariants;
  alt: string;
  /** What a card gets: the variants up to a card's width. */
  card: CoverImage;
  /** The widest variant: the page's and og:image's. */
  page: Variant;
}

export interface RenderedMedia {
  covers: Map<ModelArticle, RenderedCover>;
  photos: Map<ModelAuthor, Photo>;
  /** Every file to write into media/. */
  files: MediaFile[];
}

/** Nothing rendered: for data made without a build (the Vite plugin, tests). */
export const NO_MEDIA: RenderedMedia = { covers: new Map(), photos: new Map(), files: [] };

/** Runs `make`; an image sharp can't read becomes a problem on the line that names it. */
async function attempt<T>(what: string, image: SourceImage, problems: Problems, make: () => Promise<T>): Promise<T | undefined> {
  try {
    return await make();
  } catch (e) {
    if (!(e instanceof ImageError)) throw e;
    problems.add(image.origin.file, image.origin.line, `${what} "${image.name}" ${e.message}`);
    return undefined;
  }
}

/** Renders the model's images; throws SeedErrors (file:line) for any sharp can't read. */
export async function renderMedia(model: Model): Promise<RenderedMedia> {
  const problems = new Problems();
  const out: RenderedMedia = { covers: new Map(), photos: new Map(), files: [] };
  // One at a time: a 12 MB photo decoded is ~70 MB of pixels, and the machine may be small.
  for (const a of model.articles) {
    if (!a.image) continue;
    const variants = await attempt('image', a.image.source, problems, () => coverVariants(a.image!.source.bytes, a.slug));
    if (!variants) continue;
    out.covers.set(a, { variants, alt: a.image.alt, card: cardImage(variants, a.image.alt), page: pageImage(variants) });
    out.files.push(...variants.files);
  }
  for (const author of model.authors) {
    const source = author.photo;
    if (!source) continue;
    const made = await attempt('photo', source, problems, () => authorPhoto(source.bytes, slugify(author.name, 40) || 'author'));
    if (!made) continue;
    out.photos.set(author, made.photo);
    out.files.push(made.file);
  }
  problems.throwIfAny();
  return out;
}

/**
 * Decodes every image as renderMedia does, encoding nothing, and adds a problem for each
 * one sharp can't read: renderMedia's decode step, so the same images fail with the same words.
 */
export async function checkMedia(model: Model, problems: Problems): Promise<void> {
  for (const a of model.articles) if (a.image) await attempt('image', a.image.source, problems, () => decodeCover(a.image!.source.bytes));
  for (const { photo } of model.authors) if (photo) await attempt('photo', photo, problems, () => decodePhoto(photo.bytes));
}

/**
 * A folder read, resolved and its images decoded: every problem `build` would find, the
 * folder's and the images', in one list (SeedErrors), with nothing encoded or written.
 * `check` is this; `build` is this, then renderMedia and the emitters.
 */
export async function loadChecked(dir: string, o: ResolveOptions = {}): Promise<Model> {
  const problems = new Problems();
  const model = readModel(dir, o, problems);
  await checkMedia(model, problems);
  problems.throwIfAny();
  return model;
}
