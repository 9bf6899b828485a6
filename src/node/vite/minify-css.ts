// Build time only: squeezes what Vite's minifier leaves alone in the widget's templates.
import type { Plugin } from 'vite';

/** Minifies plain CSS text: comments, whitespace, and the last `;` in a block. */
export function minifyCss(text: string): string {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>/])\s*/g, '$1')
    .replace(/\[([\w-]+)='([a-z_][\w-]*)'\]/gi, '[$1=$2]') // quotes an identifier needs none
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    .replace(/([\s:(,/])0\.(\d)/g, '$1.$2')
    .trim();
}

/**
 * Once minified, the only line breaks left are inside template literals: the
 * indentation of html`` templates. Drops it around tags and collapses the rest.
 * Then the quotes around static attribute values that need none (` part="card"` →
 * ` part=card`, only a space-preceded name and a value of letters, digits and `-`,
 * followed by a space or `>`), and the `/` of `<img … />`, which HTML ignores.
 */
export const collapseTemplates = (code: string) =>
  code
    .replace(/>\n\s*/g, '>')
    .replace(/\s*\n\s*</g, '<')
    .replace(/\n\s*/g, ' ')
    .replace(/ ([a-z][a-z-]*)="([\w-]+)"(?=[ >])/g, ' $1=$2')
    .replace(/ \/>`/g, '>`');

/** Minifies the css`` template in every `*.styles.ts` module, and the html`` templates' indentation. */
export function minifyTemplates(): Plugin {
  return {
    name: 'practice-articles-minify-templates',
    apply: 'build',
    transform(code, id) {
      if (!id.endsWith('.styles.ts')) return undefined;
      return { code: code.replace(/css`([^`$]*)`/g, (_, body: string) => `css\`${minifyCss(body)}\``), map: null };
    },
    generateBundle(_, bundle) {
      for (const chunk of Object.values(bundle)) if (chunk.type === 'chunk') chunk.code = collapseTemplates(chunk.code);
    },
  };
}
