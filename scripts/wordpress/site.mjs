// A throwaway WordPress on loopback, with the plugin installed from its zip the way a site
// owner installs it, and posts written by each role that can publish.
//
//   node scripts/wordpress/site.mjs [--port N]   starts one and keeps it running (Ctrl-C ends it)
//   import { startSite } from './site.mjs'       the same, for the tests
//
// Everything comes from Debian's packages (apt-get install wordpress mariadb-server php-cli
// php-mysql): a MariaDB server of its own, on a socket in a temporary folder (the
// system's databases are never touched, and no root is needed), and PHP's built-in server
// with scripts/wordpress/router.php. The site folder links to the packaged WordPress
// (/usr/share/wordpress, or WORDPRESS_DIR) and has its own wp-config.php and wp-content/.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createConnection, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { ZIP } from './package.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const CORE = process.env.WORDPRESS_DIR || '/usr/share/wordpress';
export const THEME = 'twentytwentythree';
export const BLOCK = 'practice-articles/articles';
/**
 * What the settings page is set to. An obviously fake booking URL: never a real one. The
 * first tests use the example articles; test/wordpress/posts.mjs switches to the posts.
 */
export const SETTINGS = { booking_url: 'https://clinic.example/book', theme: 'dark', source: 'examples' };

const password = () => randomBytes(12).toString('base64url');
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** The first of the candidates that exists, else the bare name (looked up in PATH). */
function program(name, ...candidates) {
  return candidates.find((p) => existsSync(p)) ?? name;
}

function run(cmd, args, what) {
  const r = spawnSync(cmd, args, { encoding: 'utf8' });
  if (r.error || r.status !== 0) {
    throw new Error(`${what}: ${cmd} ${args.join(' ')} failed (${r.error?.message ?? `exit ${r.status}`})\n${r.stderr}${r.stdout}`);
  }
  return r.stdout;
}

