// "Posts of this site", attacked: content that runs queries inside a post, a reusable
// block that is trashed, an uploads folder WordPress can't write to, and a plugin that is
// deactivated while posts change. Runs inside posts.mjs's suite, on its site and content
// (`get()` gives them), and leaves every post as it found it.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { saveSettings, SETTINGS } from '../../scripts/wordpress/site.mjs';
import { HIDDEN, paragraph, png, saveProfile, upload } from './content.mjs';

const FOLDER = 'wp-content/uploads/practice-articles-posts';

/** test/wordpress/inspect.php's answer. */
export function inspect(site, command, args = {}) {
  const r = spawnSync('php', [join(import.meta.dirname, 'inspect.php'), site.siteDir, command, JSON.stringify(args)], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout.trim().split('\n').pop());
}

/** The lines of the site's PHP log that name the plugin. */
export function pluginLogLines(site) {
  const log = join(site.logs, 'debug.log');
  return existsSync(log) ? readFileSync(log, 'utf8').split('\n').filter((l) => l.includes('practice-articles')) : [];
}

/**
 * Makes folders unwritable (or writable again) even for root, who ignores permission bits:
 * chattr's immutable flag as root, chmod otherwise.
 */
function lock(dirs, on) {
  if (process.getuid?.() === 0) {
    const r = spawnSync('chattr', [on ? '+i' : '-i', ...dirs], { encoding: 'utf8' });
    assert.equal(r.status, 0, `chattr: ${r.error?.message ?? r.stderr}`);
  } else {
    for (const d of dirs) chmodSync(d, on ? 0o555 : 0o755);
  }
}

/**
 * Starts inspect.php's slow-regenerate (3 s over the first post's text, after collecting the
 * posts; `args.path` picks a network's site) and resolves once it has collected them, with
 * `done`: its exit code and output once it has finished.
 */
