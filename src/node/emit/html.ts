// Article blocks as HTML, through the shared walker; every text is escaped by `html`.
import { walk } from '../../shared/blocks.js';
import type { Block } from '../../shared/data.js';
import { html, join, type SafeHtml } from './safe-html.js';

/** Article blocks as HTML; `level` is the heading level of the article's title. */
export const blocksHtml = (blocks: readonly Block[], level: number): SafeHtml =>
  join(
    walk<SafeHtml>(blocks, {
      text: (t) => html`${t}`,
      // Tag names come from the Block type's closed set (and are escaped like any value).
      inline: (tag, kids) => html`<${tag}>${kids}</${tag}>`,
      link: (href, kids) => html`<a href="${href}">${kids}</a>`,
      paragraph: (kids) => html`<p>${kids}</p>`,
      heading: (depth, kids) => {
        const h = Math.min(6, level + depth);
        return html`<h${h}>${kids}</h${h}>`;
      },
      list: (ordered, items) => {
        const li = items.map((i) => html`<li>${i}</li>`);
        return ordered ? html`<ol>${li}</ol>` : html`<ul>${li}</ul>`;
      },
      quote: (kids) => html`<blockquote>${join(kids, '\n')}</blockquote>`,
    }),
    '\n',
  );
