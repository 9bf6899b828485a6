// The command, end to end, as a user runs it: the built dist/node/cli.js in a temporary folder.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { writeArticles } from '../../scripts/generate-articles.ts';

const CLI = resolve('dist/node/cli.js');
let cwd: string;

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('practice-articles (the command)', () => {
  before(() => (cwd = mkdtempSync(join(tmpdir(), 'pa-cli-'))));
  after(() => rmSync(cwd, { recursive: true, force: true }));

  test('prints its usage for --help (exit 0) and for a wrong call (exit 2)', () => {
    const help = cli('--help');
    assert.equal(help.code, 0);
    assert.match(help.out, /Usage: practice-articles <command>/);
    // Empty names, as a script with an unset variable passes them: init "", --out "", import feed "", --port "".
    const empty = [['init', ''], ['build', 'x', '--out', ''], ['import', 'feed.xml', ''], ['dev', 'x', '--port', ''], ['dev', 'x', '--port', ' 80']];
    for (const args of [[], ['publish'], ['build'], ['build', 'a', 'b'], ['check', '--verbose', 'x'], ['build', 'x', '--inline', '--split'], ['dev', 'x', '--port', 'high'], ...empty]) {
      const r = cli(...args);
      assert.equal(r.code, 2, `${args.join(' ')} exits 2`);
      assert.match(r.err + r.out, /Usage: practice-articles/, `${args.join(' ')} prints the usage`);
    }
  });

  test('a --site-url that is no folder address is a wrong call (exit 2, with the usage), not a raw "Invalid URL"', () => {
    for (const [url, why] of [
      ['https://', /--site-url must be an absolute https: or http: URL, not "https:\/\/"/],
      ['https://exa mple.com/', /--site-url must be an absolute https: or http: URL/],
      ['https://clinic.example/articles?utm=x', /--site-url must be the address of the folder, without a \?query or #fragment/],
      ['https://admin:pw@clinic.example/', /--site-url must not hold a user name or password/],
    ] as const) {
      const r = cli('build', 'nowhere', '--site-url', url);
      assert.equal(r.code, 2, url);
      assert.match(r.err, why, url);
      assert.match(r.err, /Usage: practice-articles build/, url);
    }
  });

  test('has --help on every command', () => {
    for (const command of ['init', 'check', 'build', 'dev']) {
      const r = cli(command, '--help');
      assert.equal(r.code, 0);
      assert.match(r.out, new RegExp(`^Usage: practice-articles ${command}`));
    }
  });

  test('init writes a starter folder that checks clean, and never overwrites a file', () => {
    const first = cli('init');
    assert.equal(first.code, 0);
    assert.deepEqual(readdirSync(join(cwd, 'articles')).sort(), ['001-first-article.txt', '002-second-article.md', 'HOW-TO.txt', 'authors.yaml', 'practice.yaml']);
    assert.equal(cli('check', 'articles').code, 0, 'the starter folder checks clean as written');
    writeFileSync(join(cwd, 'articles', 'authors.yaml'), 'Your Name:\n  bio: Mine now.\n');
    const second = cli('init', 'articles');
    assert.equal(second.code, 0);
    assert.match(second.out, /kept +articles\/authors\.yaml \(it exists already\)/);
    assert.equal(readFileSync(join(cwd, 'articles', 'authors.yaml'), 'utf8'), 'Your Name:\n  bio: Mine now.\n');
    const check = cli('check', 'articles');
    assert.equal(check.code, 0, check.err);
    assert.match(check.out, /articles: 2 articles, 1 title-only, 1 author\. No problems\./);
  });

  test('check lists every problem as file:line: reason and exits 1', () => {
    writeArticles(join(cwd, 'broken'), 2);
    writeFileSync(join(cwd, 'broken', '0002.txt'), 'A title\n\nText.\n\nBy Sam. Book with them here: javascript:alert(1)\n');
    writeFileSync(join(cwd, 'broken', '0003.md'), '---\ntitle: Other\nauthor: Sam\ndate: soon\n---\nA [link](ftp://x).\n');
    const r = cli('check', 'broken');
    assert.equal(r.code, 1);
    assert.deepEqual(r.err.trim().split('\n'), [
      'broken/0002.txt:5: booking URL "javascript:alert(1)" must start with https:, http:, mailto: or tel:',
      'broken/0003.md:4: field "date" must be a date written YYYY-MM-DD',
      'broken/0003.md:6: link "ftp://x" must be an absolute https:, http:, mailto: or tel: URL',
      '3 problems found.',
    ]);
    assert.equal(cli('build', 'broken').code, 1);
    assert.equal(cli('check', 'no-such-folder').code, 1);
  });

  test('build writes the script, the module and the languages, and prints the gzip size', () => {
    const r = cli('build', 'articles', '--out', 'site');
    assert.equal(r.code, 0, r.err);
    const script = readFileSync(join(cwd, 'site', 'practice-articles.js'));
    assert.match(r.out, new RegExp(`practice-articles\\.js .*, ${(gzipSync(script, { level: 9 }).length / 1000).toFixed(1)} KB gzip`));
    for (const f of ['practice-articles.mjs', 'preview.html']) assert.ok(existsSync(join(cwd, 'site', f)), f);
    const index = JSON.parse(readFileSync(join(cwd, 'site', 'articles.json'), 'utf8'));
    assert.deepEqual(
      index.map((a: { slug: string; hasText: boolean }) => [a.slug, a.hasText]),
      [['your-article-s-title-goes-on-the-first-line', true], ['a-second-article-written-in-markdown', true], ['the-title-of-another-article-you-wrote', false]],
    );
    assert.equal(readdirSync(join(cwd, 'site', 'i18n')).length, 1);
    assert.ok(!existsSync(join(cwd, 'site', 'bodies')), 'a small collection stays in one file');
  });

  test('build --out a symlink, to a folder or to nothing, is refused, saying so, and nothing is written through it', () => {
    mkdirSync(join(cwd, 'elsewhere'));
    symlinkSync('elsewhere', join(cwd, 'linked'));
    symlinkSync('nowhere', join(cwd, 'dangling'));
    for (const out of ['linked', 'linked/', 'dangling']) {
      const r = cli('build', 'articles', '--out', out);
      assert.equal(r.code, 1, out);
      assert.equal(r.err, `practice-articles: ${out} is a symbolic link; the build writes only into a real folder, never through a link: give --out the folder it leads to, or another.\nNothing was written.\n`);
    }
    assert.deepEqual(readdirSync(join(cwd, 'elsewhere')), []);
    assert.ok(!existsSync(join(cwd, 'nowhere')));
  });

  test('build --split puts each body in its own file; a large collection splits by itself', () => {
    assert.equal(cli('build', 'articles', '--out', 'split', '--split').code, 0);
    assert.equal(readdirSync(join(cwd, 'split', 'bodies')).length, 2);
    writeArticles(join(cwd, 'big'), 60);
    const r = cli('build', 'big', '--out', 'big-site', '--booking-url', 'https://clinic.example/book');
    assert.equal(r.code, 0, r.err);
    assert.equal(readdirSync(join(cwd, 'big-site', 'bodies')).length, 60);
    assert.match(r.out, /bodies\/ +60 files/);
    assert.match(readFileSync(join(cwd, 'big-site', 'practice-articles.js'), 'utf8'), /https:\/\/clinic\.example\/book/);
  });

  test('dev serves a preview that reloads when an article changes', async () => {
    const child = spawn(process.execPath, [CLI, 'dev', 'articles', '--port', '0'], { cwd });
    try {
      const url = await new Promise<string>((ok, fail) => {
        child.stdout.on('data', (d: Buffer) => {
          const m = /Preview: (http:\/\/localhost:\d+\/)/.exec(String(d));
          if (m) ok(m[1]!);
        });
        child.on('exit', () => fail(new Error('dev exited')));
      });
      const page = await (await fetch(url)).text();
      assert.match(page, /<practice-articles>/);
      assert.match(page, /EventSource\('\/__reload'\)/);
      assert.match(await (await fetch(new URL('practice-articles.js', url))).text(), /title goes on the first line/);
      const events = await fetch(new URL('__reload', url));
      const reader = events.body!.getReader();
      await reader.read(); // ": connected"
      writeFileSync(join(cwd, 'articles', '001-first-article.txt'), 'Changed title\n\nText.\n\nBy Your Name. Book with her here:\n');
      const { value } = await reader.read();
      assert.match(new TextDecoder().decode(value), /data: reload/);
      assert.match(await (await fetch(new URL('practice-articles.js', url))).text(), /Changed title/);
      await reader.cancel();
    } finally {
      child.kill();
    }
  });
});
