// A post's HTML to the Markdown subset the format reads: paragraphs, headings, lists,
// emphasis and links. Nothing else survives: scripts, styles, iframes, forms and images
// are dropped, and a link that is not https:, http:, mailto: or tel: becomes its text.
// Each block is read back with the format's own parser; if that would change a word,
// the block is written as plain text instead, so the text always reaches the file as is.
import { parseFragment, type DefaultTreeAdapterTypes as T } from 'parse5';
import type { Block } from '../../shared/data.js';
import { isSafeUrl } from '../../shared/url.js';
import { plainText } from '../collection/article.js';
import { markdownBlocks } from '../collection/markdown.js';
import { Problems } from '../collection/problems.js';

export interface Image {
  url: string;
  alt: string;
}

export interface Converted {
  markdown: string;
  /** Paragraph-like blocks written (paragraphs, headings, list items). */
  blocks: number;
  firstImage?: Image;
}

type Node = T.ChildNode;

const DROP = new Set('script style iframe frame frameset form noscript template object embed svg math button input select textarea option canvas video audio source track map head title meta link base'.split(' '));
const BLOCK = new Set('p div section article main header footer aside nav figure figcaption address details summary center table thead tbody tfoot tr td th caption dl dt dd pre hr blockquote ul ol li h1 h2 h3 h4 h5 h6 body html'.split(' '));
const EM = new Set(['em', 'i', 'cite', 'dfn', 'var']);
const STRONG = new Set(['strong', 'b']);

const attr = (n: T.Element, name: string) => n.attrs.find((a) => a.name === name)?.value;
const collapse = (s: string) => s.replace(/[ \t\n\r\f]+/g, ' ');
const squeeze = (s: string) => collapse(s).trim();

