// The scripts that ship: a prebuilt widget (a "template", built by Vite once, in the
// package) with the collection's data put in front of it. No bundler at the user's end.
import type { CollectionData } from '../../shared/data.js';

/** The free variable the template reads its data from (src/node/vite/plugin.ts). */
export const DATA_VARIABLE = '__practiceArticles';

/** The data as a JS expression: JSON.parse of a string, which engines parse fastest. */
export function dataExpression(data: CollectionData): string {
  const literal = JSON.stringify(data)
    .replace(/\\/g, '\\\\')
    .replace(/'/g, "\\'")
    .replace(/</g, '\\x3c'); // never a "</script" inside, even when a host inlines the file
  return `JSON.parse('${literal}')`;
}

/**
 * The classic script: inside one block, so the data is no global, and skipped entirely
 * when the elements are already defined (a second copy: no second Lit, no second
 * Trusted Types policy). It starts with a byte order mark: a classic script is decoded in
 * the page's encoding unless its server names one, and a page that declares none is read as
 * windows-1252, where the text's ’ became â€™; the mark makes every browser read UTF-8.
 */
export const classicScript = (template: string, data: CollectionData) =>
  `\uFEFFif(!customElements.get("practice-articles")){const ${DATA_VARIABLE}=${dataExpression(data)};\n${template.trim()}\n}\n`;

/** The ES module: the data as a module-scoped constant. */
export const moduleScript = (template: string, data: CollectionData) => `const ${DATA_VARIABLE}=${dataExpression(data)};\n${template.trim()}\n`;
