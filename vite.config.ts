import { defineConfig, type Plugin } from 'vite';
import { practiceArticlesCollection } from './src/node/vite/plugin.js';
import { browserStrings } from './src/node/vite/browser-strings.js';
import { leanLit } from './src/node/vite/lean-lit.js';
import { minifyTemplates } from './src/node/vite/minify-css.js';

// `npm run build` runs Vite three times, then the command it just built:
// - default mode: the widget as an ES module  → dist/runtime/practice-articles.mjs
// - `--mode classic`: the widget as a classic script (IIFE, no global) → dist/runtime/practice-articles.js
// - `--mode node`: the command and its build pipeline, for Node 20 → dist/node/cli.js
// The two runtime files are templates: `practice-articles build` puts a collection's data
// in front of them (src/node/emit/bundle.ts), so users need no bundler.
// `npm start` serves the demos; demo/dev.html runs the source with seeds/ live.

/**
 * Members the elements, controllers and templates share with one another and with no one
 * else (`@internal`, so in neither the types nor the manifest), with the short names the
 * minifier gives them. None is a name of the data, the strings, Lit or the DOM; a public
 * property, attribute, method or event never goes here. The short names are letters that
 * none of Lit's own shortened members uses (Lit 3 has t, o, l, C, k, T, O, h, p, u, j, _
 * and $), so none can land on a member of LitElement; a Lit upgrade re-checks that list.
 */
const INTERNAL: Record<string, string> = {
  locale: 'r',
  reader: 'e',
  theming: 'b',
  level: 'i',
  checkedUrl: 'd',
  knows: 'c',
  scheme: 'y',
  failed: 's',
  load: 'f',
  prefetch: 'm',
  handleClose: 'v',
};
const mangleProps = { include: new RegExp(`^(${Object.keys(INTERNAL).join('|')})$`), cache: INTERNAL };

/** Stops the build if a bundled dependency (Lit) has a member with one of INTERNAL's short names. */
const shortNamesFree: Plugin = {
  name: 'short-names-free',
  apply: 'build',
  transform(code, id) {
    if (!id.includes('/node_modules/')) return;
    const taken = new Set([...code.matchAll(/[\w)\]]\.([\w$])(?![\w$])/g)].map((m) => m[1]));
    const clash = Object.values(INTERNAL).filter((n) => taken.has(n));
    if (clash.length) this.error(`${id} has members named ${clash.join(', ')}: give INTERNAL in vite.config.ts other letters`);
  },
};

/** The dev server's root is the demo index, so the URL Vite prints shows the widget. */
const demoAtRoot: Plugin = {
  name: 'demo-at-root',
  configureServer(server) {
    server.middlewares.use((req, res, next) => {
      if (req.url !== '/') return next();
      res.writeHead(302, { location: '/demo/' }).end();
    });
  },
};

export default defineConfig(({ mode }) => {
  if (mode === 'node') {
    return {
      build: {
        ssr: 'src/node/cli/main.ts',
        outDir: 'dist/node',
        emptyOutDir: false,
        target: 'node20',
        minify: false,
        rollupOptions: { output: { entryFileNames: 'cli.js' } },
      },
    };
  }
  const classic = mode === 'classic';
  return {
    plugins: [practiceArticlesCollection({ dir: process.env.PA_SEEDS }), minifyTemplates(), leanLit(), browserStrings(), shortNamesFree, demoAtRoot],
    build: {
      outDir: 'dist/runtime',
      target: 'es2022', // class fields and #private members, which the minifier renames
      emptyOutDir: !classic,
      // The ES module registers the elements, so there is nothing to tree-shake:
      // minify it fully too (Vite keeps whitespace in library ES builds).
      rollupOptions: { output: { minify: { compress: true, mangle: true, codegen: true, mangleProps } } },
      lib: classic
        ? { entry: 'src/classic.ts', formats: ['iife'], name: 'practiceArticles', fileName: () => 'practice-articles.js' }
        : { entry: 'src/index.ts', formats: ['es'], fileName: () => 'practice-articles.mjs' },
    },
  };
});
