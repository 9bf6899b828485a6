// A throwaway WordPress network (multisite, sites in subfolders) on loopback, with the
// plugin uploaded in Network Admin and activated for the network, as a network's owner
// does. Site one is the main site, at /; site two is at /site2/. Like site.mjs, it uses
// Debian's packages only: a MariaDB of its own, and php -S with router.php, which maps a
// site's subfolder to WordPress's shared files as WordPress's rewrite rules do.
import { mkdirSync, mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { ZIP } from './package.mjs';
import { THEME, Visitor, connects, freePort, installPlugin, makeSiteFolder, start, startDatabase, waitFor, wp } from './site.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));

/**
 * Starts a fresh network of two sites with the plugin active on both.
 * @param {{ zip?: string, log?: (line: string) => void }} options
 */
export async function startNetwork({ zip = ZIP, log = () => {} } = {}) {
  const t0 = Date.now();
  const tmp = realpathSync(mkdtempSync(join(tmpdir(), 'pa-network-')));
  const servers = [];
  const onExit = () => servers.forEach((s) => s.kill());
  process.on('exit', onExit);
  const stop = async () => {
    process.off('exit', onExit);
    for (const s of servers.reverse()) await s.stop();
    servers.length = 0;
    if (!process.env.KEEP_WORDPRESS) rmSync(tmp, { recursive: true, force: true, maxRetries: 5 });
  };
  try {
    const logs = join(tmp, 'logs');
    mkdirSync(logs);
    const db = await startDatabase(join(tmp, 'db'));
    servers.push(db.server);
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const siteDir = join(tmp, 'site');
    const admin = { login: 'admin', name: 'Ada Administrator', password: randomBytes(12).toString('base64url'), email: 'admin@example.com' };
    makeSiteFolder(siteDir, url, db, logs, { network: 'install' });
    const installed = wp(siteDir, 'install', { title: 'Test site one', theme: THEME, admin, url });
    wp(siteDir, 'network', { title: 'Practice articles test network' });
    makeSiteFolder(siteDir, url, db, logs, { network: 'on' });
    const two = wp(siteDir, 'site', { slug: '/site2/', title: 'Test site two', admin: admin.login });
    log(`WordPress ${installed.version} network with sites 1 and ${two.id} (${Date.now() - t0} ms)`);

    servers.push(start('php', ['-S', `127.0.0.1:${port}`, '-t', siteDir, join(here, 'router.php')], {
      env: { ...process.env, PHP_CLI_SERVER_WORKERS: process.env.PHP_CLI_SERVER_WORKERS || '4' },
    }));
    await waitFor('php -S', () => connects({ port, host: '127.0.0.1' }));
    const visitor = await new Visitor(url).logIn(admin.login, admin.password);
    await installPlugin(visitor, zip, '/wp-admin/network');
    log(`plugin uploaded in Network Admin and network-activated (${Date.now() - t0} ms)`);
    return {
      url,
      tmp,
      siteDir,
      logs,
      sites: {
        one: { id: 1, path: '/', url, admin: visitor, uploads: join(siteDir, 'wp-content/uploads') },
        two: { id: two.id, path: '/site2/', url: two.url.replace(/\/$/, ''), admin: visitor.onSite('/site2'), uploads: join(siteDir, `wp-content/uploads/sites/${two.id}`) },
      },
      stop,
      wp: (command, args) => wp(siteDir, command, args),
    };
  } catch (e) {
    await stop();
    throw e;
  }
}
