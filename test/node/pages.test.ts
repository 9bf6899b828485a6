import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { HtmlValidate } from 'html-validate';
import { build } from '../../src/node/emit/build.ts';
import { shortTitle } from '../../src/node/emit/pages.ts';
import { TRUST } from './helpers.ts';

const SITE = 'https://clinic.example/articles/';
let tmp: string;

const read = (dir: string, file: string) => readFileSync(join(tmp, dir, file), 'utf8');
const jsonLd = (html: string) => JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)![1]!);
const pages = (dir: string) => readdirSync(join(tmp, dir)).filter((f) => f.endsWith('.html') && !['preview.html', 'snippet.html'].includes(f));

describe('article pages', () => {
  before(async () => {
    tmp = mkdtempSync(join(tmpdir(), 'pa-pages-'));
    await build('seeds', { out: join(tmp, 'seed'), siteUrl: SITE });
    await build('seeds', { out: join(tmp, 'relative') });
    const rich = join(tmp, 'rich-src');
    mkdirSync(rich);
    writeFileSync(
      join(rich, 'a.md'),
      [
        '---',
        `title: A <b>"quoted" & 'odd'</b> title </script>`,
        'author: Dr. Ana Ruiz',
        'credentials: [PsyD]',
        'bookingUrl: https://book.example/ana',
        'date: 2025-02-03',
        'lang: es',
        'tags: [ansiedad]',
        'related:',
        '  - Otro artículo',
        '  - { title: En mi blog, url: "https://blog.example/x" }',
        '---',
        'Primer párrafo con <em>marcado</em> & [un enlace](https://example.com/?a=1&b=2).',
        '',
        '## Sección',
        '',
        '- uno',
        '- dos',
      ].join('\n'),
    );
    writeFileSync(join(rich, 'b.md'), ['---', 'title: Otro artículo', 'author: Dr. Ana Ruiz', 'lang: es', '---', 'Texto.'].join('\n'));
    writeFileSync(join(rich, 'authors.yaml'), 'Dr. Ana Ruiz:\n  bio: Trabaja con *ansiedad*.\n');
    await build(rich, { out: join(tmp, 'rich'), siteUrl: SITE });
  });
  after(() => rmSync(tmp, { recursive: true, force: true }));

  test('one per article with text, each with its canonical URL, and a sitemap and feed listing them', () => {
    assert.deepEqual(pages('seed'), [`${TRUST}.html`]);
    const html = read('seed', `${TRUST}.html`);
    assert.match(html, new RegExp(`<link rel="canonical" href="${SITE}${TRUST}\\.html">`));
    assert.match(html, new RegExp(`<meta property="og:url" content="${SITE}${TRUST}\\.html">`));
    assert.match(read('seed', 'sitemap.xml'), new RegExp(`<loc>${SITE}${TRUST}\\.html</loc>`));
    assert.match(read('seed', 'feed.xml'), new RegExp(`<link href="${SITE}${TRUST}\\.html"/>`));
  });

  test('the seed page says only what the seed says: every paragraph, no invented field', () => {
    const html = read('seed', `${TRUST}.html`);
    assert.match(html, /<h1>Building and Maintaining Trust in Relationships: The Heartbeat of Connection<\/h1>/);
    const seed = readFileSync('seeds/000_2d76e923eb718c4e.txt', 'utf8').split('\n\n').slice(1, 6).map((p) => p.trim().replace(/'/g, '&#39;'));
    for (const p of seed) assert.ok(html.includes(`<p>${p}</p>`), `paragraph word for word: ${p.slice(0, 40)}…`);
    assert.match(html, /<title>Building and Maintaining Trust in Relationships<\/title>/);
    assert.match(html, /<meta name="description" content="Trust is the cornerstone of any strong/);
    assert.deepEqual(jsonLd(html), {
      '@context': 'https://schema.org',
      '@type': 'BlogPosting',
      headline: 'Building and Maintaining Trust in Relationships: The Heartbeat of Connection',
      description:
        'Trust is the cornerstone of any strong, healthy relationship, acting as the glue that binds partners together and fosters a sense of security, respect, and mutual appreciation.',
      wordCount: 369,
      url: `${SITE}${TRUST}.html`,
      mainEntityOfPage: `${SITE}${TRUST}.html`,
      author: { '@type': 'Person', name: 'Hailey Oliver', honorificSuffix: 'MA, MHCI' },
    });
    assert.doesNotMatch(html, /Book with|datePublished|published_time|<img/, 'no booking link, date or photo: the seed has none');
  });

  test('carry every field the content does support, escaped everywhere', () => {
    const [page] = pages('rich').filter((f) => f.startsWith('a-'));
    const html = read('rich', page!);
    const title = `A <b>"quoted" & 'odd'</b> title </script>`;
    assert.deepEqual(jsonLd(html), {
      '@context': 'https://schema.org',
      '@type': 'BlogPosting',
      headline: title,
      description: 'Primer párrafo con <em>marcado</em> & un enlace.',
      wordCount: 11, // the <em> kept as text counts too: em, marcado, em
      datePublished: '2025-02-03',
      inLanguage: 'es',
      keywords: 'ansiedad',
      url: `${SITE}${page}`,
      mainEntityOfPage: `${SITE}${page}`,
      author: { '@type': 'Person', name: 'Dr. Ana Ruiz', honorificSuffix: 'PsyD', url: 'https://book.example/ana' },
    });
    assert.equal(html.match(/<\/script>/g)!.length, 1, 'the title cannot close the JSON-LD script');
    assert.match(html, /<h1>A &lt;b&gt;&quot;quoted&quot; &amp; &#39;odd&#39;&lt;\/b&gt; title &lt;\/script&gt;<\/h1>/);
    assert.match(html, /<html lang="es">/);
    assert.match(html, /<a class="book" href="https:\/\/book\.example\/ana">Pedir cita con Ana<\/a>/);
    assert.match(html, /<time datetime="2025-02-03">3 de febrero de 2025<\/time>/);
    assert.match(html, /<h2>Sección<\/h2>/);
    assert.match(html, /<li><a href="otro-articulo\.html">Otro artículo<\/a><\/li><li><a href="https:\/\/blog\.example\/x">En mi blog<\/a><\/li>/);
    assert.match(html, /<p>Trabaja con <em>ansiedad<\/em>\.<\/p>/);
    assert.match(html, /<a href="https:\/\/example\.com\/\?a=1&amp;b=2">un enlace<\/a>/);
  });

  test('pass html-validate with its recommended rules', async () => {
    const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });
    for (const dir of ['seed', 'relative', 'rich']) {
      for (const page of pages(dir)) {
        const report = await validator.validateFile(join(tmp, dir, page));
        assert.deepEqual(report.results.flatMap((r) => r.messages.map((m) => `${page}:${m.line}: ${m.ruleId}: ${m.message}`)), []);
      }
    }
  });

  test('without --site-url: relative links, no canonical, no sitemap, no feed', () => {
    const html = read('relative', `${TRUST}.html`);
    assert.doesNotMatch(html, /canonical|og:url|"url"|application\/atom/);
    assert.ok(!existsSync(join(tmp, 'relative', 'sitemap.xml')) && !existsSync(join(tmp, 'relative', 'feed.xml')));
    assert.match(read('relative', 'snippet.html'), new RegExp(`<a href="${TRUST}\\.html">`));
  });

  test('an article that lives elsewhere (imported, with "url") points its page and its data at the original', async () => {
    const src = join(tmp, 'imported-src');
    mkdirSync(src);
    writeFileSync(join(src, 'a.md'), ['---', 'title: First published elsewhere', 'author: Sam Lee', 'url: https://blog.example/original?a=1&b=2', '---', 'Its text.'].join('\n'));
    const { model } = await build(src, { out: join(tmp, 'imported'), siteUrl: SITE });
    assert.equal(model.articles[0]!.url, 'https://blog.example/original?a=1&b=2');
    const html = read('imported', 'first-published-elsewhere.html');
    assert.match(html, /<link rel="canonical" href="https:\/\/blog\.example\/original\?a=1&amp;b=2">/);
    assert.match(html, /<meta property="og:url" content="https:\/\/blog\.example\/original\?a=1&amp;b=2">/);
    assert.match(read('imported', 'practice-articles.js'), /"url":"https:\/\/blog\.example\/original\?a=1&b=2"/);
    assert.doesNotMatch(read('imported', 'sitemap.xml'), /<url>/, 'the sitemap lists only pages that are canonical here');
  });

  test('the seed page, with its stylesheet, is under 10 KB gzip', () => {
    const html = read('seed', `${TRUST}.html`);
    const css = read('seed', /href="(page\.[0-9a-f]+\.css)"/.exec(html)![1]!);
    assert.ok(gzipSync(html + css, { level: 9 }).length < 10_000);
  });

  test('long titles keep their first part, or are cut at a word', () => {
    assert.equal(shortTitle('Building and Maintaining Trust in Relationships: The Heartbeat of Connection'), 'Building and Maintaining Trust in Relationships');
    assert.equal(shortTitle('Short: title'), 'Short: title');
    const cut = shortTitle('word '.repeat(30).trim());
    assert.ok(cut.length <= 70 && cut.endsWith('word…'), cut);
  });
});
