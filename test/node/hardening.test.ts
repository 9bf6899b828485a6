// Hostile and huge input (issue rows 6–10), through the built command, as a user runs it.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request, createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const CLI = resolve('dist/node/cli.js');
const HOSTILE = resolve('test/fixtures/hostile');
let cwd: string;

function cli(...args: string[]) {
  const started = performance.now();
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr, seconds: (performance.now() - started) / 1000 };
}

const byline = 'By Sam Lee. Book with them here:';

describe('hostile and huge folders', () => {
  before(() => (cwd = mkdtempSync(join(tmpdir(), 'pa-hostile-'))));
  after(() => rmSync(cwd, { recursive: true, force: true }));

  test('check reads a single 1 MB paragraph in under 2 s', () => {
    const words = 'the quiet partner slowly shapes a careful boundary after every session’s end'.split(' ');
    const paragraph = Array.from({ length: 200_000 }, (_, i) => words[i % words.length]).join(' ');
    assert.ok(paragraph.length > 1_000_000);
    mkdirSync(join(cwd, 'huge'));
    writeFileSync(join(cwd, 'huge', 'a.txt'), `A title\n\n${paragraph}\n\n${byline}\n`);
    mkdirSync(join(cwd, 'small'));
    writeFileSync(join(cwd, 'small', 'a.txt'), `A title\n\nOne paragraph.\n\n${byline}\n`);
    // The command's own start (Node, loading modules) is not the paragraph's cost: take it off.
    const start = cli('check', 'small');
    const r = cli('check', 'huge');
    assert.equal(r.code, 0, r.err);
    const cost = r.seconds - start.seconds;
    assert.ok(cost < 2, `took ${cost.toFixed(2)} s more than a one-paragraph folder (${r.seconds.toFixed(2)} s in all)`);
  });

  test('check reads 10,000 short articles in under 30 s', () => {
    mkdirSync(join(cwd, 'many'));
    for (let i = 0; i < 10_000; i++) {
      writeFileSync(join(cwd, 'many', `${String(i).padStart(5, '0')}.txt`), `Title number ${i}\n\nA short paragraph, number ${i}. It has two sentences.\n\n${byline}\n`);
    }
    const r = cli('check', 'many');
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /10000 articles/);
    assert.ok(r.seconds < 30, `took ${r.seconds.toFixed(2)} s`);
  });

  for (const [name, line] of [['deep-list', 26], ['deep-quote', 6]] as const) {
    test(`reports ${name} (nested thousands deep) as file:line, without a stack overflow`, () => {
      const r = cli('check', join(HOSTILE, name));
      assert.equal(r.code, 1);
      assert.match(r.err, new RegExp(`${name}/a\\.md:${line}: lists or quotes nested more than 20 levels deep`));
      assert.doesNotMatch(r.err, /call stack/i);
    });
  }

  test('reads a vertical tab or form feed as a line break, keeps bidi marks, ZWJ and U+2028, and writes well-formed XML', () => {
    const r = cli('build', join(HOSTILE, 'controls'), '--out', 'controls-site', '--site-url', 'https://clinic.example/');
    assert.equal(r.code, 0, r.err);
    const site = join(cwd, 'controls-site');
    const lint = spawnSync('xmllint', ['--noout', join(site, 'feed.xml'), join(site, 'sitemap.xml')], { encoding: 'utf8' });
    assert.equal(lint.status, 0, lint.stderr);
    const feed = readFileSync(join(site, 'feed.xml'), 'utf8');
    assert.match(feed, /A title with a manual line break/);
    const page = readdirSync(site).find((f) => f.startsWith('a-title'))!;
    const html = readFileSync(join(site, page), 'utf8');
    assert.match(html, /a form feed, a bidi \u200fmark, a ZWJ 👩\u200d👩\u200d👧 and U\+2028 \u2028 kept/);
    assert.doesNotMatch(feed + html, /[\v\f]/);
  });

  test('reports other control characters and noncharacters, raw or escaped in YAML, on their lines', () => {
    const r = cli('check', join(HOSTILE, 'forbidden'));
    assert.equal(r.code, 1);
    const lines = r.err.trim().split('\n').map((l) => l.replace(/^.*forbidden\//, ''));
    assert.deepEqual(lines.slice(0, 4).map((l) => l.split(': ')[0] + ' ' + /U\+[0-9A-F]{4}/.exec(l)?.[0]), ['b.txt:3 U+0000', 'b.txt:5 U+0007', 'c.md:2 U+0001', 'c.md:6 U+FFFF']);
  });

  test('accepts only real calendar dates, in date, updated and reviewed', () => {
    const bad = cli('check', join(HOSTILE, 'bad-date'));
    assert.equal(bad.code, 1);
    assert.match(bad.err, /bad-date\/a\.md:4: field "date" must be a real date: 2024-02-31 is not in the calendar/);
    assert.match(bad.err, /bad-date\/a\.md:5: field "updated" must be a real date: 2023-02-29/);
    assert.doesNotMatch(bad.err, /reviewed/, '2024-02-29 is a leap day');
    const good = cli('check', join(HOSTILE, 'good-fields'));
    assert.equal(good.code, 0, good.err);
  });

  test('init never writes through a symlink, dangling or not, and refuses a linked folder', () => {
    mkdirSync(join(cwd, 'starter'));
    const outside = join(cwd, 'outside-authors.yaml');
    symlinkSync(outside, join(cwd, 'starter', 'authors.yaml')); // dangling
    const r = cli('init', 'starter');
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /skipped +starter\/authors\.yaml \(a symbolic link/);
    assert.equal(existsSync(outside), false, 'nothing written outside the folder');
    mkdirSync(join(cwd, 'elsewhere'));
    symlinkSync(join(cwd, 'elsewhere'), join(cwd, 'linked'));
    const linked = cli('init', 'linked');
    assert.equal(linked.code, 1);
    assert.match(linked.err, /linked:1: is a symbolic link/);
    assert.deepEqual(readdirSync(join(cwd, 'elsewhere')), []);
  });
});

describe('practice-articles dev', () => {
  let temp: string;
  before(() => {
    cwd = mkdtempSync(join(tmpdir(), 'pa-dev-'));
    spawnSync(process.execPath, [CLI, 'init', 'articles'], { cwd });
    temp = join(cwd, 'tmp');
    mkdirSync(temp);
  });
  after(() => rmSync(cwd, { recursive: true, force: true }));

  /** dev with its own TMPDIR, so the test sees its temporary folder come and go. */
  function start(...args: string[]): { child: ChildProcess; port: Promise<number>; exit: Promise<number | null>; output: () => string } {
    const child = spawn(process.execPath, [CLI, 'dev', 'articles', ...args], { cwd, env: { ...process.env, TMPDIR: temp } });
    let output = '';
    const exit = new Promise<number | null>((ok) => child.on('exit', (code) => ok(code)));
    const port = new Promise<number>((ok, fail) => {
      child.stdout!.on('data', (d: Buffer) => {
        output += d;
        const m = /Preview: http:\/\/localhost:(\d+)\//.exec(output);
        if (m) ok(Number(m[1]));
      });
      child.stderr!.on('data', (d: Buffer) => (output += d));
      void exit.then(() => fail(new Error(`dev exited: ${output}`)));
    });
    port.catch(() => undefined); // a test that expects the exit awaits `exit` instead
    return { child, port, exit, output: () => output };
  }

  const get = (port: number, path: string, host = `localhost:${port}`) =>
    new Promise<number>((ok, fail) => request({ host: 'localhost', port, path, headers: { host } }, (res) => (res.resume(), ok(res.statusCode!))).on('error', fail).end());

  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    test(`answers 400 to a malformed URL and stays up, 403 to a foreign Host, and removes its folder on ${signal}`, async () => {
      const dev = start('--port', '0');
      const port = await dev.port;
      assert.equal(readdirSync(temp).length, 1, 'one temporary folder while it runs');
      assert.equal(await get(port, '/%'), 400);
      assert.equal(await get(port, '/'), 200, 'still up');
      assert.equal(await get(port, '/../../etc/passwd'), 404);
      assert.equal(await get(port, '/', `rebind.example:${port}`), 403);
      assert.equal(await get(port, '/', `localhost:${port + 1}`), 403);
      assert.equal(await get(port, '/', `127.0.0.1:${port}`), 200);
      dev.child.kill(signal);
      await dev.exit;
      assert.deepEqual(readdirSync(temp), [], 'temporary folder removed');
    });
  }

  test('exits 1 when its port is in use, naming the port and --port, and leaves no folder', async () => {
    const taken = createServer().listen(0, 'localhost');
    await new Promise((ok) => taken.once('listening', ok));
    const port = (taken.address() as { port: number }).port;
    try {
      const dev = start('--port', String(port));
      const code = await Promise.race([dev.exit, new Promise((ok) => setTimeout(() => ok('still running'), 10_000))]);
      if (code === 'still running') dev.child.kill();
      assert.equal(code, 1);
      assert.match(dev.output(), new RegExp(`port ${port} is in use.*--port`));
      assert.deepEqual(readdirSync(temp), []);
    } finally {
      taken.close();
    }
  });
});
