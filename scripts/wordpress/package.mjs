// npm run wordpress: the installable plugin zip, dist/practice-articles-wordpress.zip.
// It holds wordpress/practice-articles/ plus, in bundle/, the widget exactly as
// `npm run build` made it: dist/practice-articles.js, articles.json, i18n/ (and bodies/
// or media/ when the collection has them), so the script finds its files beside itself;
// and, in runtime/, the prebuilt widget without data (dist/runtime/practice-articles.js),
// which the plugin puts its posts' data in front of, as the command does.
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zip } from './zip.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const plugin = join(root, 'wordpress/practice-articles');
const dist = join(root, 'dist');
export const ZIP = join(dist, 'practice-articles-wordpress.zip');

/** Every file below `dir`, as paths relative to `base`, sorted so the zip is reproducible. */
function files(dir, base = dir) {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((d) => (d.isDirectory() ? files(join(dir, d.name), base) : [relative(base, join(dir, d.name)).split(sep).join('/')]));
}

export function packagePlugin() {
  for (const need of ['practice-articles.js', 'articles.json', 'i18n', 'runtime/practice-articles.js']) {
    if (!existsSync(join(dist, need))) throw new Error(`dist/${need} is missing: run \`npm run build\` first`);
  }
  const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
  const main = readFileSync(join(plugin, 'practice-articles.php'), 'utf8');
  const header = /^ \* Version:\s+(\S+)$/m.exec(main)?.[1];
  const constant = /^const VERSION = '([^']+)';$/m.exec(readFileSync(join(plugin, 'includes/plugin.php'), 'utf8'))?.[1];
  const stable = /^Stable tag:\s+(\S+)$/m.exec(readFileSync(join(plugin, 'readme.txt'), 'utf8'))?.[1];
  if (header !== version || constant !== version || stable !== version) {
    throw new Error(`plugin version (header ${header}, constant ${constant}, readme ${stable}) must match package.json (${version})`);
  }

  const entries = files(plugin).map((path) => ({ path: `practice-articles/${path}`, data: readFileSync(join(plugin, path)) }));
  if (entries.some((e) => /^practice-articles\/(bundle|runtime)\//.test(e.path))) throw new Error('wordpress/practice-articles/bundle/ and runtime/ are made at packaging time; delete them');
  entries.push({ path: 'practice-articles/runtime/practice-articles.js', data: readFileSync(join(dist, 'runtime/practice-articles.js')) });
  const bundled = ['practice-articles.js', 'articles.json', 'i18n', 'bodies', 'media'].filter((p) => existsSync(join(dist, p)));
  for (const p of bundled) {
    const paths = statSync(join(dist, p)).isDirectory() ? files(join(dist, p)).map((f) => `${p}/${f}`) : [p];
    for (const path of paths) entries.push({ path: `practice-articles/bundle/${path}`, data: readFileSync(join(dist, path)) });
  }
  const bytes = zip(entries);
  writeFileSync(ZIP, bytes);
  return { path: ZIP, bytes: bytes.length, files: entries.length };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    const { path, bytes, files: count } = packagePlugin();
    console.log(`${relative(root, path)}: ${count} files, ${(bytes / 1024).toFixed(1)} KB`);
  } catch (e) {
    console.error(`npm run wordpress: ${e.message}`);
    process.exit(1);
  }
}
