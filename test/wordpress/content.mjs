// What the "Posts of this site" tests write into the throwaway WordPress, the way its
// users would: two Authors fill in their profiles (bio, credentials, booking URL, short
// name, a photo from the media library), write posts in two categories, one with a
// featured image, plus one post of every kind that must never reach a visitor.
// Article text is the seed's own paragraphs; names and bios are marked as test fixtures.
import { readFileSync } from 'node:fs';
import sharp from 'sharp';
import { Visitor, block } from '../../scripts/wordpress/site.mjs';

const seed = readFileSync(new URL('../../seeds/000_2d76e923eb718c4e.txt', import.meta.url), 'utf8').split(/\r?\n\s*\r?\n/).map((p) => p.trim());
/** The seed's five body paragraphs (after the title, before the byline). */
export const PARAGRAPHS = seed.slice(1, 6);

const p = (text) => `<!-- wp:paragraph -->\n<p>${text}</p>\n<!-- /wp:paragraph -->`;
const h = (level, text) => `<!-- wp:heading {"level":${level}} -->\n<h${level}>${text}</h${level}>\n<!-- /wp:heading -->`;
const list = (tag, items) => `<!-- wp:list${tag === 'ol' ? ' {"ordered":true}' : ''} -->\n<${tag}>${items.map((i) => `<li>${i}</li>`).join('')}</${tag}>\n<!-- /wp:list -->`;
const embed = (url) => `<!-- wp:embed {"url":"${url}","type":"video","providerNameSlug":"youtube"} -->\n<figure class="wp-block-embed is-type-video is-provider-youtube wp-block-embed-youtube"><div class="wp-block-embed__wrapper">\n${url}\n</div></figure>\n<!-- /wp:embed -->`;
export const blocks = (...parts) => parts.join('\n\n');
export { p as paragraph };

/** A PNG of a flat colour, made here: no photo of anyone. */
export const png = (width, height, r) => sharp({ create: { width, height, channels: 3, background: { r, g: 120, b: 90 } } }).png().toBuffer();

/** Uploads a file to the media library as `visitor`, through the REST API. */
export async function upload(visitor, name, bytes, alt, type = 'image/png') {
  await visitor.rest('/wp/v2/users/me');
  const res = await visitor.request('/?rest_route=/wp/v2/media', {
    method: 'POST',
    body: bytes,
    headers: { 'x-wp-nonce': visitor.restNonce, 'content-type': type, 'content-disposition': `attachment; filename=${name}` },
  });
  if (res.status !== 201) throw new Error(`uploading ${name}: HTTP ${res.status} ${res.text.slice(0, 300)}`);
  const media = JSON.parse(res.text);
  if (alt !== undefined) await visitor.rest(`/wp/v2/media/${media.id}`, { method: 'POST', json: { alt_text: alt } });
  return media;
}

