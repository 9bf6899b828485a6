// "Posts of this site", continued: what must never get out, what must change at once,
// how big and how fast it gets, and what deleting the plugin removes. Runs inside
// posts.mjs's suite, on its site and content (`get()` gives them).
import assert from 'node:assert/strict';
import { statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { before, describe, it } from 'node:test';
import { HIDDEN, PARAGRAPHS, blocks, paragraph, saveProfile } from './content.mjs';
import { inspect, pluginLogLines } from './hostile.mjs';

export function lifecycleSuite(get) {
  let site, c, files, read, data, article, anonymous;
  const load = () => ({ site, c, files, read, data, article, anonymous } = get());

  before(load);

  describe('privacy', () => {
    // Searched: every page with a widget, the script, every body file, the editor's data.
    const leaks = (where, text) => HIDDEN.flatMap((x) => [x.title, x.word].filter((s) => text.includes(s)).map((s) => `${where}: ${s}`));

    it('never lets a draft, pending, private, password-protected, scheduled or trashed post out', async () => {
      const found = [];
      for (const f of files()) found.push(...leaks(f, read(f)));
      const visitor = anonymous();
      for (const page of Object.values(c.pages)) found.push(...leaks(page.title, (await visitor.request(new URL(page.link).search)).text));
      // The plugin adds no REST route; what it tells the block editor is the REST-like answer it gives.
      const editor = (await site.visitors.administrator.request('/wp-admin/post-new.php')).text;
      found.push(...leaks('the block editor\'s data', /var practiceArticlesEditor = (\{.*?\});\n/.exec(editor)[1]));
      assert.deepEqual(found, []);
      assert.ok(data().articles.length >= 4 && read('practice-articles.js').includes('Couples test post one'), 'while the public posts are there');
    });
  });

  describe('freshness', () => {
    it('shows a changed profile and a renamed category on the next page load', async () => {
      const saved = await saveProfile(c.people.two.visitor, { practice_articles_credentials: 'MA, LPC' });
      assert.equal(saved.status, 302);
      assert.equal(data().authors[article('a2').author].creds, 'MA, LPC');
      const admin = site.visitors.administrator;
      const [anxiety] = await admin.rest('/wp/v2/categories?slug=anxiety');
      await admin.rest(`/wp/v2/categories/${anxiety.id}`, { method: 'POST', json: { name: 'Anxiety and worry' } });
      assert.deepEqual(data().topics.find(([slug]) => slug === 'anxiety'), ['anxiety', 'Anxiety and worry']);
      const editor = (await admin.request('/wp-admin/post-new.php')).text;
      assert.ok(editor.includes('Anxiety and worry'), 'the block\'s topic picker');
    });

    it('shows an edited title on the next page load, and nothing of a trashed post', async () => {
      const admin = site.visitors.administrator;
      await admin.rest(`/wp/v2/posts/${c.posts.a1.id}`, { method: 'POST', json: { title: 'Couples test post one, retitled' } });
      const page = (await anonymous().request(new URL(c.pages.topicBlock.link).search)).text;
      assert.ok(page.includes('Couples test post one, retitled'));
      assert.ok(data().articles.some((a) => a.title === 'Couples test post one, retitled'));
      const body = article('a2').src;
      await admin.rest(`/wp/v2/posts/${c.posts.a2.id}`, { method: 'DELETE' });
      const after = (await anonymous().request(new URL(c.pages.topicBlock.link).search)).text;
      assert.ok(!after.includes('Couples test post two'));
      assert.ok(!read('practice-articles.js').includes('Couples test post two'));
      assert.ok(!files().includes(body), 'its body file is deleted');
    });

    it('shows nothing of a post once it is unpublished (back to draft)', async () => {
      const b2 = article('b2');
      assert.ok(b2 && files().includes(b2.src));
      await site.visitors.administrator.rest(`/wp/v2/posts/${c.posts.b2.id}`, { method: 'POST', json: { status: 'draft' } });
      const page = (await anonymous().request(new URL(c.pages.topicShortcode.link).search)).text;
      assert.ok(page.includes('Anxiety test post one') && !page.includes('Anxiety test post two'), 'the page');
      assert.ok(!read('practice-articles.js').includes('Anxiety test post two'), 'the script');
      assert.ok(!files().includes(b2.src), 'its body file is deleted');
    });

    it('leaves the files alone while a post stays unpublished: Add New, a saved draft, a private post; publishing remakes them', async () => {
      const admin = site.visitors.administrator;
      const written = () => statSync(join(site.siteDir, 'wp-content/uploads/practice-articles-posts/practice-articles.js'), { bigint: true }).mtimeNs;
      const before = written();
      assert.equal((await admin.request('/wp-admin/post-new.php')).status, 200); // WordPress saves an auto-draft
      const draft = await admin.rest('/wp/v2/posts', { method: 'POST', json: { title: 'Freshness draft', content: 'Draft words.', status: 'draft' } });
      await admin.rest(`/wp/v2/posts/${draft.id}`, { method: 'POST', json: { content: 'Draft words, edited.' } });
      const hidden = await admin.rest('/wp/v2/posts', { method: 'POST', json: { title: 'Freshness private', content: 'Private words.', status: 'private' } });
      assert.equal(written(), before, 'no save above rewrote the script');
      await admin.rest(`/wp/v2/posts/${draft.id}`, { method: 'POST', json: { status: 'publish' } });
      assert.notEqual(written(), before, 'publishing rewrote it');
      assert.ok(data().articles.some((a) => a.title === 'Freshness draft'));
      for (const id of [draft.id, hidden.id]) await admin.rest(`/wp/v2/posts/${id}?force=true`, { method: 'DELETE' });
      assert.ok(!data().articles.some((a) => a.title === 'Freshness draft'), 'deleting it took it out');
    });
  });

  describe('scale', () => {
    it('keeps the script within the budget with 100 posts, and reports the time for 500', { timeout: 180000 }, () => {
      const author = c.people.two.id;
      const contents = PARAGRAPHS.map((text, i) => blocks(paragraph(text), paragraph(PARAGRAPHS[(i + 2) % PARAGRAPHS.length])));
      site.wp('bulk', { count: 100 - data().articles.length, title: 'Scale test post %d', contents, author, before: '2023-01-01' });
      const hundred = site.wp('regenerate');
      const gzip = gzipSync(read('practice-articles.js'), { level: 9 }).length;
      console.log(`# ${hundred.articles} posts: practice-articles.js ${hundred.bytes} B, ${gzip} B gzip, made in ${hundred.seconds.toFixed(2)} s`);
      assert.equal(hundred.articles, 100);
      assert.ok(gzip <= 15000 + 30 * 1024, `${gzip} B gzip`);
      site.wp('bulk', { count: 400, title: 'More scale test post %d', contents, author, before: '2022-01-01' });
      const five = site.wp('regenerate');
      console.log(`# ${five.articles} posts: made in ${five.seconds.toFixed(2)} s (target: under 2 s)`);
      assert.equal(five.articles, 500);
    });
  });

  describe('uninstall', () => {
    it('removes the generated files (and the folder, hidden files and all) and the plugin\'s user meta', async () => {
      assert.ok(files().length > 0);
      // A file the plugin did not write, as an FTP client or a Mac's Finder leaves one.
      writeFileSync(join(site.siteDir, 'wp-content/uploads/practice-articles-posts/.DS_Store'), 'test');
      site.wp('uninstall');
      assert.deepEqual(inspect(site, 'leftovers'), { options: [], usermeta: [], events: [] });
      assert.throws(() => files(), /ENOENT/);
      const page = (await c.people.one.visitor.request('/wp-admin/profile.php')).text;
      assert.ok(!page.includes('PsyD, LMFT') && !page.includes('test-person'), 'no profile field keeps its value');
    });

    it('logged no PHP notice, warning or deprecation from the plugin, from install to uninstall (WP_DEBUG is on)', () => {
      assert.deepEqual(pluginLogLines(site), []);
    });
  });
}
