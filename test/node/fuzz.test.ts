// Property-based fuzzing (fast-check) of the formats and the emitters, with random Unicode:
// controls, bidi marks, surrogates, emoji and markup. A fixed seed keeps `npm test` stable;
// FUZZ_RUNS=100000 runs it longer (and FUZZ_SEED=n another sequence).
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { HtmlValidate } from 'html-validate';
import { buildCollection } from '../../src/node/collection/assemble.ts';
import { makeArticle } from '../../src/node/collection/article.ts';
import { markdownBlocks } from '../../src/node/collection/markdown.ts';
import { Problems, SeedError, SeedErrors } from '../../src/node/collection/problems.ts';
import { build } from '../../src/node/emit/build.ts';

const RUNS = Number(process.env.FUZZ_RUNS ?? 1000);
const SEED = Number(process.env.FUZZ_SEED ?? 20261201);
const BUILDS = Math.max(8, Math.round(RUNS / 15));

/** Pieces a hostile or careless file is made of. */
const PIECES = [
  '\n', '\n\n', '\r\n', '\t', '\v', '\f', '\0', '\x07', '\x1b', '\uFFFE', '\uFFFF', '\uD800', '\uDFFF', '\u200f', '\u202e', '\u2066',
  '\u200d', '\u2028', '\u2029', '👩‍👩‍👧', 'é', 'ß', '日本語', 'العربية', ' ', '  ', '*', '**', '_', '`', '>', '> ', '- ', '1. ', '# ', '## ',
  '[', ']', '(', ')', '[a](https://a.example/?x=1&y=<2>)', '[b](javascript:alert(1))', '<script>alert(1)</script>', '</textarea>', '<!--', ']]>',
  '&amp;', '&#0;', '&#x0B;', '"', "'", '\\', '---', ':', 'title: x', 'By ', '. Book with her here:', ' https://book.example/', 'Word', 'word.',
];
const FORBIDDEN = /[\0-\x08\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDFFF]/u;
const hostile = fc.oneof(fc.constantFrom(...PIECES), fc.string({ unit: 'binary', maxLength: 6 }), fc.string({ unit: 'grapheme', maxLength: 8 }));
/** Mostly publishable pieces, so that most builds get as far as the emitters. */
const publishable = fc.oneof(
  { arbitrary: fc.constantFrom(...PIECES.filter((p) => !FORBIDDEN.test(p) && !/^(> ?|`|\[b\].*)$/.test(p))), weight: 6 },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }).filter((p) => !FORBIDDEN.test(p)), weight: 3 },
  { arbitrary: hostile, weight: 1 },
);
let piece = hostile;
const noise = (max: number) => fc.array(fc.constant(null).chain(() => piece), { maxLength: max }).map((a) => a.join(''));

/** A text-format file: title, paragraphs, the byline, related titles; each part may be noise. */
const textFile = fc.tuple(noise(6), fc.array(noise(20), { maxLength: 4 }), fc.constantFrom('Sam Lee', 'Dr. Ana Ruiz'), noise(4), fc.array(noise(5), { maxLength: 3 }))
  .map(([title, paras, name, extra, related]) => `Title ${title}\n\n${paras.join('\n\n')}\n\nBy ${name}, ${extra}. Book with them here:\n${related.map((r) => `Other ${r}`).join('\n')}\n`);
/** A Markdown file: frontmatter with noisy values, then a noisy body. */
const mdFile = fc.tuple(noise(6), noise(4), fc.constantFrom('2024-02-29', '2024-02-29', '2024-02-29', '2024-02-31', 'soon'), noise(40))
  .map(([title, summary, date, body]) => `---\ntitle: ${JSON.stringify(`Markdown ${title}`)}\nauthor: Sam Lee\nsummary: ${JSON.stringify(summary || 's')}\ndate: ${date}\n---\n\n${body}\n`);
const authorsFile = fc.tuple(noise(10), noise(4)).map(([bio, short]) => `Sam Lee:\n  bio: ${JSON.stringify(bio || 'b')}\n  shortName: ${JSON.stringify(short || 'S')}\n`);

/** Runs `fn`; a reported problem (file:line) is an answer, anything else thrown fails the test. */
function reported(fn: () => unknown): void {
  try {
    fn();
  } catch (e) {
    if (e instanceof SeedErrors) for (const p of e.problems) assert.match(p.message, /^[^\n]+:\d+: /);
    else if (!(e instanceof SeedError)) throw e;
  }
}

describe('fuzz', () => {
  let tmp: string;
  before(() => (tmp = mkdtempSync(join(tmpdir(), 'pa-fuzz-'))));
  after(() => rmSync(tmp, { recursive: true, force: true }));

  test('the text and Markdown formats and authors.yaml throw nothing but reported problems', () => {
    fc.assert(
      fc.property(textFile, mdFile, authorsFile, (txt, md, authors) => {
        reported(() => buildCollection([{ file: 'a.txt', source: txt }, { file: 'b.md', source: md }, { file: 'authors.yaml', source: authors }]));
      }),
      { seed: SEED, numRuns: RUNS },
    );
  });

  test('Markdown time stays linear: four times the text takes well under sixteen times as long', () => {
    fc.assert(
      fc.property(noise(60), (body) => {
        const unit = `${body}\n\nA plain paragraph in between.\n\n`;
        const time = (copies: number) => {
          const text = unit.repeat(copies);
          const started = performance.now();
          const problems = new Problems();
          const blocks = markdownBlocks(text, 'x.md', 1, problems);
          reported(() => makeArticle({ title: 'T', author: 'A', body: blocks, file: 'x.md', line: 1 }));
          return performance.now() - started;
        };
        const copies = Math.max(1, Math.ceil(20_000 / unit.length));
        time(copies); // warm up
        // The fastest of three runs: a shared machine's noise only ever adds time.
        // Four times the text: linear is 4× the time, quadratic 16×; 8× leaves room for noise.
        const once = Math.min(time(copies), time(copies), time(copies));
        const four = Math.min(time(4 * copies), time(4 * copies), time(4 * copies));
        assert.ok(four < 8 * once + 25, `${unit.length * copies} chars: ${once.toFixed(1)} ms; four times as many: ${four.toFixed(1)} ms`);
      }),
      { seed: SEED, numRuns: Math.max(5, Math.round(RUNS / 30)) },
    );
  });

  test('every build either reports problems or writes pages that pass html-validate and XML that parses', async () => {
    const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });
    // The preview is a local tool page written `<!doctype html>`; only that style rule is off for it.
    const preview = new HtmlValidate({ extends: ['html-validate:recommended'], rules: { 'doctype-style': 'off' } });
    let built = 0;
    piece = publishable;
    await fc.assert(
      fc.asyncProperty(textFile, mdFile, authorsFile, async (txt, md, authors) => {
        const dir = join(tmp, `in-${built}`);
        const out = join(tmp, `out-${built++}`);
        mkdirSync(dir);
        writeFileSync(join(dir, 'a.txt'), txt);
        writeFileSync(join(dir, 'b.md'), md);
        writeFileSync(join(dir, 'authors.yaml'), authors);
        try {
          await build(dir, { out, siteUrl: 'https://clinic.example/articles/' });
        } catch (e) {
          if (e instanceof SeedErrors || e instanceof SeedError) return;
          throw e;
        }
        for (const page of readdirSync(out).filter((f) => f.endsWith('.html') && f !== 'snippet.html')) {
          const report = await (page === 'preview.html' ? preview : validator).validateFile(join(out, page));
          assert.deepEqual(report.results.flatMap((r) => r.messages.map((m) => `${page}:${m.line}: ${m.ruleId}: ${m.message}`)), []);
        }
        const lint = spawnSync('xmllint', ['--noout', join(out, 'feed.xml'), join(out, 'sitemap.xml')], { encoding: 'utf8' });
        assert.equal(lint.status, 0, lint.stderr);
      }),
      { seed: SEED, numRuns: BUILDS },
    );
  });
});