/** The named fields of a form in a page, as the browser would submit them. */
export function formFields(html, formId) {
  const start = html.indexOf(`id="${formId}"`);
  const form = html.slice(start, html.indexOf('</form>', start));
  const decode = (v) => v.replace(/&(#0?38|amp|quot|#0?39|lt|gt);/g, (_, e) => ({ '#038': '&', '#38': '&', amp: '&', quot: '"', '#039': "'", '#39': "'", lt: '<', gt: '>' })[e]);
  const attr = (tag, name) => new RegExp(`\\s${name}=(["'])(.*?)\\1`, 's').exec(tag)?.[2];
  const fields = {};
  for (const [tag] of form.matchAll(/<input\b[^>]*>/g)) {
    const name = attr(tag, 'name');
    const type = (attr(tag, 'type') ?? 'text').toLowerCase();
    if (!name || ['submit', 'button', 'file'].includes(type)) continue;
    if ((type === 'checkbox' || type === 'radio') && !/\schecked/.test(tag)) continue;
    fields[name] = decode(attr(tag, 'value') ?? (type === 'checkbox' ? 'on' : ''));
  }
  for (const [, name, text] of form.matchAll(/<textarea\b[^>]*\sname="([^"]+)"[^>]*>([\s\S]*?)<\/textarea>/g)) fields[name] = decode(text);
  for (const [, name, options] of form.matchAll(/<select\b[^>]*\sname="([^"]+)"[^>]*>([\s\S]*?)<\/select>/g)) {
    const chosen = /<option[^>]*value=(["'])(.*?)\1[^>]*selected/.exec(options) ?? /<option[^>]*value=(["'])(.*?)\1/.exec(options);
    if (chosen) fields[name] = decode(chosen[2]);
  }
  return fields;
}

/** Profile → the plugin's fields, filled in and saved by the user themself. */
export async function saveProfile(visitor, values, path = '/wp-admin/profile.php') {
  const page = await visitor.request(path);
  const fields = { ...formFields(page.text, 'your-profile'), ...values };
  return visitor.request(path.split('?')[0], { method: 'POST', form: fields });
}

const THERAPISTS = [
  { key: 'one', login: 'therapist-one', name: 'Dr. Test Person', bio: 'A test fixture bio, first paragraph.\n\nIts second paragraph, with <em>emphasis</em>.', creds: 'PsyD, LMFT', booking: 'https://clinic.example/book/test-person', short: 'Dr. Person' },
  { key: 'two', login: 'therapist-two', name: 'Alex Fixture', bio: 'Another test fixture bio.', creds: 'MA', booking: 'mailto:alex.fixture@example.com', short: '' },
];

/** What must never be shown: one post of each kind, each with a unique title word and body word. */
export const HIDDEN = ['draft', 'pending', 'private', 'password', 'future', 'trash'].map((kind) => ({ kind, title: `Hidden ${kind} post zq${kind}title`, word: `zq${kind}body` }));

/** Writes it all; resolves with the people, posts and pages made. */
export async function writeContent(site) {
  const admin = site.visitors.administrator;
  const people = {};
  const accounts = THERAPISTS.map((t) => ({ login: t.login, name: t.name, password: `pw-${t.login}-${process.pid}`, role: 'author' }));
  const ids = site.wp('users', accounts);
  for (const [i, t] of THERAPISTS.entries()) {
    const visitor = await new Visitor(site.url).logIn(t.login, accounts[i].password);
    const photo = await upload(visitor, `${t.key}-photo.png`, await png(400, 400, 40 + i * 80));
    const saved = await saveProfile(visitor, {
      description: t.bio,
      practice_articles_credentials: t.creds,
      practice_articles_booking_url: t.booking,
      practice_articles_short_name: t.short,
      practice_articles_photo: String(photo.id),
    });
    if (saved.status !== 302) throw new Error(`saving ${t.login}'s profile: HTTP ${saved.status}`);
    people[t.key] = { ...t, id: ids[t.login], visitor, photo };
  }
  const category = async (name) => (await admin.rest('/wp/v2/categories', { method: 'POST', json: { name } })).id;
  const couples = await category('Couples therapy');
  const anxiety = await category('Anxiety');
  const sleep = (await admin.rest('/wp/v2/tags', { method: 'POST', json: { name: 'Sleep' } })).id;
  const cover = await upload(people.one.visitor, 'cover.png', await png(1600, 1000, 200), 'A flat green test image');

  const write = async (who, json) => {
    const post = await people[who].visitor.rest('/wp/v2/posts', { method: 'POST', json: { status: 'publish', ...json } });
    return { ...json, id: post.id, link: post.link, slug: post.slug };
  };
  const posts = {
    a1: await write('one', { title: 'Couples test post one', date: '2024-03-02T10:00:00', categories: [couples], featured_media: cover.id, content: blocks(p(PARAGRAPHS[0]), p(PARAGRAPHS[1])) }),
    a2: await write('two', { title: 'Couples test post two', date: '2024-03-01T10:00:00', categories: [couples], content: blocks(p(PARAGRAPHS[2])) }),
    b1: await write('one', {
      title: 'Anxiety test post one',
      date: '2024-02-20T10:00:00',
      categories: [anxiety],
      tags: [sleep],
      content: blocks(
        p(PARAGRAPHS[3]),
        h(2, 'A test heading'),
        p(`Fish &amp; chips, <em>emphasis</em>, <strong>strong</strong>, a <a href="https://example.com/more">link out</a>, a <a href="javascript:alert(1)">refused link</a> and &amp;lt;b&amp;gt; as text.`),
        list('ul', ['first item', 'second item with <em>emphasis</em>']),
        h(3, 'A test subheading'),
        list('ol', ['step one', 'step two']),
        embed('https://www.youtube.com/watch?v=zqembedtest'),
        p(PARAGRAPHS[4]),
      ),
    }),
    b2: await write('two', { title: 'Anxiety test post two', date: '2024-02-19T10:00:00', categories: [anxiety], excerpt: 'Its own test excerpt.', content: blocks(p(PARAGRAPHS[1])) }),
  };
  const hidden = {};
  for (const x of HIDDEN) {
    const json = { title: x.title, categories: [anxiety, couples], content: blocks(p(`${PARAGRAPHS[0]} ${x.word}`)) };
    if (x.kind === 'draft' || x.kind === 'pending' || x.kind === 'private') json.status = x.kind;
    if (x.kind === 'password') json.password = 'test-password';
    if (x.kind === 'future') Object.assign(json, { status: 'future', date: '2099-01-01T10:00:00' });
    hidden[x.kind] = await write('one', json);
    if (x.kind === 'trash') await people.one.visitor.rest(`/wp/v2/posts/${hidden.trash.id}`, { method: 'DELETE' });
  }
  const page = async (title, content) => {
    const made = await admin.rest('/wp/v2/pages', { method: 'POST', json: { title, content, status: 'publish' } });
    return { title, id: made.id, link: made.link };
  };
  const pages = {
    topicBlock: await page('The block with a topic', block({ topic: 'couples-therapy' })),
    topicShortcode: await page('The shortcode with a topic', `<!-- wp:shortcode -->\n[practice_articles topic="anxiety" limit="2"]\n<!-- /wp:shortcode -->`),
    topicTag: await page('The block with a tag as its topic', block({ topic: 'sleep' })),
    everything: await page('The block with every post', block()),
  };
  return { people, posts, hidden, pages, cover };
}
