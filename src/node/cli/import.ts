// `practice-articles import <source> [folder]`: a blog's articles, from its feed or a
// WordPress export, as Markdown files the rest of the command reads.
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { applyItems, type Outcome } from '../import/apply.js';
import { SourceError } from '../import/feed.js';
import { FetchError } from '../import/fetch.js';
import { loadSource, type Loaded } from '../import/load.js';

export interface ImportOptions {
  folder: string;
  force: boolean;
  max: number;
  timeoutMs: number;
  author?: string;
}

const plural = (n: number, one: string, many = one + 's') => `${n} ${n === 1 ? one : many}`;

export async function importArticles(source: string, o: ImportOptions): Promise<number> {
  if (existsSync(o.folder) && !statSync(o.folder).isDirectory()) {
    console.error(`practice-articles import: ${o.folder} is a file, not a folder: name a folder to import into.\nNothing was written.`);
    return 1;
  }
  let loaded: Loaded;
  try {
    loaded = await loadSource(source, o.max, o.timeoutMs);
  } catch (e) {
    if (e instanceof SourceError || e instanceof FetchError) {
      console.error(`practice-articles import: ${e.message}\nNothing was written.`);
      return 1;
    }
    throw e;
  }
  if (loaded.discoveredFrom) console.log(`${loaded.discoveredFrom} names its feed: using ${loaded.feed}`);
  console.log(
    `Read ${plural(loaded.items.length, 'item')} from ${loaded.format === 'WordPress export' ? 'the WordPress export' : `the ${loaded.format} feed`} ${loaded.feed}` +
      `${loaded.title ? ` (${loaded.title})` : ''}${loaded.pages > 1 ? `, ${loaded.pages} pages` : ''}.`,
  );
  if (loaded.truncated) console.log(`Stopped at --max ${o.max} items; older ones were not read.`);
  if (loaded.unfollowed) console.log(`The file names a next page, ${loaded.unfollowed}; import that address for older items.`);

  const out = await applyItems(loaded.items, { dir: o.folder, feed: loaded.feed, force: o.force, timeoutMs: o.timeoutMs, author: o.author });
  report(out, o.folder);
  return 0;
}

function report(out: Outcome, folder: string) {
  const at = (name: string) => join(folder, name);
  const rows: [string, string[]][] = [
    ['new', out.added],
    ['updated', out.updated],
    ['unchanged', out.unchanged],
    ['kept because edited', out.kept],
  ];
  console.log('');
  for (const [label, names] of rows) {
    console.log(`  ${label.padEnd(20)} ${String(names.length).padStart(4)}`);
    if (label !== 'unchanged') for (const n of names) console.log(`      ${at(n)}`);
  }
  if (out.withdrawn.length) {
    console.log(`  ${'removed, unpublished'.padEnd(20)} ${String(out.withdrawn.length).padStart(4)}`);
    for (const w of out.withdrawn) console.log(`      ${at(w.name)} (now ${w.reason})`);
  }
  console.log(`  ${'skipped'.padEnd(20)} ${String(out.skipped.length).padStart(4)}`);
  const reasons = new Map<string, string[]>();
  for (const s of out.skipped) {
    const titles = reasons.get(s.reason);
    if (titles) titles.push(s.title);
    else reasons.set(s.reason, [s.title]);
  }
  for (const [reason, titles] of reasons) console.log(`      ${String(titles.length).padStart(3)} ${reason}: ${titles.map((t) => `"${t}"`).join(', ')}`);
  console.log('');
  if (out.kept.length) console.log(`Files edited since the last import are kept as they are; --force writes over them.`);
  for (const w of out.stillShown) console.log(`Kept ${at(w.name)}, edited since it was imported, though its post is now ${w.reason}: delete it if it should no longer be shown.`);
  if (out.summaryOnly.length) {
    console.log(`${plural(out.summaryOnly.length, 'item')} had only a summary in the feed: ${out.summaryOnly.map(at).join(', ')}.`);
    console.log('  Their cards show the title and summary, and link to the original article.');
  }
  for (const p of out.imageProblems) console.log(`No image for ${at(p.name)}: ${p.reason}`);
  if (out.noAlt.length) console.log(`Images with no description (imageAlt is "", so screen readers skip them): ${out.noAlt.map(at).join(', ')}. Describe them if they show something.`);
  if (out.authors.size) {
    console.log(`Authors: ${[...out.authors].map(([name, n]) => `${name} (${n})`).join(', ')}.`);
    console.log(`  Add each one's credentials, bio and booking link to ${at('authors.yaml')}; the feed does not have them.`);
  }
  console.log(`Next: npx practice-articles check ${folder}`);
}
