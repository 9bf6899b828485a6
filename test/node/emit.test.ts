import { test, describe, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { loadModel } from '../../src/node/collection/resolve.ts';
import { browserData } from '../../src/node/emit/data.ts';
import { build, scriptBudget } from '../../src/node/emit/build.ts';
import { classicScript, dataExpression, moduleScript } from '../../src/node/emit/bundle.ts';
import { makeArticle, writeArticles } from '../../scripts/generate-articles.ts';
import { RAW_LIMIT } from '../../src/node/emit/budget.ts';
import { TRUST } from './helpers.ts';

describe('the data the browser gets', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'pa-emit-'));
  after(() => rmSync(tmp, { recursive: true, force: true }));

  test('for the seed: everything inside the script, nothing invented', () => {
    const { data, split, files } = browserData(loadModel('seeds'), { split: false });
    assert.equal(split, false);
    assert.deepEqual(data.authors, [{ name: 'Hailey Oliver', creds: 'MA, MHCI', short: 'Hailey', initials: 'HO' }]);
    const [trust, ...titleOnly] = data.articles;
    assert.ok(trust?.minutes);
    assert.equal(trust.slug, TRUST);
    assert.equal(trust!.body!.length, 5);
    assert.deepEqual([trust!.minutes, trust!.more, trust!.src, trust!.url], [2, [1, 2], undefined, undefined]);
    for (const a of titleOnly) assert.deepEqual(Object.keys(a), ['slug', 'title', 'author']);
    // Interface languages other than English are files, fetched when a page asks for one.
    assert.deepEqual(data.locales, ['es', 'fr', 'de', 'pt', 'it', 'nl', 'pl', 'he', 'ar']);
    assert.deepEqual(files.map((f) => f.path), data.locales.map((l) => `${data.i18n}${l}.json`));
  });

  test('split, gives each body a file named by its content', () => {
    const many = browserData(loadModel(writeArticles(join(tmp, 'many'), 40)), { split: true });
    const bodies = many.files.filter((f) => f.path.startsWith('bodies/'));
    assert.equal(bodies.length, 40);
    for (const [i, a] of many.data.articles.entries()) {
      assert.ok(a.minutes);
      assert.equal(a.body, undefined);
      assert.match(a.src!, /^bodies\/[0-9a-f]{10}\.json$/);
      assert.equal(bodies[i]!.path, a.src);
    }
    // The same text gives the same name: a host can cache these forever.
    assert.deepEqual(browserData(loadModel(join(tmp, 'many')), { split: true }).files.map((f) => f.path), many.files.map((f) => f.path));
  });

  test('the build keeps bodies inside while the script fits 15 KB + 0.3 KB per entry gzipped, and splits past it', async () => {
    for (const [name, n, split] of [['seed', 0, false], ['three', 3, true], ['forty', 40, true]] as const) {
      const out = join(tmp, `built-${name}`);
      const result = await build(n ? writeArticles(join(tmp, `src-${name}`), n) : 'seeds', { out });
      assert.equal(result.split, split, name);
      assert.ok(result.scriptGzip <= scriptBudget(result.model.articles.length), `${name}: ${result.scriptGzip} B`);
    }
  });

  test('splits when the raw script would pass 120 KB, even while its gzip fits', async () => {
    // One practice's long, repetitive article: small gzipped, but every raw byte is parsed.
    const dir = join(tmp, 'repetitive');
    mkdirSync(dir, { recursive: true });
    const { text } = makeArticle(1, 60);
    const [title, para, ...rest] = text.split('\n\n');
    writeFileSync(join(dir, 'long.txt'), [title, ...Array(400).fill(para), rest.at(-1)].join('\n\n'));
    const inline = await build(dir, { out: join(tmp, 'rep-inline'), split: false });
    assert.ok(inline.scriptGzip <= scriptBudget(1), `gzip ${inline.scriptGzip} B fits`);
    assert.ok(statSync(join(tmp, 'rep-inline/practice-articles.js')).size > RAW_LIMIT, 'raw passes the limit inline');
    const result = await build(dir, { out: join(tmp, 'rep') });
    assert.equal(result.split, true);
    assert.ok(statSync(join(tmp, 'rep/practice-articles.js')).size <= RAW_LIMIT);
  });

  test('follows --split and --inline whatever the size', async () => {
    assert.equal((await build('seeds', { out: join(tmp, 'forced'), split: true })).split, true);
    assert.equal((await build(join(tmp, 'many'), { out: join(tmp, 'kept'), split: false })).split, false);
  });

  test('gives authors without a booking URL the --booking-url, and full articles their page URL', () => {
    const { data } = browserData(loadModel('seeds', { bookingUrl: 'https://clinic.example/book' }), { split: false, pageUrl: (a) => `https://clinic.example/articles/${a.slug}.html` });
    assert.equal(data.authors[0]!.url, 'https://clinic.example/book');
    assert.deepEqual(data.articles.map((a) => a.url), [`https://clinic.example/articles/${TRUST}.html`, undefined, undefined]);
  });

  test('carries the languages asked for inside the script', () => {
    const { data } = browserData(loadModel('seeds'), { split: false, languages: ['es', 'he'] });
    assert.deepEqual(Object.keys(data.strings), ['es', 'he']);
    assert.equal(data.strings.es!.read, 'Leer');
    assert.ok(!data.locales.includes('es'));
  });
});

describe('the scripts that ship', () => {
  const data = { authors: [], articles: [{ slug: 'x', title: `</script><b>'quotes' "and" \\ back\u2028slash`, author: 0 }], strings: {}, locales: [], i18n: 'i18n/0/' };

  test('carry the data as a string JSON.parse reads back exactly, with no "</script" inside', () => {
    const expr = dataExpression(data);
    assert.doesNotMatch(expr, /<\/script/i);
    assert.equal(JSON.stringify(runInNewContext(expr)), JSON.stringify(data)); // another realm: compare as JSON
  });

  test('the classic script defines no global and skips itself when the elements exist', () => {
    const template = '(function(){globalThis.seen = __practiceArticles.articles[0].slug})();';
    const run = (defined: boolean) => {
      const context: Record<string, unknown> = { customElements: { get: () => defined } };
      runInNewContext(classicScript(template, data), context);
      return context;
    };
    assert.deepEqual(Object.keys(run(false)), ['customElements', 'seen']);
    assert.deepEqual(Object.keys(run(true)), ['customElements']);
  });

  test('the module puts the data in a module-scoped constant', () => {
    assert.match(moduleScript('export {};', data), /^const __practiceArticles=JSON\.parse\('/);
  });
});
