#!/usr/bin/env node
// practice-articles: init, check, build, preview and import a folder of articles.
// Exit codes: 0 done, 1 problems with the articles, 2 a wrong call (the usage is printed).
import { join } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { isSafeUrl } from '../../shared/url.js';
import { translations } from '../../shared/translations/index.js';
import { BUDGET_BASE, BUDGET_PER_ENTRY, RAW_LIMIT } from '../emit/budget.js';
import { OutputConflict } from '../emit/output.js';
import { primaryLanguage } from '../../shared/i18n.js';
import { build } from '../emit/build.js';
import { siteUrlProblem } from '../collection/practice.js';
import { loadChecked } from '../media/render.js';
import { dev } from './dev.js';
import { importArticles } from './import.js';
import { init } from './init.js';
import { reportProblems } from './report.js';

const USAGE = `Usage: practice-articles <command> [options]

Commands:
  init [folder]     Write a starter folder of articles (default: articles/)
  check <folder>    Check every file in the folder and list every problem
  build <folder>    Build the widget and everything your site needs from the folder
  dev <folder>      Preview the folder in your browser; reloads when a file changes
  import <source> [folder]
                    Bring in the articles of a blog, from its feed or a WordPress export

Run "practice-articles <command> --help" for a command's options.
Needs Node.js 20 or later, and nothing else.`;

const HELP: Record<string, string> = {
  init: `Usage: practice-articles init [folder]

Writes a starter folder (default: articles/) with one article in plain text, one in
Markdown, an authors.yaml and a HOW-TO.txt. Existing files are never overwritten.`,
  check: `Usage: practice-articles check <folder>

Reads every .txt, .md, authors.yaml and practice.yaml file in the folder and reports each problem as
file:line: reason, including images that can't be read, as build would; it writes nothing.
Exits with 0 when all is well, 1 when there are problems.`,
  build: `Usage: practice-articles build <folder> [options]

Options:
  --out <dir>          Where to write (default: dist/)
  --site-url <url>     The public address of that folder, e.g. https://clinic.example/articles/
                       Pages then get canonical links, and sitemap.xml and feed.xml are written.
  --booking-url <url>  Booking link for authors who have none of their own (https:, http:, mailto:, tel:)
                       --site-url, --booking-url and --lang override siteUrl, bookingUrl and lang
                       in the folder's practice.yaml.
  --inline             Keep every article inside practice-articles.js
  --split              Put each article's text in its own file, fetched when a visitor opens it
                       (default: split when the script would pass ${BUDGET_BASE / 1000} KB + ${BUDGET_PER_ENTRY / 1000} KB per article gzipped
                       or ${RAW_LIMIT / 1000} KB raw)
  --lang <code>        Language the articles are written in, where they don't say (default: en)
  --languages <list>   Interface languages to carry inside the script, e.g. es,fr
                       (others load from a small file when a page asks for them)
Built in: ${Object.keys(translations).join(', ')}.`,
  dev: `Usage: practice-articles dev <folder> [--port <n>]

Serves a preview page with the carousel and one card, and reloads it when a file in the
folder changes. Problems are shown in the terminal and on the page.

Options:
  --port <n>   Port to listen on (default: 4321)`,
  import: `Usage: practice-articles import <source> [folder] [options]

Writes one Markdown file per published article into the folder (default: articles/).
The source is one of:
  a feed's address        https://blog.example/feed (RSS 2.0, Atom 1.0 or JSON Feed)
  a blog's address        https://blog.example/ (its feed is found from the page)
  a file                  a saved feed, or a WordPress export (Tools > Export)
Run it again to bring in new articles and changes: a file you edited since is kept,
and no file is ever deleted but one it wrote for a post unpublished since.

Options:
  --max <n>            Read at most this many items, following the feed's pages (default: 500)
  --author <name>      The author of articles whose feed names none (only if you wrote them)
  --force              Write over files edited since the last import
  --timeout <seconds>  Per request (default: 20)`,
};

