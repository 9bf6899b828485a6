// Hostile folders and foreign output folders (issue 17, rows 1–5), through the built
// command as a user runs it, on the fixtures in test/fixtures/{hostile,names,long-titles}.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { SeedErrors } from '../../src/node/collection/problems.ts';
import { loadModel } from '../../src/node/collection/resolve.ts';

const CLI = resolve('dist/node/cli.js');
const FIXTURES = resolve('test/fixtures');
let cwd: string;

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** Every file under `dir`, relative, sorted (symlinks listed, not followed). */
function tree(dir: string, base = ''): string[] {
  return readdirSync(join(dir, base), { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? tree(dir, join(base, e.name)) : [join(base, e.name)]))
    .sort();
}

describe('a hostile articles folder', () => {
  before(() => {
    cwd = mkdtempSync(join(tmpdir(), 'pa-hostile-'));
    cpSync(join(FIXTURES, 'hostile'), cwd, { recursive: true });
  });
  after(() => rmSync(cwd, { recursive: true, force: true }));

  /** The folder with `photo:` set to `photo`, and what check and build say of it. */
  function withPhoto(photo: string, setup?: (dir: string) => void) {
    const dir = join(cwd, 'folder');
    writeFileSync(join(dir, 'authors.yaml'), `# a case of the test\nHailey Oliver:\n  photo: ${JSON.stringify(photo)}\n`);
    setup?.(dir);
    const check = cli('check', 'folder');
    const build = cli('build', 'folder', '--out', 'site');
    return { check, build };
  }

  const refused = (photo: string, reason: RegExp, setup?: (dir: string) => void) => {
    rmSync(join(cwd, 'site'), { recursive: true, force: true });
    const { check, build } = withPhoto(photo, setup);
    for (const [name, r] of [['check', check], ['build', build]] as const) {
      assert.equal(r.code, 1, `${name} exits 1 for photo: ${photo}`);
      const [line, ...rest] = r.err.trim().split('\n');
      assert.match(line!, new RegExp(`^folder/authors\\.yaml:3: photo "${photo.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}" ${reason.source}`), `${name}: ${r.err}`);
      assert.deepEqual(rest, ['1 problem found.']);
      assert.doesNotMatch(r.err, /EISDIR|ENOENT|EACCES|root:/, 'no raw error, nothing read from outside');
    }
    assert.ok(!existsSync(join(cwd, 'site')), 'build wrote nothing');
  };

  test('row 1: a photo must be an image by its content, with a name that agrees (no me.html, no avatar.php)', () => {
    cpSync(join(cwd, 'me.html'), join(cwd, 'folder', 'me.html'));
    cpSync(join(cwd, 'avatar.php'), join(cwd, 'folder', 'avatar.php'));
    writeFileSync(join(cwd, 'folder', 'notes.png'), 'just text, named like an image');
    refused('me.html', /holds a GIF image, so its name must end in \.gif$/);
    refused('avatar.php', /holds a GIF image, so its name must end in \.gif$/);
    refused('notes.png', /is not a PNG, JPEG, GIF, WebP or AVIF image$/);
  });

  test('row 2: a photo must lie inside the folder, symlinks resolved; ".", folders and absolute paths are refused', () => {
    refused('../outside/secret.gif', /lies outside the folder/);
    refused('../../../../etc/passwd', /lies outside the folder|not found/);
    refused('/etc/passwd', /must be a file in the folder, named relative to it, not an absolute path$/);
    refused('.', /is the folder itself, not an image file$/);
    refused('photos', /is not a file$/, (dir) => mkdirSync(join(dir, 'photos'), { recursive: true }));
    refused('link.gif', /lies outside the folder/, (dir) => symlinkSync(join(cwd, 'outside', 'secret.gif'), join(dir, 'link.gif')));
    refused('missing.gif', /not found in folder$/);
  });

  test('an image passes, and is published as WebP whatever its name says', () => {
    cpSync(join(cwd, 'photo.gif'), join(cwd, 'folder', 'Photo.GIF'));
    rmSync(join(cwd, 'site'), { recursive: true, force: true });
    const { check, build } = withPhoto('Photo.GIF');
    assert.equal(check.code, 0, check.err);
    assert.equal(build.code, 0, build.err);
    assert.match(readdirSync(join(cwd, 'site', 'media')).join(), /^hailey-oliver-1\.[0-9a-f]{10}\.webp$/);
  });
});

