// The plain-text format (PRODUCT.md): title line, paragraphs, the byline
// `By NAME[, CRED]*. Book with her|him|them here:[ URL]`, then one title per line,
// each optionally followed by the URL it links out to.
import { isSafeUrl } from '../../shared/url.js';
import type { Pronoun, SeedFile, TitleRef } from './model.js';
import { makeArticle } from './article.js';
import { SeedError, type Problems } from './problems.js';
import { cleanText, lines } from './text-rules.js';

const BYLINE = /^By (.+?)\. Book with (her|him|them) here:(?:\s+(\S+))?$/;
/** A related title may end in the address it links out to. */
const TITLE_URL = /^(.*\S)\s+(https?:\/\/\S+)$/;

export function parseText(source: string, file: string, problems: Problems): SeedFile {
  const all = lines(cleanText(source, (line, reason) => problems.add(file, line, reason)));
  const titleIndex = all.findIndex((l) => l.trim() !== '');
  if (titleIndex < 0) throw new SeedError(file, 1, 'empty title: the first non-empty line must be the title');
  const title = all[titleIndex]!.trim();

  const bylineIndex = all.findIndex((l, i) => i > titleIndex && BYLINE.test(l.trim()));
  if (bylineIndex < 0) {
    const near = all.findIndex((l, i) => i > titleIndex && /^By\s/.test(l.trim()));
    throw new SeedError(
      file,
      (near < 0 ? titleIndex : near) + 1,
      'no byline: expected a line like "By Name, Credential. Book with her here: https://…"',
    );
  }
  const [, who, pronoun, url] = BYLINE.exec(all[bylineIndex]!.trim())!;
  const [name, ...credentials] = who!.split(/\s*,\s*/);
  if (!name) throw new SeedError(file, bylineIndex + 1, 'byline has no author name');
  if (url !== undefined && !isSafeUrl(url)) {
    problems.add(file, bylineIndex + 1, `booking URL "${url}" must start with https:, http:, mailto: or tel:`);
  }

  // Paragraphs: runs of non-empty lines between the title and the byline.
  const body: string[] = [];
  let run: string[] = [];
  for (const line of [...all.slice(titleIndex + 1, bylineIndex), '']) {
    if (line.trim()) run.push(line.trim());
    else if (run.length) (body.push(run.join(' ')), (run = []));
  }

  const titleOnly: TitleRef[] = [];
  all.forEach((l, i) => {
    const text = l.trim();
    if (i <= bylineIndex || !text) return;
    const linked = TITLE_URL.exec(text);
    titleOnly.push(linked ? { title: linked[1]!, url: linked[2]!, line: i + 1 } : { title: text, line: i + 1 });
  });

  return {
    author: {
      name,
      credentials,
      pronoun: pronoun as Pronoun,
      bookingUrl: url !== undefined && isSafeUrl(url) ? url : undefined,
      file,
      line: bylineIndex + 1,
    },
    titleOnly,
    article: makeArticle({ title, author: name, body, file, line: titleIndex + 1 }),
  };
}
