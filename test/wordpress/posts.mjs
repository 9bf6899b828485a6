// "Posts of this site": the plugin's PHP producer, in the real WordPress that
// wordpress.test.mjs starts. Content and filters, bodies, privacy, freshness, scale and
// quality, as issue 20 lists them (privacy, freshness, scale and uninstall in lifecycle.mjs); the data is checked against the one JSON Schema, and
// the script against the command's own wrapper (src/node/emit/bundle.ts), byte for byte.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import Ajv from 'ajv/dist/2020.js';
import { Visitor, saveSettings, SETTINGS } from '../../scripts/wordpress/site.mjs';
import { ENGINES, NAMES, launch } from './browsers.mjs';
import { axeInWidgets, coverImages, postOnItsPage, readArticle, switchLanguage, widgetsOnPage } from './page.mjs';
import { PARAGRAPHS, formFields, writeContent } from './content.mjs';
import { lifecycleSuite } from './lifecycle.mjs';
import { sourceSuite } from './source.mjs';
import { hostileSuite } from './hostile.mjs';

const TIMEOUT = { timeout: 60000 };
const FOLDER = 'wp-content/uploads/practice-articles-posts';

/** The collection data inside a script the plugin wrote. */
export function scriptData(js) {
  const m = /^\uFEFFif\(!customElements\.get\("practice-articles"\)\)\{const __practiceArticles=JSON\.parse\('((?:[^'\\]|\\.)*)'\);\n/.exec(js);
  assert.ok(m, `the script starts like bundle.ts's classicScript: ${js.slice(0, 120)}`);
  return JSON.parse(new Function(`return '${m[1]}'`)());
}

/** The command's excerpt and word count of each text (src/node/collection/text-rules.ts). */
function commandText(root, texts) {
  const code = "import { makeExcerpt, countWords } from './src/node/collection/text-rules.ts'; import { readFileSync } from 'node:fs';"
    + " process.stdout.write(JSON.stringify(JSON.parse(readFileSync(0, 'utf8')).map((t) => [makeExcerpt(t), countWords(t)])));";
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], { cwd: root, input: JSON.stringify(texts), encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout);
}

/** bundle.ts's classicScript(template, data), run by Node from the repository's source. */
function commandScript(root, template, data) {
  const code = "import { classicScript } from './src/node/emit/bundle.ts'; import { readFileSync } from 'node:fs';"
    + " const [t, d] = JSON.parse(readFileSync(0, 'utf8')); process.stdout.write(classicScript(t, d));";
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], { cwd: root, input: JSON.stringify([template, data]), encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  return r.stdout;
}

/** The widget's own words for `lang`: English from its source, the others from the files the build wrote. */
function strings(root, lang) {
  if (lang !== 'en') {
    const folder = readdirSync(join(root, 'dist/i18n')).find((f) => readdirSync(join(root, 'dist/i18n', f)).includes(`${lang}.json`));
    return JSON.parse(readFileSync(join(root, 'dist/i18n', folder, `${lang}.json`), 'utf8'));
  }
  const source = readFileSync(join(root, 'src/shared/translations/en.ts'), 'utf8');
  return Object.fromEntries([...source.matchAll(/^\s+(\w+): '((?:[^'\\]|\\.)*)',$/gm)].map(([, k, v]) => [k, v.replace(/\\(.)/g, '$1')]));
}

