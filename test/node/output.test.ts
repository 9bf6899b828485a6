// The output folder, written by writeOutput: old or new files, each whole, never a mix
// that loses the user's files; and HTML/XML escaped by construction.
import { test, describe, after, afterEach, beforeEach } from 'node:test';
import { createHash } from 'node:crypto';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createInterface } from 'node:readline';
import { join } from 'node:path';
import { OutputConflict, writeOutput } from '../../src/node/emit/output.ts';
import { MANIFEST } from '../../src/node/emit/names.ts';
import { html, raw, xml } from '../../src/node/emit/safe-html.ts';

describe('writeOutput', () => {
  const out = mkdtempSync(join(tmpdir(), 'pa-out-'));
  after(() => rmSync(out, { recursive: true, force: true }));

  test('a build that fails while writing leaves the previous output as it was, and no temporary folder', () => {
    writeOutput(out, [{ path: 'a.html', content: 'old a' }, { path: 'sub/b.json', content: 'old b' }]);
    const before = readdirSync(out).sort();
    const broken = { path: 'sub/c.json', get content(): string { throw new Error('disk full'); } };
    assert.throws(() => writeOutput(out, [{ path: 'a.html', content: 'new a' }, broken]), /disk full/);
    assert.deepEqual(readdirSync(out).sort(), before);
    assert.equal(readFileSync(join(out, 'a.html'), 'utf8'), 'old a');
    assert.equal(readFileSync(join(out, 'sub/b.json'), 'utf8'), 'old b');
  });

  test('refuses an output folder that is a file, or a symlink, to a folder or to nothing, saying so', () => {
    writeFileSync(join(out, 'a-file'), 'mine');
    assert.throws(() => writeOutput(join(out, 'a-file'), [{ path: 'a.html', content: 'a' }]), (e: Error) => e instanceof OutputConflict && e.message.includes(`\n  ${join(out, 'a-file')}\nNothing was written.`));
    mkdirSync(join(out, 'elsewhere'));
    symlinkSync(join(out, 'nowhere'), join(out, 'dangling'));
    symlinkSync(join(out, 'elsewhere'), join(out, 'linked'));
    for (const name of ['dangling', 'linked', 'linked/']) {
      const message = `practice-articles: ${join(out, name)} is a symbolic link; the build writes only into a real folder, never through a link: give --out the folder it leads to, or another.\nNothing was written.`;
      assert.throws(() => writeOutput(join(out, name), [{ path: 'a.html', content: 'a' }]), { message }, name);
    }
    assert.ok(!existsSync(join(out, 'nowhere')));
    assert.deepEqual(readdirSync(join(out, 'elsewhere')), [], 'nothing written through the link');
    for (const name of ['a-file', 'dangling', 'linked', 'elsewhere']) rmSync(join(out, name), { recursive: true });
  });

  test('refuses paths that would leave the folder', () => {
    for (const path of ['../x', '/etc/x', 'a/../../x', '.hidden']) assert.throws(() => writeOutput(out, [{ path, content: '' }]), /internal: output path/);
  });
});

