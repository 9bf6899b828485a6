// Where the bytes of dist/practice-articles.js go, gzip -9, for the README's table.
// Run after `npm run build`. gzip is not additive, so each part is measured by what it
// adds: the classic runtime is rebuilt (in memory) without it, and the difference is
// its share. Lit is a bare LitElement bundle built the same way; "our elements" is what
// is left. The parts add up to the total within a few bytes.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build, type LibraryOptions, type Plugin, type Rollup } from 'vite';
import config from '../vite.config.ts';

const gz = (code: string | Buffer) => gzipSync(code, { level: 9 }).length;

/** The classic runtime (no data), built with `extra` plugins, as gzip -9 bytes. */
async function runtime(extra: Plugin[] = [], entry?: string): Promise<number> {
  const base = await config({ mode: 'classic', command: 'build' });
  const lib = base.build!.lib as LibraryOptions;
  const [result] = (await build({
    ...base,
    configFile: false,
    logLevel: 'silent',
    plugins: [...(base.plugins ?? []), ...extra],
    build: { ...base.build, write: false, lib: { ...lib, entry: entry ?? lib.entry } },
  })) as Rollup.RollupOutput[];
  return gz(result!.output[0].code);
}

/** Blanks what `pattern` matches in modules whose id matches `id`. */
const blank = (id: RegExp, pattern: RegExp, by: string): Plugin => ({
  name: 'blank',
  enforce: 'pre',
  transform: (code, file) => (id.test(file) ? code.replace(pattern, by) : undefined),
});

const script = gz(readFileSync('dist/practice-articles.js'));
const full = await runtime();
const styles = full - (await runtime([blank(/\.styles\.ts$/, /css`[^`]*`/g, 'css``')]));
const strings = full - (await runtime([blank(/translations\/en\.ts$/, /: '[^']*'/g, ": ''")]));
const lit = await runtime([], 'scripts/bytes-lit.ts');
const rows: [string, number][] = [
  ['Lit (LitElement, lit-html)', lit],
  ['our elements, controllers and templates', full - lit - styles - strings],
  ['styles', styles],
  ['English strings', strings],
  ['the seed collection (data)', script - full],
];
console.log('| part | gzip -9 |\n|---|---:|');
for (const [name, n] of rows) console.log(`| ${name} | ${n.toLocaleString('en')} B |`);
console.log(`| **dist/practice-articles.js** | **${script.toLocaleString('en')} B** |`);
