// "Posts of this site", attacked: content that runs queries inside a post, a reusable
// block that is trashed, an uploads folder WordPress can't write to, and a plugin that is
// deactivated while posts change. Runs inside posts.mjs's suite, on its site and content
// (`get()` gives them), and leaves every post as it found it.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { saveSettings, SETTINGS } from '../../scripts/wordpress/site.mjs';
import { HIDDEN, paragraph } from './content.mjs';

export function hostileSuite(get) {
  describe('hostile content and careless admins', () => {
    let site, c, files, read, data, admin;
    const leaks = (text) => HIDDEN.flatMap((x) => [x.title, x.word].filter((s) => text.includes(s)));
    const bodyOf = (slug) => read(data().articles.find((a) => a.slug === slug).src);

    before(() => {
      ({ site, c, files, read, data } = get());
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
  });
}
