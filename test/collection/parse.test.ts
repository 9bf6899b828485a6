import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  SeedError,
  buildCollection,
  loadCollection,
  parseMarkdown,
  parseText,
  slugify,
  toModule,
  type SeedSource,
} from '../../src/collection/parse.ts';

const SEED = 'seeds/000_2d76e923eb718c4e.txt';
const TRUST = 'building-and-maintaining-trust-in-relationships-the-heartbeat-of-connection';

/** Asserts that `fn` fails with a SeedError naming `file` and `line`, whose reason matches `reason`. */
function fails(fn: () => unknown, file: string, line: number, reason: RegExp) {
  assert.throws(fn, (e: unknown) => {
    assert.ok(e instanceof SeedError, `expected a SeedError, got ${String(e)}`);
    assert.equal(e.file, file);
    assert.equal(e.line, line);
    assert.match(e.reason, reason);
    assert.ok(e.message.startsWith(`${file}:${line}: `));
    return true;
  });
}

const text = (...lines: string[]) => lines.join('\n');

describe('the seed article', () => {
  const { article, author, titleOnly } = parseText(readFileSync(SEED, 'utf8'), SEED);

  test('has its title and slug', () => {
    assert.equal(article.title, 'Building and Maintaining Trust in Relationships: The Heartbeat of Connection');
    assert.equal(article.slug, TRUST);
  });

  test('has five paragraphs with curly apostrophes kept', () => {
    assert.equal(article.body.length, 5);
    assert.match(article.body[1] as string, /Whether it’s as simple as being punctual/);
    assert.match(article.body[2] as string, /your partner’s individuality/);
    for (const p of article.body) assert.equal(p, (p as string).trim());
  });

  test('is by Hailey Oliver, MA, MHCI, "her", with no booking URL', () => {
    assert.equal(author.name, 'Hailey Oliver');
    assert.deepEqual(author.credentials, ['MA', 'MHCI']);
    assert.equal(author.pronoun, 'her');
    assert.equal(author.bookingUrl, undefined);
  });

  test('names two other articles as title-only entries, with no text invented', () => {
    assert.deepEqual(
      titleOnly.map((t) => t.title),
      [
        'Nurturing Self-Esteem in Relationships: A Path to Healthier Connections',
        'Nurturing Love: A Journey of Healing, Resilience, and Growth in Romantic Relationships',
      ],
    );
    const { articles } = loadCollection('seeds');
    assert.equal(articles.length, 3);
    for (const entry of articles.slice(1)) {
      assert.deepEqual(entry.body, []);
      assert.equal(entry.excerpt, undefined);
      assert.equal(entry.author, 'Hailey Oliver');
    }
  });

  test('derives excerpt, word count and reading time', () => {
    assert.ok((article.body[0] as string).startsWith(article.excerpt!.replace(/…$/, '')));
    assert.ok(article.excerpt!.length <= 221);
    const words = (article.body as string[]).join(' ').split(/\s+/).length;
    assert.equal(article.wordCount, words);
    assert.equal(article.readingMinutes, Math.round(words / 200));
  });
});

