// Cover images and author photos, as the build publishes them: WebP, resized, with no
// metadata (phone photos carry GPS positions in EXIF), under content-hashed names.
// The input is already known to be a real image inside the folder (the media rules);
// this module only turns it into the files a page and a card load.
//
// Animated GIF and WebP: sharp reads the first frame only (its default, `pages: 1`), and
// the output is a still. A cover image is a still on every card, so that is on purpose.
import { createHash } from 'node:crypto';
import sharp, { type OutputInfo, type Sharp } from 'sharp';
import type { CoverImage, Photo } from '../../shared/data.js';

/** Widths a cover image is published at, smallest first; none is ever wider than its source. */
export const WIDTHS = [480, 800, 1200] as const;
/** The widest variant: for the article page and `og:image`, never for a card. */
export const MAX_WIDTH: number = WIDTHS.at(-1)!;
/** The widest variant a card's `srcset` offers. */
export const CARD_MAX_WIDTH = 800;
/**
 * What one card variant may weigh. A phone shows one card at a time and picks the
 * 800 px variant (about 390 CSS px at 2–3×), so three cards stay within the 150 KB
 * the product allows; and each stays under the 60 KB a card may cost.
 */
export const CARD_BYTES = 50_000;
/** WebP quality of a first attempt; a card variant over CARD_BYTES is encoded again, lower. */
export const QUALITY = 72;
/** The lowest quality a card variant steps down to, in steps of QUALITY_STEP. */
export const MIN_QUALITY = 42;
const QUALITY_STEP = 5;
/**
 * An author photo's shorter side. The widget shows a photo at 2.75em × 0.875 (small) or
 * × 1.25 (big, the reader's bio) of a 15–22 px text size, so up to about 76 px; the pages
 * at 2.75rem and 4rem (44 and 64 px). Twice the largest, rounded up, is 160.
 */
export const PHOTO_SIZE = 160;
const PHOTO_QUALITY = 80;

/** A file to write under the output folder; the same shape as the emitters' OutFile. */
export interface MediaFile {
  /** Relative to the output folder, with `/`: `media/<name>-<width>.<hash>.webp`. */
  path: string;
  content: Buffer;
}

/** One published size: its path (as in MediaFile), pixel size and weight in bytes. */
export type Variant = [path: string, width: number, height: number, bytes: number];

export interface CoverVariants {
  /** Smallest first; the last is the widest (at most MAX_WIDTH). */
  variants: Variant[];
  /** Pixel size of the widest variant (the source, turned upright, scaled to it). */
  width: number;
  height: number;
  /** The bytes to write, one per variant, in the same order. */
  files: MediaFile[];
}

/** An image sharp can't read (truncated, corrupt, or not an image after all). */
export class ImageError extends Error {
  override name = 'ImageError';
}

const hash = (content: Buffer) => createHash('sha256').update(content).digest('hex').slice(0, 10);

/** A name part that is safe in a path and in `srcset` (no spaces, commas or slashes). */
function checkName(name: string): void {
  if (!/^[\p{L}\p{N}][\p{L}\p{N}\p{M}-]*$/u.test(name)) throw new TypeError(`not a slug for a media file name: "${name}"`);
}

// `autoOrient`: a phone's portrait photo is stored sideways with an EXIF Orientation tag;
// the tag goes with the metadata, so the pixels must be turned first. sharp writes no
// metadata unless asked (`keepMetadata`, `withMetadata`, `withExif`, `keepIccProfile`), and
// converts to sRGB.
const open = (input: string | Buffer) => sharp(input, { autoOrient: true });

async function encode(image: Sharp, quality: number): Promise<{ data: Buffer; width: number; height: number }> {
  try {
    const { data, info } = await image.webp({ quality, effort: 4 }).toBuffer({ resolveWithObject: true });
    return { data, width: info.width, height: info.height };
  } catch (e) {
    throw new ImageError(`can't be read as an image: ${(e as Error).message}`);
  }
}

/** The widths to publish for a source this wide: the standard ones below it, and itself when narrower than MAX_WIDTH. */
export function widthsFor(sourceWidth: number): number[] {
  const widths: number[] = WIDTHS.filter((w) => w < sourceWidth);
  if (sourceWidth <= MAX_WIDTH) widths.push(sourceWidth);
  else if (widths.at(-1) !== MAX_WIDTH) widths.push(MAX_WIDTH);
  return widths;
}

