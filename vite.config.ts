import { defineConfig, type Plugin } from 'vite';
import { practiceArticlesCollection } from './src/node/vite/plugin.js';
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
 * else (`@internal`, so not in the types or the manifest): the minifier shortens them like
 * local names. None is a name of the data, the strings, Lit or the DOM; a public property,
 * attribute, method or event never goes here.
 */
const INTERNAL = /^(checkedUrl|locale|reader|theming|level|failed|prefetch|load|handleClose|knows|scheme)$/;

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
    plugins: [practiceArticlesCollection({ dir: process.env.PA_SEEDS }), minifyTemplates(), demoAtRoot],
    build: {
      outDir: 'dist/runtime',
      target: 'es2022', // class fields and #private members, which the minifier renames
      emptyOutDir: !classic,
      // The ES module registers the elements, so there is nothing to tree-shake:
      // minify it fully too (Vite keeps whitespace in library ES builds).
      rollupOptions: { output: { minify: { compress: true, mangle: true, codegen: true, mangleProps: { include: INTERNAL } } } },
      lib: classic
        ? { entry: 'src/classic.ts', formats: ['iife'], name: 'practiceArticles', fileName: () => 'practice-articles.js' }
        : { entry: 'src/index.ts', formats: ['es'], fileName: () => 'practice-articles.mjs' },
    },
  };
});
