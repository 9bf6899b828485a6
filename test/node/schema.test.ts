// The data the command emits, read back from the scripts it wrote, against the JSON
// Schema other producers (the WordPress plugin) are held to.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runInNewContext } from 'node:vm';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { CollectionData } from '../../src/shared/data.ts';

const CLI = resolve('dist/node/cli.js');
const schema = JSON.parse(readFileSync('src/shared/collection.schema.json', 'utf8'));
let tmp: string;

/** The data inside a built practice-articles.js: the JSON.parse expression in front of the widget. */
function dataOf(script: string): CollectionData {
  const expr = /^\uFEFFif\(!customElements\.get\("practice-articles"\)\)\{const __practiceArticles=(JSON\.parse\('(?:[^'\\]|\\.)*'\));/.exec(script);
  assert.ok(expr, 'the script starts with its data');
  return JSON.parse(JSON.stringify(runInNewContext(expr[1]!)));
}

describe('the data the command emits', () => {
  const ajv = new Ajv2020({ allErrors: true, strictRequired: false, strictTuples: false });
  addFormats.default(ajv);
  const validate = ajv.compile(schema);
  before(() => (tmp = mkdtempSync(join(tmpdir(), 'pa-schema-'))));
  after(() => rmSync(tmp, { recursive: true, force: true }));

  for (const [name, dir, ...flags] of <[string, string, ...string[]][]>[
    ['the seeds', 'seeds'],
    ['the test fixtures', 'test/fixtures/seeds', '--site-url', 'https://clinic.example/articles/'],
    ['a split build', 'seeds', '--split'],
    ['the script fixtures', 'test/fixtures/scripts'],
    ['the health fixtures (images, topics, review, note, support)', 'test/fixtures/health', '--site-url', 'https://clinic.example/articles/'],
  ]) {
    test(`matches the JSON Schema: ${name}`, () => {
      const out = join(tmp, name.replace(/\W+/g, '-'));
      const r = spawnSync(process.execPath, [CLI, 'build', dir, '--out', out, ...flags], { encoding: 'utf8' });
      assert.equal(r.status, 0, r.stderr);
      const data = dataOf(readFileSync(join(out, 'practice-articles.js'), 'utf8'));
      validate(data);
      assert.deepEqual(validate.errors ?? [], []);
      assert.ok(data.articles.length > 0);
      for (const a of data.articles) {
        for (const [key, value] of Object.entries(a)) assert.ok(value !== '' && !(Array.isArray(value) && !value.length), `${a.slug}: empty "${key}"`);
        if (a.minutes !== undefined) assert.ok((a.body === undefined) !== (a.src === undefined) && a.words > 0, `${a.slug}: body xor src, and words`);
      }
      if (flags.includes('--split')) assert.ok(data.articles.some((a) => a.minutes !== undefined && a.src));
    });
  }
});
