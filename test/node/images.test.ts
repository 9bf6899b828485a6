import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import {
  CARD_MAX_WIDTH,
  ImageError,
  MAX_WIDTH,
  PHOTO_SIZE,
  authorPhoto,
  cardImage,
  coverVariants,
  pageImage,
  widthsFor,
  type CoverVariants,
} from '../../src/node/media/images.ts';
import { XMP_MARK, phonePhoto } from './phone-photo.ts';

const dir = mkdtempSync(join(tmpdir(), 'pa-images-'));
after(() => rmSync(dir, { recursive: true, force: true }));

type Tags = Record<string, unknown>;

/** What exiftool finds in each of these files, by group: `{ "EXIF:GPSLatitude": … }`. One run: perl starts slowly. */
function exifAll(contents: Buffer[]): Tags[] {
  const paths = contents.map((content) => join(dir, `${createHash('sha256').update(content).digest('hex')}.bin`));
  contents.forEach((content, i) => writeFileSync(paths[i]!, content));
  const found = JSON.parse(execFileSync('exiftool', ['-json', '-G', '-a', '-u', ...paths], { encoding: 'utf8' })) as Tags[];
  return paths.map((p) => found.find((t) => t.SourceFile === p)!);
}
const exif = (content: Buffer) => exifAll([content])[0]!;

/** Metadata groups that can hold a location, a device or a name. */
const METADATA = /^(EXIF|XMP|IPTC|ICC_Profile|MakerNotes|GPS|Photoshop|JFIF|APP\d+)[:\d]/;
const metadataTags = (tags: Record<string, unknown>) => Object.keys(tags).filter((k) => METADATA.test(k) || /GPS/i.test(k));

const isWebp = (b: Buffer) => b.toString('latin1', 0, 4) === 'RIFF' && b.toString('latin1', 8, 12) === 'WEBP';
const KB = 1000;

describe('a 6000×4000, 12 MB phone JPEG with a GPS position', () => {
  let photo: Buffer;
  let cover: CoverVariants;
  let ms: number;

  before(async () => {
    photo = await phonePhoto();
    // CPU time (every libvips thread's), not wall time: the machine may be busy with other work.
    const start = process.cpuUsage();
    cover = await coverVariants(photo, 'grief-and-the-body');
    const { user, system } = process.cpuUsage(start);
    ms = (user + system) / 1000;
  });

  test('is what a phone writes: 6000×4000, about 12 MB, with GPS, XMP and a colour profile', async () => {
    const m = await sharp(photo).metadata();
    assert.deepEqual([m.format, m.width, m.height], ['jpeg', 6000, 4000]);
    assert.ok(photo.length > 10_000 * KB && photo.length < 14_000 * KB, `${photo.length} B`);
    const tags = exif(photo);
    assert.ok(tags['EXIF:GPSLatitude'] && tags['EXIF:GPSLongitude'], 'the test photo carries a GPS position');
    assert.equal(tags['XMP:Description'], XMP_MARK);
    assert.ok(tags['ICC_Profile:ProfileDescription']);
  });

  test('becomes WebP at 480, 800 and 1200 px, its aspect ratio kept', () => {
    assert.deepEqual(
      cover.variants.map(([, w, h]) => [w, h]),
      [
        [480, 320],
        [800, 533],
        [1200, 800],
      ],
    );
    assert.deepEqual([cover.width, cover.height], [MAX_WIDTH, 800]);
    for (const file of cover.files) assert.ok(isWebp(file.content), file.path);
  });

  test('names each variant by slug, width and a hash of its bytes', () => {
    assert.equal(cover.files.length, cover.variants.length);
    cover.variants.forEach(([path, width, , bytes], i) => {
      const file = cover.files[i]!;
      const hash = createHash('sha256').update(file.content).digest('hex').slice(0, 10);
      assert.equal(path, `media/grief-and-the-body-${width}.${hash}.webp`);
      assert.equal(file.path, path);
      assert.equal(bytes, file.content.length);
    });
  });

  test('keeps no EXIF, GPS, XMP or colour profile in any variant', () => {
    const all = exifAll(cover.files.map((f) => f.content));
    for (const [i, file] of cover.files.entries()) {
      const tags = all[i]!;
      assert.equal(tags['File:FileType'], 'WEBP');
      assert.deepEqual(metadataTags(tags), [], file.path);
      assert.doesNotMatch(file.content.toString('latin1'), /EXIF|XMP |ICCP|TestPhone|practice-articles-test-xmp/);
    }
  });

  test('gives cards files under 60 KB each, and a phone’s first three cards at most 150 KB', () => {
    const card = cardImage(cover, 'A path through autumn woods');
    const sizes = new Map(cover.variants.map(([path, , , bytes]) => [path, bytes]));
    assert.deepEqual(card.variants.map(([, w]) => w), [480, 800]);
    for (const [src] of card.variants) assert.ok(sizes.get(src)! < 60 * KB, `${src}: ${sizes.get(src)} B`);
    // A phone is 1 card wide at 2–3×: it picks the widest card file for each of them.
    const widest = sizes.get(card.variants.at(-1)![0])!;
    assert.ok(3 * widest <= 150 * KB, `3 × ${widest} B`);
  });

  test('keeps the 1200 px variant for the page and og:image only', () => {
    assert.equal(pageImage(cover)[1], 1200);
    assert.ok(!cardImage(cover, '').variants.some(([, w]) => w > CARD_MAX_WIDTH));
  });

  test('takes well under 5 s of processor time', () => {
    assert.ok(ms < 5000, `${Math.round(ms)} ms`);
  });

  test('gives the same bytes, so the same names, every time', async () => {
    const again = await coverVariants(photo, 'grief-and-the-body');
    assert.deepEqual(again.variants, cover.variants);
    again.files.forEach((f, i) => assert.ok(f.content.equals(cover.files[i]!.content), f.path));
  });
});

