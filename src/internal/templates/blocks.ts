// Lit templates for what both elements show: headings at a chosen level, article
// blocks (through the shared walker), the author's monogram or photo.
import { html, nothing, type TemplateResult } from 'lit';
import { walk, type BlockVisitor } from '../../shared/blocks.js';
import type { AuthorData, Block } from '../../shared/data.js';
import { fileUrl } from '../collection.js';

/**
 * A real h1–h6, so cards and reader fit the host page's outline. `dir="auto"`: a title
 * takes its direction from its own text (an English title on a Hebrew page reads left to right).
 */
export function heading(level: number, content: unknown, id: string | typeof nothing = nothing, part: string | typeof nothing = 'title'): TemplateResult {
  switch (level) {
    case 1: return html`<h1 part=${part} id=${id} dir="auto">${content}</h1>`;
    case 3: return html`<h3 part=${part} id=${id} dir="auto">${content}</h3>`;
    case 4: return html`<h4 part=${part} id=${id} dir="auto">${content}</h4>`;
    case 5: return html`<h5 part=${part} id=${id} dir="auto">${content}</h5>`;
    case 6: return html`<h6 part=${part} id=${id} dir="auto">${content}</h6>`;
    default: return html`<h2 part=${part} id=${id} dir="auto">${content}</h2>`;
  }
}

/** A link out, in a new tab. */
export const link = (href: string, text: unknown) => html`<a href=${href} target="_blank" rel="noopener noreferrer">${text}</a>`;

/** Article blocks as Lit templates; `level` is the heading level of the article's title. */
export const blocks = (list: readonly Block[], level: number) =>
  walk<unknown>(list, {
    text: (t) => t,
    inline: (tag, kids) => (tag === 'em' ? html`<em>${kids}</em>` : tag === 'strong' ? html`<strong>${kids}</strong>` : html`<code>${kids}</code>`),
    link,
    paragraph: (kids) => html`<p>${kids}</p>`,
    heading: (depth, kids) => heading(Math.min(6, level + depth), kids, nothing, nothing),
    list: (ordered, items) => {
      const li = items.map((i) => html`<li>${i}</li>`);
      return ordered ? html`<ol>${li}</ol>` : html`<ul>${li}</ul>`;
    },
    quote: (kids) => html`<blockquote>${kids}</blockquote>`,
  } satisfies BlockVisitor<unknown>);

/** "Hailey Oliver, MA, MHCI" */
export const byline = (a: AuthorData) => (a.creds ? `${a.name}, ${a.creds}` : a.name);

/** The author's photo, or a monogram of their initials: no request, no image. */
export const avatar = (a: AuthorData, big = false) =>
  a.photo
    ? html`<img class="avatar${big ? ' big' : ''}" src=${fileUrl(a.photo.src)} width=${a.photo.width} height=${a.photo.height} loading="lazy" alt=${a.name} />`
    : html`<span class="avatar${big ? ' big' : ''}" aria-hidden="true">${a.initials}</span>`;