describe('writeOutput owns a file only while it holds what the build wrote', () => {
  let out: string;
  beforeEach(() => (out = mkdtempSync(join(tmpdir(), 'pa-own-'))));
  afterEach(() => rmSync(out, { recursive: true, force: true }));
  const at = (path: string) => readFileSync(join(out, path), 'utf8');
  const manifest = () => JSON.parse(at(MANIFEST)) as { files: Record<string, string[]> };

  test('a page the build wrote and the user then replaced with their own is not removed when it goes stale', () => {
    writeOutput(out, [{ path: 'about.html', content: 'an article page' }, { path: 'preview.html', content: 'p' }]);
    writeFileSync(join(out, 'about.html'), 'the clinic’s own About page');
    const { kept } = writeOutput(out, [{ path: 'preview.html', content: 'p' }]);
    assert.equal(at('about.html'), 'the clinic’s own About page');
    assert.deepEqual(kept, ['about.html']);
    assert.deepEqual(Object.keys(manifest().files), ['preview.html'], 'and it is no longer the build’s');
  });

  test('a file the build wrote and the user edited is not written over: the build stops, and says so', () => {
    writeOutput(out, [{ path: 'snippet.html', content: 'built' }, { path: 'a.js', content: 'old' }]);
    writeFileSync(join(out, 'snippet.html'), 'built, then edited by hand');
    assert.throws(
      () => writeOutput(out, [{ path: 'snippet.html', content: 'built again' }, { path: 'a.js', content: 'new' }]),
      (e: Error) => e instanceof OutputConflict && /snippet\.html \(changed since the build wrote it\)\nNothing was written/.test(e.message),
    );
    assert.equal(at('snippet.html'), 'built, then edited by hand');
    assert.equal(at('a.js'), 'old', 'nothing was written');
  });

  test('a manifest edited to name the user’s files, or files outside, removes nothing', () => {
    writeOutput(out, [{ path: 'a.html', content: 'a' }]);
    writeFileSync(join(out, 'index.html'), 'the home page');
    const forged = manifest();
    forged.files['index.html'] = ['0'.repeat(64)];
    writeFileSync(join(out, MANIFEST), JSON.stringify(forged));
    assert.deepEqual(writeOutput(out, [{ path: 'a.html', content: 'a' }]).kept, ['index.html']);
    assert.equal(at('index.html'), 'the home page');
    for (const path of ['../outside.txt', '/etc/passwd', 'a/../../x']) {
      writeFileSync(join(out, MANIFEST), JSON.stringify({ files: { [path]: ['0'.repeat(64)] } }));
      assert.throws(() => writeOutput(out, [{ path: 'a.html', content: 'a' }]), OutputConflict, path);
    }
  });

  test('a manifest from before hashes still lets the build replace its files, and keeps a stale one it can’t tell unchanged', () => {
    writeFileSync(join(out, 'a.html'), 'old a');
    writeFileSync(join(out, 'b.html'), 'old b');
    writeFileSync(join(out, MANIFEST), JSON.stringify({ files: ['a.html', 'b.html'] }));
    const { kept } = writeOutput(out, [{ path: 'a.html', content: 'new a' }]);
    assert.equal(at('a.html'), 'new a');
    assert.deepEqual(kept, ['b.html']);
    assert.ok(existsSync(join(out, 'b.html')));
  });

  test('after a build killed while moving files, either content of a name is the build’s own', () => {
    writeOutput(out, [{ path: 'a.html', content: 'new a' }]);
    // What the manifest says mid-move: a.html may still hold the old content, or the new.
    const m = manifest();
    writeFileSync(join(out, 'a.html'), 'old a');
    m.files['a.html'] = [...m.files['a.html']!, createHash('sha256').update('old a').digest('hex')];
    writeFileSync(join(out, MANIFEST), JSON.stringify(m));
    writeOutput(out, [{ path: 'a.html', content: 'newer a' }]);
    assert.equal(at('a.html'), 'newer a');
  });

  test('a second build into the same folder at once stops before touching the first one’s files; a killed build’s lock is taken over', () => {
    const running = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)']);
    try {
      writeFileSync(join(out, '.practice-articles-lock'), `${running.pid}\n`);
      mkdirSync(join(out, '.practice-articles-tmp-AbC123'));
      writeFileSync(join(out, '.practice-articles-tmp-AbC123', '.practice-articles-temp'), 'its mark');
      writeFileSync(join(out, '.practice-articles-tmp-AbC123', 'a.html'), 'the first build, moving into place');
      assert.throws(() => writeOutput(out, [{ path: 'a.html', content: 'a' }]), new RegExp(`another build \\(process ${running.pid}\\) is writing into`));
      assert.equal(at('.practice-articles-tmp-AbC123/a.html'), 'the first build, moving into place', 'its temporary folder is left alone');
      assert.ok(!existsSync(join(out, 'a.html')));
    } finally {
      running.kill();
    }
    const gone = spawnSync(process.execPath, ['-e', '']).pid!;
    writeFileSync(join(out, '.practice-articles-lock'), `${gone}\n`);
    writeOutput(out, [{ path: 'a.html', content: 'a' }]);
    assert.equal(at('a.html'), 'a');
    assert.ok(!existsSync(join(out, '.practice-articles-lock')), 'released');
    assert.ok(!existsSync(join(out, '.practice-articles-tmp-AbC123')), 'the killed build’s leftover is removed');
  });

  test('a lock with no process in it yet is another build or import taking it: the build stops; one left so for long is taken over', () => {
    const lockFile = join(out, '.practice-articles-lock');
    writeFileSync(lockFile, '');
    assert.throws(() => writeOutput(out, [{ path: 'a.html', content: 'a' }]), /another build or import is writing into/);
    assert.ok(!existsSync(join(out, 'a.html')));
    utimesSync(lockFile, new Date(Date.now() - 60_000), new Date(Date.now() - 60_000));
    writeOutput(out, [{ path: 'a.html', content: 'a' }]);
    assert.equal(at('a.html'), 'a');
    assert.ok(!existsSync(lockFile), 'released');
    assert.deepEqual(readdirSync(out).filter((f) => f.startsWith('.practice-articles-lock')), [], 'no file of the lock left');
  });

  test('a dead lock another build is taking over is left to it; one whose taker stopped too is left to the user, naming both files', () => {
    const lockFile = join(out, '.practice-articles-lock');
    const takeover = join(out, '.practice-articles-lock-takeover');
    const gone = spawnSync(process.execPath, ['-e', '']).pid!;
    writeFileSync(lockFile, `${gone} build\n`);
    const running = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)']);
    try {
      writeFileSync(takeover, `${running.pid} build\n`);
      assert.throws(() => writeOutput(out, [{ path: 'a.html', content: 'a' }]), new RegExp(`another build \\(process ${running.pid}\\) is writing into`));
    } finally {
      running.kill();
    }
    writeFileSync(takeover, `${gone} import\n`);
    assert.throws(() => writeOutput(out, [{ path: 'a.html', content: 'a' }]), {
      message: `practice-articles: a command stopped while it took over the lock of another that had stopped, in ${out}; if no build or import is running there, delete ${lockFile} and ${takeover}, then build again.\nNothing was written.`,
    });
    assert.deepEqual(readdirSync(out).sort(), ['.practice-articles-lock', '.practice-articles-lock-takeover'], 'both left, nothing written');
    rmSync(takeover);
    writeOutput(out, [{ path: 'a.html', content: 'a' }]);
    assert.deepEqual(readdirSync(out).sort(), [MANIFEST, 'a.html']);
  });

  test('two builds that find the same dead lock at once: exactly one takes it over, every time', async () => {
    // Each removed the dead lock and took a new one; one of them could remove the other's new one, and both wrote.
    const racers = [0, 1].map(() => spawn(process.execPath, ['--import', 'tsx', 'test/node/lock-racer.ts'], { stdio: ['pipe', 'pipe', 'inherit'] }));
    const lines = racers.map((r) => {
      const waiting: ((line: string) => void)[] = [];
      const got: string[] = [];
      createInterface({ input: r.stdout! }).on('line', (l) => (waiting.length ? waiting.shift()!(l) : got.push(l)));
      return () => new Promise<string>((done) => (got.length ? done(got.shift()!) : waiting.push(done)));
    });
    const gone = spawnSync(process.execPath, ['-e', '']).pid!;
    const tally = new Map<string, number>(); // on the code before: 96 of 200 right, 98 a raw ENOENT, 3 EEXIST, 3 both won
    try {
      for (let round = 0; round < 200; round++) {
        const dir = mkdtempSync(join(tmpdir(), 'pa-race-'));
        writeFileSync(join(dir, '.practice-articles-lock'), `${gone}\n`);
        const at = performance.timeOrigin + performance.now() + 10;
        for (const r of racers) r.stdin!.write(`${dir} ${at}\n`);
        const answers = await Promise.all(lines.map((next) => next()));
        const key = [...answers].sort().join(' + ');
        tally.set(key, (tally.get(key) ?? 0) + 1);
        for (const [i, a] of answers.entries()) if (a === 'won') racers[i]!.stdin!.write('release\n');
        assert.deepEqual(await Promise.all(lines.map((next) => next())), ['done', 'done']);
        assert.equal(key, 'held + won', `round ${round}: ${key}`);
        assert.deepEqual(readdirSync(dir).filter((f) => f.startsWith('.practice-articles-lock')), [], 'released, and nothing of the takeover left');
        rmSync(dir, { recursive: true, force: true });
      }
    } finally {
      for (const r of racers) r.stdin!.end();
    }
    assert.deepEqual([...tally], [['held + won', 200]]);
  });

  test('a file or folder of the user’s named like the build’s temporary folder is left alone, and what is in it', () => {
    for (const name of ['.practice-articles-tmp-notes', '.practice-articles-tmp-']) writeFileSync(join(out, name), 'mine');
    mkdirSync(join(out, '.practice-articles-tmp-photos'));
    writeFileSync(join(out, '.practice-articles-tmp-photos', 'me.jpg'), 'my photo');
    writeOutput(out, [{ path: 'a.html', content: 'a' }]);
    for (const name of ['.practice-articles-tmp-notes', '.practice-articles-tmp-', '.practice-articles-tmp-photos/me.jpg']) assert.equal(at(name), name.endsWith('jpg') ? 'my photo' : 'mine');
  });
});