describe('cover images of other sizes and kinds', () => {
  const solid = (width: number, height: number, channels: 3 | 4 = 3) =>
    sharp({ create: { width, height, channels, background: { r: 40, g: 120, b: 90, alpha: channels === 4 ? 0.5 : 1 } } });

  test('are never enlarged: the standard widths below the source, then the source', () => {
    assert.deepEqual(widthsFor(6000), [480, 800, 1200]);
    assert.deepEqual(widthsFor(1200), [480, 800, 1200]);
    assert.deepEqual(widthsFor(1000), [480, 800, 1000]);
    assert.deepEqual(widthsFor(600), [480, 600]);
    assert.deepEqual(widthsFor(480), [480]);
    assert.deepEqual(widthsFor(300), [300]);
  });

  test('a small image gives one variant, its own size, which the card uses', async () => {
    const cover = await coverVariants(await solid(300, 200).png().toBuffer(), 'small');
    assert.deepEqual(cover.variants.map(([, w, h]) => [w, h]), [[300, 200]]);
    const card = cardImage(cover, '');
    assert.deepEqual([card.variants.map(([, w]) => w), card.width, card.height, card.alt], [[300], 300, 200, '']);
    assert.equal(pageImage(cover)[1], 300);
  });

  test('a 1000 px image gives 480, 800 and itself; cards get 480 and 800, sized by the 800', async () => {
    const cover = await coverVariants(await solid(1000, 750).jpeg().toBuffer(), 'mid');
    assert.deepEqual(cover.variants.map(([, w, h]) => [w, h]), [[480, 360], [800, 600], [1000, 750]]);
    const card = cardImage(cover, 'alt');
    assert.deepEqual([card.variants.map(([, w]) => w), card.width, card.height], [[480, 800], 800, 600]);
  });

  test('a portrait photo stored sideways comes out upright, with no Orientation tag', async () => {
    const sideways = await phonePhoto({ width: 900, height: 600, orientation: 6 });
    assert.equal(exif(sideways)['EXIF:Orientation'], 'Rotate 90 CW');
    const cover = await coverVariants(sideways, 'portrait');
    assert.deepEqual(cover.variants.map(([, w, h]) => [w, h]), [[480, 720], [600, 900]]);
    for (const tags of exifAll(cover.files.map((f) => f.content))) assert.deepEqual(metadataTags(tags), []);
  });

  test('a transparent PNG keeps its transparency', async () => {
    const cover = await coverVariants(await solid(640, 480, 4).png().toBuffer(), 'logo');
    const m = await sharp(cover.files[0]!.content).metadata();
    assert.deepEqual([m.format, m.hasAlpha], ['webp', true]);
  });

  test('an animated GIF becomes a still of its first frame', async () => {
    const frames = Buffer.alloc(64 * 64 * 3 * 2);
    frames.fill(255, 0, 64 * 64 * 3); // first frame white, second black
    const gif = await sharp(frames, { raw: { width: 64, height: 128, channels: 3, pageHeight: 64 } }).gif({ loop: 0, delay: [100, 100] }).toBuffer();
    assert.equal((await sharp(gif).metadata()).pages, 2);
    const cover = await coverVariants(gif, 'animated');
    const m = await sharp(cover.files[0]!.content).metadata();
    assert.deepEqual([m.format, m.width, m.height, m.pages ?? 1], ['webp', 64, 64, 1]);
    const stats = await sharp(cover.files[0]!.content).stats();
    assert.ok(stats.channels[0]!.mean > 240, 'the first (white) frame');
  });

  test('bytes that are not an image are an ImageError', async () => {
    await assert.rejects(coverVariants(Buffer.from('not an image'), 'x'), ImageError);
    const truncated = (await solid(800, 600).jpeg().toBuffer()).subarray(0, 400);
    await assert.rejects(coverVariants(truncated, 'x'), ImageError);
    await assert.rejects(authorPhoto(Buffer.from('GIF89a'), 'x'), ImageError);
  });

  test('a name that is not a slug is refused', async () => {
    const png = await solid(10, 10).png().toBuffer();
    for (const name of ['../x', 'a b', 'a,b', '', '-x']) await assert.rejects(coverVariants(png, name), TypeError, name);
  });
});

describe('author photos', () => {
  test(`are resized so the shorter side is ${PHOTO_SIZE} px (twice the largest display), WebP, with no metadata`, async () => {
    const { photo, file } = await authorPhoto(await phonePhoto({ width: 1200, height: 1600 }), 'ana-ruiz');
    assert.deepEqual([photo.width, photo.height], [PHOTO_SIZE, 213]);
    assert.equal(photo.src, file.path);
    assert.match(file.path, /^media\/ana-ruiz-160\.[0-9a-f]{10}\.webp$/);
    assert.ok(isWebp(file.content));
    assert.ok(file.content.length < 25 * KB, `${file.content.length} B`);
    assert.deepEqual(metadataTags(exif(file.content)), []);
  });

  test('are never enlarged', async () => {
    const small = await sharp({ create: { width: 100, height: 90, channels: 3, background: '#888' } }).jpeg().toBuffer();
    const { photo } = await authorPhoto(small, 'small');
    assert.deepEqual([photo.width, photo.height], [100, 90]);
  });

  test('give the same bytes every time', async () => {
    const input = await phonePhoto({ width: 800, height: 800, seed: 7 });
    const [a, b] = [await authorPhoto(input, 'x'), await authorPhoto(input, 'x')];
    assert.equal(a.file.path, b.file.path);
    assert.ok(a.file.content.equals(b.file.content));
  });
});