async function uprightWidth(input: string | Buffer): Promise<number> {
  try {
    const m = await open(input).metadata();
    // metadata() reports the stored size; autoOrient's width is the height for a sideways one.
    return (m.autoOrient?.width ?? m.width)!;
  } catch (e) {
    throw new ImageError(`can't be read as an image: ${(e as Error).message}`);
  }
}

/** Pixels, as sharp's raw output gives them. */
type Pixels = { data: Buffer; info: OutputInfo };

/** Runs a sharp pipeline to raw pixels; anything sharp can't read is an ImageError. */
async function decode(image: Sharp): Promise<Pixels> {
  try {
    return await image.raw().toBuffer({ resolveWithObject: true });
  } catch (e) {
    throw new ImageError(`can't be read as an image: ${(e as Error).message}`);
  }
}

/**
 * A cover image decoded, once, at the widest size to publish (JPEG shrink-on-load makes
 * this quick), and the widths to publish. Every way an image can fail to be read (a
 * truncated or corrupt file) fails here, before anything is encoded: `check` runs this
 * alone, so it finds what `build` would.
 */
export async function decodeCover(input: string | Buffer): Promise<{ widths: number[]; pixels: Pixels }> {
  const widths = widthsFor(await uprightWidth(input));
  return { widths, pixels: await decode(open(input).resize({ width: widths.at(-1)! })) };
}

/** An author photo decoded at the size it is published: its shorter side PHOTO_SIZE, never enlarged. */
export const decodePhoto = (input: string | Buffer): Promise<Pixels> =>
  decode(open(input).resize({ width: PHOTO_SIZE, height: PHOTO_SIZE, fit: 'outside', withoutEnlargement: true }));

const fromPixels = ({ data, info }: Pixels) => sharp(data, { raw: { width: info.width, height: info.height, channels: info.channels } });

/**
 * A cover image's WebP variants, named `media/<name>-<width>.<hash>.webp`. `name` is a
 * slug (the article's). The same input gives the same bytes, so the same names.
 * Throws ImageError when sharp can't read the input.
 */
export async function coverVariants(input: string | Buffer, name: string): Promise<CoverVariants> {
  checkName(name);
  // The smaller variants are made from the widest one's pixels: a 12 MB JPEG is read once, not once per width.
  const { widths, pixels } = await decodeCover(input);
  const { width: w, height: h } = pixels.info;
  const out: CoverVariants = { variants: [], width: w, height: h, files: [] };
  for (const width of widths) {
    const image = () => (width === w ? fromPixels(pixels) : fromPixels(pixels).resize({ width }));
    let quality = QUALITY;
    let webp = await encode(image(), quality);
    // A busy photo can be heavy at a card's size: lower the quality until it fits.
    while (width <= CARD_MAX_WIDTH && webp.data.length >= CARD_BYTES && quality - QUALITY_STEP >= MIN_QUALITY) {
      quality -= QUALITY_STEP;
      webp = await encode(image(), quality);
    }
    const path = `media/${name}-${width}.${hash(webp.data)}.webp`;
    out.variants.push([path, webp.width, webp.height, webp.data.length]);
    out.files.push({ path, content: webp.data });
  }
  return out;
}

/**
 * What a card offers, as the data's CoverImage: every variant up to CARD_MAX_WIDTH (or,
 * for a source narrower than that, its one variant), sized by the widest of them.
 * `src` is each variant's path; the caller makes it relative to the script, if it must.
 */
export function cardImage(cover: CoverVariants, alt: string): CoverImage {
  const cards = cover.variants.filter(([, width]) => width <= CARD_MAX_WIDTH);
  const listed = cards.length ? cards : cover.variants.slice(0, 1);
  const [, width, height] = listed.at(-1)!;
  return { variants: listed.map(([src, w]) => [src, w]), width, height, alt };
}

/** The variant for the article page's largest slot and `og:image`: the widest. */
export const pageImage = (cover: CoverVariants): Variant => cover.variants.at(-1)!;

/**
 * An author photo: one WebP whose shorter side is PHOTO_SIZE (never enlarged), named
 * `media/<name>-<width>.<hash>.webp`. `name` is a slug (the author's name, slugified).
 */
export async function authorPhoto(input: string | Buffer, name: string): Promise<{ photo: Photo; file: MediaFile }> {
  checkName(name);
  const webp = await encode(fromPixels(await decodePhoto(input)), PHOTO_QUALITY);
  const path = `media/${name}-${webp.width}.${hash(webp.data)}.webp`;
  return { photo: { src: path, width: webp.width, height: webp.height }, file: { path, content: webp.data } };
}
