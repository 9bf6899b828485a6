// What the browser tests need from each engine, and an honest account of what ran.
// - startWebKitDriver: WebKitWebDriver under Xvfb, stopped when the run ends.
// - enginesPlugin: the `pa-media` command (colour scheme, reduced motion) in every engine
//   that can do it, and `pa-skip`, which records a test skipped by name with its reason.
// - enginesReporter: for each engine, how many tests ran and how many were skipped, and
//   why; the run fails if an engine ran no test from a file.
import { spawn } from 'node:child_process';
import { createConnection, createServer } from 'node:net';

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