export function postsSuite(root, getSite) {
  describe('with "Posts of this site"', () => {
    let site;
    let c;
    const files = () => readdirSync(join(site.siteDir, FOLDER), { recursive: true }).filter((f) => f.endsWith('.js') || f.endsWith('.json'));
    const read = (f) => readFileSync(join(site.siteDir, FOLDER, f), 'utf8');
    const data = () => scriptData(read('practice-articles.js'));
    const anonymous = () => new Visitor(site.url);
    const article = (key) => data().articles.find((a) => a.slug === c.posts[key].slug);
    /** The titles of a widget's article cards (the carousel may add a card per author, too). */
    const articleTitles = (w) => w.headings.map(([, t]) => t).filter((t) => data().articles.some((a) => a.title === t));

    before(async () => {
      site = getSite();
      c = await writeContent(site);
      const saved = await saveSettings(site.visitors.administrator, { ...SETTINGS, source: 'posts' });
      assert.match(saved.location, /notice=saved/);
    }, { timeout: 120000 });

    it('is the default on a fresh install', () => {
      assert.equal(site.defaultSource, 'posts');
    });

    it('writes data that the collection schema accepts', () => {
      const ajv = new Ajv({ allErrors: true, strictRequired: false, strictTuples: false });
      const validate = ajv.compile(JSON.parse(readFileSync(join(root, 'src/shared/collection.schema.json'), 'utf8')));
      assert.ok(validate(data()), JSON.stringify(validate.errors, null, 1));
    });

    it('writes the script byte for byte as the command\'s classicScript does, around the template the zip ships', () => {
      const script = read('practice-articles.js');
      const template = readFileSync(join(site.siteDir, 'wp-content/plugins/practice-articles/runtime/practice-articles.js'), 'utf8');
      assert.deepEqual(readFileSync(join(root, 'dist/runtime/practice-articles.js'), 'utf8'), template);
      assert.ok(script === commandScript(root, template, data()), 'the same bytes');
    });

    it('cuts excerpts and counts words exactly as the command does', () => {
      const all = PARAGRAPHS.join(' ');
      const texts = [...PARAGRAPHS, all, all.replace(/[.!?]/g, ','), all.replace(/ /g, ''), '日本語の文章です。'.repeat(30), `${'🙂 '.repeat(70)}and words after the emoji.`, `!${'😀'.repeat(150)}`, "Don't cut “quoted” words — or dashes – here. ".repeat(8)];
      assert.deepEqual(site.wp('text', { texts }), commandText(root, texts));
    });

    it('takes each author\'s name, credentials, short name, booking URL, photo and bio from their profile', () => {
      const { authors } = data();
      const one = authors[article('a1').author];
      const two = authors[article('a2').author];
      assert.deepEqual({ name: one.name, creds: one.creds, short: one.short, url: one.url, bio: one.bio }, {
        name: 'Dr. Test Person', creds: 'PsyD, LMFT', short: 'Dr. Person', url: 'https://clinic.example/book/test-person',
        bio: ['A test fixture bio, first paragraph.', ['p', ['Its second paragraph, with ', ['em', ['emphasis']], '.']]],
      });
      assert.deepEqual({ name: two.name, short: two.short, url: two.url, bio: two.bio }, { name: 'Alex Fixture', short: 'Alex', url: 'mailto:alex.fixture@example.com', bio: ['Another test fixture bio.'] });
      for (const a of [one, two]) assert.ok(a.photo.src.startsWith(`${site.url}/wp-content/uploads/`), a.photo.src);
      assert.equal(two.photo.width, 150, 'WordPress\'s thumbnail size');
    });

    it('offers the site\'s own posts and their topics in the block editor, with the posts\' script for the preview', async () => {
      const editor = (await site.visitors.administrator.request('/wp-admin/post-new.php')).text;
      const offered = JSON.parse(/var practiceArticlesEditor = (\{.*?\});\n/.exec(editor)[1]);
      assert.deepEqual(offered.articles.map((a) => a.slug), data().articles.map((a) => a.slug));
      assert.deepEqual(offered.topics, data().topics);
      assert.match(offered.script, /\/wp-content\/uploads\/practice-articles-posts\/practice-articles\.js\?ver=[0-9a-f]{10}$/);
    });

    it('lets no Author change another user\'s fields', async () => {
      const two = c.people.two.visitor;
      const own = formFields((await two.request('/wp-admin/profile.php')).text, 'your-profile');
      const res = await two.request('/wp-admin/user-edit.php', { method: 'POST', form: { ...own, user_id: String(c.people.one.id), practice_articles_booking_url: 'https://forged.example/' } });
      assert.equal(res.status, 403);
      assert.equal(data().authors[article('a1').author].url, 'https://clinic.example/book/test-person');
    });

    it('gives each article its permalink, dates, topics, excerpt, reading time and cover image', () => {
      const { topics } = data();
      const a1 = article('a1');
      assert.equal(a1.url, c.posts.a1.link);
      assert.deepEqual([a1.date, a1.title], ['2024-03-02', 'Couples test post one']);
      assert.deepEqual(a1.topics.map((i) => topics[i]), [['couples-therapy', 'Couples therapy']]);
      assert.deepEqual(article('b1').topics.map((i) => topics[i][0]), ['anxiety', 'sleep']);
      assert.equal(article('b2').excerpt, 'Its own test excerpt.');
      // WordPress curls the apostrophes (wptexturize); the command cuts the text as shown.
      const cut = commandText(root, [PARAGRAPHS[0], PARAGRAPHS[2]].map((t) => t.replace(/'/g, '’'))).map(([excerpt]) => excerpt);
      assert.deepEqual([a1.excerpt, article('a2').excerpt], cut);
      assert.equal(a1.minutes, 1);
      assert.ok(a1.words > 100 && a1.words < 200, `${a1.words} words`);
      const { variants, width, height, alt } = a1.image;
      assert.equal(alt, 'A flat green test image');
      assert.ok(variants.length >= 3, JSON.stringify(variants));
      assert.deepEqual(variants.map(([, w]) => w), [...variants.map(([, w]) => w)].sort((x, y) => x - y), 'smallest first');
      assert.deepEqual([width, height], [1600, 1000]);
      for (const [src] of variants) assert.ok(src.startsWith(`${site.url}/wp-content/uploads/`), src);
      assert.equal(article('a2').image, undefined);
    });

    it('maps a body to paragraphs, headings, lists, emphasis and safe links, entities decoded once; an embed marks it partial', () => {
      const b1 = article('b1');
      assert.equal(b1.partial, true);
      assert.deepEqual(JSON.parse(read(b1.src)), [
        PARAGRAPHS[3].replace(/'/g, '’'),
        ['h', 1, ['A test heading']],
        ['p', ['Fish & chips, ', ['em', ['emphasis']], ', ', ['strong', ['strong']], ', a ', ['a', 'https://example.com/more', ['link out']], ', a refused link and &lt;b&gt; as text.']],
        ['ul', [['first item'], ['second item with ', ['em', ['emphasis']]]]],
        ['h', 2, ['A test subheading']],
        ['ol', [['step one'], ['step two']]],
        PARAGRAPHS[4].replace(/'/g, '’'),
      ]);
      assert.equal(article('a1').partial, undefined);
    });

    it('prints the fallback list inside the element: linked titles and excerpts, for visitors without JavaScript', async () => {
      const html = (await anonymous().request(new URL(c.pages.topicBlock.link).search)).text;
      const inside = /<practice-articles[^>]*>(<ul class="practice-articles-fallback">.*?<\/ul>)<\/practice-articles>/s.exec(html);
      assert.ok(inside, 'a list inside the element');
      const links = [...inside[1].matchAll(/<a href="([^"]+)">([^<]+)<\/a>/g)].map(([, href, text]) => [href.replaceAll('&#038;', '&'), text]);
      assert.deepEqual(links, [[c.posts.a1.link, 'Couples test post one'], [c.posts.a2.link, 'Couples test post two']]);
      for (const [href, text] of links) {
        const target = await anonymous().request(new URL(href).search);
        assert.equal(target.status, 200);
        assert.ok(target.text.includes(text));
      }
    });

    for (const engine of ENGINES) {
      describe(`in ${NAMES[engine]}`, () => {
        let tab;
        before(async () => {
          tab = await launch(engine);
        }, { timeout: 60000 });
        after(() => tab?.close());
        const visit = async (key) => {
          await tab.goto(c.pages[key].link);
          return tab.evaluate(widgetsOnPage);
        };

        it('shows the block with a topic: exactly its posts, newest first, with photos and booking links', TIMEOUT, async () => {
          const { widgets, scripts } = await visit('topicBlock');
          assert.equal(scripts.length, 1);
          assert.match(scripts[0].src, /\/wp-content\/uploads\/practice-articles-posts\/practice-articles\.js\?ver=[0-9a-f]{10}$/);
          const [w] = widgets;
          assert.deepEqual(articleTitles(w), ['Couples test post one', 'Couples test post two']);
          assert.ok(w.text.includes('A test fixture bio, first paragraph.') && w.text.includes('Another test fixture bio.'), 'the bios');
          assert.deepEqual([...new Set(w.bookings.map((b) => b.href))], ['https://clinic.example/book/test-person', 'mailto:alex.fixture@example.com']);
          const { authors } = data();
          for (const key of ['a1', 'a2']) assert.ok(w.images.includes(authors[article(key).author].photo.src), `${key}'s author photo`);
        });

        it('shows the featured image on its card: WordPress\'s own sizes as srcset, width and height, and its alt text', TIMEOUT, async () => {
          await visit('topicBlock');
          const covers = await tab.evaluate(coverImages);
          assert.deepEqual(covers.map((i) => i.card), ['Couples test post one'], 'one cover, on the post with a featured image');
          const [img] = covers;
          const { sizes, width, height } = c.cover.media_details;
          // WordPress's srcset holds the sizes with the full image's proportions (not the square thumbnail).
          const same = Object.values(sizes).filter((x) => Math.abs(x.width / x.height - width / height) < 0.01);
          assert.ok(same.length >= 3, JSON.stringify(sizes));
          const candidates = img.srcset.split(',').map((x) => x.trim());
          for (const x of same) assert.ok(candidates.includes(`${x.source_url} ${x.width}w`), `srcset has ${x.source_url} ${x.width}w: ${img.srcset}`);
          assert.equal(candidates.length, same.length, img.srcset);
          assert.ok(img.sizes, 'sizes');
          assert.deepEqual([img.width, img.height, img.alt], [String(width), String(height), 'A flat green test image']);
          assert.ok(img.loaded, `the image loads from the site: ${img.current}`);
          assert.ok(img.current.startsWith(`${site.url}/wp-content/uploads/`), img.current);
        });

        it('shows the block with a tag as its topic: exactly the post with that tag', TIMEOUT, async () => {
          const { widgets } = await visit('topicTag');
          assert.deepEqual(articleTitles(widgets[0]), ['Anxiety test post one']);
          assert.equal(widgets[0].attributes.articles, c.posts.b1.slug);
        });

        it('shows the shortcode with a topic, and Read shows the post word for word, with the bio and a link to the post', TIMEOUT, async () => {
          await tab.goto(c.posts.b1.link);
          const own = await tab.evaluate(postOnItsPage);
          const { widgets } = await visit('topicShortcode');
          assert.deepEqual(articleTitles(widgets[0]), ['Anxiety test post one', 'Anxiety test post two']);
          const reader = await tab.evaluate(readArticle, 'Anxiety test post one');
          assert.equal(reader.open, true);
          assert.equal(own.paragraphs.length, 3);
          for (const text of own.paragraphs) assert.ok(reader.paragraphs.includes(text), `the paragraph "${text.slice(0, 60)}…"`);
          for (const text of own.headings) assert.ok(reader.headings.includes(text), `the heading "${text}"`);
          assert.deepEqual(reader.items, own.items);
          assert.ok(reader.paragraphs.includes('A test fixture bio, first paragraph.'), 'the author\'s bio');
          assert.ok(!reader.text.includes('zqembedtest'), 'no trace of the embed');
          assert.deepEqual(reader.page, [c.posts.b1.link], 'Open as page goes to the permalink');
          // The embed is left out: the reader says so, in the widget's words, and links to the post.
          const notice = (t) => [{ text: `${t.partial} ${t.partialLink}`, links: [{ href: c.posts.b1.link, text: t.partialLink }] }];
          assert.deepEqual(reader.partial, notice(strings(root, 'en')));
          await tab.evaluate(switchLanguage, 'de');
          const german = await tab.evaluate(readArticle, 'Anxiety test post one');
          assert.deepEqual(german.partial, notice(strings(root, 'de')), 'in German on a German page');
          const other = await tab.evaluate(readArticle, 'Anxiety test post two');
          assert.deepEqual(other.partial, [], 'no notice for a post the reader shows whole');
        });

        it('has no axe violations inside the widgets', TIMEOUT, async () => {
          for (const key of ['topicBlock', 'topicShortcode', 'everything']) {
            await visit(key);
            assert.deepEqual(await tab.evaluate(axeInWidgets, readFileSync(join(root, 'node_modules/axe-core/axe.min.js'), 'utf8')), [], key);
          }
        });

        it('throws no error on any page', () => {
          assert.deepEqual(tab.errors, []);
        });

        if (engine === 'chromium') {
          it('shows the fallback list with JavaScript off, and its links open the posts', TIMEOUT, async () => {
            const page = await tab.page.browser().newPage();
            try {
              await page.setJavaScriptEnabled(false);
              await page.goto(c.pages.topicBlock.link);
              const links = await page.$$eval('practice-articles a', (as) => as.filter((a) => a.offsetParent !== null).map((a) => a.textContent));
              assert.deepEqual(links, ['Couples test post one', 'Couples test post two']);
              await Promise.all([page.waitForNavigation(), page.click('practice-articles a')]);
              assert.equal(page.url(), c.posts.a1.link);
            } finally {
              await page.close();
            }
          });
        }
      });
    }

    const shared = () => ({ site, c, files, read, data, article, anonymous });
    sourceSuite(shared);
    hostileSuite(shared);
    lifecycleSuite(shared);
  });
}
