// "Posts of this site", continued: Settings chooses the post type (public ones only) and,
// if wanted, one category or tag; a change regenerates at once. Runs inside posts.mjs's
// suite, on its site and content (`get()` gives them), and leaves the defaults saved.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { field, saveSettings, SETTINGS } from '../../scripts/wordpress/site.mjs';
import { HIDDEN } from './content.mjs';

/** The values of a <select name="…"> in a page, in order. */
const options = (html, name) => {
  const select = new RegExp(`<select[^>]*\\sname="${name}"[^>]*>([\\s\\S]*?)</select>`).exec(html);
  assert.ok(select, `a ${name} list`);
  return [...select[1].matchAll(/<option value="([^"]*)"/g)].map(([, v]) => v);
};

export function sourceSuite(get) {
  describe('Settings: the post type and category', () => {
    let site, c, data, anonymous, before0;
    const slugs = () => data().articles.map((a) => a.slug);
    const save = (values) => saveSettings(site.visitors.administrator, { ...SETTINGS, source: 'posts', ...values });
    const settingsPage = async () => (await site.visitors.administrator.request('/wp-admin/options-general.php?page=practice-articles')).text;

    before(() => {
      ({ site, c, data, anonymous } = get());
      before0 = slugs();
    });
    after(async () => {
      await save({ post_type: 'post', filter: '' });
    });

    it('offers public post types only, and the categories and tags that have posts', async () => {
      const page = await settingsPage();
      const types = options(page, 'post_type');
      assert.ok(types.includes('post') && types.includes('page'), types.join());
      for (const hidden of ['attachment', 'revision', 'nav_menu_item', 'wp_block', 'wp_template', 'wp_navigation']) assert.ok(!types.includes(hidden), `no ${hidden}`);
      assert.match(page, /<option value="post"\s+selected='selected'>/, 'posts by default');
      const filters = options(page, 'filter');
      assert.equal(filters[0], '', 'every category first');
      assert.match(page, /<option value=""\s+selected='selected'>/, 'every category by default');
      for (const f of ['category:couples-therapy', 'category:anxiety', 'post_tag:sleep']) assert.ok(filters.includes(f), `offers ${f}`);
      assert.ok(!filters.some((f) => f.startsWith('post_format:')), 'no post formats');
    });

    it('refuses a post type that is not public, and a term that is not of the chosen type, keeping the old choice', async () => {
      for (const values of [
        { post_type: 'wp_block' },
        { post_type: 'revision' },
        { post_type: 'no-such-type' },
        { post_type: 'page', filter: 'category:anxiety' },
        { filter: 'category:no-such-category' },
        { filter: 'post_format:post-format-aside' },
        { filter: 'anxiety' },
      ]) {
        const res = await save(values);
        assert.match(res.location, /practice-articles-notice=invalid-posts/, JSON.stringify(values));
        assert.deepEqual(slugs(), before0, JSON.stringify(values));
      }
      assert.match(await settingsPage(), /<option value="post"\s+selected='selected'>/);
    });

    it('takes only the posts of the chosen category or tag, at once, and never a hidden one', async () => {
      assert.match((await save({ filter: 'category:anxiety' })).location, /notice=saved/);
      assert.deepEqual(slugs(), [c.posts.b1.slug, c.posts.b2.slug], 'the category, newest first');
      assert.deepEqual(data().articles.map((a) => a.title), ['Anxiety test post one', 'Anxiety test post two']);
      const page = (await anonymous().request(new URL(c.pages.everything.link).search)).text;
      const listed = [...page.matchAll(/<li><a href="[^"]+">([^<]+)<\/a>/g)].map(([, t]) => t);
      assert.deepEqual(listed, ['Anxiety test post one', 'Anxiety test post two'], 'the fallback list follows');
      for (const x of HIDDEN) assert.ok(!page.includes(x.title), `not ${x.kind}`);

      await save({ filter: 'post_tag:sleep' });
      assert.deepEqual(slugs(), [c.posts.b1.slug], 'the tag');
      assert.match(await settingsPage(), /<option value="post_tag:sleep"\s+selected='selected'>/);
    });

    it('follows the chosen category when its slug is changed, rather than show no post at all', async () => {
      const admin = site.visitors.administrator;
      assert.match((await save({ filter: 'category:anxiety' })).location, /notice=saved/);
      const [anxiety] = await admin.rest('/wp/v2/categories?slug=anxiety');
      try {
        await admin.rest(`/wp/v2/categories/${anxiety.id}`, { method: 'POST', json: { slug: 'anxiety-renamed' } });
        assert.deepEqual(slugs(), [c.posts.b1.slug, c.posts.b2.slug]);
        assert.match(await settingsPage(), /<option value="category:anxiety-renamed"\s+selected='selected'>/);
      } finally {
        await admin.rest(`/wp/v2/categories/${anxiety.id}`, { method: 'POST', json: { slug: 'anxiety' } });
      }
      assert.match(await settingsPage(), /<option value="category:anxiety"\s+selected='selected'>/, 'and back');
      await save({ filter: '' });
    });

    it('takes the published pages instead of posts when Pages is chosen', async () => {
      await save({ post_type: 'page', filter: '' });
      const published = await site.visitors.administrator.rest('/wp/v2/pages?per_page=100&status=publish&_fields=slug');
      assert.ok(published.length >= 3);
      assert.deepEqual([...slugs()].sort(), published.map((p) => p.slug).sort());
      for (const key of Object.keys(c.posts)) assert.ok(!slugs().includes(c.posts[key].slug), `no post: ${key}`);
      assert.equal(data().topics, undefined, 'pages have no categories or tags');
    });

    it('follows a draft page\'s new slug into its published child\'s address', async () => {
      const admin = site.visitors.administrator;
      /** Settings → Permalinks, as the administrator saves it ('' is Plain, the tests' usual). */
      const permalinks = async (structure) => {
        const page = (await admin.request('/wp-admin/options-permalink.php')).text;
        const form = { _wpnonce: field(page, '_wpnonce'), _wp_http_referer: '/wp-admin/options-permalink.php', selection: structure ? 'custom' : '', permalink_structure: structure };
        assert.equal((await admin.request('/wp-admin/options-permalink.php', { method: 'POST', form })).status, 302);
      };
      await permalinks('/%postname%/');
      const parent = await admin.rest('/wp/v2/pages', { method: 'POST', json: { title: 'Draft parent page', slug: 'draft-parent', status: 'draft' } });
      const child = await admin.rest('/wp/v2/pages', { method: 'POST', json: { title: 'Child page of a draft', content: 'Child words.', status: 'publish', parent: parent.id } });
      const url = () => data().articles.find((a) => a.title === 'Child page of a draft')?.url ?? '';
      try {
        assert.match(url(), /\/draft-parent\/child-page-of-a-draft\/$/);
        await admin.rest(`/wp/v2/pages/${parent.id}`, { method: 'POST', json: { slug: 'renamed-parent' } });
        assert.match(url(), /\/renamed-parent\/child-page-of-a-draft\/$/);
      } finally {
        for (const id of [child.id, parent.id]) await admin.rest(`/wp/v2/pages/${id}?force=true`, { method: 'DELETE' });
        await permalinks('');
      }
    });

    it('is back to every post with the defaults', async () => {
      await save({ post_type: 'post', filter: '' });
      assert.deepEqual(slugs(), before0);
    });
  });
}
