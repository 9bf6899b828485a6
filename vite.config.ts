import { defineConfig } from 'vite';
import { practiceArticlesCollection } from './src/collection/plugin.js';
import { minifyLitCss } from './src/build/minify-css.js';

// Two library builds into dist/: the ES module (exports the classes), then,
// with `--mode classic`, the self-contained classic script (no exports, no global).
// PA_SEEDS and PA_OUT build another collection elsewhere (test fixtures, benchmarks).
export default defineConfig(({ mode }) => ({
  plugins: [practiceArticlesCollection({ dir: process.env.PA_SEEDS }), minifyLitCss()],
  build: {
    outDir: process.env.PA_OUT ?? 'dist',
    target: 'es2021',
    sourcemap: true,
    emptyOutDir: mode !== 'classic',
    // A second copy of the classic script skips itself entirely: no second Lit,
    // and no second 'lit-html' Trusted Types policy, which a strict CSP refuses.
    // The ES module is self-contained and registers the elements, so there is nothing
    // to tree-shake: minify it fully too (Vite keeps whitespace in library ES builds).
    rollupOptions: { output: mode === 'classic' ? { banner: "if(!customElements.get('practice-articles'))" } : { minify: true } },
    lib:
      mode === 'classic'
        ? { entry: 'src/classic.ts', formats: ['iife'], name: 'practiceArticles', fileName: () => 'practice-articles.js' }
        : { entry: 'src/index.ts', formats: ['es'], fileName: () => 'practice-articles.mjs' },
  },
}));
