// Size budget: fails when the classic script is over 15 KB gzip (level 9), as PRODUCT.md allows. Run after the build.
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

// 15 KB read the strict way: 15,000 bytes, not 15 KiB.
const BUDGET = 15_000;
const kb = (n: number) => `${n.toLocaleString('en')} B`;

let failed = false;
for (const [file, budget] of [['dist/practice-articles.js', BUDGET], ['dist/practice-articles.mjs', undefined]] as const) {
  const source = readFileSync(file);
  const gzip = gzipSync(source, { level: 9 }).length;
  const brotli = brotliCompressSync(source, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  const over = budget !== undefined && gzip > budget;
  failed ||= over;
  console.log(
    `${file}: ${kb(source.length)} raw, ${kb(gzip)} gzip -9, ${kb(brotli)} brotli` +
      (budget === undefined ? '' : over ? ` — OVER the ${kb(budget)} gzip budget` : ` (budget ${kb(budget)} gzip)`),
  );
}
if (failed) process.exit(1);