describe('the plain-text format', () => {
  test('accepts CRLF line endings and trailing spaces', () => {
    const lf = parseText(text('Title', '', 'One.  ', 'Still one.', '', 'Two.', '', 'By A B. Book with them here:', '', 'Other'), 'a.txt');
    const crlf = parseText(text('Title  ', '', 'One.  ', 'Still one.', '', 'Two.', '', 'By A B. Book with them here:  ', '', 'Other ').replace(/\n/g, '\r\n'), 'a.txt');
    assert.deepEqual(crlf, lf);
    assert.deepEqual(lf.article.body, ['One. Still one.', 'Two.']);
    assert.deepEqual(lf.titleOnly, [{ title: 'Other', line: 10 }]);
  });

  test('keeps dots in names and reads a URL after "here:"', () => {
    const { author } = parseText(text('T', '', 'P.', '', 'By Dr. Amara Okafor, PhD, LMFT. Book with him here: https://book.example/amara'), 'b.txt');
    assert.equal(author.name, 'Dr. Amara Okafor');
    assert.deepEqual(author.credentials, ['PhD', 'LMFT']);
    assert.equal(author.pronoun, 'him');
    assert.equal(author.bookingUrl, 'https://book.example/amara');
  });

  test('accepts mailto: and tel: booking URLs', () => {
    for (const url of ['mailto:hi@example.org', 'tel:+15555550100', 'http://example.org']) {
      assert.equal(parseText(text('T', '', 'P.', '', `By A. Book with her here: ${url}`), 'c.txt').author.bookingUrl, url);
    }
  });

  test('rejects a javascript: booking URL on the byline line', () => {
    fails(() => parseText(text('T', '', 'P.', '', 'By A. Book with her here: javascript:alert(1)'), 'd.txt'), 'd.txt', 5, /booking URL/);
    fails(() => parseText(text('T', '', 'By A. Book with her here: /relative'), 'd.txt'), 'd.txt', 3, /https:, http:, mailto: or tel:/);
  });

  test('fails on a missing byline, naming the line that looked like one', () => {
    fails(() => parseText(text('T', '', 'P.'), 'e.txt'), 'e.txt', 1, /no byline/);
    fails(() => parseText(text('T', '', 'P.', '', 'By A, MA. Book here:'), 'e.txt'), 'e.txt', 5, /no byline/);
  });

  test('fails on an empty file', () => {
    fails(() => parseText('', 'f.txt'), 'f.txt', 1, /empty file/);
    fails(() => parseText('\r\n  \r\n', 'f.txt'), 'f.txt', 1, /empty file/);
  });

  test('keeps markup as text', () => {
    const { article } = parseText(text('<b>T</b>', '', '<script>alert(1)</script> <img src=x onerror=alert(1)>', '', 'By A. Book with her here:'), 'g.txt');
    assert.equal(article.title, '<b>T</b>');
    assert.equal(article.body[0], '<script>alert(1)</script> <img src=x onerror=alert(1)>');
  });
});

describe('slugify', () => {
  test('folds accents and punctuation', () => {
    assert.equal(slugify('  Café Naïve — “Quoted” it’s 2 GOOD!  '), 'cafe-naive-quoted-it-s-2-good');
  });
});

describe('the collection', () => {
  const file = (name: string, ...lines: string[]): SeedSource => ({ file: name, source: text(...lines) });

  test('fails on a duplicate slug, naming both files', () => {
    fails(
      () => buildCollection([file('seeds/a.txt', 'Same Title', '', 'P.', '', 'By A. Book with her here:'), file('seeds/b.txt', 'Same title!', '', 'Q.', '', 'By B. Book with him here:')]),
      'seeds/b.txt',
      1,
      /duplicate slug "same-title" \(also seeds\/a\.txt:1\)/,
    );
  });

  test('lets a listed title refer to a full article in another file', () => {
    const { articles } = buildCollection([
      file('seeds/a.txt', 'First', '', 'P.', '', 'By A. Book with her here:', '', 'Second', 'Third'),
      file('seeds/b.txt', 'Second', '', 'Q.', '', 'By A. Book with her here:'),
    ]);
    assert.deepEqual(articles.map((a) => [a.slug, a.body.length]), [['first', 1], ['second', 1], ['third', 0]]);
    assert.deepEqual(articles[0]!.related, ['second', 'third']);
  });

  test('fails when two files give one author different booking URLs', () => {
    fails(
      () =>
        buildCollection([
          file('seeds/a.txt', 'First', '', 'P.', '', 'By A. Book with her here: https://a.example'),
          file('seeds/b.txt', 'Second', '', 'Q.', '', 'By A. Book with her here: https://b.example'),
        ]),
      'seeds/b.txt',
      5,
      /bookingUrl for A differs from seeds\/a\.txt:5/,
    );
  });

  test('takes bios and booking URLs from authors.yaml', () => {
    const { authors } = buildCollection([
      file('seeds/a.txt', 'First', '', 'P.', '', 'By A. Book with her here:'),
      file('seeds/authors.yaml', 'A:', '  bio: Works with *couples*.', '  bookingUrl: https://a.example/book'),
    ]);
    assert.equal(authors[0]!.bookingUrl, 'https://a.example/book');
    assert.equal(authors[0]!.bio, 'Works with *couples*.');
    fails(() => buildCollection([file('seeds/authors.yaml', 'Nobody:', '  bio: x')]), 'seeds/authors.yaml', 1, /no article is by "Nobody"/);
  });

  test('emits compact browser data without markdown or HTML', () => {
    const code = toModule(loadCollection('seeds'));
    assert.match(code, /^export const authors=\[\{"name":"Hailey Oliver","creds":"MA, MHCI","first":"Hailey"\}\];/);
    assert.ok(code.includes(`"slug":"${TRUST}"`));
    assert.ok(!/<[a-z]/i.test(code));
  });
});

