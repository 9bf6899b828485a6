// HTML text for the pages the build writes: escaping, and article blocks through the shared walker.
import { walk } from '../../shared/blocks.js';
import type { Block } from '../../shared/data.js';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for element content and quoted attribute values alike. */
export const esc = (text: string) => text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);

/** Article blocks as HTML; `level` is the heading level of the article's title. */
export const blocksHtml = (blocks: readonly Block[], level: number) =>
  walk<string>(blocks, {
    text: esc,
    inline: (tag, kids) => `<${tag}>${kids.join('')}</${tag}>`,
    link: (href, kids) => `<a href="${esc(href)}">${kids.join('')}</a>`,
    paragraph: (kids) => `<p>${kids.join('')}</p>`,
    heading: (depth, kids) => {
      const h = Math.min(6, level + depth);
      return `<h${h}>${kids.join('')}</h${h}>`;
    },
    list: (ordered, items) => {
      const tag = ordered ? 'ol' : 'ul';
      return `<${tag}>${items.map((i) => `<li>${i.join('')}</li>`).join('')}</${tag}>`;
    },
    quote: (kids) => `<blockquote>${kids.join('\n')}</blockquote>`,
  }).join('\n');
