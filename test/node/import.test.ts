// `practice-articles import`, through the built command, from a blog served on loopback.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
import { walk } from '../../src/shared/blocks.ts';
import { plainText } from '../../src/node/collection/article.ts';
import { loadModel } from '../../src/node/collection/resolve.ts';
import { applyItems } from '../../src/node/import/apply.ts';
import { parseSource, type FeedItem } from '../../src/node/import/feed.ts';
import { startBlog, type Blog } from './import-server.ts';

const CLI = resolve('dist/node/cli.js');
let cwd: string;
let blog: Blog;

/** Runs the command without blocking this process, which serves the blog. */
function cli(...args: string[]): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('close', (code) => done({ code, out, err }));
  });
}

/** Every block of every article in the folder as plain text, as the widget will show it. */
function texts(dir: string): Map<string, string[]> {
  const plain = {
    text: (t: string) => t,
    inline: (_: string, k: string[]) => k.join(''),
    link: (_: string, k: string[]) => k.join(''),
    paragraph: (k: string[]) => k.join(''),
    heading: (_: number, k: string[]) => k.join(''),
    list: (_: boolean, items: string[][]) => items.map((i) => i.join('')).join('\n'),
    quote: (k: string[]) => k.join('\n'),
  };
  const c = loadModel(join(cwd, dir));
  return new Map(c.articles.map((a) => [a.title, walk(a.body, plain).flatMap((t) => t.split('\n'))]));
}

/** Names, bytes and modification times of a folder's files. */
const snapshot = (dir: string) =>
  readdirSync(join(cwd, dir))
    .sort()
    .map((f) => [f, readFileSync(join(cwd, dir, f), 'latin1'), statSync(join(cwd, dir, f)).mtimeMs]);

const read = (dir: string, file: string) => readFileSync(join(cwd, dir, file), 'utf8');
/** A file's frontmatter, read as YAML. */
const fields = (dir: string, file: string) => parse(read(dir, file).split('\n---\n')[0]!.slice(4));

async function checksAndBuilds(dir: string, entries: number) {
  const check = await cli('check', dir);
  assert.equal(check.code, 0, check.err);
  const build = await cli('build', dir, '--out', `${dir}-site`);
  assert.equal(build.code, 0, build.err);
  assert.match(build.out, new RegExp(`Built ${entries} entries`));
  assert.ok(existsSync(join(cwd, `${dir}-site`, 'practice-articles.js')));
}

