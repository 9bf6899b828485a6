// Markdown with YAML frontmatter: paragraphs, headings, lists, emphasis, code spans and
// links, compiled to the compact blocks of shared/data.ts. Markup is kept as text.
import { marked, type Token, type Tokens } from 'marked';
import type { Block, Inline } from '../../shared/data.js';
import { isSafeUrl } from '../../shared/url.js';
import { makeArticle } from './article.js';
import { parseYaml, readFields, type FieldSpec } from './fields.js';
import { healthFields } from './health-fields.js';
import type { SeedFile } from './model.js';
import { SeedError, type Problems } from './problems.js';
import { cleanText, lines, slugify } from './text-rules.js';

const FIELDS: FieldSpec = {
  title: 'string',
  slug: 'string',
  author: 'string',
  credentials: 'list',
  bookingUrl: 'url',
  date: 'date',
  updated: 'date',
  reviewed: 'date',
  reviewedBy: 'string',
  note: 'string',
  image: 'string',
  imageAlt: 'string',
  tags: 'list',
  summary: 'string',
  related: 'related',
  bio: 'string',
  pronoun: 'pronoun',
  url: 'url',
  lang: 'lang',
  source: 'source',
};

export function parseMarkdown(source: string, file: string, problems: Problems): SeedFile {
  const all = lines(cleanText(source, (line, reason) => problems.add(file, line, reason)));
  if (all[0] !== '---') throw new SeedError(file, 1, 'expected YAML frontmatter starting with "---"');
  const end = all.indexOf('---', 1);
  if (end < 0) throw new SeedError(file, 1, 'frontmatter is not closed with "---"');
  const yaml = parseYaml(all.slice(1, end).join('\n'), file, 2, problems);
  const { values: fm, lines: at } = readFields(yaml.node, FIELDS, yaml, file, 1, problems);

  if (!fm.title) throw new SeedError(file, at.title ?? 1, 'empty title');
  if (!fm.author) throw new SeedError(file, 1, 'no byline: frontmatter needs "author"');
  let slug = fm.slug;
  if (slug !== undefined && (!slug || slugify(slug, Infinity) !== slug)) {
    problems.add(file, at.slug!, `slug "${slug}" must be lowercase letters and digits joined by "-"`);
    slug = undefined;
  }

  const body = markdownBlocks(all.slice(end + 1).join('\n'), file, end + 2, problems);
  const article = makeArticle({ title: fm.title, author: fm.author, body, file, line: at.title!, slug, summary: fm.summary, lang: fm.lang });
  if (fm.date) article.date = fm.date;
  if (fm.tags) [article.tags, article.tagsLine] = [fm.tags, at.tags!];
  if (fm.url) article.url = fm.url;
  healthFields(article, fm, at, file, problems);
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

/** Whether inline content shows any text: an empty heading (`#` alone) is left out. */
const hasText = (ns: Inline[]): boolean => ns.some((n) => (typeof n === 'string' ? n.trim() !== '' : hasText(n[0] === 'a' ? n[2] : n[1])));

/** Long values are cut in messages, so one problem stays one line. */
const short = (text: string) => (text.length > 80 ? `${text.slice(0, 79)}…` : text);

const UNSUPPORTED = 'use paragraphs, headings, lists, emphasis, code spans and links';

/** Compiles Markdown to blocks. `firstLine` is the file line the text starts on. */
export function markdownBlocks(text: string, file: string, firstLine: number, problems: Problems): Block[] {
  const all = text.split('\n');
  const deep = tooDeep(all);
  const tangled = deep < 0 ? tooTangled(all) : undefined;
  if (deep >= 0) problems.add(file, firstLine + deep, `lists or quotes nested more than ${MAX_DEPTH} levels deep`);
  if (tangled) problems.add(file, firstLine + tangled.line, tangled.reason);
  if (deep >= 0 || tangled) return [];
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
            problems.add(file, line, `link "${short(t.href)}" must be an absolute https:, http:, mailto: or tel: URL`);
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
      case 'heading': {
        const content = inline(t.tokens);
        if (hasText(content)) blocks.push(['h', t.depth - top + 1, content]);
        break; // an empty heading (`#` alone) has nothing to say
      }
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

/** Lists and quotes nest at most this deep: marked's lexer recurses once per level. */
export const MAX_DEPTH = 20;

const MARKER = /^(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$)/;

/**
 * The index of the first line whose list or quote nesting passes MAX_DEPTH, or -1.
 * One pass over the lines, before marked sees the text: each `>` is a level, and each
 * list marker is one more than the open items whose text starts to its right.
 */
function tooDeep(all: string[]): number {
  const open: number[] = []; // the text column of each list item open above
  for (let i = 0; i < all.length; i++) {
    const line = all[i]!;
    let pos = 0;
    let col = 0;
    let quotes = 0;
    let first = true;
    for (;;) {
      while (line[pos] === ' ' || line[pos] === '\t') col = line[pos++] === '\t' ? col - (col % 4) + 4 : col + 1;
      if (line[pos] === '>') {
        quotes++;
        pos++;
        col++;
        continue;
      }
      const marker = MARKER.exec(line.slice(pos, pos + 12))?.[0];
      if (!marker) break;
      if (first) while (open.length && open.at(-1)! > col) open.pop();
      first = false;
      pos += marker.length;
      col += marker.length;
      open.push(col + 1);
      if (quotes + open.length > MAX_DEPTH) return i;
    }
    if (quotes > MAX_DEPTH) return i;
  }
  return -1;
}

/** Emphasis marks open at once, and marks inside one word, past which marked recurses too deep or slows to quadratic time. */
const MAX_OPEN_EMPHASIS = 100;
const MAX_MARKS_IN_WORD = 200;

/** Emphasis that only an attack writes, found in one pass before marked sees it. */
function tooTangled(all: string[]): { line: number; reason: string } | undefined {
  let open = 0;
  for (let i = 0; i < all.length; i++) {
    const line = all[i]!;
    if (!line.trim()) open = 0; // emphasis never spans paragraphs
    for (const [word] of line.matchAll(/\S+/g)) {
      let marks = 0;
      for (const c of word) if (c === '*' || c === '_') marks++;
      if (marks > MAX_MARKS_IN_WORD) return { line: i, reason: `a word holds more than ${MAX_MARKS_IN_WORD} * or _ marks` };
      if (/^[*_]+[^\s*_]/.test(word)) open++;
      if (/[^\s*_][*_]+\p{P}*$/u.test(word)) open = Math.max(0, open - 1);
      if (open > MAX_OPEN_EMPHASIS) return { line: i, reason: `emphasis (* or _) opened more than ${MAX_OPEN_EMPHASIS} times without closing` };
    }
  }
  return undefined;
}

function decode(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[e]!);
}
