// A phone photo made in the test, with sharp itself: photographic in its statistics,
// so it weighs what a real one does, and carrying what phones write: a GPS position in
// EXIF, XMP, a Display P3 profile, and optionally a sideways Orientation tag.
import sharp from 'sharp';

/** A seeded PRNG (mulberry32): the same photo on every run. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Where the photo says it was taken: what must never be published. */
export const GPS = { latitude: '40/1 26/1 4611/100', longitude: '79/1 58/1 5593/100' };
export const XMP_MARK = 'practice-articles-test-xmp';

export interface PhonePhoto {
  width?: number;
  height?: number;
  /** EXIF Orientation: 6 stores a portrait photo sideways, as phones do. */
  orientation?: number;
  /** Contrast of the finest grain (sensor noise), which mostly sets the JPEG's weight. */
  grain?: number;
  seed?: number;
}

/**
 * Raw RGB pixels with about equal contrast at every scale, from 1/256 of the size up to
 * the pixel (the 1/f spectrum of natural images), colour varying slowly as in photos.
 * Textured everywhere, like foliage: a hard case for the encoder, not an easy one.
 */
async function texture(width: number, height: number, grain: number, seed: number): Promise<Buffer> {
  const rand = random(seed);
  let img: Buffer | undefined;
  let w = 0;
  let h = 0;
  for (let k = 8; k >= 0; k--) {
    const lw = Math.ceil(width / 2 ** k);
    const lh = Math.ceil(height / 2 ** k);
    const base = img
      ? await sharp(img, { raw: { width: w, height: h, channels: 3 } }).resize(lw, lh, { fit: 'fill', kernel: 'cubic' }).raw().toBuffer()
      : Buffer.alloc(lw * lh * 3, 128);
    const amp = k === 0 ? grain : 7 * 1.45 ** k;
    const chroma = k >= 4 ? amp * 0.3 : 0;
    for (let i = 0; i < base.length; i += 3) {
      const l = (rand() - 0.5) * amp;
      for (let c = 0; c < 3; c++) {
        const v = base[i + c]! * 0.97 + 128 * 0.03 + l + (chroma && (rand() - 0.5) * chroma);
        base[i + c] = v < 0 ? 0 : v > 255 ? 255 : v;
      }
    }
    [img, w, h] = [base, lw, lh];
  }
  return img!;
}

/** A JPEG as a phone writes it: by default 6000×4000 and about 12 MB, quality 92, 4:2:0. */
export async function phonePhoto(options: PhonePhoto = {}): Promise<Buffer> {
  const { width = 6000, height = 4000, orientation, grain = 60, seed = 19 } = options;
  const pixels = await texture(width, height, grain, seed);
  let image = sharp(pixels, { raw: { width, height, channels: 3 } })
    .jpeg({ quality: 92 })
    .withIccProfile('p3')
    .withXmp(`<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:description>${XMP_MARK}</dc:description></rdf:Description></rdf:RDF></x:xmpmeta>`)
    .withExif({
      IFD0: { Make: 'TestPhone', Model: 'Camera', Software: 'test' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: GPS.latitude, GPSLongitudeRef: 'W', GPSLongitude: GPS.longitude },
    });
  if (orientation) image = image.withMetadata({ orientation });
  return image.toBuffer();
}
