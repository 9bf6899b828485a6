// One article from what a file says: the derived fields (slug, excerpt, counts).
import type { Block } from '../../shared/data.js';
import { walk, type BlockVisitor } from '../../shared/blocks.js';
import type { Article } from './model.js';
import { SeedError } from './problems.js';
import { countWords, makeExcerpt, readingMinutes, slugify } from './text-rules.js';

/** Plain text of blocks: for counting words and making excerpts. */
const plain: BlockVisitor<string> = {
  text: (t) => t,
  inline: (_, kids) => kids.join(''),
  link: (_, kids) => kids.join(''),
  paragraph: (kids) => kids.join(''),
  heading: (_, kids) => kids.join(''),
  list: (_, items) => items.map((i) => i.join('')).join('\n'),
  quote: (kids) => kids.join('\n'),
};

/** Each block's plain text: what words are counted in, and what an import checks it kept. */
export const plainText = (blocks: readonly Block[]) => walk(blocks, plain);

export interface ArticleInput {
  title: string;
  author: string;
  body: Block[];
  file: string;
  line: number;
  slug?: string;
  summary?: string;
  lang?: string;
}

export function makeArticle({ title, author, body, file, line, slug, summary, lang }: ArticleInput): Article {
  if (!title) throw new SeedError(file, line, 'empty title');
  const finalSlug = slug ?? slugify(title);
  if (!finalSlug) throw new SeedError(file, line, `title "${title}" gives an empty slug; set "slug" in frontmatter`);
  const texts = plainText(body);
  const first = body.findIndex((b) => typeof b === 'string' || b[0] === 'p');
  const wordCount = texts.reduce((n, t) => n + countWords(t, lang), 0);
  return {
    slug: finalSlug,
    title,
    author,
    body,
    excerpt: summary ?? (first < 0 ? undefined : makeExcerpt(texts[first]!, lang)),
    wordCount,
    readingMinutes: body.length ? readingMinutes(wordCount) : 0,
    related: [],
    file,
    line,
    ...(lang && { lang }),
  };
}
