// Health articles through the built command: test/fixtures/health, with its cover photo
// and author photo swapped for phone photos made here, GPS and all.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runInNewContext } from 'node:vm';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { HtmlValidate } from 'html-validate';
import { MANIFEST } from '../../src/node/emit/names.ts';
import sharp from 'sharp';
import type { CollectionData, FullArticle } from '../../src/shared/data.ts';
import { phonePhoto } from './phone-photo.ts';

const CLI = resolve('dist/node/cli.js');
const SITE = 'https://clinic.example/articles/';
const CHAIRS = 'talking-through-conflict-as-a-couple';
const TRUST = 'rebuilding-trust-after-a-hard-year';
const GRIEF = 'living-with-grief';
const HEAVY = 'when-everything-feels-too-heavy';
const PLAIN = 'a-plain-test-article';
const SUPPORT = 'If you are in crisis, call or text 988';
let tmp: string;

function build(dir: string, out: string, ...flags: string[]) {
  const r = spawnSync(process.execPath, [CLI, 'build', dir, '--out', out, ...flags], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
}
const read = (out: string, file: string) => readFileSync(join(tmp, out, file), 'utf8');
const jsonLd = (html: string) => JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)![1]!);
/** A page's text as a reader sees it: no tags, spaces collapsed. */
const text = (html: string) => html.replace(/<head>[\s\S]*<\/head>/, '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
function dataOf(out: string): CollectionData {
  const expr = /const __practiceArticles=(JSON\.parse\('(?:[^'\\]|\\.)*'\));/.exec(read(out, 'practice-articles.js'))!;
  return JSON.parse(JSON.stringify(runInNewContext(expr[1]!)));
}
/** What exiftool finds, by group, in each file; one run (perl starts slowly). */
const exif = (files: string[]) => JSON.parse(execFileSync('exiftool', ['-json', '-G', '-a', '-u', ...files], { encoding: 'utf8' })) as Record<string, unknown>[];
const METADATA = /^(EXIF|XMP|IPTC|ICC_Profile|MakerNotes|GPS|Photoshop|APP\d+)[:\d]|GPS/i;

describe('health articles, built', () => {
  before(async () => {
    tmp = mkdtempSync(join(tmpdir(), 'pa-health-'));
    cpSync('test/fixtures/health', join(tmp, 'src'), { recursive: true });
    writeFileSync(join(tmp, 'src/images/chairs.jpg'), await phonePhoto({ width: 2400, height: 1600 }));
    writeFileSync(join(tmp, 'src/images/sam-lee.jpg'), await phonePhoto({ width: 600, height: 800, seed: 3 }));
    build(join(tmp, 'src'), join(tmp, 'site'), '--site-url', SITE);
    // The same content with nothing configured: no practice.yaml, no site address; in Spanish.
    cpSync('test/fixtures/health', join(tmp, 'bare-src'), { recursive: true });
    rmSync(join(tmp, 'bare-src/practice.yaml'));
    build(join(tmp, 'bare-src'), join(tmp, 'bare'), '--lang', 'es');
  });
  after(() => rmSync(tmp, { recursive: true, force: true }));

  test('a cover photo becomes WebP at 480, 800 and 1200 px; the author photo 160 px; none keeps EXIF, GPS or XMP', async () => {
    const media = join(tmp, 'site/media');
    const files = readdirSync(media).sort();
    assert.deepEqual(files.filter((f) => f.startsWith(CHAIRS)).map((f) => f.replace(/\.[0-9a-f]{10}\./, '.')).sort(), [480, 800, 1200].map((w) => `${CHAIRS}-${w}.webp`).sort());
    for (const f of files) assert.equal((await sharp(join(media, f)).metadata()).format, 'webp', f);
    const photo = files.find((f) => f.startsWith('sam-lee-'))!;
    const m = await sharp(join(media, photo)).metadata();
    assert.deepEqual([m.width, m.height], [160, 213]);
    const [source, ...found] = exif([join(tmp, 'src/images/chairs.jpg'), ...files.map((f) => join(media, f))]);
    assert.ok(source!['EXIF:GPSLatitude'], 'the source photo carries a GPS position');
    for (const tags of found) assert.deepEqual(Object.keys(tags).filter((k) => METADATA.test(k)), [], String(tags.SourceFile));
  });

  test('cards get only the variants up to 800 px, each under 60 KB, with the size and alt text', () => {
    const data = dataOf('site');
    const chairs = data.articles.find((a) => a.slug === CHAIRS) as FullArticle;
    assert.deepEqual(chairs.image!.variants.map(([, w]) => w), [480, 800]);
    assert.deepEqual([chairs.image!.width, chairs.image!.height, chairs.image!.alt], [800, 533, 'Two empty chairs facing each other by a window']);
    for (const [src] of chairs.image!.variants) assert.ok(statSync(join(tmp, 'site', src)).size < 60_000, src);
    assert.equal((data.articles.find((a) => a.slug === TRUST) as FullArticle).image!.alt, '', 'decorative');
    assert.equal(data.articles.filter((a) => (a as FullArticle).image).length, 2);
  });

  test('the data carries topics, the review, the dates, the note and the support line, and matches the schema', () => {
    const data = dataOf('site');
    const ajv = new Ajv2020({ allErrors: true, strictRequired: false, strictTuples: false });
    addFormats.default(ajv);
    const validate = ajv.compile(JSON.parse(readFileSync('src/shared/collection.schema.json', 'utf8')));
    validate(data);
    assert.deepEqual(validate.errors ?? [], []);
    assert.deepEqual(data.topics, [['couples-therapy', 'Couples therapy'], ['communication', 'Communication'], ['grief', 'Grief'], ['depression', 'Depression']]);
    assert.deepEqual(data.articles.map((a) => a.topics), [[0, 1], [0], [2], [2, 3], undefined]);
    assert.deepEqual(data.support, { text: SUPPORT, url: 'tel:988' });
    const grief = data.articles.find((a) => a.slug === GRIEF) as FullArticle;
    assert.deepEqual([grief.date, grief.updated, grief.reviewed], ['2025-11-20', '2026-03-10', '2026-03-03']);
    const reviewer = data.authors[grief.reviewedBy!]!;
    assert.deepEqual([reviewer.name, reviewer.creds], ['Dr. Ana Ruiz', 'PsyD']);
    assert.ok(data.articles.every((a) => a.author !== grief.reviewedBy), 'the reviewer wrote nothing: no card is hers');
    assert.equal((data.articles.find((a) => a.slug === HEAVY) as FullArticle).note, 'This test article discusses suicide.');
    assert.equal(data.articles.filter((a) => 'reviewedBy' in a || 'reviewed' in a).length, 1, 'no review without a reviewer');
    assert.equal(data.articles.filter((a) => 'note' in a).length, 1);
  });

  test('JSON-LD says exactly what the content supports', () => {
    const person = (name: string, honorificSuffix: string) => ({ '@type': 'Person', name, honorificSuffix });
    const publisher = { '@type': 'Organization', name: 'Test Clinic' };
    const url = (slug: string) => ({ url: `${SITE}${slug}.html`, mainEntityOfPage: `${SITE}${slug}.html` });
    const chairs = jsonLd(read('site', `${CHAIRS}.html`));
    const [variant] = readdirSync(join(tmp, 'site/media')).filter((f) => f.startsWith(`${CHAIRS}-1200.`));
    assert.deepEqual(chairs, {
      '@context': 'https://schema.org',
      '@type': 'BlogPosting',
      headline: 'Talking Through Conflict as a Couple',
      description: 'A test article with a cover image and two topics. Its text is synthetic, written for the tests.',
      wordCount: 25,
      datePublished: '2026-01-10',
      keywords: 'Couples therapy, Communication',
      ...url(CHAIRS),
      image: `${SITE}media/${variant}`,
      author: person('Sam Lee', 'LMFT'),
      publisher,
    });
    assert.deepEqual(jsonLd(read('site', `${GRIEF}.html`)), {
      '@context': 'https://schema.org',
      '@type': 'WebPage',
      url: `${SITE}${GRIEF}.html`,
      reviewedBy: person('Dr. Ana Ruiz', 'PsyD'),
      lastReviewed: '2026-03-03',
      mainEntity: {
        '@type': 'BlogPosting',
        headline: 'Living With Grief',
        description: 'A test article reviewed by a clinician, and updated since it was first published.',
        wordCount: 14,
        datePublished: '2025-11-20',
        dateModified: '2026-03-10',
        keywords: 'Grief',
        ...url(GRIEF),
        author: person('Jordan Test', 'LCSW'),
        publisher,
      },
    });
    const plain = jsonLd(read('site', `${PLAIN}.html`));
    assert.deepEqual(Object.keys(plain), ['@context', '@type', 'headline', 'description', 'wordCount', 'url', 'mainEntityOfPage', 'author', 'publisher']);
    const bare = jsonLd(read('bare', `${CHAIRS}.html`));
    assert.deepEqual(Object.keys(bare), ['@context', '@type', 'headline', 'description', 'wordCount', 'datePublished', 'inLanguage', 'keywords', 'author'], 'no image URL without the site, no publisher without practice.yaml');
  });

  test('pages show the cover image, og:image and a large Twitter card, the practice name and the support line', () => {
    const html = read('site', `${CHAIRS}.html`);
    const og = /<meta property="og:image" content="([^"]+)">/.exec(html)![1]!;
    assert.match(og, new RegExp(`^${SITE}media/${CHAIRS}-1200\\.[0-9a-f]{10}\\.webp$`));
    assert.match(html, /<meta property="og:image:alt" content="Two empty chairs facing each other by a window">/);
    assert.match(html, /<meta name="twitter:card" content="summary_large_image">/);
    assert.match(html, /<meta property="og:site_name" content="Test Clinic">/);
    assert.match(html, /<title>Talking Through Conflict as a Couple – Test Clinic<\/title>/);
    const img = /<img class="cover" [^>]+>/.exec(html)![0];
    assert.ok(img.includes(`src="${og.slice(SITE.length)}"`) && /width="1200" height="800"/.test(img) && /alt="Two empty chairs/.test(img), img);
    assert.deepEqual([...img.matchAll(/ (\d+)w/g)].map((m) => m[1]), ['480', '800', '1200']);
    assert.match(read('site', `${TRUST}.html`), /<img class="cover" [^>]* alt="" decoding="async">/);
    assert.doesNotMatch(read('site', `${TRUST}.html`), /og:image:alt/);
    assert.match(read('site', `${GRIEF}.html`), /<meta name="twitter:card" content="summary">/);
    const end = new RegExp(`<aside class="support" aria-label="Support"><p><a href="tel:988">${SUPPORT}</a></p></aside>\\s*<aside class="about"`);
    for (const slug of [CHAIRS, TRUST, GRIEF, HEAVY, PLAIN]) assert.match(read('site', `${slug}.html`), end, `${slug}: the support line ends the article`);
  });

  test('the review and update lines, in the page’s language, and the note before the body with the support line beside it', () => {
    assert.match(text(read('site', `${GRIEF}.html`)), /Updated March 10, 2026 · Reviewed by Dr\. Ana Ruiz, PsyD, on March 3, 2026/);
    assert.match(text(read('bare', `${GRIEF}.html`)), /Actualizado el 10 de marzo de 2026 · Revisado por Dr\. Ana Ruiz, PsyD, el 3 de marzo de 2026/);
    const heavy = text(read('site', `${HEAVY}.html`));
    assert.match(heavy, new RegExp(`Content note This test article discusses suicide\\. ${SUPPORT} A test article with a content note`));
    for (const slug of [CHAIRS, TRUST, HEAVY, PLAIN]) assert.doesNotMatch(read('site', `${slug}.html`), /Reviewed|Updated|reviewedBy|dateModified|modified_time/, slug);
    assert.doesNotMatch(read('site', `${PLAIN}.html`), /class="(note|topics|cover|meta dates)"|og:image|<time/);
  });

  test('nothing shows that nothing configures: no support line, practice name or site address', () => {
    for (const file of readdirSync(join(tmp, 'bare'), { recursive: true }) as string[]) {
      // The manifest is the build's record, never served to a visitor; its hashes are hex, and one may hold "988".
      if (!/\.(html|m?js|json|xml)$/.test(file) || file === MANIFEST) continue;
      // In the scripts, the collection's data: the widget's code has a template for a support line.
      const content = /\.m?js$/.test(file) ? /const __practiceArticles=(JSON\.parse\('(?:[^'\\]|\\.)*'\));/.exec(read('bare', file))![1]! : read('bare', file);
      assert.doesNotMatch(content, /988|Test Clinic|og:site_name|og:image|summary_large_image|clinic\.example|class="support"/, file);
    }
    assert.equal(dataOf('bare').support, undefined);
  });

  test('a page per topic lists its articles, linked, with excerpts; the sitemap lists them', () => {
    assert.deepEqual(readdirSync(join(tmp, 'site/topics')).sort(), ['communication.html', 'couples-therapy.html', 'depression.html', 'grief.html']);
    const couples = read('site', 'topics/couples-therapy.html');
    assert.match(couples, /<title>Couples therapy – Test Clinic<\/title>/);
    assert.match(couples, /<h1>Couples therapy<\/h1>/, 'named as first written');
    // A description for search results (Lighthouse's SEO audit asks for one), from the titles alone.
    assert.match(couples, /<meta name="description" content="Talking Through Conflict as a Couple · Rebuilding Trust After a Hard Year">/);
    assert.match(couples, /<meta property="og:description" content="Talking Through Conflict as a Couple · Rebuilding Trust After a Hard Year">/);
    assert.deepEqual([...couples.matchAll(/<a href="([^"]+)">/g)].map((m) => m[1]), [`../${CHAIRS}.html`, `../${TRUST}.html`]);
    assert.match(couples, /<p>A test article with a decorative cover image\./);
    assert.match(couples, new RegExp(`<link rel="canonical" href="${SITE}topics/couples-therapy\\.html">`));
    assert.match(read('site', `${CHAIRS}.html`), /<a href="topics\/couples-therapy\.html">Couples therapy<\/a>/);
    const sitemap = read('site', 'sitemap.xml');
    for (const t of ['couples-therapy', 'communication', 'grief', 'depression']) assert.match(sitemap, new RegExp(`<loc>${SITE}topics/${t}\\.html</loc>`));
    assert.match(sitemap, new RegExp(`<loc>${SITE}${GRIEF}\\.html</loc><lastmod>2026-03-10</lastmod>`), 'lastmod is the update');
  });

  test('articles.json gives each article its topics, slug and name, for integrators to offer topic="…"', () => {
    const index = JSON.parse(read('site', 'articles.json')) as { slug: string; topics?: { slug: string; name: string }[] }[];
    assert.deepEqual(
      index.map((a) => [a.slug, a.topics]),
      [
        [CHAIRS, [{ slug: 'couples-therapy', name: 'Couples therapy' }, { slug: 'communication', name: 'Communication' }]],
        [TRUST, [{ slug: 'couples-therapy', name: 'Couples therapy' }]],
        [GRIEF, [{ slug: 'grief', name: 'Grief' }]],
        [HEAVY, [{ slug: 'grief', name: 'Grief' }, { slug: 'depression', name: 'Depression' }]],
        [PLAIN, undefined],
      ],
    );
  });

  test('the snippet shows topic and limit on a carousel of one topic, its fallback that topic’s first cards', () => {
    const snippet = read('site', 'snippet.html');
    assert.match(snippet, /topic="…" takes a topic's slug \(this folder's: couples-therapy, communication, grief, depression\),\s+and limit="…" a number of cards/);
    const one = /<practice-articles topic="couples-therapy" limit="6">([\s\S]*?)<\/practice-articles>/.exec(snippet)![1]!;
    assert.deepEqual([...one.matchAll(/<a href="([^"]+)">/g)].map((m) => m[1]), [`${SITE}${CHAIRS}.html`, `${SITE}${TRUST}.html`]);
    // Eight articles on one topic: the fallback lists the six the element shows.
    const dir = join(tmp, 'eight');
    mkdirSync(dir);
    for (let i = 1; i <= 8; i++) {
      writeFileSync(join(dir, `${i}.md`), `---\ntitle: Test article ${i}\nauthor: Sam Lee\ntags: [Grief]\n---\n\nTest text ${i}.\n`);
    }
    build(dir, join(tmp, 'eight-site'));
    const eight = /<practice-articles topic="grief" limit="6">([\s\S]*?)<\/practice-articles>/.exec(read('eight-site', 'snippet.html'))![1]!;
    assert.deepEqual([...eight.matchAll(/<a href="([^"]+)">/g)].map((m) => m[1]), [1, 2, 3, 4, 5, 6].map((i) => `test-article-${i}.html`));
    assert.equal(snippet.match(/<practice-articles topic=/g)!.length, 1, 'one example, not one per topic');
  });

  test('pages pass html-validate; the feed and sitemap are well-formed XML', async () => {
    // tel-non-breaking wants a phone number unbroken; a tel: support link's text is the
    // practice's own sentence ("If you are in crisis, call or text 988"), which must wrap.
    const validator = new HtmlValidate({ extends: ['html-validate:recommended'], rules: { 'tel-non-breaking': 'off' } });
    const pages = [CHAIRS, TRUST, GRIEF, HEAVY].map((s) => `${s}.html`).concat(readdirSync(join(tmp, 'site/topics')).map((f) => `topics/${f}`));
    for (const page of pages) {
      const report = await validator.validateFile(join(tmp, 'site', page));
      assert.deepEqual(report.results.flatMap((r) => r.messages.map((m) => `${page}:${m.line}: ${m.ruleId}: ${m.message}`)), []);
    }
    execFileSync('xmllint', ['--noout', join(tmp, 'site/feed.xml'), join(tmp, 'site/sitemap.xml')]);
  });
});
