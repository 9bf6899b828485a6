// The WordPress plugin in a real WordPress (Debian's package, on loopback): installed from
// its zip, used by every role that can publish, and looked at in real browsers.
// Run with `npm run test:wordpress`, after `npm run build`; it packages the zip itself.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { Visitor, block, field, saveSettings, SETTINGS, startSite } from '../../scripts/wordpress/site.mjs';
import { packagePlugin } from '../../scripts/wordpress/package.mjs';
import { ENGINES, NAMES, launch } from './browsers.mjs';
import { axeInWidgets, openReader, readerOpen, switchLanguage, widgetsOnPage } from './page.mjs';
import { editAsAuthor } from './editor.mjs';
import { postsSuite } from './posts.mjs';
import { networkSuite } from './network.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const plugin = join(root, 'wordpress/practice-articles');
const AXE = readFileSync(join(root, 'node_modules/axe-core/axe.min.js'), 'utf8');
const TIMEOUT = { timeout: 60000 };

/** Every .php file below `dir`. */
const phpFiles = (dir) =>
  readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile() && d.name.endsWith('.php'))
    .map((d) => join(d.parentPath ?? d.path, d.name));

/** Relative luminance of an sRGB colour: dark surfaces are below 0.2, light ones above 0.8. */
function luminance([r, g, b]) {
  const lin = (c) => ((c /= 255) <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

describe('the plugin PHP', () => {
  it('passes php -l', () => {
    for (const file of [...phpFiles(plugin), ...phpFiles(join(root, 'scripts/wordpress'))]) {
      const r = spawnSync('php', ['-l', file], { encoding: 'utf8' });
      assert.equal(r.status, 0, `${file}: ${r.stdout}${r.stderr}`);
    }
  });

  it('passes phpcs with wordpress/phpcs.xml', () => {
    const r = spawnSync('phpcs', ['--standard=wordpress/phpcs.xml', '--no-colors', '--report=full'], { cwd: root, encoding: 'utf8' });
    assert.ok(!r.error, `phpcs: ${r.error?.message} (apt-get install php-codesniffer)`);
    assert.equal(r.status, 0, r.stdout + r.stderr);
    assert.doesNotMatch(r.stdout, /WARNING|ERROR/, r.stdout);
  });
});

describe('WordPress with the plugin installed from its zip', () => {
  let site;
  before(async () => {
    const zip = packagePlugin(); // what `npm run wordpress` makes, from the dist/ that `npm run build` made
    console.log(`# ${zip.path}: ${zip.files} files`);
    site = await startSite({ zip: zip.path, log: (line) => console.log(`# ${line}`) });
  }, { timeout: 120000 });
  after(() => site?.stop());

  const post = (key) => site.posts[key];
  const title = (slug) => site.articles.find((a) => a.slug === slug).title;

  describe('the zip', () => {
    it('ships the widget exactly as npm run build made it', () => {
      const bundle = join(site.siteDir, 'wp-content/plugins/practice-articles/bundle');
      for (const file of ['practice-articles.js', 'articles.json', ...readdirSync(join(root, 'dist/i18n'), { recursive: true }).map((f) => `i18n/${f}`)]) {
        const built = join(root, 'dist', file);
        if (statSync(built).isDirectory()) continue;
        assert.deepEqual(readFileSync(join(bundle, file)), readFileSync(built), file);
      }
    });

    it('declares a lowest WordPress version that is the one tested here or older', () => {
      const required = /Requires at least:\s*([\d.]+)/.exec(readFileSync(join(plugin, 'practice-articles.php'), 'utf8'))[1];
      const [major, minor] = site.version.split('.').map(Number);
      const [rMajor, rMinor] = required.split('.').map(Number);
      assert.ok(rMajor < major || (rMajor === major && rMinor <= minor), `Requires at least ${required}, tested with ${site.version}`);
    });
  });

  describe('the settings page', () => {
    const settingsPage = () => site.visitors.administrator.request('/wp-admin/options-general.php?page=practice-articles');
    const savedUrl = async () => field((await settingsPage()).text, 'booking_url');

    it('shows the saved booking URL and theme to an administrator', async () => {
      const page = await settingsPage();
      assert.equal(page.status, 200);
      assert.equal(field(page.text, 'booking_url'), SETTINGS.booking_url);
      assert.match(page.text, /<input type="radio" name="theme" value="dark"\s+checked='checked'/);
    });

    it('refuses a booking URL that is not https, http, mailto or tel, and keeps the old one', async () => {
      const res = await saveSettings(site.visitors.administrator, { booking_url: 'javascript:alert(1)', theme: 'dark' });
      assert.match(res.location, /practice-articles-notice=invalid-url/);
      assert.equal(await savedUrl(), SETTINGS.booking_url);
      const page = await site.visitors.administrator.request(res.location);
      assert.match(page.text, /notice-error/);
    });

    it('escapes what it shows, whatever was typed', async () => {
      await saveSettings(site.visitors.administrator, { booking_url: 'https://clinic.example/book?a="><script>alert(1)</script>', theme: 'dark"><b>' });
      const page = await settingsPage();
      assert.doesNotMatch(page.text, /"><script>|<b>/);
      await saveSettings(site.visitors.administrator, SETTINGS);
      assert.equal(await savedUrl(), SETTINGS.booking_url);
    });

    it('refuses a save without a valid nonce', async () => {
      const res = await saveSettings(site.visitors.administrator, { booking_url: 'https://clinic.example/forged', theme: 'light' }, { nonce: 'forged' });
      assert.equal(res.status, 403);
      assert.equal(await savedUrl(), SETTINGS.booking_url);
    });

    it('refuses an Author, even with a valid nonce for their own session', async () => {
      const author = site.visitors.author;
      assert.equal((await author.request('/wp-admin/options-general.php?page=practice-articles')).status, 403);
      const nonce = site.wp('nonce', { login: author.login, cookie: author.sessionCookie, action: 'practice_articles_save' });
      const res = await saveSettings(author, { booking_url: 'https://clinic.example/forged', theme: 'light' }, { nonce });
      assert.equal(res.status, 403);
      assert.match(res.text, /not allowed to change/);
      assert.equal(await savedUrl(), SETTINGS.booking_url);
    });
  });

  describe('posts by each role', () => {
    it('keeps an Author\'s block and its attributes as written (kses writes & as &amp;, which the plugin reads back)', async () => {
      const stored = await site.visitors.author.rest(`/wp/v2/posts/${post('authorBlock').id}?context=edit`);
      const attrs = JSON.parse(/^<!-- wp:practice-articles\/articles (\{.*\}) \/-->$/.exec(stored.content.raw)[1]);
      const sent = JSON.parse(/(\{.*\})/.exec(post('authorBlock').content)[1]);
      assert.deepEqual({ ...attrs, bookingUrl: attrs.bookingUrl.replaceAll('&amp;', '&') }, sent);
    });

    it('keeps an Author\'s classic post and its shortcodes as written', async () => {
      const stored = await site.visitors.author.rest(`/wp/v2/posts/${post('authorClassic').id}?context=edit`);
      assert.equal(stored.content.raw, post('authorClassic').content);
    });

    it('serves the classic post with no <p> around or inside a widget', async () => {
      const html = (await new Visitor(site.url).request(new URL(post('authorClassic').link).search)).text;
      const content = html.slice(html.indexOf('wp-block-post-content'));
      assert.match(content, /<practice-articles [^>]*><\/practice-articles>/);
      assert.match(content, /<practice-article-card [^>]*><\/practice-article-card>/);
      // A <p> still open where a widget starts, or a <p> right after the tag opens.
      assert.doesNotMatch(content, /<p>(?:(?!<\/p>)[\s\S])*<practice-/);
      assert.doesNotMatch(content, /<practice-[^>]*>\s*<p/);
    });

    it('publishes a Contributor\'s block once an Editor approves it', async () => {
      const stored = await site.visitors.editor.rest(`/wp/v2/posts/${post('contributorBlock').id}?context=edit`);
      assert.equal(stored.status, 'publish');
      assert.equal(stored.content.raw, post('contributorBlock').content);
    });

    it('logs no PHP notice from the plugin', () => {
      const log = join(site.logs, 'debug.log');
      const lines = existsSync(log) ? readFileSync(log, 'utf8').split('\n').filter((l) => l.includes('practice-articles')) : [];
      assert.deepEqual(lines, []);
    });
  });

  for (const engine of ENGINES) {
    describe(`in ${NAMES[engine]}`, () => {
      let tab;
      before(async () => {
        tab = await launch(engine);
      }, { timeout: 60000 });
      after(() => tab?.close());

      const visit = async (key) => {
        await tab.goto(post(key).link);
        return tab.evaluate(widgetsOnPage);
      };

      it('shows the Administrator\'s block with the booking URL and theme from the settings page', TIMEOUT, async () => {
        const { scripts, widgets } = await visit('adminBlock');
        assert.equal(widgets.length, 1);
        const [w] = widgets;
        assert.equal(w.tag, 'practice-articles');
        assert.ok(w.defined && w.cards > 0, 'cards in the shadow tree');
        assert.equal(w.carousel.length, 1, 'a carousel region');
        assert.ok(w.slides.length > 0 && w.slides.every((s) => / of /.test(s)), `slides named "N of M": ${w.slides}`);
        for (const a of site.articles) assert.ok(w.text.includes(a.title), `shows "${a.title}"`);
        assert.ok(w.bookings.length > 0);
        for (const b of w.bookings) assert.deepEqual({ href: b.href, target: b.target, rel: b.rel }, { href: SETTINGS.booking_url, target: '_blank', rel: 'noopener noreferrer' });
        assert.ok(luminance(w.background) < 0.2, `dark theme from the settings page: card background ${w.background}`);
        assert.ok(w.headings.every(([h]) => h === 'h2'));
        assert.equal(scripts.length, 1);
      });

      it('loads the script once, deferred, on a page with four widgets', TIMEOUT, async () => {
        const { scripts, widgets, paragraphs } = await visit('severalWidgets');
        assert.equal(scripts.length, 1, JSON.stringify(scripts));
        assert.equal(scripts[0].defer, true);
        assert.match(scripts[0].src, /\/wp-content\/plugins\/practice-articles\/bundle\/practice-articles\.js\?ver=/);
        assert.deepEqual(widgets.map((w) => w.tag), ['practice-articles', 'practice-article-card', 'practice-articles', 'practice-article-card']);
        for (const w of widgets) assert.ok(w.defined && w.cards > 0, `${w.tag} shows cards`);
        assert.deepEqual(paragraphs, ['Between the widgets.']);
        const [first, second, third] = site.articles;
        const chosen = [second, first].filter(Boolean);
        assert.equal(widgets[0].attributes.articles, chosen.map((a) => a.slug).join(' '), 'the chosen articles, in the chosen order');
        for (const a of chosen) assert.ok(widgets[0].text.includes(a.title), `shows "${a.title}"`);
        if (third) assert.ok(!widgets[0].text.includes(third.title), 'and only those');
        assert.equal(widgets[2].attributes.theme, 'light');
        assert.ok(luminance(widgets[2].background) > 0.8, 'the shortcode\'s own theme wins over the settings page');
      });

      it('shows the Author\'s block with its own articles, booking URL, theme and heading level', TIMEOUT, async () => {
        const { widgets } = await visit('authorBlock');
        assert.equal(widgets.length, 1);
        const [w] = widgets;
        assert.ok(w.cards > 0);
        const [first, , third] = site.articles;
        const chosen = [third, first].filter(Boolean);
        assert.equal(w.attributes.articles, chosen.map((a) => a.slug).join(' '), 'the chosen articles, in the chosen order');
        for (const a of chosen) assert.ok(w.text.includes(a.title), `shows "${a.title}"`);
        if (site.articles[1] && !chosen.includes(site.articles[1])) assert.ok(!w.text.includes(site.articles[1].title), 'and only those');
        for (const b of w.bookings) assert.equal(b.href, 'https://clinic.example/book?with=author&from=block');
        assert.ok(w.bookings.length > 0);
        assert.ok(luminance(w.background) > 0.8, 'light theme');
        assert.ok(w.headings.length > 0 && w.headings.every(([h]) => h === 'h3'), JSON.stringify(w.headings));
      });

      it('shows the Author\'s card block, whose reader opens and closes', TIMEOUT, async () => {
        const { widgets } = await visit('authorCard');
        assert.equal(widgets.length, 1);
        const [w] = widgets;
        const slug = w.attributes.article;
        assert.equal(w.tag, 'practice-article-card');
        assert.deepEqual(w.headings, [['h3', title(slug)]]);
        assert.equal(w.bookings[0].href, SETTINGS.booking_url);
        const reader = await tab.evaluate(openReader, 0);
        assert.equal(reader.open, true);
        assert.deepEqual(reader.heading, ['h3', title(slug)]);
        assert.ok(reader.paragraphs > 0, 'the article\'s paragraphs');
        assert.equal(reader.location, post('authorCard').link, 'the page did not navigate');
        await tab.press('Escape');
        assert.equal(await tab.evaluate(readerOpen, 0), false, 'Escape closes the reader');
      });

      it('fetches its translations from the plugin\'s folder, beside the script', TIMEOUT, async () => {
        await visit('authorCard');
        const { booking, files } = await tab.evaluate(switchLanguage, 'de');
        assert.match(booking, /^Termin bei /);
        assert.ok(files.length > 0 && files.every((u) => /\/wp-content\/plugins\/practice-articles\/bundle\/i18n\/[^/]+\/de\.json$/.test(u)), files.join());
      });

      it('keeps the classic editor\'s shortcodes out of paragraphs', TIMEOUT, async () => {
        const { widgets, paragraphs } = await visit('authorClassic');
        assert.deepEqual(widgets.map((w) => w.tag), ['practice-articles', 'practice-article-card']);
        for (const w of widgets) {
          assert.equal(w.insideParagraph, false, `${w.tag} is not inside a <p>`);
          assert.equal(w.childNodes, 0, `${w.tag} has nothing wpautop added inside`);
          assert.ok(w.cards > 0, `${w.tag} shows cards`);
        }
        assert.deepEqual(paragraphs, ['A paragraph written in the classic editor.', 'Another paragraph, with a line break.', 'The last paragraph.']);
        for (const b of widgets[0].bookings) assert.equal(b.href, 'https://clinic.example/book?from=shortcode');
        assert.ok(widgets[0].headings.every(([h]) => h === 'h3'));
        assert.equal(widgets[1].bookings[0].href, SETTINGS.booking_url);
      });

      it('shows the Editor\'s shortcode and the Contributor\'s block', TIMEOUT, async () => {
        for (const key of ['editorShortcode', 'contributorBlock']) {
          const { widgets, scripts } = await visit(key);
          assert.equal(widgets.length, 1, key);
          assert.ok(widgets[0].cards > 0, `${key} shows cards`);
          assert.equal(scripts.length, 1, key);
        }
      });

      it('loads no script on a post without a widget', TIMEOUT, async () => {
        const { scripts, widgets } = await visit('plain');
        assert.deepEqual(scripts, []);
        assert.deepEqual(widgets, []);
      });

      it('has no axe violations inside any widget, dark or light', TIMEOUT, async () => {
        for (const key of ['adminBlock', 'severalWidgets', 'authorBlock', 'authorClassic']) {
          await visit(key);
          assert.deepEqual(await tab.evaluate(axeInWidgets, AXE), [], key);
        }
      });

      it('throws no error on any page', () => {
        assert.deepEqual(tab.errors, []);
      });

      if (engine === 'chromium') {
        it('lets an Author insert the block in the editor, see the widget there, pick and order articles, set a booking URL and publish', { timeout: 90000 }, async () => {
          const [first, , second] = site.articles;
          const bookingUrl = 'https://clinic.example/book?from=editor';
          // A tab of its own: the editor's unsaved-changes prompt must not hold up the other tests.
          const page = await tab.page.browser().newPage();
          await page.setViewport({ width: 1280, height: 900 });
          page.on('dialog', (d) => d.accept());
          const { link, preview } = await editAsAuthor(page, site, { first, second, bookingUrl }).finally(() => page.close());
          assert.ok(preview.cards > 0, 'the editor shows the real widget');
          assert.equal(preview.booking, bookingUrl, 'the preview follows the sidebar');
          assert.deepEqual(preview.attributes, { articles: `${second.slug} ${first.slug}`, 'booking-url': bookingUrl, theme: 'light', 'heading-level': '3' });
          await tab.goto(link);
          const { widgets, scripts } = await tab.evaluate(widgetsOnPage);
          assert.equal(widgets.length, 1);
          const [w] = widgets;
          assert.deepEqual(
            { articles: w.attributes.articles, booking: w.attributes['booking-url'], theme: w.attributes.theme, level: w.attributes['heading-level'] },
            { articles: `${second.slug} ${first.slug}`, booking: bookingUrl, theme: 'light', level: '3' },
          );
          assert.ok(w.cards > 0);
          for (const b of w.bookings) assert.equal(b.href, bookingUrl);
          assert.ok(w.headings.every(([h]) => h === 'h3'));
          assert.equal(scripts.length, 1);
        });

        it('uses a bundle built from the site owner\'s own articles, uploaded to wp-content/uploads/practice-articles/', { timeout: 90000 }, async () => {
          const uploads = join(site.siteDir, 'wp-content/uploads/practice-articles');
          await saveSettings(site.visitors.administrator, { ...SETTINGS, source: 'command' });
          const built = spawnSync(process.execPath, [join(root, 'dist/node/cli.js'), 'build', join(root, 'test/fixtures/seeds'), '--split', '--out', uploads], { encoding: 'utf8' });
          assert.equal(built.status, 0, built.stderr);
          try {
            const own = JSON.parse(readFileSync(join(uploads, 'articles.json'), 'utf8'));
            const admin = site.visitors.administrator;
            const settings = (await admin.request('/wp-admin/options-general.php?page=practice-articles')).text;
            assert.match(settings, /Your own articles/);
            for (const a of own) assert.ok(settings.includes(`article=&quot;${a.slug}&quot;`), `lists ${a.slug}`);
            assert.doesNotMatch(settings, /<img src=x|<script>window/, 'titles are escaped');
            const editor = (await admin.request('/wp-admin/post-new.php')).text;
            const inline = /var practiceArticlesEditor = (\{.*?\});\n/.exec(editor)[1];
            assert.doesNotMatch(inline, /[<>&]/, 'JSON_HEX_TAG | JSON_HEX_AMP: no title can end the script element');
            const data = JSON.parse(inline);
            assert.deepEqual(data.articles.map((a) => a.slug), own.map((a) => a.slug), 'the block offers the own articles');
            assert.match(data.script, /\/wp-content\/uploads\/practice-articles\/practice-articles\.js\?ver=\d+$/);

            const made = await admin.rest('/wp/v2/posts', { method: 'POST', json: { title: 'Own articles', content: block(), status: 'publish' } });
            await tab.goto(made.link);
            const { widgets, scripts } = await tab.evaluate(widgetsOnPage);
            assert.equal(scripts.length, 1);
            assert.match(scripts[0].src, /\/wp-content\/uploads\/practice-articles\/practice-articles\.js\?ver=\d+$/);
            const readable = own.filter((a) => a.hasText);
            assert.ok(readable.length > 0);
            for (const a of readable) assert.ok(widgets[0].text.includes(a.title), `shows "${a.title}"`);
            assert.ok(widgets[0].reads.length > 0, 'with Read buttons');
            const reader = await tab.evaluate(openReader, 0);
            assert.equal(reader.open, true);
            assert.ok(reader.paragraphs > 0);
            assert.ok(reader.bodyRequests.length > 0 && reader.bodyRequests.every((u) => u.includes('/wp-content/uploads/practice-articles/bodies/')), reader.bodyRequests.join());
          } finally {
            rmSync(uploads, { recursive: true, force: true });
            await saveSettings(site.visitors.administrator, SETTINGS);
          }
        });
      }
    });
  }

  postsSuite(root, () => site);
});

networkSuite();
