import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCollection } from '../../src/node/collection/assemble.ts';
import { loadModel } from '../../src/node/collection/resolve.ts';
import { Problems } from '../../src/node/collection/problems.ts';
import { parseText } from '../../src/node/collection/text-format.ts';
import { countWords, initials, makeExcerpt, shortName, slugify } from '../../src/node/collection/text-rules.ts';
import { imageSize } from '../../src/node/collection/photo.ts';
import { BY_EXTENSION, BY_NAME, formatOf } from '../../src/node/collection/formats.ts';
import { sniffImage } from '../../src/node/collection/media.ts';
import { SEED, TRUST, file, problems, text } from './helpers.ts';

const parse = (source: string, name = 'a.txt') => parseText(source, name, new Problems());

describe('the seed article', () => {
  const { article, author, titleOnly } = parse(readFileSync(SEED, 'utf8'), SEED);

  test('has its title and slug', () => {
    assert.equal(article.title, 'Building and Maintaining Trust in Relationships: The Heartbeat of Connection');
    assert.equal(article.slug, TRUST);
  });

  test('has five paragraphs, curly apostrophes kept, no trailing spaces', () => {
    assert.equal(article.body.length, 5);
    assert.match(article.body[1] as string, /Whether it’s as simple as being punctual/);
    assert.match(article.body[2] as string, /your partner’s individuality/);
    for (const p of article.body) assert.equal(p, (p as string).trim());
  });

  test('is by Hailey Oliver, MA, MHCI, "her", with no booking URL', () => {
    assert.deepEqual([author.name, author.credentials, author.pronoun, author.bookingUrl], ['Hailey Oliver', ['MA', 'MHCI'], 'her', undefined]);
  });

  test('names two other articles as title-only entries, with nothing invented for them', () => {
    assert.deepEqual(
      titleOnly.map((t) => [t.title, t.url]),
      [
        ['Nurturing Self-Esteem in Relationships: A Path to Healthier Connections', undefined],
        ['Nurturing Love: A Journey of Healing, Resilience, and Growth in Romantic Relationships', undefined],
      ],
    );
    const { articles } = loadModel('seeds');
    assert.equal(articles.length, 3);
    for (const entry of articles.slice(1)) {
      assert.deepEqual([entry.body, entry.excerpt, entry.url, entry.author.name], [[], undefined, undefined, 'Hailey Oliver']);
    }
  });

  test('derives its excerpt (the first sentence), word count and reading time', () => {
    assert.equal(
      article.excerpt,
      'Trust is the cornerstone of any strong, healthy relationship, acting as the glue that binds partners together and fosters a sense of security, respect, and mutual appreciation.',
    );
    assert.equal(article.wordCount, 369); // words of the five paragraphs, as Intl.Segmenter finds them
    assert.equal(article.readingMinutes, 2);
  });
});

describe('the plain-text format', () => {
  test('accepts CRLF line endings and trailing spaces', () => {
    const lf = parse(text('Title', '', 'One.  ', 'Still one.', '', 'Two.', '', 'By A B. Book with them here:', '', 'Other'));
    const crlf = parse(text('Title  ', '', 'One.  ', 'Still one.', '', 'Two.', '', 'By A B. Book with them here:  ', '', 'Other ').replace(/\n/g, '\r\n'));
    assert.deepEqual(crlf, lf);
    assert.deepEqual(lf.article.body, ['One. Still one.', 'Two.']);
    assert.deepEqual(lf.titleOnly, [{ title: 'Other', line: 10 }]);
  });

  test('keeps dots in names and reads a URL after "here:"', () => {
    const { author } = parse(text('T', '', 'P.', '', 'By Dr. Amara Okafor, PhD, LMFT. Book with him here: https://book.example/amara'));
    assert.deepEqual([author.name, author.credentials, author.pronoun, author.bookingUrl], ['Dr. Amara Okafor', ['PhD', 'LMFT'], 'him', 'https://book.example/amara']);
  });

  test('accepts https, http, mailto and tel booking URLs', () => {
    for (const url of ['mailto:hi@example.org', 'tel:+15555550100', 'http://example.org', 'https://example.org/x']) {
      assert.equal(parse(text('T', '', 'P.', '', `By A. Book with her here: ${url}`)).author.bookingUrl, url);
    }
  });

  test('reads a link-out URL at the end of a related title', () => {
    const { titleOnly } = parse(text('T', '', 'P.', '', 'By A. Book with her here:', 'Other Post https://blog.example/other', 'Ratio 1:2 Explained'));
    assert.deepEqual(titleOnly, [
      { title: 'Other Post', url: 'https://blog.example/other', line: 6 },
      { title: 'Ratio 1:2 Explained', line: 7 },
    ]);
  });

  test('keeps markup as text', () => {
    const { article } = parse(text('<b>T</b>', '', '<script>alert(1)</script> <img src=x onerror=alert(1)>', '', 'By A. Book with her here:'));
    assert.equal(article.title, '<b>T</b>');
    assert.equal(article.body[0], '<script>alert(1)</script> <img src=x onerror=alert(1)>');
  });

  test('reports a bad booking URL, a missing byline and an empty file, each with its line', () => {
    assert.deepEqual(problems(file('d.txt', 'T', '', 'P.', '', 'By A. Book with her here: javascript:alert(1)')), [
      'd.txt:5: booking URL "javascript:alert(1)" must start with https:, http:, mailto: or tel:',
    ]);
    assert.deepEqual(problems(file('e.txt', 'T', '', 'P.', '', 'By A, MA. Book here:')), [
      'e.txt:5: no byline: expected a line like "By Name, Credential. Book with her here: https://…"',
    ]);
    assert.deepEqual(problems(file('f.txt', '\r\n  \r\n')), ['f.txt:1: empty title: the first non-empty line must be the title']);
  });
});