describe('practice-articles import', () => {
  before(async () => {
    cwd = mkdtempSync(join(tmpdir(), 'pa-import-'));
    blog = await startBlog();
  });
  after(async () => {
    await blog.close();
    rmSync(cwd, { recursive: true, force: true });
  });

  test('has --help, and a wrong call prints its usage and exits 2', async () => {
    const help = await cli('import', '--help');
    assert.equal(help.code, 0);
    assert.match(help.out, /^Usage: practice-articles import <source> \[folder\]/);
    const calls = [['import'], ['import', 'a', 'b', 'c'], ['import', 'x', '--max', '0'], ['import', 'x', '--timeout', 'soon'], ['import', 'x', '--frobnicate']];
    const runs = await Promise.all(calls.map((args) => cli(...args)));
    for (const [i, args] of calls.entries()) {
      const r = runs[i]!;
      assert.equal(r.code, 2, args.join(' '));
      assert.match(r.err, /Usage: practice-articles import/);
    }
  });

  test('reads a WordPress feed and its next page into one file per post, with its fields and every paragraph', async () => {
    const r = await cli('import', `${blog.origin}/feed/`, 'rss');
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /Read 3 items from the RSS 2\.0 feed .*, 2 pages\./);
    assert.match(r.out, /new +3/);
    assert.match(r.out, /Authors: Dana Fixture \(2\), Sam Fixture \(1\)\.\n.*authors\.yaml/);
    const sleep = read('rss', 'sleep-worry-a-fixture-s-first-look.md');
    const { source, ...rest } = fields('rss', 'sleep-worry-a-fixture-s-first-look.md');
    assert.deepEqual(rest, {
      title: 'Sleep & worry: a fixture’s first look',
      author: 'Dana Fixture',
      date: '2024-01-15', // the day in the feed's own time zone
      url: `${blog.origin}/2024/01/sleep-and-worry/`,
      tags: ['Anxiety', 'Sleep'],
      summary: 'A short excerpt of the sleep fixture, written by the feed itself.',
      image: 'sleep-worry-a-fixture-s-first-look.png',
      imageAlt: 'A lamp on a desk',
    });
    assert.deepEqual(Object.keys(source), ['feed', 'id', 'image', 'imageHash', 'hash']);
    assert.equal(source.id, `${blog.origin}/?p=101`);
    assert.deepEqual(readFileSync(join(cwd, 'rss', 'sleep-worry-a-fixture-s-first-look.png')), readFileSync('test/fixtures/seeds/test-photo.png'));
    assert.match(sleep, new RegExp(`\\[other post\\]\\(${blog.origin}/2024/01/other-post/\\)`), 'a relative link, resolved against the post');
    assert.match(sleep, /\[outside guide\]\(https:\/\/example\.org\/guide\?a=1&b=%282%29\)/);
    assert.deepEqual(texts('rss').get('Sleep & worry: a fixture’s first look'), [
      'Worry at night is common & it has a shape. It’s the quiet hours that make it loud.',
      'Read the other post and the outside guide too.',
      'What helps',
      'A wind-down hour',
      'Writing the worry down',
      'on paper, not a phone',
      'First, breathe.',
      'Then, list three things.',
      'A quoted line, kept as its own paragraph.',
      'Characters that mean something in Markdown: *stars*, _underscores_, [brackets], `ticks`, a back\\slash, 2 < 3 > 1, ~tilde~ and the text &amp; as written.',
      '1. This paragraph starts like a list item but is not one.',
      '# Nor is this a heading',
      'Loose text in a div, then a line break.',
    ]);
    const older = fields('rss', 'an-older-post-fixture.md');
    assert.equal(older.image, 'an-older-post-fixture.png', 'the enclosure');
    assert.equal(older.imageAlt, '', 'which has no description to give');
    await checksAndBuilds('rss', 3);
  });

  test('drops scripts, styles, iframes, forms, handlers and other-scheme links, and requests nothing the content links to', async () => {
    const hostile = read('rss', 'hostile-content-fixture.md');
    for (const bad of ['alert(', '<script', 'onclick=', 'onerror=', 'javascript:', 'data:', 'iframe', 'never', 'Inside a form', 'display:none', 'image:']) {
      assert.ok(!hostile.includes(bad), `no "${bad}" in\n${hostile}`);
    }
    assert.deepEqual(texts('rss').get('Hostile content (fixture)'), [
      'A paragraph with a click handler.',
      'An image that is not one.',
      'A javascript link and a data link become text.',
      'The last paragraph survives.',
    ]);
    assert.ok(!existsSync(join(cwd, 'rss', 'hostile-content-fixture.jpg')), 'a file that is not an image is not kept');
    assert.deepEqual([...new Set(blog.requests)].sort(), ['/feed/', '/feed/?paged=2', '/media/not-an-image.jpg', '/media/photo.png']);
  });

  test('a second import of an unchanged feed changes no file, and downloads no image again', async () => {
    const before = snapshot('rss');
    const requests = blog.requests.length;
    const r = await cli('import', `${blog.origin}/feed/`, 'rss');
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /new +0\n.*\n? *updated +0\n *unchanged +3/);
    assert.deepEqual(snapshot('rss'), before);
    assert.deepEqual(blog.requests.slice(requests).filter((p) => p.startsWith('/media/')), ['/media/not-an-image.jpg'], 'only the image that was refused');
  });

  test('re-import updates what it wrote, adds new items, keeps a hand-edited file, and --force writes over it', async () => {
    const edited = join(cwd, 'rss', 'an-older-post-fixture.md');
    writeFileSync(edited, read('rss', 'an-older-post-fixture.md').replace('one paragraph', 'one edited paragraph'));
    const mine = readFileSync(edited, 'utf8');
    const page1 = readFileSync('test/fixtures/import/rss-1.xml', 'utf8');
    const newItem = '<item><title>A brand new post</title><link>{{ORIGIN}}/new/</link><dc:creator>Sam Fixture</dc:creator><guid>{{ORIGIN}}/?p=200</guid><content:encoded><![CDATA[<p>New text.</p>]]></content:encoded></item>';
    blog.override.set('/feed/', page1.replace('The last paragraph survives.', 'The last paragraph changed.').replace('<item>', newItem + '<item>'));
    blog.override.set('/feed/?paged=2', readFileSync('test/fixtures/import/rss-2.xml', 'utf8').replace('one paragraph', 'one changed paragraph'));
    const r = await cli('import', `${blog.origin}/feed/`, 'rss');
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /new +1\n +rss\/a-brand-new-post\.md\n +updated +1\n +rss\/hostile-content-fixture\.md\n +unchanged +1\n +kept because edited +1\n +rss\/an-older-post-fixture\.md/);
    assert.match(r.out, /--force/);
    assert.equal(readFileSync(edited, 'utf8'), mine, 'the hand edit is kept');
    assert.match(read('rss', 'hostile-content-fixture.md'), /The last paragraph changed\./);
    await checksAndBuilds('rss', 4);
    const forced = await cli('import', `${blog.origin}/feed/`, 'rss', '--force');
    assert.match(forced.out, /updated +1\n +rss\/an-older-post-fixture\.md/);
    assert.match(read('rss', 'an-older-post-fixture.md'), /one changed paragraph/);
    blog.override.clear();
  });

  test('resolves an Atom feed\'s relative links against xml:base, and keeps its summary and dates', async () => {
    const r = await cli('import', `${blog.origin}/atom.xml`, 'atom');
    assert.equal(r.code, 0, r.err);
    const md = read('atom', 'boundaries-you.md');
    const f = fields('atom', 'boundaries-you.md');
    assert.deepEqual([f.title, f.author, f.date, f.updated, f.url], ['Boundaries & you', 'Ari Fixture', '2024-02-01', '2024-02-10', `${blog.origin}/atom/posts/boundaries.html`]);
    assert.match(md, new RegExp(`\\[about page\\]\\(${blog.origin}/atom/about\\.html\\) and a \\[sibling\\]\\(${blog.origin}/atom/posts/next\\.html\\)`));
    assert.equal(f.summary, 'The Atom fixture\'s own summary.');
    assert.deepEqual(texts('atom').get('Boundaries & you'), ['A relative about page and a sibling.', 'Second paragraph with &amp; spelled out.']);
    assert.deepEqual(texts('atom').get('Plain text entry'), ['One plain paragraph.', 'Another plain paragraph, with a <tag> shown as text.']);
    await checksAndBuilds('atom', 2);
  });

  test('reads a JSON Feed, with the feed\'s author where an item names none', async () => {
    const r = await cli('import', `${blog.origin}/feed.json`, 'json');
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /JSON Feed/);
    const first = read('json', 'first-json-item.md');
    const f = fields('json', 'first-json-item.md');
    assert.deepEqual([f.author, f.date, f.updated, f.tags], ['Jo Fixture', '2024-03-01', '2024-03-04', ['Grief']]);
    assert.match(first, new RegExp(`\\[relative link\\]\\(${blog.origin}/json/second\\)`));
    assert.equal(fields('json', 'second-json-item.md').author, 'Lee Fixture');
    assert.deepEqual(texts('json').get('Second JSON item'), ['Text content only.', 'In two paragraphs.']);
    await checksAndBuilds('json', 2);
  });

  test('imports only the published posts of a WordPress export, and counts what it skipped', async () => {
    const r = await cli('import', resolve('test/fixtures/import/export.xml'), 'wxr');
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /Read 8 items from the WordPress export/);
    assert.match(r.out, /skipped +6\n +1 draft: .*\n +1 private: .*\n +1 password-protected: .*\n +1 scheduled: .*\n +1 page, not a post: .*\n +1 attachment: "office-photo"/);
    assert.deepEqual(readdirSync(join(cwd, 'wxr')).sort(), ['exported-a-second-published-post.md', 'exported-what-a-first-session-is-like.md']);
    const first = fields('wxr', 'exported-what-a-first-session-is-like.md');
    assert.equal(first.author, 'Dana Fixture', 'the display name, not the login');
    assert.equal(first.summary, 'The exported post\'s own excerpt.');
    assert.deepEqual(first.tags, ['First steps', 'Therapy']);
    await checksAndBuilds('wxr', 2);
  });

  test('writes a title-and-summary card for a summary-only item, and skips an item with no author unless told who wrote it', async () => {
    const r = await cli('import', `${blog.origin}/summary.xml`, 'summary');
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /had only a summary in the feed: summary\/only-a-summary-here\.md\.\n.*link to the original/);
    assert.match(r.out, /1 the feed names no author \(run again with --author "Your Name" if you wrote it\): "No author anywhere"/);
    const md = read('summary', 'only-a-summary-here.md');
    const f = fields('summary', 'only-a-summary-here.md');
    assert.deepEqual([f.summary, f.url], ['The summary-only fixture & its one sentence.', `${blog.origin}/s/only-a-summary`]);
    assert.match(md, /\n---\n$/, 'no body');
    await checksAndBuilds('summary', 1);
    const told = await cli('import', `${blog.origin}/summary.xml`, 'summary', '--author', 'Dana Fixture');
    assert.match(told.out, /new +1\n +summary\/no-author-anywhere\.md/);
    assert.equal(fields('summary', 'no-author-anywhere.md').author, 'Dana Fixture');
  });

  test('finds a blog\'s feed from its home page, says which, and follows a redirect', async () => {
    const home = await cli('import', `${blog.origin}/`, 'home');
    assert.equal(home.code, 0, home.err);
    assert.match(home.out, new RegExp(`${blog.origin}/ names its feed: using ${blog.origin}/feed/`));
    assert.match(home.out, /new +3/);
    const moved = await cli('import', `${blog.origin}/moved`, 'moved');
    assert.equal(moved.code, 0, moved.err);
    assert.match(moved.out, new RegExp(`from the RSS 2\\.0 feed ${blog.origin}/feed/`));
  });

  test('says what went wrong, exits 1 and writes nothing when the source does not parse or cannot be fetched', async () => {
    const cases: [string, RegExp][] = [
      [`${blog.origin}/missing`, new RegExp(`${blog.origin}/missing: the server answered 404`)],
      [`${blog.origin}/loop`, /more than 5 redirects/],
      [`${blog.origin}/slow`, /slow: no answer within 1 s/],
      [`${blog.origin}/malformed.xml`, /malformed\.xml:7:3: malformed XML: <\/item> closes <title>/],
      [`${blog.origin}/nofeed/`, /this web page links to no feed/],
      [resolve('test/fixtures/import/malformed.xml'), /^practice-articles import: \/.*\/malformed\.xml:7:3: malformed XML: <\/item> closes <title>/],
      [resolve('test/fixtures/import/home.html'), /a web page, not a feed/],
      ['no-such-file.xml', /no such file/],
    ];
    // Only the slow server is given a short timeout: a busy machine must not fail the others.
    const runs = await Promise.all(cases.map(([source]) => cli('import', source, 'failed', ...(source.endsWith('/slow') ? ['--timeout', '1'] : []))));
    for (const [i, [source, message]] of cases.entries()) {
      const r = runs[i]!;
      assert.equal(r.code, 1, source);
      assert.match(r.err, message, source);
      assert.match(r.err, /Nothing was written\./);
      assert.ok(!existsSync(join(cwd, 'failed')), `${source}: no folder`);
    }
  });
  test('a folder that is a file is refused, with a sentence and not a raw error, before anything is fetched', async () => {
    writeFileSync(join(cwd, 'a-file'), 'not a folder');
    const asked = blog.requests.length;
    const r = await cli('import', `${blog.origin}/feed/`, 'a-file');
    assert.equal(r.code, 1);
    assert.equal(r.err, 'practice-articles import: a-file is a file, not a folder: name a folder to import into.\nNothing was written.\n');
    assert.equal(blog.requests.length, asked);
    assert.equal(readFileSync(join(cwd, 'a-file'), 'utf8'), 'not a folder');
  });

  test('an import into a folder a build or import is writing into stops, says so and writes nothing; so does a build into a folder an import is writing into', async () => {
    const running = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)']);
    try {
      mkdirSync(join(cwd, 'locked'));
      const lock = join(cwd, 'locked', '.practice-articles-lock');
      writeFileSync(lock, `${running.pid} build\n`);
      const r = await cli('import', `${blog.origin}/feed/`, 'locked');
      assert.equal(r.code, 1);
      assert.equal(r.err, `practice-articles: a build (process ${running.pid}) is writing into locked; wait for it to finish, then import again (if none is running, delete ${join('locked', '.practice-articles-lock')}).\nNothing was written.\n`);
      writeFileSync(lock, `${running.pid} import\n`);
      const again = await cli('import', `${blog.origin}/feed/`, 'locked');
      assert.match(again.err, new RegExp(`^practice-articles: another import \\(process ${running.pid}\\) is writing into locked;`));
      const build = await cli('build', resolve('test/fixtures/seeds'), '--out', 'locked');
      assert.equal(build.code, 1);
      assert.match(build.err, new RegExp(`^practice-articles: an import \\(process ${running.pid}\\) is writing into locked; wait for it to finish, then build again`));
      assert.deepEqual(readdirSync(join(cwd, 'locked')), ['.practice-articles-lock']);
      assert.equal(readFileSync(lock, 'utf8'), `${running.pid} import\n`, 'the lock is left to its process');
    } finally {
      running.kill();
    }
  });

  test('3,000 posts of one title, in a folder already holding 3,000 files of that name, take the next 3,000 numbers, in seconds', async () => {
    // Each name is tried once. Numbered from 2 again for each post, every name below its own checked on disk
    // again, this took 36 s on a 2-core machine: time grew with the square of the posts.
    const N = 3000;
    mkdirSync(join(cwd, 'same'));
    const name = (n: number) => (n === 1 ? 'same-title.md' : `same-title-${n}.md`);
    for (let n = 1; n <= N; n++) writeFileSync(join(cwd, 'same', name(n)), 'the user’s own\n');
    const items = Array.from({ length: N }, (_, i) => ({ id: `https://b.example/?p=${i}`, title: 'Same title', content_html: '<p>One paragraph.</p>', authors: [{ name: 'Dr. Ann Lee' }] }));
    writeFileSync(join(cwd, 'same.json'), JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'B', items }));
    const started = Date.now();
    const r = await cli('import', 'same.json', 'same', '--max', String(N));
    const took = Date.now() - started;
    assert.equal(r.code, 0, r.err);
    const added = [...r.out.matchAll(/^ {6}same\/(.*)$/gm)].map((m) => m[1]);
    assert.deepEqual(added, Array.from({ length: N }, (_, i) => name(N + 1 + i)));
    assert.equal(fields('same', name(2 * N)).slug, `same-title-${2 * N}`);
    assert.equal(read('same', name(N)), 'the user’s own\n', 'no file of the user’s is written over');
    assert.ok(took < 10_000, `took ${took} ms`);
  });
});

