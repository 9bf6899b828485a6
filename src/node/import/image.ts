// An item's image, downloaded into the folder only if its bytes are a real PNG, JPEG,
// GIF, WebP or AVIF; the file gets the extension of what it is, not of what it claims.
import { fetchLimited, FetchError, type FetchLimits } from './fetch.js';

export type ImageType = 'png' | 'jpg' | 'gif' | 'webp' | 'avif';

/** The type the first bytes say, or undefined for anything else (SVG, HTML, a text file named .jpg). */
export function imageType(b: Buffer): ImageType | undefined {
  if (b.length >= 8 && b.readUInt32BE(0) === 0x89504e47 && b.readUInt32BE(4) === 0x0d0a1a0a) return 'png';
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'jpg';
  if (b.length >= 6 && /^GIF8[79]a$/.test(b.toString('latin1', 0, 6))) return 'gif';
  if (b.length >= 12 && b.toString('latin1', 0, 4) === 'RIFF' && b.toString('latin1', 8, 12) === 'WEBP') return 'webp';
  if (b.length >= 12 && b.toString('latin1', 4, 8) === 'ftyp' && /^avi[fs]$/.test(b.toString('latin1', 8, 12))) return 'avif';
  return undefined;
}

export interface Downloaded {
  type: ImageType;
  bytes: Buffer;
}

/** Downloads an image; a string says why it was not kept. */
export async function downloadImage(url: string, limits: FetchLimits): Promise<Downloaded | string> {
  try {
    const { body } = await fetchLimited(url, limits);
    const type = imageType(body);
    return type ? { type, bytes: body } : `${url} is not a PNG, JPEG, GIF, WebP or AVIF image`;
  } catch (e) {
    if (e instanceof FetchError) return e.message;
    throw e;
  }
}
