// Browser tests run against the *built* bundles in dist/ (npm test builds first), so
// what is tested is what ships, in three engines from Debian's packages:
//   chromium  Chromium through puppeteer (CDP)
//   firefox   Firefox ESR through puppeteer-core (WebDriver BiDi)
//   webkit    WebKitGTK's MiniBrowser through WebKitWebDriver (WebDriver classic), under Xvfb
// BROWSERS=firefox (or a comma-separated list) runs some of them; the default is all three.
import { chromeLauncher } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import puppeteer from 'puppeteer-core';
import { readFileSync } from 'node:fs';
import { embedPage, snippetHostPage } from './test/pages/embed.mjs';
import { enginesPlugin, enginesReporter, networkMiddleware, startWebKitDriver, webkitCapabilities } from './test/engines.mjs';

// /test/pages/csp/X serves /test/pages/X with the strict policy a careful host uses.
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";

const wanted = (process.env.BROWSERS || 'chromium,firefox,webkit').split(',').map((b) => b.trim().toLowerCase());
const unknown = wanted.filter((b) => !['chromium', 'firefox', 'webkit'].includes(b));
if (unknown.length) throw new Error(`BROWSERS: unknown engine(s) ${unknown.join(', ')}; use chromium, firefox, webkit`);

/** Labels a launcher in the progress bars and the engines summary. */
function named(launcher, name) {
  const initialize = launcher.initialize.bind(launcher);
  launcher.initialize = async (...args) => {
    await initialize(...args);
    launcher.name = name;
  };
  return launcher;
}

const browsers = [];
if (wanted.includes('chromium')) {
  browsers.push(
    named(chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
        args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
      },
    }), 'Chromium'),
  );
}
if (wanted.includes('firefox')) {
  browsers.push(
    chromeLauncher({
      puppeteer,
      launchOptions: {
        browser: 'firefox',
        executablePath: process.env.FIREFOX_PATH || '/usr/bin/firefox-esr',
        // Lets the engines plugin set Firefox preferences (colour scheme, reduced motion) over BiDi.
        args: ['--remote-allow-system-access'],
      },
    }),
  );
}
if (wanted.includes('webkit')) {
  const port = await startWebKitDriver();
  browsers.push(named(webdriverLauncher({
    hostname: '127.0.0.1',
    port,
    logLevel: 'error',
    capabilities: webkitCapabilities,
  }), 'WebKit')); // the capabilities alone would label it "MiniBrowser"
}

export default {
  files: ['test/**/*.test.ts', '!test/node/**'],
  nodeResolve: { exportConditions: ['production'] },
  concurrency: 1,
  concurrentBrowsers: 1, // two cores: one engine at a time keeps timing-sensitive tests honest
  testFramework: { config: { timeout: 15000 } },
  testsFinishTimeout: 240000,
  plugins: [esbuildPlugin({ ts: true }), enginesPlugin()],
  reporters: [defaultReporter(), enginesReporter()],
  middleware: [
    networkMiddleware,
    (ctx, next) => {
      if (ctx.path.startsWith('/test/pages/csp/')) {
        ctx.set('Content-Security-Policy', CSP);
        ctx.path = ctx.path.replace('/csp/', '/');
      }
      const embed = /^\/test\/pages\/embed\/([\w-]+)\.html$/.exec(ctx.path);
      const html =
        ctx.path === '/test/pages/snippet-host.html'
          ? snippetHostPage(readFileSync('test/.site/snippet.html', 'utf8'))
          : embed && embedPage(embed[1]);
      if (!html) return next();
      ctx.type = 'html';
      ctx.body = html;
    },
  ],
  browsers,
};