describe('slugs', () => {
  test('fold Latin accents and punctuation to ASCII', () => {
    assert.equal(slugify('  Café Naïve — “Quoted” it’s 2 GOOD!  '), 'cafe-naive-quoted-it-s-2-good');
    assert.equal(slugify('Straße, Æsir, Łódź'), 'strasse-aesir-lodz');
  });

  test('keep the letters and digits of other scripts, lowercased where the script has case', () => {
    assert.equal(slugify('Η Εμπιστοσύνη στις Σχέσεις'), 'η-εμπιστοσύνη-στις-σχέσεις');
    assert.equal(slugify('Доверие в отношениях 2024'), 'доверие-в-отношениях-2024');
    assert.equal(slugify('信頼関係を築く：つながりの鼓動'), '信頼関係を築く-つながりの鼓動');
    assert.equal(slugify('אמון במערכות יחסים'), 'אמון-במערכות-יחסים');
    assert.equal(slugify('الثقة في العلاقات'), 'الثقة-في-العلاقات');
    assert.equal(slugify('स्वस्थ रिश्ते'), 'स्वस्थ-रिश्ते');
  });
});

describe('text in any script', () => {
  test('counts words without spaces between them (Japanese, Chinese)', () => {
    assert.equal(countWords('信頼は関係の土台です。', 'ja'), 6); // 信頼・は・関係・の・土台・です
    assert.ok(countWords('信任是任何健康关系的基石。', 'zh') >= 5);
    assert.equal(countWords('Trust is the cornerstone.', 'en'), 4);
  });

  test('cuts a long excerpt at a sentence, or at a word with an ellipsis', () => {
    const long = 'Ein Satz. '.repeat(40).trim();
    assert.ok(makeExcerpt(long, 'de').endsWith('Satz.'));
    const unbroken = 'word '.repeat(100).trim();
    assert.match(makeExcerpt(unbroken), /^(word ){40,}word…$/);
    const ja = '信頼は関係の土台です'.repeat(30);
    const cut = makeExcerpt(ja, 'ja');
    assert.ok(cut.endsWith('…') && cut.length <= 112, cut);
    // No word to end at, and the limit falls inside an emoji: the emoji goes whole.
    assert.equal(makeExcerpt('!' + '😀'.repeat(150)), '!' + '😀'.repeat(109) + '…');
  });

  test('gives a short name and initials that respect the name order', () => {
    assert.deepEqual([shortName('Dr. Amara Okafor'), initials('Dr. Amara Okafor')], ['Amara', 'AO']);
    assert.deepEqual([shortName('Hailey Oliver'), initials('Hailey Oliver')], ['Hailey', 'HO']);
    assert.deepEqual([shortName('山田 花子'), initials('山田 花子')], ['山田 花子', '山']);
    assert.deepEqual([shortName('Σοφία Παπαδοπούλου'), initials('Σοφία Παπαδοπούλου')], ['Σοφία', 'ΣΠ']);
  });

  test('builds a Greek and a Japanese article with readable slugs', () => {
    const { articles } = buildCollection([
      file('el.md', '---', 'title: Η εμπιστοσύνη στις σχέσεις', 'author: Σοφία Παπαδοπούλου', 'lang: el', '---', 'Η εμπιστοσύνη είναι το θεμέλιο.'),
      file('ja.md', '---', 'title: 信頼関係を築く', 'author: 山田 花子', 'lang: ja', '---', '信頼は関係の土台です。'),
    ]);
    assert.deepEqual(articles.map((a) => [a.slug, a.lang]), [['η-εμπιστοσύνη-στις-σχέσεις', 'el'], ['信頼関係を築く', 'ja']]);
  });
});

