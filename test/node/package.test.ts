// The package as a user gets it: `npm pack`, installed from the tarball into an empty
// folder, then the command run from there. The site it builds is left in test/.packed/
// for the browser test (test/embedding/packed.test.ts) to load on a plain page.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const PACKED = resolve('test/.packed');
let home: string;
let tarball: string;

const run = (command: string, ...args: string[]) => {
  const r = spawnSync(command, args, { cwd: home, encoding: 'utf8', env: { ...process.env, npm_config_update_notifier: 'false' } });
  assert.equal(r.status, 0, `${command} ${args.join(' ')}:\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
};

describe('the packed package', () => {
  before(() => {
    home = mkdtempSync(join(tmpdir(), 'pa-user-'));
    const [{ filename, files }] = JSON.parse(execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', home], { encoding: 'utf8' }));
    tarball = join(home, filename);
    packedFiles = files.map((f: { path: string }) => f.path);
  });
  after(() => rmSync(home, { recursive: true, force: true }));
  let packedFiles: string[] = [];

  test('ships the widget, the prebuilt runtime, the command and the types, and no source or tests', () => {
    for (const f of ['dist/practice-articles.js', 'dist/practice-articles.mjs', 'dist/runtime/practice-articles.js', 'dist/node/cli.js', 'dist/types/index.d.ts', 'custom-elements.json']) {
      assert.ok(packedFiles.includes(f), f);
    }
    assert.deepEqual(packedFiles.filter((f) => /^(src|test|bench|seeds)\//.test(f)), []);
  });

  test('passes publint, strict: what it names exists and its fields agree', () => {
    const r = spawnSync('npx', ['publint', 'run', tarball, '--strict'], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /All good!/);
  });

  test('passes Are the Types Wrong for ESM and bundlers', () => {
    // The package is ESM only (node10 and require() are out of scope), and ./classic and
    // ./practice-articles.js are classic scripts for a <script> tag: there is nothing to type.
    const r = spawnSync('npx', ['attw', tarball, '--profile', 'esm-only', '--exclude-entrypoints', './classic', './practice-articles.js', '--format', 'ascii'], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /"practice-articles"\n\nnode16 \(from ESM\): 🟢 \(ESM\)\nbundler: 🟢/);
  });

  test('installs into an empty folder, and its command inits, checks and builds a site there', () => {
    run('npm', 'init', '-y');
    run('npm', 'install', '--no-audit', '--no-fund', tarball);
    const deps = Object.keys(JSON.parse(readFileSync(join(home, 'node_modules/practice-articles/package.json'), 'utf8')).dependencies);
    // The command's only: Markdown, YAML, images, and feeds and HTML for `import`. The widget has none.
    assert.deepEqual(deps.sort(), ['feedsmith', 'marked', 'parse5', 'sharp', 'yaml'], 'only the command\'s runtime dependencies');
    assert.ok(!existsSync(join(home, 'node_modules/vite')) && !existsSync(join(home, 'node_modules/typescript')), 'no bundler, no TypeScript');
    assert.match(run('npx', 'practice-articles', 'init'), /wrote +articles\/HOW-TO\.txt/);
    assert.match(run('npx', 'practice-articles', 'check', 'articles'), /No problems/);
    assert.match(run('npx', 'practice-articles', 'build', 'articles', '--out', 'site', '--split'), /practice-articles\.js .* KB gzip/);
    const site = readdirSync(join(home, 'site'));
    for (const f of ['articles.json', 'bodies', 'i18n', 'practice-articles.js', 'practice-articles.mjs', 'preview.html', 'snippet.html', 'a-second-article-written-in-markdown.html']) {
      assert.ok(site.includes(f), f);
    }
    // import runs from the package too, with its own feed and HTML parsers.
    assert.match(run('npx', 'practice-articles', 'import', resolve('test/fixtures/import/export.xml'), 'imported'), /new +2/);
    assert.match(run('npx', 'practice-articles', 'check', 'imported'), /2 articles, 0 title-only, 2 authors\. No problems\./);
    rmSync(PACKED, { recursive: true, force: true });
    cpSync(join(home, 'site'), join(PACKED, 'site'), { recursive: true });
  });
});