describe('import reads what a file says, however it is laid out', () => {
  const EXPORT = readFileSync('test/fixtures/import/export.xml', 'utf8');
  const [HEAD, ITEMS] = [EXPORT.slice(0, EXPORT.indexOf('<item>')), EXPORT.slice(EXPORT.indexOf('<item>'))];
  const PUBLISHED = ['Exported: what a first session is like', 'Exported: a second published post'];
  const imported = (xml: string) => {
    const feed = parseSource(xml, 'export.xml', 'file:///export.xml');
    assert.equal(feed.format, 'WordPress export');
    return feed.items.filter((i) => !i.skip).map((i) => i.title);
  };

  test('a WordPress export whose <rss> starts past its first 4,000 characters is still an export: no draft, private or scheduled post', () => {
    const late = EXPORT.replace('<rss version', `<!-- ${'a long generator note '.repeat(250)}-->\n<rss version`);
    assert.deepEqual(imported(late), PUBLISHED);
  });

  test('an item the feed reader drops or adds does not shift one post\'s status onto the next', () => {
    // feedsmith leaves out an empty or text-only <item>, and reads <Item> as an item.
    assert.deepEqual(imported(`${HEAD}<item></item>\n${ITEMS}`), PUBLISHED, 'an empty item first');
    assert.deepEqual(imported(`${HEAD}<item>just text</item>\n${ITEMS}`), PUBLISHED, 'a text-only item first');
    const upper = `<Item><title>An uppercase draft</title><guid>u1</guid><dc:creator>dana</dc:creator><content:encoded><![CDATA[<p>Draft.</p>]]></content:encoded><wp:status>draft</wp:status><wp:post_type>post</wp:post_type></Item>\n`;
    const feed = parseSource(`${HEAD}${upper}${ITEMS}`, 'export.xml', 'file:///export.xml');
    assert.deepEqual(feed.items.map((i) => i.skip ?? 'imported').slice(0, 4), ['draft', 'imported', 'imported', 'draft']);
  });

  test('an Atom draft, and a Blogger export\'s drafts, trashed posts, pages and comments, are skipped with their reasons', () => {
    const entry = (id: string, title: string, extra: string) =>
      `<entry><id>tag:blogger.com,1999:blog-1.${id}</id><title type="text">${title}</title><content type="html">&lt;p&gt;${title} text.&lt;/p&gt;</content><author><name>Dr. Jo Park</name></author>${extra}</entry>`;
    const atom = (ns: string, entries: string) => `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom" ${ns}><id>tag:x</id><title>Blog</title>${entries}</feed>`;
    const read = (xml: string) => parseSource(xml, 'blog.atom', 'file:///blog.atom').items.map((i) => [i.title, i.skip ?? 'imported', ...i.tags]);
    // AtomPub (RFC 5023) marks a draft in app:control; Blogger's exports before 2018 did too, and told posts from comments by a kind category.
    const KIND = (k: string) => `<category scheme="http://schemas.google.com/g/2005#kind" term="http://schemas.google.com/blogger/2008/kind#${k}"/>`;
    assert.deepEqual(
      read(atom('xmlns:app="http://www.w3.org/2007/app"', [
        entry('post-1', 'Published', `${KIND('post')}<category term="Anxiety"/>`),
        entry('post-2', 'A draft', `${KIND('post')}<app:control><app:draft>yes</app:draft></app:control>`),
        entry('post-3', 'An old-namespace draft', `${KIND('post')}<app:control xmlns:app="http://purl.org/atom/app#"><app:draft>yes</app:draft></app:control>`),
        entry('post-1.comment-9', 'Great post!', KIND('comment')),
        entry('settings-1', 'BLOG_NAME', KIND('settings')),
      ].join(''))),
      [['Published', 'imported', 'Anxiety'], ['A draft', 'draft'], ['An old-namespace draft', 'draft'], ['Great post!', 'comment, not a post'], ['BLOG_NAME', 'settings, not a post']],
    );
    // Blogger's exports since 2018 say blogger:type and blogger:status, which feedsmith does not read.
    const B = (type: string, status?: string) => `<blogger:type>${type}</blogger:type>${status ? `<blogger:status>${status}</blogger:status>` : ''}`;
    assert.deepEqual(
      read(atom('xmlns:blogger="http://schemas.google.com/blogger/2018"', [
        '<entry></entry>', // left out by feedsmith: it must not shift the statuses below
        entry('post-1', 'Live', B('POST', 'LIVE')),
        entry('post-2', 'Draft', B('POST', 'DRAFT')),
        entry('post-3', 'Trashed', B('POST', 'SOFT_TRASHED')),
        entry('page-4', 'About', B('PAGE', 'LIVE')),
        entry('post-1.comment-5', 'A visitor’s comment', B('COMMENT', 'LIVE')),
        entry('post-6', 'No status', B('POST')),
      ].join(''))),
      [['Live', 'imported'], ['Draft', 'draft'], ['Trashed', 'in the trash'], ['About', 'page, not a post'], ['A visitor’s comment', 'comment, not a post'], ['No status', 'its Blogger status could not be read']],
    );
  });

  test('reads an RSS <author> and <managingEditor> by the name in parentheses, and an address alone as no one', () => {
    const rss = (channel: string, item: string) =>
      `<?xml version="1.0"?><rss version="2.0"><channel><title>B</title>${channel}<item><title>Hello</title><guid>h1</guid>${item}<description>x</description></item></channel></rss>`;
    const author = (channel: string, item: string) => parseSource(rss(channel, item), 'feed.xml', 'https://blog.example/feed').items[0]!.author;
    assert.equal(author('', '<author>ann@example.com (Dr. Ann Lee)</author>'), 'Dr. Ann Lee');
    assert.equal(author('<managingEditor>ed@example.com (Ed Itor)</managingEditor>', ''), 'Ed Itor');
    assert.equal(author('<managingEditor>ed@example.com</managingEditor>', '<author>ann@example.com</author>'), undefined);
  });
});