describe('an output folder that holds the user’s own files', () => {
  const site = () => join(cwd, 'site');
  before(() => {
    cwd = mkdtempSync(join(tmpdir(), 'pa-output-'));
    cpSync(join(FIXTURES, 'seeds'), join(cwd, 'articles'), { recursive: true });
  });
  after(() => rmSync(cwd, { recursive: true, force: true }));

  test('row 3: files the build did not write are never deleted, even inside media/', () => {
    mkdirSync(join(site(), 'media'), { recursive: true });
    writeFileSync(join(site(), 'media', 'logo.png'), 'the clinic logo');
    writeFileSync(join(site(), 'index.html'), 'the clinic home page');
    assert.equal(cli('build', 'articles', '--out', 'site').code, 0);
    assert.equal(cli('build', 'articles', '--out', 'site', '--split').code, 0, 'a second build, into its own output');
    assert.equal(readFileSync(join(site(), 'media', 'logo.png'), 'utf8'), 'the clinic logo');
    assert.equal(readFileSync(join(site(), 'index.html'), 'utf8'), 'the clinic home page');
    assert.ok(existsSync(join(site(), '.practice-articles-manifest.json')));
  });

  test('removes only its own stale files on the next build', () => {
    const before = tree(site());
    assert.ok(before.some((f) => f.startsWith('bodies/')));
    assert.equal(cli('build', 'articles', '--out', 'site', '--inline').code, 0);
    const after = tree(site());
    assert.ok(!after.some((f) => f.startsWith('bodies')), 'the bodies of the split build are gone, and their folder');
    assert.deepEqual(after.filter((f) => !before.includes(f)), [], 'nothing new but what the build writes each time');
    for (const f of ['index.html', 'media/logo.png', 'practice-articles.js']) assert.ok(after.includes(f), f);
  });

  test('stops before writing anything when a name it must write holds a foreign file or a symlink', () => {
    const outside = join(cwd, 'outside.html');
    writeFileSync(outside, 'not yours');
    rmSync(join(site(), 'preview.html'));
    symlinkSync(outside, join(site(), 'preview.html'));
    writeFileSync(join(cwd, 'articles', '004-new.txt'), 'A new article\n\nIts text.\n\nBy Dr. Test Person. Book with them here:\n');
    const r = cli('build', 'articles', '--out', 'site');
    assert.equal(r.code, 1);
    assert.match(r.err, /site holds a file this build did not write, where it must write:\n {2}site\/preview\.html\nNothing was written\./);
    assert.equal(readFileSync(outside, 'utf8'), 'not yours', 'the link was not followed');
    assert.ok(lstatSync(join(site(), 'preview.html')).isSymbolicLink());
    assert.ok(!existsSync(join(site(), 'a-new-article.html')), 'nothing was written');
    rmSync(join(site(), 'preview.html'));
  });

  test('treats a foreign file, and a symlinked folder, at its names as conflicts too', () => {
    rmSync(join(site(), '.practice-articles-manifest.json'));
    mkdirSync(join(cwd, 'elsewhere'));
    symlinkSync(join(cwd, 'elsewhere'), join(site(), 'bodies'));
    const r = cli('build', 'articles', '--out', 'site', '--split');
    assert.equal(r.code, 1);
    assert.match(r.err, /site\/articles\.json\n/, 'a file it wrote once, with no manifest to say so, is foreign now');
    assert.match(r.err, /site\/bodies\n/);
    assert.deepEqual(readdirSync(join(cwd, 'elsewhere')), [], 'nothing written through the link');
  });

  test('creates an output folder that does not exist, nested', () => {
    assert.equal(cli('build', 'articles', '--out', 'new/deep/site').code, 0);
    assert.ok(existsSync(join(cwd, 'new/deep/site/practice-articles.js')));
  });
});