/** Backslash-escapes what Markdown would read as markup; CommonMark allows it before any ASCII punctuation. */
const escapeInline = (s: string) => s.replace(/[\\`*_[\]<>&~]/g, '\\$&');
/** What would start a heading, list, quote or thematic break at the start of a block. */
const escapeStart = (s: string) => s.replace(/^([#>+=-])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2');

function resolve(href: string, base: string | undefined): string | undefined {
  try {
    return new URL(href.trim(), base).href;
  } catch {
    return undefined; // relative, with no base to resolve it against
  }
}

/** Visible text of a fragment, whitespace collapsed; for summaries and titles. A loop, not recursion: a hostile summary may nest elements thousands deep. */
export function htmlToText(html: string): string {
  const out: string[] = [];
  const todo: (Node | T.DocumentFragment | string)[] = [parseFragment(html)];
  while (todo.length) {
    const n = todo.pop()!;
    if (typeof n === 'string') out.push(n);
    else if (n.nodeName === '#text') out.push((n as T.TextNode).value);
    else if ('childNodes' in n && !DROP.has(n.nodeName)) {
      const block = BLOCK.has(n.nodeName);
      if (n.nodeName === 'br' || block) out.push(' ');
      if (block) todo.push(' ');
      for (let i = n.childNodes.length - 1; i >= 0; i--) todo.push(n.childNodes[i]!);
    }
  }
  return squeeze(out.join(''));
}

/** Posts nest a few dozen elements deep; the converter below recurses once per level, so past this it refuses. */
export const MAX_HTML_DEPTH = 256;

/** A post whose HTML nests deeper than MAX_HTML_DEPTH: only an attack writes that. */
export class HtmlTooDeep extends Error {
  constructor() {
    super(`its HTML nests elements more than ${MAX_HTML_DEPTH} deep`);
  }
}

/** The fragment, measured without recursion; throws HtmlTooDeep. */
function parseShallow(html: string): T.DocumentFragment {
  const doc = parseFragment(html);
  const todo: [T.ParentNode, number][] = [[doc, 0]];
  while (todo.length) {
    const [n, depth] = todo.pop()!;
    if (depth > MAX_HTML_DEPTH) throw new HtmlTooDeep();
    for (const c of n.childNodes) if ('childNodes' in c) todo.push([c, depth + 1]);
  }
  return doc;
}

/** A rendered piece: its Markdown, and the text a reader must see. */
interface Piece {
  md: string;
  text: string;
}

/** Throws HtmlTooDeep for HTML nested past MAX_HTML_DEPTH. */
export function htmlToMarkdown(html: string, base?: string): Converted {
  let firstImage: Image | undefined;
  const blocks: string[] = [];
  let count = 0;

  const inline = (nodes: Node[], inLink: boolean): Piece => {
    let md = '';
    let text = '';
    for (const n of nodes) {
      if (n.nodeName === '#text') {
        const t = collapse((n as T.TextNode).value);
        md += escapeInline(t);
        text += t;
        continue;
      }
      if (!('tagName' in n) || DROP.has(n.tagName)) continue;
      if (n.tagName === 'img') {
        noteImage(n);
        continue;
      }
      if (n.tagName === 'br') {
        md += ' ';
        text += ' ';
        continue;
      }
      const inner = inline(n.childNodes, inLink || n.tagName === 'a');
      text += inner.text;
      const core = inner.md.trim();
      const lead = inner.md.startsWith(' ') ? ' ' : '';
      const trail = inner.md.endsWith(' ') && core ? ' ' : '';
      const href = n.tagName === 'a' && !inLink ? attr(n, 'href') : undefined;
      const url = href === undefined ? undefined : resolve(href, base);
      if (url && isSafeUrl(url) && core) md += `${lead}[${core}](${url.replace(/\(/g, '%28').replace(/\)/g, '%29')})${trail}`;
      else if (EM.has(n.tagName) && core) md += `${lead}*${core}*${trail}`;
      else if (STRONG.has(n.tagName) && core) md += `${lead}**${core}**${trail}`;
      else md += inner.md;
    }
    return { md, text };
  };

  const noteImage = (n: T.Element) => {
    if (firstImage) return;
    const src = attr(n, 'src');
    const url = src && resolve(src, base);
    if (url && /^https?:/.test(url)) firstImage = { url, alt: squeeze(attr(n, 'alt') ?? '') };
  };

  /** Appends one block, unless reading it back would lose a word; then its plain text. */
  const emit = (prefix: string, piece: Piece, kind: 'p' | 'h' | 'li') => {
    const text = squeeze(piece.text);
    if (!text) return;
    count++;
    const md = prefix + escapeStart(squeeze(piece.md));
    const plain = prefix + escapeStart(escapeInline(text));
    blocks.push(readsBack(md, text, kind) ? md : plain);
  };

  const list = (el: T.Element) => {
    const ordered = el.tagName === 'ol';
    const items: string[] = [];
    const item = (li: T.Element) => {
      // Nested lists become items of this one: the format's lists have one level.
      const own = li.childNodes.filter((c) => !('tagName' in c) || (c.tagName !== 'ul' && c.tagName !== 'ol'));
      const piece = inline(own.flatMap((c) => ('tagName' in c && BLOCK.has(c.tagName) ? [spacer(), c, spacer()] : [c])), false);
      const text = squeeze(piece.text);
      if (text) {
        count++;
        const prefix = ordered ? `${items.length + 1}. ` : '- ';
        const md = prefix + escapeStart(squeeze(piece.md));
        items.push(readsBack(md, text, 'li') ? md : prefix + escapeStart(escapeInline(text)));
      }
      for (const c of li.childNodes) if ('tagName' in c && (c.tagName === 'ul' || c.tagName === 'ol')) c.childNodes.forEach((g) => 'tagName' in g && g.tagName === 'li' && item(g));
    };
    for (const c of el.childNodes) if ('tagName' in c && c.tagName === 'li') item(c);
    if (items.length) blocks.push(items.join('\n'));
  };

  const container = (nodes: Node[]) => {
    let loose: Node[] = [];
    const flush = () => {
      if (loose.length) emit('', inline(loose, false), 'p');
      loose = [];
    };
    for (const n of nodes) {
      if (!('tagName' in n) || !BLOCK.has(n.tagName)) {
        if ('tagName' in n && DROP.has(n.tagName)) continue;
        loose.push(n);
        continue;
      }
      flush();
      const heading = /^h([1-6])$/.exec(n.tagName);
      if (heading) emit('#'.repeat(Number(heading[1])) + ' ', inline(n.childNodes, false), 'h');
      else if (n.tagName === 'ul' || n.tagName === 'ol') list(n);
      else if (n.tagName !== 'hr') container(n.childNodes); // quotes too: the format has no quotes yet
    }
    flush();
  };

  container(parseShallow(html).childNodes);
  return { markdown: blocks.join('\n\n'), blocks: count, firstImage };
}

const spacer = (): Node => ({ nodeName: '#text', value: ' ' }) as unknown as Node;


/** True when the format's parser reads `md` back as one block of exactly `text`, without a problem. */
function readsBack(md: string, text: string, kind: 'p' | 'h' | 'li'): boolean {
  const problems = new Problems();
  const got: Block[] = markdownBlocks(md, 'import', 1, problems);
  if (problems.list.length || got.length !== 1) return false;
  const b = got[0]!;
  const shape = typeof b === 'string' || b[0] === 'p' ? 'p' : b[0] === 'h' ? 'h' : b[0] === 'ul' || b[0] === 'ol' ? 'li' : 'q';
  return shape === kind && squeeze(plainText(got)[0]!) === text;
}