describe('import names its files so that nothing is written over and check accepts them', () => {
  let dir: string;
  before(() => (dir = mkdtempSync(join(tmpdir(), 'pa-names-'))));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const item = (title: string, id = title): FeedItem => ({ id, title, author: 'Dr. Ann Lee', tags: [], html: '<p>One paragraph.</p><p>Another.</p>' });
  const apply = (items: FeedItem[]) => applyItems(items, { dir, feed: 'https://blog.example/feed', force: false, timeoutMs: 1000 });

  test('a dangling symlink at the name an item would take is left as it is, and the item takes the next name', async () => {
    symlinkSync(join(dir, 'nowhere.md'), join(dir, 'hello.md'));
    const out = await apply([item('Hello')]);
    assert.deepEqual(out.added, ['hello-2.md']);
    assert.ok(lstatSync(join(dir, 'hello.md')).isSymbolicLink(), 'the link is still a link');
    assert.ok(!existsSync(join(dir, 'nowhere.md')), 'nothing was written through it');
    rmSync(join(dir, 'hello.md'));
  });

  test('an item of another blog that numbers its items as the first one did is a new file, not an update of the first blog\'s', async () => {
    const from = (feed: string, items: FeedItem[]) => applyItems(items, { dir, feed, force: false, timeoutMs: 1000 });
    assert.deepEqual((await from('https://a.example/feed.json', [item('Anxiety at night', '1')])).added, ['anxiety-at-night.md']);
    const b = await from('https://b.example/feed.json', [{ ...item('Grief in spring', '1'), author: 'Sam Park' }]);
    assert.deepEqual([b.added, b.updated], [['grief-in-spring.md'], []]);
    assert.match(readFileSync(join(dir, 'anxiety-at-night.md'), 'utf8'), /^title: Anxiety at night\nauthor: Dr\. Ann Lee\n/m);
    // An id that is a URI names its item anywhere: the same blog at a new address updates its file.
    await from('http://a.example/feed', [item('Sleep', 'https://a.example/?p=7')]);
    const moved = await from('https://a.example/feed', [item('Sleep, revised', 'https://a.example/?p=7')]);
    assert.deepEqual([moved.added, moved.updated], [[], ['sleep.md']]);
    for (const f of ['anxiety-at-night.md', 'grief-in-spring.md', 'sleep.md']) rmSync(join(dir, f));
  });

  test('a post whose HTML nests thousands of elements deep is skipped with its reason, not a stack overflow; a deep summary is read as text', async () => {
    const deep = (tag: string, n = 20_000) => `<${tag}>`.repeat(n) + 'Deep text.' + `</${tag}>`.repeat(n);
    const items = ['div', 'em', 'ul><li'].map((tag, i) => ({ ...item(`Deep ${i}`), html: deep(tag) }));
    const out = await apply([...items, item('Shallow')]);
    assert.deepEqual(out.skipped.map((s) => s.reason), Array(3).fill('its HTML nests elements more than 256 deep'));
    assert.deepEqual(out.added, ['shallow.md']);
    assert.ok(!readdirSync(dir).some((f) => f.startsWith('deep')), 'nothing written for them');
    const rss = `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>B</title><item><title>T</title><guid>g</guid><description><![CDATA[${deep('div')}]]></description><content:encoded><![CDATA[<p>x</p>]]></content:encoded></item></channel></rss>`;
    assert.equal(parseSource(rss, 'feed.xml', 'https://x.example/feed.xml').items[0]!.summary, 'Deep text.');
    rmSync(join(dir, 'shallow.md'));
  });

  test('a post imported while published and unpublished since (a draft, private) is removed, unless edited since, which is kept and named', async () => {
    await apply([item('Once public', 'https://a.example/?p=1'), item('Edited here', 'https://a.example/?p=2')]);
    writeFileSync(join(dir, 'edited-here.md'), readFileSync(join(dir, 'edited-here.md'), 'utf8').replace('One paragraph.', 'One paragraph, edited.'));
    const out = await apply([{ ...item('Once public', 'https://a.example/?p=1'), skip: 'private' }, { ...item('Edited here', 'https://a.example/?p=2'), skip: 'draft' }, { ...item('Never published', 'https://a.example/?p=3'), skip: 'draft' }]);
    assert.deepEqual(out.withdrawn, [{ name: 'once-public.md', reason: 'private' }]);
    assert.deepEqual(out.stillShown, [{ name: 'edited-here.md', reason: 'draft' }]);
    assert.ok(!existsSync(join(dir, 'once-public.md')), 'a visitor no longer sees it');
    assert.match(readFileSync(join(dir, 'edited-here.md'), 'utf8'), /One paragraph, edited\./);
    rmSync(join(dir, 'edited-here.md'));
  });

  test('a post made anything but published since it was imported (here a custom WordPress status) is removed too, from the export itself', async () => {
    const wxr = (status: string) =>
      `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wp="http://wordpress.org/export/1.2/" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>B</title><link>https://w.example</link><wp:wxr_version>1.2</wp:wxr_version>
<item><title>Archived later</title><link>https://w.example/?p=7</link><guid isPermaLink="false">https://w.example/?p=7</guid><dc:creator>sam</dc:creator><content:encoded><![CDATA[<p>One paragraph.</p>]]></content:encoded><wp:status>${status}</wp:status><wp:post_type>post</wp:post_type></item></channel></rss>`;
    const items = (status: string) => parseSource(wxr(status), 'export.xml', 'https://blog.example/feed').items;
    assert.deepEqual((await apply(items('publish'))).added, ['archived-later.md']);
    const out = await apply(items('archived'));
    assert.deepEqual(out.withdrawn, [{ name: 'archived-later.md', reason: 'status "archived"' }]);
    assert.ok(!existsSync(join(dir, 'archived-later.md')), 'a visitor no longer sees it');
  });

  test('control characters, noncharacters and lone surrogates in a feed\'s text are left out, so the file checks clean and needs no edit', async () => {
    const out = await apply([{ ...item('Bell\u0007 title\u0000'), summary: 'Sum\u000bmary\ud800', tags: ['Grief\u0001'], html: '<p>Para\u0001graph with \ufffe and \udc00 lone.</p><p>Two.</p>' }]);
    assert.deepEqual(out.added, ['bell-title.md']);
    const [a] = loadModel(dir).articles; // throws on any problem
    assert.equal(a!.title, 'Bell title');
    assert.equal(a!.excerpt, 'Sum mary');
    assert.deepEqual(a!.tags, ['Grief']);
    assert.deepEqual(plainText(a!.body), ['Paragraph with  and  lone.', 'Two.']);
    rmSync(join(dir, 'bell-title.md'));
  });

  test('an image import wrote and the user replaced since is never written over when the feed\'s image changes', async () => {
    const png = readFileSync('test/fixtures/seeds/test-photo.png');
    const server = createServer((_, res) => void res.writeHead(200, { 'content-type': 'image/png' }).end(png));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const post = (v: number): FeedItem => ({ ...item('With a photo', 'https://a.example/?p=9'), image: { url: `${origin}/photo.png?v=${v}`, alt: 'Two chairs' } });
      assert.deepEqual((await apply([post(1)])).added, ['with-a-photo.md']);
      assert.deepEqual(readFileSync(join(dir, 'with-a-photo.png')), png);
      const mine = Buffer.concat([png, Buffer.from('the clinic’s own, better photo')]);
      writeFileSync(join(dir, 'with-a-photo.png'), mine);
      const again = await apply([post(2)]);
      assert.deepEqual(readFileSync(join(dir, 'with-a-photo.png')), mine, 'the user’s photo is kept');
      assert.deepEqual(again.imageProblems, [{ name: 'with-a-photo.md', reason: 'with-a-photo.png may have been changed since import wrote it, so it is kept' }]);
      assert.equal(loadModel(dir).articles.find((a) => a.title === 'With a photo')!.image?.source.name, 'with-a-photo.png', 'and it stays the cover');
      // One import wrote and nobody touched is still updated.
      rmSync(join(dir, 'with-a-photo.png'));
      await apply([post(3)]);
      const changed = Buffer.concat([png, Buffer.from('a new version on the blog')]);
      server.removeAllListeners('request');
      server.on('request', (_, res) => void res.writeHead(200, { 'content-type': 'image/png' }).end(changed));
      assert.deepEqual((await apply([post(4)])).imageProblems, []);
      assert.deepEqual(readFileSync(join(dir, 'with-a-photo.png')), changed);
    } finally {
      server.close();
      for (const f of ['with-a-photo.md', 'with-a-photo.png']) rmSync(join(dir, f), { force: true });
    }
  });

  test('two imports into one folder at once in one process: the second stops, and writes nothing', async () => {
    const [first, second] = await Promise.allSettled([apply([item('First at once')]), apply([item('Second at once')])]);
    assert.deepEqual(first.status === 'fulfilled' && first.value.added, ['first-at-once.md']);
    assert.match(second.status === 'rejected' ? String(second.reason) : '', new RegExp(`another import \\(process ${process.pid}\\) is writing into`));
    assert.ok(!existsSync(join(dir, 'second-at-once.md')));
    rmSync(join(dir, 'first-at-once.md'));
  });

  test('a name freed during a run (its post skipped, or its file removed as unpublished) is the next post\'s of that title', async () => {
    assert.deepEqual((await apply([item('Worry', 'https://a.example/?p=20')])).added, ['worry.md']);
    const deep = { ...item('Worry', 'https://a.example/?p=21'), html: '<div>'.repeat(300) + 'Deep.' };
    const out = await apply([item('Worry', 'https://a.example/?p=22'), deep, item('Worry', 'https://a.example/?p=23'), { ...item('Worry', 'https://a.example/?p=20'), skip: 'draft' }, item('Worry', 'https://a.example/?p=24')]);
    assert.deepEqual(out.withdrawn, [{ name: 'worry.md', reason: 'draft' }]);
    assert.deepEqual(out.added, ['worry-2.md', 'worry-3.md', 'worry.md'], 'worry-3.md again after the deep post left it, worry.md once removed');
    for (const f of out.added) rmSync(join(dir, f));
  });

  test('a title whose slug is one of the build\'s own names (or one Windows refuses) gets a numbered slug, so check passes', async () => {
    const out = await apply([item('Preview'), item('Feed'), item('CON')]);
    assert.deepEqual(out.added, ['preview-2.md', 'feed-2.md', 'con-2.md']);
    assert.deepEqual(loadModel(dir).articles.map((a) => a.slug).sort(), ['con-2', 'feed-2', 'hello-2', 'preview-2']);
  });
});