describe('slugs and file names', () => {
  before(() => (cwd = mkdtempSync(join(tmpdir(), 'pa-names-'))));
  after(() => rmSync(cwd, { recursive: true, force: true }));

  test('row 4: a slug may not take the build\'s own names, nor equal another under case folding', () => {
    const r = cli('check', join(FIXTURES, 'names'));
    assert.equal(r.code, 1);
    const lines = r.err.trim().split('\n').map((l) => l.replace(/^.*?test\/fixtures\/names\//, ''));
    assert.deepEqual(lines.map((l) => /^[^:]+:\d+/.exec(l)?.[0] ?? l), ['001-preview.txt:1', '002-snippet.md:2', '004-sigma.txt:1', '006-circled.txt:1', '009-long-twin-b.txt:1', '5 problems found.']);
    assert.match(lines[0]!, /slug "preview" would make its page preview\.html, a name the build keeps for its own files/);
    assert.match(lines[1]!, /slug "snippet" would make its page snippet\.html/);
    assert.match(lines[2]!, /slug "οδοσ" differs from "οδος" \(.*003-sigma\.txt:1\) only in case or form/);
    assert.match(lines[3]!, /slug "step-1" differs from "step-①"/);
    assert.match(lines[4]!, /duplicate slug "a-very-long-title.*" \(also .*008-long-twin-a\.txt:1\): slugs are cut to 96 characters/);
    assert.equal(cli('build', join(FIXTURES, 'names'), '--out', 'site').code, 1);
    assert.ok(!existsSync(join(cwd, 'site')));
  });

  test('row 5: long titles (305 characters; 86 Japanese ones, 258 bytes) build, every name under 255 bytes, and no cut is reported', () => {
    const check = cli('check', join(FIXTURES, 'long-titles'));
    assert.equal(check.code, 0, check.err);
    const r = cli('build', join(FIXTURES, 'long-titles'), '--out', 'site');
    assert.equal(r.code, 0, r.err);
    const names = tree(join(cwd, 'site')).flatMap((f) => f.split('/'));
    const pages = names.filter((n) => n.endsWith('.html') && !['preview.html', 'snippet.html'].includes(n));
    assert.equal(pages.length, 2);
    for (const n of names) assert.ok(Buffer.byteLength(n) <= 255, `${n}: ${Buffer.byteLength(n)} bytes`);
    assert.ok(pages.some((p) => p.startsWith('人間関係における信頼')), pages.join());
  });
});

describe('content files the folder does not hold, or that are not UTF-8', () => {
  before(() => (cwd = mkdtempSync(join(tmpdir(), 'pa-read-'))));
  after(() => rmSync(cwd, { recursive: true, force: true }));
  const ARTICLE = 'A title\n\nA paragraph.\n\nBy Dr. Ann Lee. Book with her here:\n';

  /** Every problem the folder has, as check prints them, with the folder's path left out. */
  const problemsOf = (dir: string) => {
    try {
      loadModel(dir);
      return [];
    } catch (e) {
      assert.ok(e instanceof SeedErrors, String(e));
      return e.problems.map((p) => p.message.replace(`${dir}/`, ''));
    }
  };

  test('an article, authors.yaml or practice.yaml that is a symlink out of the folder is reported and never read', () => {
    const dir = join(cwd, 'linked');
    mkdirSync(join(cwd, 'outside'), { recursive: true });
    mkdirSync(dir);
    writeFileSync(join(cwd, 'outside', 'secret.txt'), 'A secret title\n\nA private paragraph from outside the folder.\n\nBy Dr. Ann Lee. Book with her here:\n');
    writeFileSync(join(cwd, 'outside', 'authors.yaml'), 'Dr. Ann Lee:\n  bio: A private bio.\n');
    writeFileSync(join(dir, '001-own.txt'), ARTICLE);
    symlinkSync(join(cwd, 'outside', 'secret.txt'), join(dir, '002-secret.txt'));
    symlinkSync('../outside/authors.yaml', join(dir, 'authors.yaml'));
    symlinkSync('/etc/hostname', join(dir, 'practice.yaml'));
    symlinkSync('001-own.txt', join(dir, '003-same.txt')); // inside: read (and a duplicate, so reported as one)
    const why = 'is a symbolic link to a file outside the folder, which is never read: copy the file into the folder instead';
    const problems = problemsOf(dir);
    assert.deepEqual(problems.filter((p) => !p.startsWith('003-')), [`002-secret.txt:1: ${why}`, `authors.yaml:1: ${why}`, `practice.yaml:1: ${why}`]);
    assert.match(problems.find((p) => p.startsWith('003-'))!, /^003-same\.txt:1: duplicate slug "a-title"/, 'a link inside the folder is read');
  });

  test('a file saved as Windows-1252 or Latin-1 is reported on its line, not published with characters replaced', () => {
    const dir = join(cwd, 'latin1');
    mkdirSync(dir);
    writeFileSync(join(dir, '001-cafe.txt'), Buffer.from('Caf\xe9 au lait\n\nUn caf\xe9 cr\xe8me.\n\nBy Dr. Ann Lee. Book with her here:\n', 'latin1'));
    writeFileSync(join(dir, '002-quotes.md'), Buffer.concat([Buffer.from('---\ntitle: Quotes\nauthor: Dr. Ann Lee\n---\n\nShe said '), Buffer.from([0x93]), Buffer.from('hello'), Buffer.from([0x94]), Buffer.from('.\n')]));
    writeFileSync(join(dir, '003-fine.md'), '\ufeff---\r\ntitle: Fine, with a BOM and CRLF — “quotes”\r\nauthor: Dr. Ann Lee\r\n---\r\n\r\nText.\r\n');
    writeFileSync(join(dir, '004-notepad.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(ARTICLE, 'utf16le')]));
    const why = (saved: string) => `is not UTF-8 text (${saved}): save the file as UTF-8, so no character is lost`;
    const latin = why('perhaps saved as Windows-1252 or Latin-1');
    assert.deepEqual(problemsOf(dir), [`001-cafe.txt:1: ${latin}`, `002-quotes.md:6: ${latin}`, `004-notepad.txt:1: ${why('saved as UTF-16')}`]);
    for (const f of ['001-cafe.txt', '002-quotes.md', '004-notepad.txt']) rmSync(join(dir, f));
    assert.deepEqual(loadModel(dir).articles.map((a) => a.title), ['Fine, with a BOM and CRLF — “quotes”']);
  });
});
