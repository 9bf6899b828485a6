// What the browser tests need from each engine, and an honest account of what ran.
// - startWebKitDriver: WebKitWebDriver under Xvfb, stopped when the run ends.
// - enginesPlugin: the `pa-media` command (colour scheme, reduced motion) in every engine
//   that can do it; `pa-skip`, which records a test skipped by name with its reason; and
//   `pa-network`, which makes the test server fail body requests (networkMiddleware); and
//   `pa-wheel`, a real mouse wheel at a point.
// - enginesReporter: for each engine, how many tests ran and how many were skipped, and
//   why; the run fails if an engine ran no test from a file.
import { spawn } from 'node:child_process';
import { createConnection, createServer } from 'node:net';

/** WebDriver capabilities for WebKitGTK's MiniBrowser, driven by WebKitWebDriver. */
export const webkitCapabilities = {
  browserName: 'MiniBrowser',
  'wdio:enforceWebDriverClassic': true,
  'webkitgtk:browserOptions': {
    binary: process.env.MINIBROWSER_PATH || '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
    args: ['--automation'],
  },
};

/** Starts `xvfb-run -a WebKitWebDriver --port=N`; resolves with N once it accepts connections. */
export async function startWebKitDriver() {
  const port = await new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
  const driver = process.env.WEBKIT_DRIVER_PATH || 'WebKitWebDriver';
  const child = spawn('xvfb-run', ['-a', driver, `--port=${port}`], { detached: true, stdio: 'ignore' });
  const stop = () => {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  process.on('exit', stop);
  child.on('error', (e) => {
    throw new Error(`WebKit: cannot start ${driver} under xvfb-run (apt-get install webkit2gtk-driver xvfb): ${e.message}`);
  });
  const deadline = Date.now() + 20000;
  for (;;) {
    const up = await new Promise((resolve) => {
      const socket = createConnection({ port, host: '127.0.0.1' }, () => (socket.end(), resolve(true)));
      socket.on('error', () => resolve(false));
    });
    if (up) return port;
    if (child.exitCode !== null || Date.now() > deadline) {
      throw new Error(`WebKit: ${driver} did not start on port ${port} (apt-get install webkit2gtk-driver xvfb)`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** What the test server does to body files (…/bodies/…): fail them with 503, or answer late. */
const network = { bodiesDown: false, bodiesDelay: 0 };

/** Koa middleware: a failing or slow network for body files, while a test asks for it (`pa-network`). */
export async function networkMiddleware(ctx, next) {
  if (!ctx.path.includes('/bodies/')) return next();
  // The test runner marks every file cacheable for a year (after us, on the way out); body
  // files must reach this server each time, or a test could not make them fail.
  const set = ctx.response.set.bind(ctx.response);
  ctx.response.set = (name, value) => set(name, String(name).toLowerCase() === 'cache-control' ? 'no-store' : value);
  if (network.bodiesDelay) await new Promise((r) => setTimeout(r, network.bodiesDelay));
  if (!network.bodiesDown) return next();
  ctx.status = 503;
  ctx.body = 'Service Unavailable';

}

/** engine name → [{ test, reason }] */
const skips = new Map();

const engineOf = (session) => session.browser.name;

/** Firefox has no media emulation over BiDi; its preferences do the same, set in the chrome realm. */
async function firefoxPrefs(page, prefs) {
  const connection = page.browser().connection;
  const tree = await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
  const context = tree.result.contexts[0].context;
  const lines = Object.entries(prefs).map(([name, value]) =>
    value === undefined ? `Services.prefs.clearUserPref(${JSON.stringify(name)});` : `Services.prefs.setIntPref(${JSON.stringify(name)}, ${value});`,
  );
  await connection.send('script.evaluate', { expression: lines.join(''), target: { context }, awaitPromise: false });
}

export function enginesPlugin() {
  return {
    name: 'practice-articles-engines',
    async executeCommand({ command, payload, session }) {
      if (command === 'pa-network') {
        Object.assign(network, { bodiesDown: false, bodiesDelay: 0 }, payload);
        return true;
      }
      if (command === 'pa-wheel') {
        // A real mouse wheel over a point of the page (not a scripted scroll).
        const { x, y, deltaY } = payload;
        if (session.browser.type === 'puppeteer') {
          const page = session.browser.getPage(session.id);
          await page.mouse.move(x, y);
          await page.mouse.wheel({ deltaY });
        } else {
          const actions = [{ type: 'wheel', id: 'wheel', actions: [{ type: 'scroll', x, y, deltaX: 0, deltaY, duration: 0 }] }];
          try {
            await session.browser.driverManager.performActions(session.id, actions);
          } catch (e) {
            return { unsupported: `${engineOf(session)}'s WebDriver has no wheel input (${String(e.message ?? e).split('\n')[0]})` };
          }
        }
        await new Promise((r) => setTimeout(r, 150));
        return {};
      }
      if (command === 'pa-skip') {
        const list = skips.get(engineOf(session)) ?? [];
        list.push(payload);
        skips.set(engineOf(session), list);
        return true;
      }
      if (command !== 'pa-media') return undefined;
      const { colorScheme, reducedMotion } = payload;
      if (session.browser.type !== 'puppeteer') {
        return { unsupported: `${engineOf(session)}'s WebDriver has no way to emulate prefers-color-scheme or prefers-reduced-motion` };
      }
      const page = session.browser.getPage(session.id);
      if (engineOf(session) === 'Firefox') {
        const pick = (value, on, off) => (value === on ? 1 : value === off ? 0 : undefined);
        await firefoxPrefs(page, {
          'ui.systemUsesDarkTheme': pick(colorScheme, 'dark', 'light'),
          'ui.prefersReducedMotion': pick(reducedMotion, 'reduce', 'no-preference'),
        });
        // Firefox applies a changed pref to the page's media queries a little later: a test that
        // read the style at once saw the old value (one run in several, under load).
        const queries = [colorScheme && `(prefers-color-scheme: ${colorScheme})`, reducedMotion && `(prefers-reduced-motion: ${reducedMotion})`].filter(Boolean);
        await page.waitForFunction((qs) => qs.every((q) => matchMedia(q).matches), { timeout: 5000, polling: 20 }, queries);
      } else {
        await page.emulateMediaFeatures([
          { name: 'prefers-color-scheme', value: colorScheme ?? '' },
          { name: 'prefers-reduced-motion', value: reducedMotion ?? '' },
        ]);
      }
      return {};
    },
  };
}

function count(results, into = { ran: 0, skipped: 0 }) {
  for (const t of results?.tests ?? []) t.skipped ? into.skipped++ : into.ran++;
  for (const s of results?.suites ?? []) count(s, into);
  return into;
}

export function enginesReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const engines = new Map();
      const empty = [];
      for (const s of sessions) {
        const name = engineOf(s);
        const total = engines.get(name) ?? { ran: 0, skipped: 0 };
        const c = count(s.testResults);
        total.ran += c.ran;
        total.skipped += c.skipped;
        engines.set(name, total);
        if (!c.ran) empty.push(`${name}: ${s.testFile} ran no test`);
      }
      const lines = ['', 'Engines:'];
      for (const [name, { ran, skipped }] of engines) {
        lines.push(`  ${name}: ${ran} tests ran, ${skipped} skipped`);
        for (const { test, reason } of skips.get(name) ?? []) lines.push(`    skipped "${test}": ${reason}`);
      }
      for (const line of empty) lines.push(`  FAILED ${line}`);
      console.log(lines.join('\n'));
      if (empty.length) process.on('exit', () => (process.exitCode = 1));
    },
  };
}
