// practice.yaml and the health fields through the built command: every problem as
// file:line, the flags over practice.yaml's defaults, and a starter file that says nothing.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const CLI = resolve('dist/node/cli.js');
let cwd: string;

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
function folder(name: string, files: Record<string, string | Buffer>) {
  mkdirSync(join(cwd, name));
  for (const [file, content] of Object.entries(files)) writeFileSync(join(cwd, name, file), content);
}
const md = (...fields: string[]) => ['---', ...fields, '---', '', 'Text.', ''].join('\n');
const JPEG = readFileSync('test/fixtures/health/images/chairs.jpg');

describe('health fields and practice.yaml, checked', () => {
  before(() => (cwd = mkdtempSync(join(tmpdir(), 'pa-health-check-'))));
  after(() => rmSync(cwd, { recursive: true, force: true }));

  test('practice.yaml problems are file:line: reason, each on its field’s line', () => {
    folder('practice', {
      'a.md': md('title: A', 'author: Sam Lee'),
      'practice.yaml': ['# a practice with problems', 'name: ""', 'siteUrl: ftp://clinic.example/', 'lang: "not a language!"', 'support:', '  url: javascript:alert(1)', 'hotline: 911', ''].join('\n'),
    });
    const r = cli('check', 'practice');
    assert.equal(r.code, 1);
    assert.deepEqual(r.err.trim().split('\n'), [
      'practice/practice.yaml:2: field "name" is empty',
      'practice/practice.yaml:3: field "siteUrl" must be an absolute https: or http: URL, not "ftp://clinic.example/"',
      'practice/practice.yaml:4: field "lang" must be a language tag such as en, es or pt-BR, not "not a language!"',
      'practice/practice.yaml:5: field "support" needs a text',
      'practice/practice.yaml:6: field "support.url" must be an absolute https:, http:, mailto: or tel: URL, not "javascript:alert(1)"',
      'practice/practice.yaml:7: unknown field "hotline"; known fields: name, siteUrl, bookingUrl, lang, support',
      '6 problems found.',
    ]);
  });

  test('an image needs an alt text, a review needs a reviewer, and authors.yaml may describe a reviewer, not a stranger', () => {
    folder('fields', {
      'a.md': md('title: A', 'author: Sam Lee', 'image: a.jpg'),
      'b.md': md('title: B', 'author: Sam Lee', 'image: b.jpg', 'imageAlt: A picture', 'reviewed: 2026-01-01'),
      'c.md': md('title: C', 'author: Sam Lee', 'imageAlt: Orphan', 'reviewedBy: Dr. Ana Ruiz', 'date: 2021-01-01', 'updated: 2020-01-01', 'tags: ["!!!", Con]'),
      'd.md': md('title: D', 'author: Sam Lee', 'image: ../outside.jpg', 'imageAlt: Outside'),
      'b.jpg': '<html>not an image</html>',
      'authors.yaml': 'Dr. Ana Ruiz:\n  credentials: [PsyD]\nNobody Here:\n  credentials: [MD]\n',
    });
    writeFileSync(join(cwd, 'outside.jpg'), JPEG);
    const r = cli('check', 'fields');
    assert.equal(r.code, 1);
    assert.deepEqual(r.err.trim().split('\n'), [
      'fields/a.md:4: field "image" needs "imageAlt": say what the image shows, or write imageAlt: "" if it is only decoration',
      'fields/authors.yaml:3: no article is by or reviewed by "Nobody Here"; names must match the byline (or reviewedBy) exactly',
      'fields/b.md:4: image "b.jpg" is not a PNG, JPEG, GIF, WebP or AVIF image',
      'fields/b.md:6: field "reviewed" needs "reviewedBy": who reviewed the article',
      'fields/c.md:4: field "imageAlt" without "image": name the image file, or remove the line',
      'fields/c.md:7: field "updated" (2020-01-01) is before "date" (2021-01-01)',
      'fields/c.md:8: tag "!!!" has no letters or digits to name its topic page by',
      'fields/c.md:8: tag "Con" would make its page topics/con.html, a name Windows refuses',
      'fields/d.md:4: image "../outside.jpg" lies outside the folder (photos must be files inside it, not links out of it)',
      '9 problems found.',
    ]);
  });

  test('a reviewer authors.yaml describes is fine', () => {
    folder('reviewer', {
      'a.md': md('title: A', 'author: Sam Lee', 'image: chairs.jpg', 'imageAlt: Two chairs', 'reviewedBy: Dr. Ana Ruiz'),
      'chairs.jpg': JPEG,
      'authors.yaml': 'Dr. Ana Ruiz:\n  credentials: [PsyD]\n',
    });
    const check = cli('check', 'reviewer');
    assert.equal(check.code, 0, check.err);
    assert.match(check.out, /1 author, 1 more reviewer\. No problems\./);
  });

  test('check finds every image problem build finds, at its line, and writes nothing; build writes nothing either', () => {
    const png = Buffer.from(readFileSync('test/fixtures/health/images/pattern.png'));
    // Its header and size are intact; the compressed pixels in the middle are not.
    for (let i = png.length >> 1, end = i + 40; i < end; i++) png[i]! ^= 0x5a;
    folder('images', {
      'a.md': md('title: A', 'author: Sam Lee', 'image: cut.jpg', 'imageAlt: Half a picture'),
      'b.md': md('title: B', 'author: Sam Lee', 'image: notes.jpg', 'imageAlt: Notes'),
      'c.md': md('title: C', 'author: Sam Lee', 'image: photo.png', 'imageAlt: A photo'),
      'd.md': md('title: D', 'author: Sam Lee', 'image: chairs.jpg'),
      'e.md': md('title: E', 'author: Sam Lee', 'image: scrambled.png', 'imageAlt: ""'),
      'cut.jpg': JPEG.subarray(0, 700),
      'notes.jpg': 'Notes, not a picture.\n',
      'photo.png': JPEG,
      'chairs.jpg': JPEG,
      'scrambled.png': png,
      'authors.yaml': 'Sam Lee:\n  photo: cut.jpg\n',
    });
    const before = readdirSync(cwd).sort();
    const listed = readdirSync(join(cwd, 'images')).sort();
    const check = cli('check', 'images');
    assert.equal(check.code, 1);
    const lines = check.err.trim().split('\n');
    assert.deepEqual(
      lines.map((l) => l.replace(/(can't be read as an image: ).+$/, '$1…')),
      [
        "images/a.md:4: image \"cut.jpg\" can't be read as an image: …",
        "images/authors.yaml:2: photo \"cut.jpg\" can't be read as an image: …",
        'images/b.md:4: image "notes.jpg" is not a PNG, JPEG, GIF, WebP or AVIF image',
        'images/c.md:4: image "photo.png" holds a JPEG image, so its name must end in .jpg or .jpeg or .jpe',
        'images/d.md:4: field "image" needs "imageAlt": say what the image shows, or write imageAlt: "" if it is only decoration',
        "images/e.md:4: image \"scrambled.png\" can't be read as an image: …",
        '6 problems found.',
      ],
    );
    assert.deepEqual(readdirSync(cwd).sort(), before, 'check writes no folder');
    assert.deepEqual(readdirSync(join(cwd, 'images')).sort(), listed, 'nor anything into the articles folder');
    const build = cli('build', 'images', '--out', 'images-out');
    assert.equal(build.code, 1);
    assert.deepEqual(build.err.trim().split('\n'), lines, 'build reports exactly what check did');
    assert.ok(!existsSync(join(cwd, 'images-out')), 'nothing written');
  });

  test('an image that only sharp finds broken fails check and build alike, when nothing else is wrong', () => {
    folder('broken', { 'a.md': md('title: A', 'author: Sam Lee', 'image: cut.jpg', 'imageAlt: Half a picture'), 'cut.jpg': JPEG.subarray(0, 700) });
    const check = cli('check', 'broken');
    assert.equal(check.code, 1);
    assert.match(check.err, /^broken\/a\.md:4: image "cut\.jpg" can't be read as an image: .+\n1 problem found\.\n$/);
    const build = cli('build', 'broken', '--out', 'broken-out');
    assert.equal(build.code, 1);
    assert.equal(build.err, check.err);
    assert.ok(!existsSync(join(cwd, 'broken-out')), 'nothing written');
  });

  test('siteUrl, bookingUrl and lang in practice.yaml are defaults the flags override', () => {
    folder('defaults', {
      'a.md': md('title: A', 'author: Sam Lee'),
      'practice.yaml': 'siteUrl: https://practice.example/articles/\nbookingUrl: https://practice.example/book\nlang: es\n',
    });
    assert.equal(cli('build', 'defaults', '--out', 'from-file').code, 0);
    const page = readFileSync(join(cwd, 'from-file/a.html'), 'utf8');
    assert.match(page, /<html lang="es">/);
    assert.match(page, /<link rel="canonical" href="https:\/\/practice\.example\/articles\/a\.html">/);
    assert.match(page, /<a class="book" href="https:\/\/practice\.example\/book">Pedir cita con Sam<\/a>/);
    const flags = cli('build', 'defaults', '--out', 'from-flags', '--site-url', 'https://flag.example/', '--booking-url', 'https://flag.example/book', '--lang', 'fr');
    assert.equal(flags.code, 0, flags.err);
    assert.match(flags.out, /under https:\/\/flag\.example\//);
    const over = readFileSync(join(cwd, 'from-flags/a.html'), 'utf8');
    assert.match(over, /<html lang="fr">/);
    assert.match(over, /<link rel="canonical" href="https:\/\/flag\.example\/a\.html">/);
    assert.match(over, /<a class="book" href="https:\/\/flag\.example\/book">/);
    assert.doesNotMatch(over, /practice\.example/);
  });

  test('init writes a practice.yaml that says nothing until its owner writes it', () => {
    assert.equal(cli('init', 'starter').code, 0);
    const lines = readFileSync(join(cwd, 'starter/practice.yaml'), 'utf8').split('\n').filter((l) => l.trim());
    assert.ok(lines.length > 5 && lines.every((l) => l.startsWith('#')), 'every line is a comment');
    assert.match(readFileSync(join(cwd, 'starter/HOW-TO.txt'), 'utf8'), /practice\.yaml[\s\S]*support/);
    assert.equal(cli('build', 'starter', '--out', 'starter-out').code, 0);
    const page = readFileSync(join(cwd, 'starter-out/a-second-article-written-in-markdown.html'), 'utf8');
    assert.doesNotMatch(page, /class="(support|note|cover|topics)"|og:site_name|Reviewed/);
  });
});