describe('the Markdown format', () => {
  test('reads every field, and a bodiless file with a url links out', () => {
    const { articles, authors } = buildCollection([
      file('a.md', '---', 'title: Elsewhere', 'author: A Person', 'credentials: LCSW, PhD', 'url: https://blog.example/elsewhere', 'summary: On my blog.', 'date: 2025-03-01', 'tags: [a, b]', '---', ''),
    ]);
    assert.deepEqual(
      [articles[0]!.url, articles[0]!.excerpt, articles[0]!.body, articles[0]!.date, articles[0]!.tags, authors[0]!.credentials],
      ['https://blog.example/elsewhere', 'On my blog.', [], '2025-03-01', ['a', 'b'], ['LCSW', 'PhD']],
    );
  });

  test('reads related titles, with or without a URL', () => {
    const { articles } = buildCollection([
      file('a.md', '---', 'title: One', 'author: A', 'related:', '  - Two', '  - { title: Three, url: "https://blog.example/3" }', '---', 'Text.'),
    ]);
    assert.deepEqual(articles.map((a) => [a.slug, a.url]), [['one', undefined], ['two', undefined], ['three', 'https://blog.example/3']]);
    assert.deepEqual(articles[0]!.related, ['two', 'three']);
  });

  test('reports every wrong field at once, each on its own line', () => {
    assert.deepEqual(
      problems(
        file(
          'b.md',
          '---',
          'title: Fine',
          'author: A',
          'tags: { not: a list }',
          'bookingUrl: javascript:alert(1)',
          'date: 31/01/2025',
          'lang: not a language!',
          'colour: blue',
          '---',
          'Text with a [bad link](javascript:alert(2)).',
        ),
      ),
      [
        'b.md:4: field "tags" must be a list of strings',
        'b.md:5: field "bookingUrl" must be an absolute https:, http:, mailto: or tel: URL, not "javascript:alert(1)"',
        'b.md:6: field "date" must be a date written YYYY-MM-DD',
        'b.md:7: field "lang" must be a language tag such as en, es or pt-BR, not "not a language!"',
        'b.md:8: unknown field "colour"; known fields: title, slug, author, credentials, bookingUrl, date, updated, reviewed, reviewedBy, note, image, imageAlt, tags, summary, related, bio, pronoun, url, lang, source',
        'b.md:10: link "javascript:alert(2)" must be an absolute https:, http:, mailto: or tel: URL',
      ],
    );
  });

  test('reports a missing title or author and broken frontmatter', () => {
    assert.deepEqual(problems(file('c.md', '---', 'author: A', '---', 'x')), ['c.md:1: empty title']);
    assert.deepEqual(problems(file('d.md', '---', 'title: T', '---', 'x')), ['d.md:1: no byline: frontmatter needs "author"']);
    assert.deepEqual(problems(file('e.md', 'title: T')), ['e.md:1: expected YAML frontmatter starting with "---"']);
    assert.match(problems(file('f.md', '---', 'title: [unclosed', '---'))[0]!, /^f\.md:2: invalid YAML/);
  });
});

