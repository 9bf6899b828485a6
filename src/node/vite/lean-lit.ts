// Build time only: leaves out of the widget what its Lit never runs. Lit's modules check for
// globals that a page sets only on purpose, for the ShadyDOM/ShadyCSS polyfills (browsers
// without shadow DOM, which the widget's ES2022 code doesn't run in anyway) and for
// server-side-rendering hydration (the widget renders in the browser only). LitElement still
// adds its version to window.litElementVersions, where a page sees that a Lit is there;
// lit-html's and ReactiveElement's lists, which say so twice more, are left out. So is the
// support for decorators (the widget declares \`static properties\` and has none), which set two
// globals on the host page, \`Symbol.metadata\` and \`litPropertyMetadata\`, and read them back.
// Where Lit's code reads differently, nothing is replaced and the build is only bigger.
import type { Plugin } from 'vite';

const LIT = /[/\\]node_modules[/\\](lit-html|lit-element|@lit[/\\]reactive-element)[/\\]/;

/** ReactiveElement's decorator metadata: where it sets the globals, where finalize() reads them, and addInitializer. */
const DECORATORS = [
  /Symbol\.metadata\?\?=Symbol\("metadata"\),\w+\.litPropertyMetadata\?\?=new WeakMap;/,
  /const (\w)=this\[Symbol\.metadata\];if\(null!==\1\)\{const (\w)=litPropertyMetadata\.get\(\1\);if\(void 0!==\2\)for\(const\[\w,\w\]of \2\)this\.elementProperties\.set\(\w,\w\)\}/,
  /static addInitializer\(\w\)\{this\._\$Ei\(\),\(this\.l\?\?=\[\]\)\.push\(\w\)\}/,
];

/** All three go, or none: without the globals, finalize() reading them would throw. */
export const withoutDecorators = (code: string) => (DECORATORS.every((r) => r.test(code)) ? DECORATORS.reduce((c, r) => c.replace(r, ''), code) : code);

export const leanLit = (): Plugin => ({
  name: 'practice-articles-lean-lit',
  apply: 'build',
  transform(code, id) {
    if (!LIT.test(id)) return undefined;
    return {
      code: withoutDecorators(
        code
          .replace(/\w+\.(?:reactiveElement|litHtml|litElement)PolyfillSupport\b/g, 'void 0')
          .replace(/\w+\.litElementHydrateSupport\?\.\(\{LitElement:\w+\}\)/g, '0')
          .replace(/\(\w+\.(?:reactiveElement|litHtml)Versions\?\?=\[\]\)\.push\("[\d.]+"\)/g, '0'),
      ),
      map: null,
    };
  },
  // A minifier once turned `void 0?.(…)` into `0(…)`, a call that throws: never ship one.
  generateBundle(_, bundle) {
    for (const chunk of Object.values(bundle)) {
      if (chunk.type === 'chunk' && /[^\w$.]0\(/.test(chunk.code)) this.error(`${chunk.fileName} calls 0(…): a left-out Lit hook was minified into a call`);
    }
  },
});