const OPTIONS: Record<string, ParseArgsConfig['options']> = {
  init: {},
  check: {},
  build: {
    out: { type: 'string' },
    'site-url': { type: 'string' },
    'booking-url': { type: 'string' },
    inline: { type: 'boolean' },
    split: { type: 'boolean' },
    languages: { type: 'string' },
    lang: { type: 'string' },
  },
  dev: { port: { type: 'string' } },
  import: { max: { type: 'string' }, author: { type: 'string' }, force: { type: 'boolean' }, timeout: { type: 'string' } },
};

class UsageError extends Error {}

const kb = (n: number) => `${(n / 1000).toFixed(1)} KB`;

async function run(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    console.log(USAGE);
    return command ? 0 : 2;
  }
  if (command === '--version' || command === '-v') {
    const { createRequire } = await import('node:module');
    console.log(createRequire(import.meta.url)('../../package.json').version);
    return 0;
  }
  const options = OPTIONS[command];
  if (!options) throw new UsageError(`unknown command "${command}"`);
  let parsed;
  try {
    parsed = parseArgs({ args: rest, options: { ...options, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UsageError((e as Error).message, { cause: command });
  }
  const { positionals } = parsed;
  const values = parsed.values as Record<string, string | boolean | undefined>;
  if (values.help) {
    console.log(HELP[command]);
    return 0;
  }
  const usage = (message: string) => new UsageError(message, { cause: command });
  // An empty name ("" from a script's unset variable) would be the current folder to some calls and fail raw in others.
  if (positionals.includes('')) throw usage('a folder or source named "" (empty): give its name');
  if (values.out === '') throw usage('--out needs a folder name');
  if (command === 'import') {
    const [source, target, ...extra] = positionals;
    if (!source) throw usage('import from where? e.g. practice-articles import https://blog.example/feed');
    if (extra.length) throw usage(`one source and one folder, please (got ${positionals.join(', ')})`);
    const max = values.max === undefined ? 500 : Number(values.max);
    if (!Number.isInteger(max) || max < 1) throw usage(`--max must be a whole number above 0, not "${values.max}"`);
    const timeout = values.timeout === undefined ? 20 : Number(values.timeout);
    if (!(timeout > 0)) throw usage(`--timeout must be a number of seconds above 0, not "${values.timeout}"`);
    const author = (values.author as string | undefined)?.trim();
    if (values.author !== undefined && !author) throw usage('--author needs a name');
    return importArticles(source, { folder: target ?? 'articles', force: !!values.force, max, timeoutMs: timeout * 1000, author });
  }
  if (positionals.length > 1) throw usage(`one folder, please (got ${positionals.join(', ')})`);
  const folder = positionals[0];
  if (command === 'init') return init(folder ?? 'articles');
  if (!folder) throw usage('which folder? e.g. practice-articles ' + command + ' articles');

  if (command === 'check') {
    const c = await loadChecked(folder);
    const full = c.articles.filter((a) => a.full).length;
    const writers = new Set(c.articles.map((a) => a.author)).size;
    const reviewers = c.authors.length - writers;
    console.log(
      `${folder}: ${full} article${full === 1 ? '' : 's'}, ${c.articles.length - full} title-only, ` +
        `${writers} author${writers === 1 ? '' : 's'}${reviewers ? `, ${reviewers} more reviewer${reviewers === 1 ? '' : 's'}` : ''}. No problems.`,
    );
    return 0;
  }

  if (command === 'dev') {
    const port = values.port === undefined ? 4321 : /^\d+$/.test(values.port as string) ? Number(values.port) : NaN;
    if (!Number.isInteger(port) || port < 0 || port > 65535) throw usage(`--port must be a number from 0 to 65535, not "${values.port}"`);
    await dev(folder, port);
    return -1; // keeps running
  }

  // build
  const siteUrl = values['site-url'] as string | undefined;
  const bookingUrl = values['booking-url'] as string | undefined;
  if (values.inline && values.split) throw usage('--inline and --split contradict each other: pick one');
  const siteWhy = siteUrl === undefined ? undefined : siteUrlProblem(siteUrl);
  if (siteWhy) throw usage(`--site-url ${siteWhy}, not "${siteUrl}"`);
  if (bookingUrl !== undefined && !isSafeUrl(bookingUrl)) {
    throw usage(`--booking-url must be an https:, http:, mailto: or tel: URL, not "${bookingUrl}"`);
  }
  const languages = (values.languages as string | undefined)?.split(/[\s,]+/).filter(Boolean);
  const unknown = languages?.filter((l) => !translations[primaryLanguage(l)]);
  if (unknown?.length) throw usage(`--languages: no built-in translation for ${unknown.join(', ')}; built in: ${Object.keys(translations).join(', ')}`);
  const lang = values.lang as string | undefined;
  if (lang !== undefined) {
    try {
      Intl.getCanonicalLocales(lang);
    } catch {
      throw usage(`--lang must be a language tag such as en, es or pt-BR, not "${lang}"`);
    }
  }
  const out = (values.out as string | undefined) ?? 'dist';
  const result = await build(folder, { out, siteUrl, bookingUrl, split: values.split ? true : values.inline ? false : undefined, languages, lang });
  const { written, kept, split, scriptGzip, model, pages, siteUrl: site } = result;
  const full = model.articles.filter((a) => a.full).length;
  console.log(`Built ${model.articles.length} entries (${full} with text) into ${out}/:`);
  const groups = new Map<string, { count: number; bytes: number }>();
  for (const w of written) {
    const dir = w.path.includes('/') ? w.path.split('/')[0] + '/' : w.path;
    const g = groups.get(dir) ?? { count: 0, bytes: 0 };
    groups.set(dir, { count: g.count + 1, bytes: g.bytes + w.bytes });
  }
  for (const [name, { count, bytes }] of groups) {
    if (name.endsWith('.html') && name !== 'preview.html' && name !== 'snippet.html') continue; // pages: one line below
    const what = name.endsWith('/') ? `${count} file${count === 1 ? '' : 's'}` : '';
    const extra = name === 'practice-articles.js' ? `, ${kb(scriptGzip)} gzip` : '';
    console.log(`  ${name.padEnd(24)} ${what ? what + ', ' : ''}${kb(bytes)}${extra}`);
  }
  const pageBytes = written.filter((w) => /\.html$/.test(w.path) && !['preview.html', 'snippet.html'].includes(w.path)).reduce((n, w) => n + w.bytes, 0);
  console.log(`  ${`${pages} article page${pages === 1 ? '' : 's'}`.padEnd(24)} ${kb(pageBytes)}`);
  console.log(
    site
      ? `Pages link to each other under ${site}, with canonical links; sitemap.xml and feed.xml list them.`
      : 'Without --site-url, pages use relative links and have no canonical link, sitemap or feed.',
  );
  console.log(
    split
      ? 'Article texts are in bodies/, fetched when a visitor opens one: upload the whole folder.'
      : 'Article texts are inside practice-articles.js: it makes no other request (interface languages other than English load from i18n/).',
  );
  for (const path of kept) console.log(`Kept ${join(out, path)}: the build no longer writes it, but it may have been changed since it was written, so it stays.`);
  console.log(`Open ${out}/preview.html to see it. To put it on your site, copy the markup in ${out}/snippet.html.`);
  return 0;
}

const argv = process.argv.slice(2);
run(argv).then(
  (code) => {
    if (code >= 0) process.exitCode = code;
  },
  (e: unknown) => {
    if (e instanceof UsageError) {
      const command = typeof e.cause === 'string' ? e.cause : undefined;
      console.error(`practice-articles: ${e.message}\n`);
      console.error(command ? HELP[command] : USAGE);
      process.exitCode = 2;
    } else if (reportProblems(e)) process.exitCode = 1;
    else if (e instanceof OutputConflict) {
      console.error(`practice-articles: ${e.message}`);
      process.exitCode = 1;
    }
    else {
      console.error(e instanceof Error ? e.message : e);
      process.exitCode = 1;
    }
  },
);