describe('the collection', () => {
  test('reports every problem in every file at once, sorted by file and line', () => {
    assert.deepEqual(
      problems(
        file('seeds/a.txt', 'Same Title', '', 'P.', '', 'By A. Book with her here:'),
        file('seeds/b.txt', 'Same title!', '', 'Q.', '', 'By B. Book with him here: ftp://x'),
        file('seeds/c.txt', 'No byline', '', 'Q.'),
      ),
      [
        'seeds/b.txt:1: duplicate slug "same-title" (also seeds/a.txt:1)',
        'seeds/b.txt:5: booking URL "ftp://x" must start with https:, http:, mailto: or tel:',
        'seeds/c.txt:1: no byline: expected a line like "By Name, Credential. Book with her here: https://…"',
      ],
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

  test('takes author details from authors.yaml, and reports unknown authors and contradictions', () => {
    const { authors } = buildCollection([
      file('seeds/a.txt', 'T', '', 'P.', '', 'By Hailey Oliver, MA. Book with her here:'),
      file('seeds/authors.yaml', 'Hailey Oliver:', '  bio: Works with *couples*.', '  shortName: Hails', '  bookingUrl: https://book.example/h'),
    ]);
    assert.deepEqual([authors[0]!.bio, authors[0]!.shortName, authors[0]!.bookingUrl], ['Works with *couples*.', 'Hails', 'https://book.example/h']);
    assert.deepEqual(authors[0]!.bioBlocks, [['p', ['Works with ', ['em', ['couples']], '.']]]);
    assert.deepEqual(
      problems(
        file('seeds/a.txt', 'T', '', 'P.', '', 'By Hailey Oliver, MA. Book with her here: https://one.example'),
        file('seeds/authors.yaml', 'Hailey Olivier:', '  bio: Typo in the name.', 'Hailey Oliver:', '  bookingUrl: https://two.example'),
      ),
      [
        'seeds/authors.yaml:1: no article is by or reviewed by "Hailey Olivier"; names must match the byline (or reviewedBy) exactly',
        'seeds/authors.yaml:3: bookingUrl for Hailey Oliver differs from seeds/a.txt:5',
      ],
    );
  });
});

describe('author photos', () => {
  const png = (w: number, h: number) => {
    const b = Buffer.alloc(33);
    b.writeUInt32BE(0x89504e47, 0);
    b.writeUInt32BE(0x0d0a1a0a, 4);
    b.write('IHDR', 12, 'latin1');
    b.writeUInt32BE(w, 16);
    b.writeUInt32BE(h, 20);
    return b;
  };

  test('reads the size of PNG, GIF and JPEG files', () => {
    assert.deepEqual(imageSize(png(320, 400)), { width: 320, height: 400 });
    const gif = Buffer.from('GIF89a\x40\x01\x90\x01\x00\x00\x00', 'latin1');
    assert.deepEqual(imageSize(gif), { width: 320, height: 400 });
    const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x04, 0x00, 0x00, 0xff, 0xc0, 0x00, 0x11, 0x08, 0x01, 0x90, 0x01, 0x40, 0x03]);
    assert.deepEqual(imageSize(jpeg), { width: 320, height: 400 });
    assert.equal(imageSize(Buffer.from('not an image at all, just text')), undefined);
  });

  test('are checked when the folder is read: a missing file is reported at the photo\'s line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pa-photo-'));
    try {
      writeFileSync(join(dir, 'a.txt'), text('T', '', 'P.', '', 'By Hailey Oliver. Book with her here:'));
      writeFileSync(join(dir, 'authors.yaml'), text('Hailey Oliver:', '  photo: hailey.png'));
      assert.throws(() => loadModel(dir), (e: Error) => e.message === `${join(dir, 'authors.yaml')}:2: photo "hailey.png" not found in ${dir}`);
      writeFileSync(join(dir, 'hailey.png'), png(200, 240));
      const { photo } = loadModel(dir).authors[0]!;
      assert.deepEqual([photo?.width, photo?.height, photo?.type], [200, 240, 'png']);
      assert.deepEqual([photo!.name, photo!.origin.line], ['hailey.png', 2], 'the build renders it later (media/render.ts), and reports there on this line');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('formats, by file name', () => {
  test('one map picks the parser: .txt, .md, authors.yaml/.yml; notes and other files are left alone', () => {
    const names = new Map([[BY_EXTENSION['.txt'], 'text'], [BY_EXTENSION['.md'], 'markdown'], [BY_NAME['authors.yaml'], 'authors']]);
    assert.deepEqual(
      ['a.txt', 'B.MD', 'authors.yaml', 'sub/Authors.yml', 'README.md', 'HOW-TO.txt', 'other.yaml', 'photo.png'].map((f) => names.get(formatOf(f))),
      ['text', 'markdown', 'authors', 'authors', undefined, undefined, undefined, undefined],
    );
  });
});

describe('media files, by content', () => {
  test('are told apart by their first bytes, whatever their name', () => {
    const avif = Buffer.alloc(40);
    avif.writeUInt32BE(24, 0);
    avif.write('ftypavif', 4, 'latin1');
    assert.deepEqual(
      [Buffer.from('\x89PNG\r\n\x1a\n....', 'latin1'), Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from('GIF87a..'), Buffer.from('RIFF....WEBPVP8 '), avif, Buffer.from('<?php echo 1; ?>'), Buffer.from('GIF8')].map(sniffImage),
      ['png', 'jpeg', 'gif', 'webp', 'avif', undefined, undefined],
    );
  });
});