export async function slowRegeneration(site, args = {}) {
  const marker = join(site.tmp, 'slow-regenerate-started');
  rmSync(marker, { force: true });
  const slow = spawn('php', [join(import.meta.dirname, 'inspect.php'), site.siteDir, 'slow-regenerate', JSON.stringify({ marker, seconds: 3, ...args })], { stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  slow.stdout.on('data', (d) => (out += d));
  const done = new Promise((resolve) => slow.on('exit', (code) => resolve({ code, out: out.trim() })));
  for (let i = 0; !existsSync(marker); i++) {
    if (i >= 200) {
      await done;
      assert.fail('the slow regeneration started');
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  return { done };
}

export function hostileSuite(get) {
  describe('hostile content and careless admins', () => {
    let site, c, files, read, data, anonymous, admin;
    const leaks = (text) => HIDDEN.flatMap((x) => [x.title, x.word].filter((s) => text.includes(s)));
    const bodyOf = (slug) => read(data().articles.find((a) => a.slug === slug).src);
    const status = (key, value) => admin.rest(`/wp/v2/posts/${c.posts[key].id}`, { method: 'POST', json: { status: value } });

    before(() => {
      ({ site, c, files, read, data, anonymous } = get());
      admin = site.visitors.administrator;
    });

    it('renders each post as a visitor would: a Query Loop in a public post lists no hidden post, and no user\'s own link', async () => {
      // The titles as paragraphs (level 0), which the reader keeps; a Log in/out link.
      const content = [
        paragraph('A test post with a Query Loop and a login link.'),
        '<!-- wp:query {"queryId":7,"query":{"perPage":100,"pages":0,"offset":0,"postType":"post","order":"desc","orderBy":"date","inherit":false}} -->\n<div class="wp-block-query"><!-- wp:post-template -->\n<!-- wp:post-title {"level":0,"isLink":true} /-->\n<!-- /wp:post-template --></div>\n<!-- /wp:query -->',
        '<!-- wp:loginout /-->',
      ].join('\n\n');
      const made = await admin.rest('/wp/v2/posts', { method: 'POST', json: { title: 'Query loop test post', content, status: 'publish' } });
      try {
        // Made at the end of the Administrator's REST request, then of a request in wp-admin,
        // where WordPress's own queries also take drafts, pending and scheduled posts.
        const afterRest = bodyOf(made.slug);
        assert.match((await saveSettings(admin, { ...SETTINGS, source: 'posts' })).location, /notice=saved/);
        for (const [when, body] of [['after the REST request', afterRest], ['after saving Settings', bodyOf(made.slug)]]) {
          assert.ok(body.includes('Couples test post one') && body.includes('Anxiety test post two'), `${when}: the loop lists the public posts: ${body}`);
          assert.deepEqual(leaks(body), [], `${when}: no hidden post`);
          assert.doesNotMatch(body, /_wpnonce|Log out|action=logout/, `${when}: no logged-in user's link`);
        }
        const found = files().flatMap((f) => leaks(read(f)).map((s) => `${f}: ${s}`));
        assert.deepEqual(found, []);
      } finally {
        await admin.rest(`/wp/v2/posts/${made.id}?force=true`, { method: 'DELETE' });
      }
    });

    it('takes a trashed reusable block\'s text out of every post that showed it, at once', async () => {
      const reusable = await admin.rest('/wp/v2/blocks', { method: 'POST', json: { title: 'Reusable test block', content: paragraph('A reusable test paragraph zqreusablebody.'), status: 'publish' } });
      const made = await admin.rest('/wp/v2/posts', {
        method: 'POST',
        json: { title: 'Reusable block test post', content: [paragraph('A test post that shows a reusable block.'), `<!-- wp:block {"ref":${reusable.id}} /-->`].join('\n\n'), status: 'publish' },
      });
      try {
        assert.ok(bodyOf(made.slug).includes('zqreusablebody'), 'the block is in the post\'s text');
        await admin.rest(`/wp/v2/blocks/${reusable.id}`, { method: 'DELETE' });
        assert.equal((await admin.rest(`/wp/v2/blocks/${reusable.id}?context=edit`)).status, 'trash');
        assert.ok(!bodyOf(made.slug).includes('zqreusablebody'), 'gone from the post\'s text');
        assert.deepEqual(files().filter((f) => read(f).includes('zqreusablebody')), []);
      } finally {
        await admin.rest(`/wp/v2/posts/${made.id}?force=true`, { method: 'DELETE' });
        await admin.rest(`/wp/v2/blocks/${reusable.id}?force=true`, { method: 'DELETE' });
      }
    });

    it('leaves out a featured image or profile photo whose size WordPress does not know, rather than draw it 0 pixels wide', async () => {
      const two = c.people.two;
      const b2 = () => data().articles.find((a) => a.slug === c.posts.b2.slug);
      const media = await upload(two.visitor, 'no-size.png', await png(800, 500, 10), 'A test image whose metadata is gone');
      assert.equal(inspect(site, 'forget-metadata', { id: media.id }), true);
      try {
        await two.visitor.rest(`/wp/v2/posts/${c.posts.b2.id}`, { method: 'POST', json: { featured_media: media.id } });
        assert.equal((await two.visitor.rest(`/wp/v2/posts/${c.posts.b2.id}?context=edit`)).featured_media, media.id);
        assert.equal(b2().image, undefined, JSON.stringify(b2().image));
        assert.equal((await saveProfile(two.visitor, { practice_articles_photo: String(media.id) })).status, 302);
        assert.equal(data().authors[b2().author].photo, undefined, JSON.stringify(data().authors[b2().author].photo));
      } finally {
        await two.visitor.rest(`/wp/v2/posts/${c.posts.b2.id}`, { method: 'POST', json: { featured_media: 0 } });
        await saveProfile(two.visitor, { practice_articles_photo: String(two.photo.id) });
        await admin.rest(`/wp/v2/media/${media.id}?force=true`, { method: 'DELETE' });
      }
      assert.equal(data().authors[b2().author].photo.width, 150, 'the real photo is back');
    });

    it('hides the widget, rather than keep an old script, when its folder can\'t be written; no PHP warning, and Settings says why', async () => {
      const dirs = [join(site.siteDir, FOLDER), join(site.siteDir, FOLDER, 'bodies')];
      const page = () => anonymous().request(new URL(c.pages.topicShortcode.link).search);
      const logged = pluginLogLines(site).length;
      assert.ok((await page()).text.includes('Anxiety test post one'));
      lock(dirs, true);
      try {
        assert.throws(() => writeFileSync(join(dirs[0], 'probe'), ''), 'the folder really is unwritable');
        await status('b1', 'private');
        const shown = await page();
        assert.equal(shown.status, 200);
        assert.match(shown.text, /<\/html>\s*$/, 'the whole page');
        assert.ok(!shown.text.includes('Anxiety test post one'), 'no trace of the post made private');
        assert.doesNotMatch(shown.text, /practice-articles-posts\/practice-articles\.js/, 'no old script');
        const settings = (await admin.request('/wp-admin/options-general.php?page=practice-articles')).text;
        assert.match(settings, /could not be written into wp-content\/uploads\/practice-articles-posts\//);
      } finally {
        lock(dirs, false);
        await status('b1', 'publish');
      }
      assert.deepEqual(pluginLogLines(site).slice(logged), [], 'no PHP warning');
      const back = (await page()).text;
      assert.ok(back.includes('Anxiety test post one') && /practice-articles-posts\/practice-articles\.js/.test(back), 'back once it can write');
    });

    it('never lets a regeneration that collected the posts first write last: a post made private meanwhile stays out', async () => {
      const title = 'Anxiety test post one';
      // One regeneration collects the posts, then takes 3 s over the first post's text...
      const { done } = await slowRegeneration(site);
      try {
        // ...while an editor makes a post private, and that request regenerates too.
        await status('b1', 'private');
        assert.deepEqual(await done, { code: 0, out: 'true' });
        assert.ok(!read('practice-articles.js').includes(title), 'the script made last holds no post made private');
        assert.ok(!(await anonymous().request(new URL(c.pages.topicShortcode.link).search)).text.includes(title), 'nor does the page');
      } finally {
        await done;
        await status('b1', 'publish');
      }
      assert.ok(read('practice-articles.js').includes(title));
    });

    /** Plugins → Deactivate or Activate, as the administrator clicks it. */
    const plugins = async () => (await admin.request('/wp-admin/plugins.php')).text;
    const link = (html, action) => {
      const m = new RegExp(`href="([^"]*plugins\\.php\\?action=${action}(?:&|&amp;)plugin=practice-articles[^"]*)"`).exec(html);
      assert.ok(m, `a ${action} link`);
      return `/wp-admin/${m[1].replaceAll('&amp;', '&').replace(/^.*wp-admin\//, '')}`;
    };

    it('deletes its generated files when deactivated, so a post hidden meanwhile is in none; activation makes them again', async () => {
      const script = `/${FOLDER}/practice-articles.js`;
      const body = data().articles.find((a) => a.slug === c.posts.b1.slug).src;
      const title = 'Anxiety test post one';
      assert.equal((await admin.request(link(await plugins(), 'deactivate'))).status, 302);
      try {
        await status('b1', 'private');
        assert.deepEqual(files(), [], 'no script or body file left');
        for (const path of [script, `/${FOLDER}/${body}`]) {
          const res = await anonymous().request(path);
          assert.ok(res.status !== 200 && !res.text.includes(title), `${path}: HTTP ${res.status}`);
        }
      } finally {
        assert.equal((await admin.request(link(await plugins(), 'activate'))).status, 302);
      }
      try {
        const made = await anonymous().request(script);
        assert.equal(made.status, 200);
        assert.ok(made.text.includes('Couples test post one') && !made.text.includes(title));
      } finally {
        await status('b1', 'publish');
      }
      assert.ok(read('practice-articles.js').includes(title));
    });

    it('deletes its files when deactivated even while a regeneration is running: it waits for it, and nothing is written after', async () => {
      const deactivate = link(await plugins(), 'deactivate');
      const { done } = await slowRegeneration(site);
      try {
        assert.equal((await admin.request(deactivate)).status, 302);
        assert.equal((await done).code, 0);
        assert.deepEqual(files(), [], 'no script or body file written after deactivation');
      } finally {
        await done;
        assert.equal((await admin.request(link(await plugins(), 'activate'))).status, 302);
      }
      assert.ok(read('practice-articles.js').includes('Couples test post one'), 'activation makes them again');
    });
  });
}