export async function freePort() {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

export async function waitFor(what, ok, ms = 20000) {
  const deadline = Date.now() + ms;
  while (!(await ok())) {
    if (Date.now() > deadline) throw new Error(`${what} did not start in ${ms / 1000} s`);
    await sleep(50);
  }
}

export const connects = (options) =>
  new Promise((resolve) => {
    const socket = createConnection(options, () => (socket.end(), resolve(true)));
    socket.on('error', () => resolve(false));
  });

/** Starts a child in its own process group; `stop` ends the group. */
export function start(cmd, args, options) {
  const child = spawn(cmd, args, { detached: true, stdio: 'ignore', ...options });
  child.on('error', () => {}); // reported by the caller's wait, with a clearer message
  const exited = new Promise((resolve) => child.on('exit', resolve));
  const signal = (name) => {
    try {
      process.kill(-child.pid, name);
    } catch {
      // already gone
    }
  };
  return {
    /** Ends the group and waits until the child is gone, so that its files can be deleted. */
    async stop() {
      signal('SIGTERM');
      const timer = setTimeout(() => signal('SIGKILL'), 10000);
      await exited;
      clearTimeout(timer);
    },
    /** For process exit, where nothing can wait. */
    kill: () => signal('SIGKILL'),
  };
}

/** MariaDB with its data in `dir`, listening only on a socket there. */
export async function startDatabase(dir) {
  const root = process.getuid?.() === 0 ? ['--user=root'] : [];
  const data = join(dir, 'data');
  const socket = join(dir, 'mysqld.sock');
  run(program('mariadb-install-db', '/usr/bin/mariadb-install-db'), ['--no-defaults', `--datadir=${data}`, '--auth-root-authentication-method=socket', '--skip-test-db', ...root], 'MariaDB (apt-get install mariadb-server)');
  const server = start(program('mariadbd', '/usr/sbin/mariadbd'), ['--no-defaults', `--datadir=${data}`, `--socket=${socket}`, '--skip-networking', `--pid-file=${join(dir, 'mariadbd.pid')}`, `--log-error=${join(dir, 'error.log')}`, ...root]);
  await waitFor('MariaDB', () => existsSync(socket) && connects({ path: socket }));
  const db = { name: 'wordpress', user: 'wordpress', password: password(), socket };
  run(program('mariadb', '/usr/bin/mariadb'), ['--no-defaults', `--socket=${socket}`, '-uroot', '-e',
    `CREATE DATABASE ${db.name} CHARACTER SET utf8mb4; CREATE USER '${db.user}'@'localhost' IDENTIFIED BY '${db.password}'; GRANT ALL ON ${db.name}.* TO '${db.user}'@'localhost';`], 'MariaDB');
  return { ...db, server };
}

/**
 * The site folder: links to the packaged WordPress, its own wp-config.php and wp-content/.
 * `network`: 'install' (no fixed address: a network's sites each have their own) or 'on'
 * (a subdirectory network, after wp.php's network command made its tables).
 */
export function makeSiteFolder(dir, url, db, logs, { network } = {}) {
  if (network !== 'on') linkWordPress(dir);
  writeFileSync(join(dir, 'wp-config.php'), siteConfig(url, db, logs, network));
}

function linkWordPress(dir) {
  if (!existsSync(join(CORE, 'wp-settings.php'))) throw new Error(`no WordPress in ${CORE} (apt-get install wordpress)`);
  mkdirSync(dir);
  for (const entry of readdirSync(CORE)) {
    if (entry !== 'wp-config.php' && entry !== 'wp-content') symlinkSync(join(CORE, entry), join(dir, entry));
  }
  for (const sub of ['plugins', 'themes', 'uploads', 'upgrade']) mkdirSync(join(dir, 'wp-content', sub), { recursive: true });
  const themes = join(CORE, 'wp-content/themes');
  if (!existsSync(join(themes, THEME))) throw new Error(`no ${THEME} theme in ${themes} (apt-get install wordpress-theme-${THEME})`);
  for (const theme of readdirSync(themes)) symlinkSync(join(themes, theme), join(dir, 'wp-content/themes', theme));
}

function siteConfig(url, db, logs, network) {
  const salt = () => randomBytes(32).toString('hex');
  const keys = ['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT'];
  const host = new URL(url).host;
  const where = !network
    ? `define('WP_HOME', '${url}');\ndefine('WP_SITEURL', '${url}');`
    : network === 'on'
      ? `define('MULTISITE', true);\ndefine('SUBDOMAIN_INSTALL', false);\ndefine('DOMAIN_CURRENT_SITE', '${host}');\ndefine('PATH_CURRENT_SITE', '/');\ndefine('SITE_ID_CURRENT_SITE', 1);\ndefine('BLOG_ID_CURRENT_SITE', 1);`
      : '';
  return `<?php
// A throwaway site for the practice-articles plugin tests (scripts/wordpress/site.mjs).
// The site: ${url}
define('DB_NAME', '${db.name}');
define('DB_USER', '${db.user}');
define('DB_PASSWORD', '${db.password}');
define('DB_HOST', 'localhost:${db.socket}');
define('DB_CHARSET', 'utf8mb4');
define('DB_COLLATE', '');
${keys.map((k) => `define('${k}', '${salt()}');`).join('\n')}
$table_prefix = 'wp_';
${where}
define('WP_CONTENT_DIR', __DIR__ . '/wp-content');
define('FS_METHOD', 'direct');
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('DISABLE_WP_CRON', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('WP_DEBUG', true);
define('WP_DEBUG_DISPLAY', false);
define('WP_DEBUG_LOG', '${join(logs, 'debug.log')}');
if (!defined('ABSPATH')) {
    define('ABSPATH', __DIR__ . '/');
}
require_once ABSPATH . 'wp-settings.php';
`;
}

/** Runs scripts/wordpress/wp.php against the site (on a network, `args.path` picks the site); returns its JSON answer. */
export function wp(siteDir, command, args = {}) {
  const out = run(program('php', '/usr/bin/php'), [join(here, 'wp.php'), siteDir, command, JSON.stringify(args)], `wp.php ${command} (apt-get install php-cli php-mysql)`);
  return JSON.parse(out.trim().split('\n').pop());
}

/** An HTTP client with a cookie jar: a user of the site, without a browser. */
export class Visitor {
  constructor(base, { prefix = '', cookies } = {}) {
    this.base = base;
    /** A network site's subfolder ('/site2'), put before every path; `cookies` shares a jar (one login, every site). */
    this.prefix = prefix;
    this.cookies = cookies ?? new Map([['wordpress_test_cookie', 'WP%20Cookie%20check']]);
  }

  /** The same user on another site of a network. */
  onSite(prefix) {
    return Object.assign(new Visitor(this.base, { prefix, cookies: this.cookies }), { login: this.login });
  }

  async request(path, { method = 'GET', form, json, body, headers = {} } = {}) {
    if (path.startsWith('/')) path = this.prefix + path;
    const h = { ...headers, cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ') };
    if (form) body = new URLSearchParams(form);
    if (json) {
      body = JSON.stringify(json);
      h['content-type'] = 'application/json';
    }
    const res = await fetch(new URL(path, this.base), { method, body, headers: h, redirect: 'manual' });
    for (const line of res.headers.getSetCookie()) {
      const pair = line.split(';')[0];
      const name = pair.slice(0, pair.indexOf('='));
      const value = pair.slice(pair.indexOf('=') + 1);
      if (/expires=[^;]*1970/i.test(line) || /max-age=0/i.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return { status: res.status, location: res.headers.get('location'), text: await res.text() };
  }

  async logIn(login, pass) {
    const res = await this.request('/wp-login.php', { method: 'POST', form: { log: login, pwd: pass, 'wp-submit': 'Log In', redirect_to: `${this.base}/wp-admin/`, testcookie: '1' } });
    if (res.status !== 302 || ![...this.cookies.keys()].some((k) => k.startsWith('wordpress_logged_in_'))) throw new Error(`${login} could not log in (HTTP ${res.status})`);
    this.login = login;
    return this;
  }

  /** The logged-in cookie's value, which carries the session token nonces depend on. */
  get sessionCookie() {
    return [...this.cookies].find(([k]) => k.startsWith('wordpress_logged_in_'))[1];
  }

  /** Calls the REST API as this user, with the nonce the block editor uses. */
  async rest(route, { method = 'GET', json } = {}) {
    this.restNonce ??= (await this.request('/wp-admin/admin-ajax.php?action=rest-nonce')).text.trim();
    const [path, query] = route.split('?');
    const res = await this.request(`/?rest_route=${encodeURIComponent(path)}${query ? `&${query}` : ''}`, { method, json, headers: { 'x-wp-nonce': this.restNonce } });
    const data = JSON.parse(res.text);
    if (res.status >= 300) throw new Error(`${method} ${route} as ${this.login}: HTTP ${res.status} ${data.code}: ${data.message}`);
    return data;
  }
}

/** The value of a form field in a page's HTML (the first after `after`), entities decoded. */
export function field(html, name, after = '') {
  const from = after ? html.indexOf(after) : 0;
  const input = new RegExp(`<input[^>]*\\sname="${name}"[^>]*>`).exec(html.slice(Math.max(from, 0)));
  const value = input && /\svalue="([^"]*)"/.exec(input[0]);
  if (!value) throw new Error(`no ${name} field${after ? ` after ${after}` : ''}`);
  return value[1].replace(/&(#0?38|amp|quot|#0?39|lt|gt);/g, (_, e) => ({ '#038': '&', '#38': '&', amp: '&', quot: '"', '#039': "'", '#39': "'", lt: '<', gt: '>' })[e]);
}

/** Plugins → Add New → Upload Plugin, then Activate: what a site owner does with the zip. */
export async function installPlugin(admin, zipPath, at = '/wp-admin') {
  const page = await admin.request(`${at}/plugin-install.php?tab=upload`);
  const form = new FormData();
  form.set('_wpnonce', field(page.text, '_wpnonce', 'update.php?action=upload-plugin'));
  form.set('_wp_http_referer', `${at}/plugin-install.php?tab=upload`);
  form.set('pluginzip', new Blob([readFileSync(zipPath)], { type: 'application/zip' }), 'practice-articles-wordpress.zip');
  form.set('install-plugin-submit', 'Install Now');
  const installed = await admin.request(`${at}/update.php?action=upload-plugin`, { method: 'POST', body: form });
  const activate = /href="([^"]*plugins\.php\?action=activate[^"]*)"/.exec(installed.text);
  if (!installed.text.includes('Plugin installed successfully') || !activate) {
    throw new Error(`installing the zip failed:\n${installed.text.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').slice(0, 2000)}`);
  }
  const activated = await admin.request(activate[1].replaceAll('&amp;', '&').replace(/^(?!https?:|\/)/, `${at}/`));
  if (activated.status !== 302 || !activated.location.includes('activate=true')) throw new Error(`activating the plugin failed (HTTP ${activated.status} ${activated.location})`);
}

/** Settings → Practice articles, filled in and saved by `visitor`; returns the redirect. */
export async function saveSettings(visitor, values, { nonce } = {}) {
  const page = nonce === undefined ? await visitor.request('/wp-admin/options-general.php?page=practice-articles') : null;
  const form = {
    action: 'practice_articles_save',
    practice_articles_nonce: nonce ?? field(page.text, 'practice_articles_nonce'),
    _wp_http_referer: '/wp-admin/options-general.php?page=practice-articles',
    ...values,
  };
  return visitor.request('/wp-admin/admin-post.php', { method: 'POST', form });
}

/** A block's comment, as the block editor saves it. */
export const block = (attrs = {}) => `<!-- wp:${BLOCK} ${Object.keys(attrs).length ? `${JSON.stringify(attrs)} ` : ''}/-->`;

/**
 * The posts each role writes. Slugs come from the bundle's articles.json; the text around
 * the widgets only says what the post is for (no article text is made up).
 */
function postsFor(articles) {
  const [first, second, third] = articles.map((a) => a.slug);
  const text = articles.find((a) => a.hasText)?.slug ?? first;
  return [
    { key: 'adminBlock', as: 'administrator', type: 'posts', title: 'Administrator: the block with the site defaults', content: block() },
    {
      key: 'severalWidgets',
      as: 'administrator',
      type: 'pages',
      title: 'Administrator: several widgets on one page',
      content: [
        block({ articles: [second, first].filter(Boolean) }),
        '<!-- wp:paragraph -->\n<p>Between the widgets.</p>\n<!-- /wp:paragraph -->',
        block({ variant: 'card', article: text }),
        `<!-- wp:shortcode -->\n[practice_articles articles="${[third, first].filter(Boolean).join(' ')}" theme="light"]\n<!-- /wp:shortcode -->`,
        `<!-- wp:shortcode -->\n[practice_article_card article="${text}"]\n<!-- /wp:shortcode -->`,
      ].join('\n\n'),
    },
    {
      key: 'authorBlock',
      as: 'author',
      type: 'posts',
      title: 'Author: the block with its own settings',
      content: block({ articles: [third, first].filter(Boolean), bookingUrl: 'https://clinic.example/book?with=author&from=block', theme: 'light', headingLevel: 3 }),
    },
    { key: 'authorCard', as: 'author', type: 'posts', title: 'Author: one article card', content: block({ variant: 'card', article: text, headingLevel: 3 }) },
    {
      key: 'authorClassic',
      as: 'author',
      type: 'posts',
      title: 'Author: shortcodes in the classic editor',
      // No block comments: WordPress runs wpautop over this, as for any classic post.
      content: [
        'A paragraph written in the classic editor.',
        `[practice_articles booking_url="https://clinic.example/book?from=shortcode" heading_level="3"]`,
        'Another paragraph,\nwith a line break.',
        `[practice_article_card article="${text}" theme="light"]`,
        'The last paragraph.',
      ].join('\n\n'),
    },
    { key: 'editorShortcode', as: 'editor', type: 'posts', title: 'Editor: a card shortcode', content: `Before the card.\n\n[practice_article_card article="${text}"]\n\nAfter the card.` },
    { key: 'contributorBlock', as: 'contributor', type: 'posts', status: 'pending', title: 'Contributor: the block, published by an editor', content: block({ articles: [first].filter(Boolean) }) },
  ];
}

/**
 * Starts a fresh site and fills it; resolves with what the tests need.
 * @param {{ zip?: string, port?: number, log?: (line: string) => void }} options
 */
export async function startSite({ zip = ZIP, port, log = () => {} } = {}) {
  const t0 = Date.now();
  const tmp = realpathSync(mkdtempSync(join(tmpdir(), 'pa-wordpress-')));
  const servers = [];
  const remove = () => {
    if (!process.env.KEEP_WORDPRESS) rmSync(tmp, { recursive: true, force: true, maxRetries: 5 });
  };
  // If the process ends without stop(): kill the servers, and try to delete their files.
  const onExit = () => {
    for (const s of servers) s.kill();
    try {
      remove();
    } catch {
      // a server still holds a file; the folder stays in the temporary directory
    }
  };
  process.on('exit', onExit);
  const stop = async () => {
    process.off('exit', onExit);
    for (const s of servers.reverse()) await s.stop();
    servers.length = 0;
    remove();
  };
  try {
    const logs = join(tmp, 'logs');
    mkdirSync(logs);
    const db = await startDatabase(join(tmp, 'db'));
    servers.push(db.server);
    log(`MariaDB ready (${Date.now() - t0} ms)`);

    port ??= await freePort();
    const url = `http://127.0.0.1:${port}`;
    const siteDir = join(tmp, 'site');
    makeSiteFolder(siteDir, url, db, logs);
    const users = {
      administrator: { login: 'admin', name: 'Ada Administrator', password: password() },
      editor: { login: 'editor', name: 'Eddie Editor', password: password() },
      author: { login: 'author', name: 'Aria Author', password: password() },
      contributor: { login: 'contributor', name: 'Cory Contributor', password: password() },
    };
    const installed = wp(siteDir, 'install', { title: 'Practice articles test site', theme: THEME, admin: { ...users.administrator, email: 'admin@example.com' } });
    const ids = wp(siteDir, 'users', Object.entries(users).filter(([role]) => role !== 'administrator').map(([role, u]) => ({ ...u, role })));
    for (const u of Object.values(users)) u.id = ids[u.login];
    log(`WordPress ${installed.version} installed, theme ${installed.theme} (${Date.now() - t0} ms)`);

    const php = start(program('php', '/usr/bin/php'), ['-S', `127.0.0.1:${port}`, '-t', siteDir, join(here, 'router.php')], {
      env: { ...process.env, PHP_CLI_SERVER_WORKERS: process.env.PHP_CLI_SERVER_WORKERS || '4' },
      stdio: ['ignore', 'ignore', 'ignore'],
    });
    servers.push(php);
    await waitFor('php -S', () => connects({ port, host: '127.0.0.1' }));

    const visitors = {};
    for (const [role, u] of Object.entries(users)) visitors[role] = await new Visitor(url).logIn(u.login, u.password);
    await installPlugin(visitors.administrator, zip);
    const fresh = (await visitors.administrator.request('/wp-admin/options-general.php?page=practice-articles')).text;
    const defaultSource = /<input type="radio" name="source" value="([^"]+)"\s+checked/.exec(fresh)?.[1];
    const saved = await saveSettings(visitors.administrator, SETTINGS);
    if (!saved.location?.includes('practice-articles-notice=saved')) throw new Error(`saving the settings failed: ${saved.status} ${saved.location}`);
    log(`plugin installed from ${zip}, settings saved (${Date.now() - t0} ms)`);

    const articles = JSON.parse(readFileSync(join(siteDir, 'wp-content/plugins/practice-articles/bundle/articles.json'), 'utf8'));
    const posts = {};
    for (const p of postsFor(articles)) {
      const made = await visitors[p.as].rest(`/wp/v2/${p.type}`, { method: 'POST', json: { title: p.title, content: p.content, status: p.status ?? 'publish' } });
      posts[p.key] = { ...p, id: made.id, link: made.link };
    }
    // The contributor submits for review; an editor publishes.
    const published = await visitors.editor.rest(`/wp/v2/posts/${posts.contributorBlock.id}`, { method: 'POST', json: { status: 'publish' } });
    posts.contributorBlock.link = published.link;
    posts.plain = { key: 'plain', title: 'Hello world!', link: `${url}/?p=1` };
    log(`${Object.keys(posts).length} posts (${Date.now() - t0} ms)`);

    return { url, tmp, siteDir, logs, defaultSource, version: installed.version, users, visitors, posts, articles, stop, wp: (command, args) => wp(siteDir, command, args) };
  } catch (e) {
    await stop();
    throw e;
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const i = process.argv.indexOf('--port');
  const site = await startSite({ port: i > 0 ? Number(process.argv[i + 1]) : undefined, log: (line) => console.log(line) });
  console.log(`\nWordPress ${site.version} at ${site.url}/  (log in at ${site.url}/wp-login.php)`);
  for (const [role, u] of Object.entries(site.users)) console.log(`  ${role.padEnd(13)} ${u.login} / ${u.password}`);
  console.log('\nPosts:');
  for (const p of Object.values(site.posts)) console.log(`  ${p.title}: ${p.link}`);
  console.log(`\nFiles in ${site.tmp}. Ctrl-C stops the site and deletes them.`);
  const end = () => site.stop().then(() => process.exit(0));
  process.on('SIGINT', end);
  process.on('SIGTERM', end);
  setInterval(() => {}, 1 << 30);
}
