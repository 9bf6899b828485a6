// practice.yaml and the health fields through the built command: every problem as
// file:line, the flags over practice.yaml's defaults, and a starter file that says nothing.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

  test('a reviewer authors.yaml describes is fine; a picture sharp can’t decode fails the build at its line, writing nothing', () => {
    folder('broken', {
      'a.md': md('title: A', 'author: Sam Lee', 'image: cut.jpg', 'imageAlt: Half a picture', 'reviewedBy: Dr. Ana Ruiz'),
      'cut.jpg': JPEG.subarray(0, 700),
      'authors.yaml': 'Dr. Ana Ruiz:\n  credentials: [PsyD]\n',
    });
    const check = cli('check', 'broken');
    assert.equal(check.code, 0, check.err);
    assert.match(check.out, /1 author, 1 more reviewer\. No problems\./);
    const r = cli('build', 'broken', '--out', 'broken-out');
    assert.equal(r.code, 1);
    assert.match(r.err, /^broken\/a\.md:4: image "cut\.jpg" can't be read as an image: /);
    assert.equal(spawnSync('ls', [join(cwd, 'broken-out')]).status, 2, 'nothing written');
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
