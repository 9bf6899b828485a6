import { defineConfig } from 'vite';
import { practiceArticlesCollection } from './src/collection/plugin.js';

export default defineConfig({
  plugins: [practiceArticlesCollection()],
  build: {
    target: 'es2021',
    sourcemap: true,
    lib: {
      entry: 'src/index.ts',
      formats: ['es', 'iife'],
      name: 'PracticeArticles',
      fileName: (format) => (format === 'es' ? 'practice-articles.mjs' : 'practice-articles.js'),
    },
  },
});