describe('html and xml templates', () => {
  test('escape every interpolated value, and pass nested templates, arrays and raw() through', () => {
    const title = `<script>"x" & 'y'</script>`;
    const item = (t: string) => html`<li>${t}</li>`;
    assert.equal(
      String(html`<h1 title="${title}">${title}</h1><ul>${['a<', 'b&'].map(item)}</ul>${false}${undefined}${0}${raw('<br>')}`),
      '<h1 title="&lt;script&gt;&quot;x&quot; &amp; &#39;y&#39;&lt;/script&gt;">&lt;script&gt;&quot;x&quot; &amp; &#39;y&#39;&lt;/script&gt;</h1><ul><li>a&lt;</li><li>b&amp;</li></ul>0<br>',
    );
    assert.equal(String(html`${'<b>'}`), '&lt;b&gt;', 'a plain string is never markup');
  });

  test('xml refuses what XML 1.0 forbids, and keeps emoji, bidi marks and U+2028', () => {
    for (const bad of ['\u0000', '\u000b', '\u000c', '\u001f', '\ufffe', '\uffff', '\ud83d', 'x\ude00']) {
      assert.throws(() => xml`<t>${`a${bad}b`}</t>`, /can't be written in XML/, JSON.stringify(bad));
    }
    assert.equal(String(xml`<t>${'😀 \u200f\u200d \u2028 \t\n & <'}</t>`), '<t>😀 \u200f\u200d \u2028 \t\n &amp; &lt;</t>');
  });
});