describe('the markdown format', () => {
  const md = (...lines: string[]) => text('---', ...lines);

  test('reads frontmatter and compiles the body to blocks', () => {
    const { article, author, titleOnly } = parseMarkdown(
      md(
        'title: Sleep and Worry',
        'author: Dr. Sam Lee',
        'credentials: [PsyD]',
        'bookingUrl: tel:+15555550100',
        'tags: [sleep]',
        'related: [Another One]',
        '---',
        'First *para* with a [link](https://example.org) and **strong** `code`.',
        'Same para & <b>markup</b>.',
        '',
        '## Part',
        '',
        '- one',
        '- two',
        '',
        '1. first',
      ),
      'x.md',
    );
    assert.equal(article.slug, 'sleep-and-worry');
    assert.equal(author.name, 'Dr. Sam Lee');
    assert.deepEqual(author.credentials, ['PsyD']);
    assert.equal(author.bookingUrl, 'tel:+15555550100');
    assert.deepEqual(article.tags, ['sleep']);
    assert.deepEqual(titleOnly, [{ title: 'Another One', line: 7 }]);
    assert.deepEqual(article.body, [
      ['p', 'First ', ['em', 'para'], ' with a ', ['a', 'https://example.org', 'link'], ' and ', ['strong', 'strong'], ' ', ['code', 'code'], '. Same para & <b>markup</b>.'],
      ['h', 1, 'Part'],
      ['ul', ['one'], ['two']],
      ['ol', ['first']],
    ]);
    assert.equal(article.excerpt, 'First para with a link and strong code. Same para & <b>markup</b>.');
    assert.equal(article.wordCount, 17); // "<b>" shows as text, so its "b" counts
  });

  test('lets frontmatter set slug and summary', () => {
    const { article } = parseMarkdown(md('title: T', 'slug: my-slug', 'summary: Short.', 'author: A', '---', 'Body.'), 'y.md');
    assert.equal(article.slug, 'my-slug');
    assert.equal(article.excerpt, 'Short.');
  });

  test('fails on a field of the wrong type, naming its line', () => {
    fails(() => parseMarkdown(md('title: T', 'author: A', 'tags: {a: 1}', '---', 'B.'), 'z.md'), 'z.md', 4, /"tags" must be a list of strings/);
    fails(() => parseMarkdown(md('title: [T]', 'author: A', '---', 'B.'), 'z.md'), 'z.md', 2, /"title" must be a string/);
    fails(() => parseMarkdown(md('title: T', 'autor: A', '---', 'B.'), 'z.md'), 'z.md', 3, /unknown field "autor"/);
  });

  test('fails on an empty title, a missing author and a bad booking URL', () => {
    fails(() => parseMarkdown(md('title: ""', 'author: A', '---', 'B.'), 'z.md'), 'z.md', 2, /empty title/);
    fails(() => parseMarkdown(md('title: T', '---', 'B.'), 'z.md'), 'z.md', 1, /no byline/);
    fails(() => parseMarkdown(md('title: T', 'author: A', 'bookingUrl: "javascript:alert(1)"', '---', 'B.'), 'z.md'), 'z.md', 4, /booking URL/);
  });

  test('fails on unsafe links and unsupported blocks, naming the line', () => {
    fails(() => parseMarkdown(md('title: T', 'author: A', '---', 'Fine.', '', 'A [bad](javascript:alert(1)) link.'), 'z.md'), 'z.md', 7, /link "javascript:alert\(1\)"/);
    fails(() => parseMarkdown(md('title: T', 'author: A', '---', 'Fine.', '', '![img](https://x.example/a.png)'), 'z.md'), 'z.md', 7, /unsupported markdown \(image\)/);
  });
});
