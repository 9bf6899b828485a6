// The one gate for every file the build copies from the folder into the output (author
// photos; cover images later). A file passes only when it lies inside the folder once
// symlinks are resolved, is a PNG, JPEG, GIF, WebP or AVIF image by its content, and its
// name's extension agrees. The output name's extension comes from the content, never
// from the input name, so a `me.html` full of GIF bytes can never become a page.
import { readFileSync, realpathSync, statSync } from 'node:fs';
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';
import { imageSize } from './photo.js';

export type ImageType = 'png' | 'jpeg' | 'gif' | 'webp' | 'avif';

/** The extension the output gets for each type, and the ones an input name may have. */
export const IMAGE_TYPES: Record<ImageType, { ext: string; accepts: string[]; mime: string }> = {
  png: { ext: '.png', accepts: ['.png'], mime: 'image/png' },
  jpeg: { ext: '.jpg', accepts: ['.jpg', '.jpeg', '.jpe'], mime: 'image/jpeg' },
  gif: { ext: '.gif', accepts: ['.gif'], mime: 'image/gif' },
  webp: { ext: '.webp', accepts: ['.webp'], mime: 'image/webp' },
  avif: { ext: '.avif', accepts: ['.avif'], mime: 'image/avif' },
};

const KINDS = 'a PNG, JPEG, GIF, WebP or AVIF image';
/** Far above any photo a page should show; it keeps the build from reading a disk image into memory. */
const MAX_BYTES = 20_000_000;

export interface MediaFile {
  /** The path as the folder's file names it. */
  name: string;
  /** The real path on disk, inside the folder. */
  path: string;
  bytes: Buffer;
  type: ImageType;
  /** The extension for the output name, from the content: `.png`, `.jpg`… */
  ext: string;
  width: number;
  height: number;
}

/** The image type, read from the first bytes (the "magic numbers"), never from the name. */
export function sniffImage(b: Buffer): ImageType | undefined {
  const ascii = (from: number, to: number) => b.toString('latin1', from, to);
  if (b.length >= 8 && b.readUInt32BE(0) === 0x89504e47 && b.readUInt32BE(4) === 0x0d0a1a0a) return 'png';
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'jpeg';
  if (b.length >= 6 && (ascii(0, 6) === 'GIF87a' || ascii(0, 6) === 'GIF89a')) return 'gif';
  if (b.length >= 12 && ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'webp';
  if (b.length >= 16 && ascii(4, 8) === 'ftyp') {
    // ISO-BMFF: the major brand, then compatible brands, up to the box's end.
    const end = Math.min(b.readUInt32BE(0), b.length);
    for (let i = 8; i + 4 <= end; i += 4) if (i !== 12 && /^avi[fs]$/.test(ascii(i, i + 4))) return 'avif';
  }
  return undefined;
}

/**
 * Reads `name` (as written in the folder's files) from `dir`. Returns the file, or the
 * reason it is refused, phrased to follow `photo "name"`.
 */
export function readMedia(dir: string, name: string): MediaFile | string {
  if (!name.trim()) return 'is empty: name a file in the folder';
  if (isAbsolute(name) || /^[a-z]:/i.test(name)) return 'must be a file in the folder, named relative to it, not an absolute path';
  let root: string;
  let path: string;
  try {
    root = realpathSync(dir);
    path = realpathSync(resolve(dir, name));
  } catch {
    return `not found in ${dir}`;
  }
  const inside = relative(root, path);
  if (!inside) return 'is the folder itself, not an image file';
  if (inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside)) return 'lies outside the folder (photos must be files inside it, not links out of it)';
  const stat = statSync(path);
  if (!stat.isFile()) return 'is not a file';
  if (stat.size > MAX_BYTES) return `is larger than ${MAX_BYTES / 1_000_000} MB: use a smaller image`;
  const bytes = readFileSync(path);
  const type = sniffImage(bytes);
  if (!type) return `is not ${KINDS}`;
  const { ext, accepts } = IMAGE_TYPES[type];
  if (!accepts.includes(extname(name).toLowerCase())) return `holds a ${type.toUpperCase()} image, so its name must end in ${accepts.join(' or ')}`;
  const size = imageSize(bytes);
  if (!size) return `is not a readable ${type.toUpperCase()} image`;
  return { name, path, bytes, type, ext, ...size };
}
