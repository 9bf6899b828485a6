// The output folder, written by writeOutput: old or new files, each whole, never a mix
// that loses the user's files; and HTML/XML escaped by construction.
import { test, describe, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeOutput } from '../../src/node/emit/output.ts';
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

  test('refuses paths that would leave the folder', () => {
    for (const path of ['../x', '/etc/x', 'a/../../x', '.hidden']) assert.throws(() => writeOutput(out, [{ path, content: '' }]), /internal: output path/);
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
