// A multisite network (sites in subfolders), with the plugin active for the whole network:
// each site's articles are its own posts, and nothing of one site ever reaches another's
// page, script, body files, editor data or REST answers.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { Visitor, block, field, saveSettings } from '../../scripts/wordpress/site.mjs';
import { startNetwork } from '../../scripts/wordpress/network.mjs';
import { ENGINES, NAMES, launch } from './browsers.mjs';
import { readArticle, widgetsOnPage } from './page.mjs';
import { PARAGRAPHS, blocks, paragraph, png, saveProfile, upload } from './content.mjs';
import { scriptData } from './posts.mjs';
import { inspect, slowRegeneration } from './hostile.mjs';

const FOLDER = 'practice-articles-posts';
/** What each site writes: a title word and a body word that no other site has. */
const MARKS = { one: { title: 'Site one test post zqsiteonetitle', word: 'zqsiteonebody' }, two: { title: 'Site two test post zqsitetwotitle', word: 'zqsitetwobody' } };
const other = (key) => (key === 'one' ? 'two' : 'one');

export function networkSuite() {
  describe('on a multisite network, each site with its own posts only', () => {
    let net;
    const made = {};
    /** Every file the plugin generated for a site: its script and bodies. */
    const generated = (key) => {
      const dir = join(net.sites[key].uploads, FOLDER);
      return readdirSync(dir, { recursive: true }).filter((f) => /\.(js|json)$/.test(f)).map((f) => [f, readFileSync(join(dir, f), 'utf8')]);
    };
    const script = (key) => {
      const path = join(net.sites[key].uploads, FOLDER, 'practice-articles.js');
      return existsSync(path) ? readFileSync(path, 'utf8') : '';
    };
    const mentions = (text, key) => [MARKS[key].title, MARKS[key].word].filter((s) => text.includes(s));

    before(async () => {
      net = await startNetwork({ log: (line) => console.log(`# ${line}`) });
      for (const key of ['one', 'two']) {
        const { admin } = net.sites[key];
        const post = await admin.rest('/wp/v2/posts', { method: 'POST', json: { title: MARKS[key].title, status: 'publish', content: blocks(paragraph(`${PARAGRAPHS[0]} ${MARKS[key].word}`), paragraph(PARAGRAPHS[1])) } });
        const page = await admin.rest('/wp/v2/pages', { method: 'POST', json: { title: `Site ${key}: the block`, status: 'publish', content: block() } });
        made[key] = { post, page };
      }
    }, { timeout: 120000 });
    after(() => net?.stop());

    it('gives each site a script and body files of its own posts, and nothing of the other site', () => {
      for (const key of ['one', 'two']) {
        const files = generated(key);
        assert.ok(script(key).includes(MARKS[key].title), `${key}'s script has its own post`);
        assert.ok(files.some(([f, text]) => f.startsWith('bodies/') && text.includes(MARKS[key].word)), `${key}'s body file`);
        for (const [f, text] of files) assert.deepEqual(mentions(text, other(key)), [], `${key}'s ${f}`);
      }
      assert.notEqual(join(net.sites.one.uploads, FOLDER), join(net.sites.two.uploads, FOLDER));
    });

    it('shows each site\'s own posts on its pages, in its editor data and REST answers, and never the other\'s', async () => {
      for (const key of ['one', 'two']) {
        const { admin } = net.sites[key];
        const page = (await new Visitor(net.url).request(made[key].page.link)).text;
        assert.deepEqual(mentions(page, key).slice(0, 1), [MARKS[key].title], `${key}'s page lists its post`);
        assert.deepEqual(mentions(page, other(key)), [], `${key}'s page`);
        const editor = /var practiceArticlesEditor = (\{.*?\});\n/.exec((await admin.request('/wp-admin/post-new.php')).text)[1];
        assert.ok(editor.includes(MARKS[key].title), `${key}'s editor offers its post`);
        assert.deepEqual(mentions(editor, other(key)), [], `${key}'s editor data`);
        const own = `${net.sites[key].url}/wp-content/uploads/${key === 'two' ? `sites/${net.sites.two.id}/` : ''}${FOLDER}/practice-articles.js?ver=`;
        assert.ok(JSON.parse(editor).script.startsWith(own), `${JSON.parse(editor).script} is the site's own script`);
        // WordPress's own answer, which the block editor reads too.
        const rest = await new Visitor(net.url, { prefix: admin.prefix }).request('/?rest_route=/wp/v2/posts&search=zqsite');
        assert.deepEqual(mentions(rest.text, other(key)), [], `${key}'s REST posts`);
        assert.ok(rest.text.includes(MARKS[key].word), `${key}'s REST posts have its own`);
      }
    });

    it('regenerates only the site whose post changed', async () => {
      const before1 = script('one');
      await net.sites.two.admin.rest(`/wp/v2/posts/${made.two.post.id}`, { method: 'POST', json: { title: `${MARKS.two.title}, retitled` } });
      assert.ok(script('two').includes(`${MARKS.two.title}, retitled`));
      assert.equal(script('one'), before1, 'site one\'s script is untouched');
    });

    const engine = ENGINES[0];
    it(`shows each site's posts in its widget, and Read fetches the site's own body, in ${NAMES[engine]}`, { timeout: 60000 }, async () => {
      const tab = await launch(engine);
      try {
        for (const key of ['one', 'two']) {
          await tab.goto(made[key].page.link);
          const { widgets, scripts } = await tab.evaluate(widgetsOnPage);
          assert.equal(scripts.length, 1);
          assert.ok(widgets[0].text.includes(MARKS[key].title), `${key}'s widget`);
          assert.ok(!widgets[0].text.includes(MARKS[other(key)].title), `${key}'s widget has nothing of ${other(key)}`);
          const title = key === 'two' ? `${MARKS.two.title}, retitled` : MARKS.one.title;
          const reader = await tab.evaluate(readArticle, title);
          assert.ok(reader && reader.open, `${key}: Read opens`);
          assert.ok(reader.text.includes(MARKS[key].word), `${key}: the body`);
        }
        assert.deepEqual(tab.errors, []);
      } finally {
        await tab.close();
      }
    });

    /** Makes two attachments, one with each maker, again until both have the same ID (IDs are per site). */
    const sameId = async (first, second) => {
      let a = await first();
      let b = await second();
      while (a.id !== b.id) {
        if (a.id < b.id) a = await first();
        else b = await second();
      }
      return [a, b];
    };

    it('gives an author who writes on both sites each site\'s own photo, never the image with the same ID on the other, and remakes both when the profile changes', async () => {
      const one = net.sites.one.admin;
      const two = net.sites.two.admin;
      // An image on each site with the same attachment ID: IDs are per site.
      const [mine, other] = await sameId(async () => upload(one, 'photo-site-one.png', await png(300, 300, 30)), async () => upload(two, 'other-image-site-two.png', await png(300, 300, 220)));
      const author = (key) => scriptData(script(key)).authors[0];
      try {
        // Whatever site two had pending runs first: then only the profile change can remake it.
        assert.equal(inspect(net, 'cron', { path: net.sites.two.path }), true);
        assert.equal(author('two').creds, undefined);
        const saved = await saveProfile(one, { practice_articles_photo: String(mine.id), practice_articles_credentials: 'Test credential' });
        assert.equal(saved.status, 302);
        assert.match(author('one').photo.src, /\/wp-content\/uploads\/\d{4}\/\d{2}\/photo-site-one[-\w]*\.png$/, 'site one: the photo chosen there');
        // Site two remakes its data at its next cron run (the tests' sites run cron by hand).
        assert.equal(inspect(net, 'cron', { path: net.sites.two.path }), true);
        assert.equal(author('two').creds, 'Test credential', 'site two: the new credential');
        assert.equal(author('two').photo, undefined, `site two: not its own image ${other.id}: ${JSON.stringify(author('two').photo)}`);
      } finally {
        await saveProfile(one, { practice_articles_photo: '', practice_articles_credentials: '' });
      }
    });

    /** A published post on a site, made through REST (that request regenerates the site), and its body's file. */
    const publish = async (key, title, word) => {
      const post = await net.sites[key].admin.rest('/wp/v2/posts', { method: 'POST', json: { title, status: 'publish', content: blocks(paragraph(`${PARAGRAPHS[2]} ${word}`)) } });
      assert.ok(script(key).includes(title), `${key}: ${title} is in its script`);
      assert.ok(generated(key).some(([f, text]) => f.startsWith('bodies/') && text.includes(word)), `${key}: ${title} has its body file`);
      return post;
    };
    const gone = (key, title, word) => {
      assert.ok(!script(key).includes(title), `${key}'s script no longer has ${title}`);
      assert.deepEqual(generated(key).filter(([, text]) => text.includes(word)).map(([f]) => f), [], `${key}: no file has ${word}`);
    };
    const remove = (key, post) => net.sites[key].admin.rest(`/wp/v2/posts/${post.id}?force=true`, { method: 'DELETE' });
    /**
     * A site changed from another site's request: its files are deleted at the end of that
     * request (the widget is hidden), and its next cron run, a request of its own, makes them.
     */
    const madeAtItsCronRun = (key) => {
      assert.deepEqual(generated(key).map(([f]) => f), [], `${key}'s files are deleted until a request of its own makes them`);
      assert.equal(inspect(net, 'cron', { path: net.sites[key].path }), true, `${key}'s cron run`);
      assert.ok(script(key).includes(MARKS[key].title), `${key}'s cron run made its files again`);
    };

    it('takes a post changed while WordPress had switched to its site (a network plugin, admin code) out of that site\'s files, and remakes them in a request of its own', async () => {
      const title = 'Switched test post zqswitchedtitle';
      const word = 'zqswitchedbody';
      const post = await publish('two', title, word);
      try {
        const one = generated('one');
        // A request of site one switches to site two and makes its post private.
        const r = inspect(net, 'switched-save', { path: '/', changes: [{ site: net.sites.two.id, post: post.id, status: 'private' }] });
        assert.deepEqual(r, { site: 1, saved: [post.id] });
        assert.deepEqual(generated('one'), one, 'site one\'s files are as they were');
        madeAtItsCronRun('two');
        gone('two', title, word);
      } finally {
        await remove('two', post);
      }
    });

    it('regenerates a switched-to site by that site\'s own settings, not the request\'s own site\'s', async () => {
      const title = 'Settings test post zqsettingstitle';
      const word = 'zqsettingsbody';
      const post = await publish('two', title, word);
      const source = async (key, value) => assert.match((await saveSettings(net.sites[key].admin, { source: value })).location, /notice=saved/, `${key}: ${value}`);
      try {
        // Site one takes its articles from elsewhere; site two from its posts.
        await source('one', 'examples');
        const one = generated('one');
        inspect(net, 'switched-save', { path: '/', changes: [{ site: net.sites.two.id, post: post.id, status: 'private' }] });
        assert.deepEqual(generated('one'), one, 'site one\'s files are as they were');
        madeAtItsCronRun('two');
        gone('two', title, word);
        // Now the other way round: site two's files are not made from its posts.
        await source('one', 'posts');
        await source('two', 'examples');
        const two = generated('two');
        inspect(net, 'switched-save', { path: '/', changes: [{ site: net.sites.two.id, post: post.id, status: 'publish' }] });
        assert.deepEqual(generated('two'), two, 'site two\'s files are as they were');
      } finally {
        await source('one', 'posts');
        await remove('two', post);
        await source('two', 'posts');
      }
      gone('two', title, word);
      assert.ok(script('two').includes(MARKS.two.title));
    });

    it('regenerates every site changed in one request, each with its own posts, folder and settings', async () => {
      const posts = { one: await publish('one', 'Both sites test post zqbothonetitle', 'zqbothonebody'), two: await publish('two', 'Both sites test post zqbothtwotitle', 'zqbothtwobody') };
      try {
        // A request of site two changes its own post and, switched, one of site one.
        const r = inspect(net, 'switched-save', { path: net.sites.two.path, changes: [{ site: 1, post: posts.one.id, status: 'private' }, { site: net.sites.two.id, post: posts.two.id, status: 'private' }] });
        assert.deepEqual(r, { site: net.sites.two.id, saved: [posts.one.id, posts.two.id] });
        // Site two, the request's own, is made at once; site one at its cron run.
        gone('two', 'Both sites test post zqbothtwotitle', 'zqbothtwobody');
        madeAtItsCronRun('one');
        gone('one', 'Both sites test post zqbothonetitle', 'zqbothonebody');
        for (const key of ['one', 'two']) assert.deepEqual(mentions(script(key), other(key)), [], `${key}'s script has nothing of ${other(key)}`);
        assert.ok(script('one').includes(MARKS.one.title) && script('two').includes(MARKS.two.title), 'each keeps its own posts');
      } finally {
        for (const key of ['one', 'two']) await remove(key, posts[key]);
      }
    });

    it('deletes a switched-to site\'s files under that site\'s lock: a regeneration of it that collected first does not leave them behind', async () => {
      const title = 'Locked test post zqlockedtitle';
      const word = 'zqlockedbody';
      const post = await publish('two', title, word);
      // Site two's own regeneration collects its posts, then takes 3 s over the first one's text...
      const { done } = await slowRegeneration(net, { path: net.sites.two.path });
      try {
        // ...while a request of site one, switched to site two, makes the post private.
        inspect(net, 'switched-save', { path: '/', changes: [{ site: net.sites.two.id, post: post.id, status: 'private' }] });
        assert.deepEqual(await done, { code: 0, out: 'true' });
        madeAtItsCronRun('two');
        gone('two', title, word);
      } finally {
        await done;
        await remove('two', post);
      }
    });

    /** The photo of the sites' one author in a site's script, and in its Profile screen's field. */
    const photoOf = (key) => scriptData(script(key)).authors[0].photo;
    const photoField = async (key) => field((await net.sites[key].admin.request('/wp-admin/profile.php')).text, 'practice_articles_photo');
    const oldKey = (value) => inspect(net, 'user-meta', { user: 1, key: 'practice_articles_photo', value });
    /** A change on a site's first post, which regenerates it at the end of the request. */
    const touch = (key) => net.sites[key].admin.rest(`/wp/v2/posts/${made[key].post.id}`, { method: 'POST', json: { excerpt: '' } });

    it('keeps showing a photo chosen before the photo was per site, on the one site whose media library has it, and nowhere else', async () => {
      const one = net.sites.one.admin;
      const two = net.sites.two.admin;
      // Site one's image and, with the same attachment ID, a PDF on site two: not an image.
      const [mine, theirs] = await sameId(async () => upload(one, 'old-photo-site-one.png', await png(300, 300, 60)), () => upload(two, 'notes-site-two.pdf', Buffer.from('%PDF-1.4\n%%EOF\n'), undefined, 'application/pdf'));
      try {
        // As the plugin saved it before: one key for the whole network.
        assert.equal(oldKey(String(mine.id)), String(mine.id));
        // Site two is made first, and finds the photo is site one's...
        await touch('two');
        assert.equal(photoOf('two'), undefined, `site two: not its PDF ${theirs.id}`);
        // ...which is made again at its next cron run.
        assert.equal(inspect(net, 'cron', { path: '/' }), true);
        assert.match(photoOf('one')?.src ?? '', /\/wp-content\/uploads\/\d{4}\/\d{2}\/old-photo-site-one[-\w]*\.png$/, 'site one: the photo chosen there');
        assert.equal(await photoField('one'), String(mine.id), 'site one\'s Profile shows it');
        assert.equal(await photoField('two'), '', 'site two\'s does not');
        // Saving the profile on site two leaves site one's photo alone.
        assert.equal((await saveProfile(two, {})).status, 302);
        await touch('one');
        assert.equal(await photoField('one'), String(mine.id));
        assert.ok(photoOf('one'), 'site one still shows it');
        assert.equal(photoOf('two'), undefined);
      } finally {
        oldKey(null);
        await saveProfile(one, { practice_articles_photo: '' });
      }
    });

    it('shows a photo chosen before the photo was per site on no site when its ID is an image its user uploaded on several: which one it was chosen from is not known', async () => {
      const one = net.sites.one.admin;
      const two = net.sites.two.admin;
      // The same attachment ID is an image on both sites, both uploaded by the same user.
      const [a] = await sameId(async () => upload(one, 'old-image-site-one.png', await png(300, 300, 100)), async () => upload(two, 'old-image-site-two.png', await png(300, 300, 180)));
      try {
        oldKey(String(a.id));
        await touch('one');
        await touch('two');
        assert.equal(inspect(net, 'cron', { path: '/' }), true);
        assert.equal(inspect(net, 'cron', { path: net.sites.two.path }), true);
        for (const key of ['one', 'two']) {
          assert.equal(photoOf(key), undefined, `${key}: which site's image ${a.id} is can't be known`);
          assert.equal(await photoField(key), '', `${key}'s Profile`);
        }
      } finally {
        oldKey(null);
      }
    });

    it('gives a photo chosen before the photo was per site, an image with its ID on both sites, to the one site where its user uploaded it', async () => {
      const one = net.sites.one.admin;
      const password = randomBytes(12).toString('base64url');
      // An Author of site two only, who uploads there (a network's user names are letters and digits).
      await net.sites.two.admin.rest('/wp/v2/users', { method: 'POST', json: { username: 'uploadertwo', email: 'uploader-two@example.com', name: 'Test Uploader', password, roles: ['author'] } });
      const uploader = (await new Visitor(net.url).logIn('uploadertwo', password)).onSite('/site2');
      const [mine, theirs] = await sameId(async () => upload(one, 'old-own-photo-site-one.png', await png(300, 300, 140)), async () => upload(uploader, 'uploaders-image-site-two.png', await png(300, 300, 200)));
      try {
        oldKey(String(mine.id));
        await touch('two');
        await touch('one');
        assert.match(photoOf('one')?.src ?? '', /\/old-own-photo-site-one[-\w]*\.png$/, 'site one: the image its user uploaded there');
        assert.equal(photoOf('two'), undefined, `site two: not the uploader's image ${theirs.id}`);
      } finally {
        oldKey(null);
        await saveProfile(one, { practice_articles_photo: '' });
      }
    });

    it('stops every site\'s daily regeneration, and deletes every site\'s generated files, when the plugin is deactivated for the network', async () => {
      for (const key of ['one', 'two']) assert.equal(net.wp('scheduled', { path: net.sites[key].path }), true, `${key} has the daily event`);
      for (const key of ['one', 'two']) assert.ok(generated(key).length > 1, `${key} has its files`);
      // Network Admin → Plugins → Network Deactivate, as the network's administrator does.
      const { admin } = net.sites.one;
      const list = await admin.request('/wp-admin/network/plugins.php');
      const link = /href="([^"]*plugins\.php\?action=deactivate[^"]*practice-articles[^"]*)"/.exec(list.text);
      assert.ok(link, 'Network Deactivate link');
      const done = await admin.request(link[1].replaceAll('&amp;', '&').replace(/^(?!https?:|\/)/, '/wp-admin/network/'));
      assert.equal(done.status, 302, `deactivated (HTTP ${done.status})`);
      for (const key of ['one', 'two']) assert.equal(net.wp('scheduled', { path: net.sites[key].path }), false, `${key}'s daily event is gone`);
      // Nothing would keep them fresh: a post made private meanwhile would stay in them.
      for (const key of ['one', 'two']) assert.deepEqual(generated(key).map(([f]) => f), [], `${key}'s files are gone`);
    });

    it('makes no files for a site the plugin is not active on when a request of a site it is active on saves that site\'s post', async () => {
      const { admin } = net.sites.one;
      /** Plugins → Activate or Deactivate on site one only, as its administrator clicks it. */
      const click = async (action) => {
        const m = new RegExp(`href="([^"]*plugins\\.php\\?action=${action}(?:&|&amp;)plugin=practice-articles[^"]*)"`).exec((await admin.request('/wp-admin/plugins.php')).text);
        assert.ok(m, `a ${action} link`);
        assert.equal((await admin.request(`/wp-admin/${m[1].replaceAll('&amp;', '&').replace(/^.*wp-admin\//, '')}`)).status, 302, action);
      };
      await click('activate');
      try {
        assert.ok(script('one').includes(MARKS.one.title), 'site one has its files again');
        assert.deepEqual(generated('two'), [], 'site two has none');
        inspect(net, 'switched-save', { path: '/', changes: [{ site: net.sites.two.id, post: made.two.post.id, status: 'publish' }] });
        assert.deepEqual(generated('two'), [], 'site two still has none');
      } finally {
        await click('deactivate');
      }
      assert.deepEqual(generated('one'), []);
    });

    it('deletes every site\'s generated files when the plugin is deleted from the network', () => {
      net.wp('uninstall');
      assert.deepEqual(inspect(net, 'leftovers'), { options: [], usermeta: [], events: [] });
      for (const key of ['one', 'two']) assert.equal(existsSync(join(net.sites[key].uploads, FOLDER)), false, key);
    });
  });
}
