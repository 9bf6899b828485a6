// Build time only: the English strings the widget carries (as the fallback for every
// language) are the ones it shows. A few label only what the command writes: article pages.
// The build stops if the widget ever asks for one of them.
import type { Plugin } from 'vite';

/** Keys of `Strings` that only the article pages use. */
const PAGE_ONLY = ['published', 'support'];

const EN = /[/\\]src[/\\]shared[/\\]translations[/\\]en\.ts$/;
const line = new RegExp(`^\\s*(?:${PAGE_ONLY.join('|')}): '[^'\\n]*',\\n`, 'gm');
/** A call with one of them as first argument, as `t('key')` is (named anyhow once minified). */
const asked = new RegExp(`\\(\\s*[\`'"](${PAGE_ONLY.join('|')})[\`'"]`);

export const browserStrings = (): Plugin => ({
  name: 'practice-articles-browser-strings',
  apply: 'build',
  enforce: 'pre', // the source as written, before TypeScript is stripped
  transform(code, id) {
    if (!EN.test(id)) return undefined;
    const lean = code.replace(line, '');
    if (lean.length === code.length) this.error(`${id}: none of ${PAGE_ONLY.join(', ')} found to leave out`);
    return { code: lean, map: null };
  },
  generateBundle(_, bundle) {
    for (const chunk of Object.values(bundle)) {
      const key = chunk.type === 'chunk' && asked.exec(chunk.code)?.[1];
      if (key) this.error(`the widget uses the page-only string "${key}": take it out of PAGE_ONLY in src/node/vite/browser-strings.ts`);
    }
  },
});
