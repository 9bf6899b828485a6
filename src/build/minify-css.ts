// Build time only: Lit's css`` blocks ship as written, so squeeze their whitespace.
import type { Plugin } from 'vite';

/** Minifies plain CSS text: comments, whitespace, and the last `;` in a block. */
export function minifyCss(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    .replace(/([\s:(,])0\.(\d)/g, '$1.$2')
    .trim();
}

/** Minifies the css`` template in every `*.styles.ts` module. */
export function minifyLitCss(): Plugin {
  return {
    name: 'practice-articles-minify-css',
    apply: 'build',
    transform(code, id) {
      if (!id.endsWith('.styles.ts')) return undefined;
      return { code: code.replace(/css`([^`$]*)`/g, (_, body: string) => `css\`${minifyCss(body)}\``), map: null };
    },
  };
}
