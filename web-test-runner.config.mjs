// Browser tests run in Debian's Chromium against the *built* bundles in dist/
// (npm test builds first), so what is tested is what ships.
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { embedPage } from './test/pages/embed.mjs';

// Pages under test/pages/csp/ are served with the strict policy a careful host uses.
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";

export default {
  files: ['test/**/*.test.ts', '!test/collection/**'],
  nodeResolve: { exportConditions: ['production'] },
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  plugins: [esbuildPlugin({ ts: true })],
  middleware: [
    (ctx, next) => {
      if (ctx.path.startsWith('/test/pages/csp/')) ctx.set('Content-Security-Policy', CSP);
      const embed = /^\/test\/pages\/(?:csp\/)?embed\/([\w-]+)\.html$/.exec(ctx.path);
      const html = embed && embedPage(embed[1]);
      if (!html) return next();
      ctx.type = 'html';
      ctx.body = html;
    },
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
        args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
      },
    }),
  ],
};
