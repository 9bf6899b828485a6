// Markdown with YAML frontmatter: paragraphs, headings, lists, emphasis, code spans and
// links, compiled to the compact blocks of shared/data.ts. Markup is kept as text.
import { marked, type Token, type Tokens } from 'marked';
import type { Block, Inline } from '../../shared/data.js';
import { isSafeUrl } from '../../shared/url.js';
import { makeArticle } from './article.js';
import { parseYaml, readFields, type FieldSpec } from './fields.js';
import type { SeedFile } from './model.js';
import { SeedError, type Problems } from './problems.js';
import { lines, slugify } from './text-rules.js';

const FIELDS: FieldSpec = {
  title: 'string',
  slug: 'string',
  author: 'string',
  credentials: 'list',
  bookingUrl: 'url',
  date: 'date',
  tags: 'list',
  summary: 'string',
  related: 'related',
  bio: 'string',
  pronoun: 'pronoun',
  url: 'url',
  lang: 'lang',
  updated: 'date',
  image: 'string',
  imageAlt: 'string',
  source: 'source',
};

export function parseMarkdown(source: string, file: string, problems: Problems): SeedFile {
  const all = lines(source);
  if (all[0] !== '---') throw new SeedError(file, 1, 'expected YAML frontmatter starting with "---"');
  const end = all.indexOf('---', 1);
  if (end < 0) throw new SeedError(file, 1, 'frontmatter is not closed with "---"');
  const yaml = parseYaml(all.slice(1, end).join('\n'), file, 2);
  const { values: fm, lines: at } = readFields(yaml.node, FIELDS, yaml, file, 1, problems);

  if (!fm.title) throw new SeedError(file, at.title ?? 1, 'empty title');
  if (!fm.author) throw new SeedError(file, 1, 'no byline: frontmatter needs "author"');
  let slug = fm.slug;
  if (slug !== undefined && (!slug || slugify(slug) !== slug)) {
    problems.add(file, at.slug!, `slug "${slug}" must be lowercase letters and digits joined by "-"`);
    slug = undefined;
  }

  const body = markdownBlocks(all.slice(end + 1).join('\n'), file, end + 2, problems);
  const article = makeArticle({ title: fm.title, author: fm.author, body, file, line: at.title!, slug, summary: fm.summary, lang: fm.lang });
  if (fm.date) article.date = fm.date;
  if (fm.tags) article.tags = fm.tags;
  if (fm.url) article.url = fm.url;
  return {
    article,
    author: {
      name: fm.author,
      credentials: fm.credentials ?? [],
      pronoun: fm.pronoun,
      bookingUrl: fm.bookingUrl,
      bio: fm.bio,
      file,
      line: at.author!,
    },
    titleOnly: (fm.related ?? []).map((r) => ({ ...r, line: at.related! })),
  };
}

const UNSUPPORTED = 'use paragraphs, headings, lists, emphasis, code spans and links';

/** Compiles Markdown to blocks. `firstLine` is the file line the text starts on. */
export function markdownBlocks(text: string, file: string, firstLine: number, problems: Problems): Block[] {
  const tokens = marked.lexer(text);
  const blocks: Block[] = [];
  let line = firstLine;
  const depths = tokens.filter((t): t is Tokens.Heading => t.type === 'heading').map((t) => t.depth);
  const top = Math.min(...depths);

  const inline = (ts: Token[] = []): Inline[] => {
    const out: Inline[] = [];
    const push = (n: Inline) => {
      const last = out[out.length - 1];
      if (typeof n === 'string' && typeof last === 'string') out[out.length - 1] = last + n;
      else out.push(n);
    };
    for (const t of ts) {
      switch (t.type) {
        case 'text':
          if ('tokens' in t && t.tokens?.length) inline(t.tokens).forEach(push);
          else push(decode(t.text).replace(/\s*\n\s*/g, ' '));
          break;
        case 'escape':
          push(t.raw.slice(1));
          break;
        case 'br':
          push(' ');
          break;
        case 'paragraph': // inside a loose list item
          inline(t.tokens).forEach(push);
          break;
        case 'space':
          break;
        case 'html': // Markup in an article is shown as text, never interpreted.
          push(t.raw);
          break;
        case 'em':
        case 'strong':
          out.push([t.type, inline(t.tokens)]);
          break;
        case 'codespan':
          out.push(['code', [decode(t.text)]]);
          break;
        case 'link':
          if (isSafeUrl(t.href)) out.push(['a', t.href, inline(t.tokens)]);
          else {
            problems.add(file, line, `link "${t.href}" must be an absolute https:, http:, mailto: or tel: URL`);
            inline(t.tokens).forEach(push);
          }
          break;
        default:
          problems.add(file, line, `unsupported markdown (${t.type}); ${UNSUPPORTED}`);
      }
    }
    return out;
  };

  for (const t of tokens) {
    switch (t.type) {
      case 'space':
        break;
      case 'paragraph': {
        const content = inline(t.tokens);
        blocks.push(content.length === 1 && typeof content[0] === 'string' ? content[0] : ['p', content]);
        break;
      }
      case 'html': // A block of raw HTML is kept as a paragraph of text.
        blocks.push(t.raw.trim());
        break;
      case 'heading':
        blocks.push(['h', t.depth - top + 1, inline(t.tokens)]);
        break;
      case 'list':
        blocks.push([t.ordered ? 'ol' : 'ul', (t as Tokens.List).items.map((item) => inline(item.tokens))]);
        break;
      default:
        problems.add(file, line, `unsupported markdown (${t.type}); ${UNSUPPORTED}`);
    }
    line += (t.raw.match(/\n/g) ?? []).length;
  }
  return blocks;
}

function decode(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[e]!);
}
