// Lit templates for what both elements show: headings at a chosen level, article
// blocks (one switch over the block shape: the build's shared walker, with its visitor
// object, costs the script about 100 B gzip more), the author's monogram or photo.
import { html, nothing, type TemplateResult } from 'lit';
import type { AuthorData, Block, Inline } from '../../shared/data.js';
import { fileUrl } from '../collection.js';

/** Per level, the strings of a `<hN part=${part} dir="auto">${content}</hN>` template, made once. */
const levels: TemplateStringsArray[] = [];

/**
 * A real h1–h6, so cards and reader fit the host page's outline; deeper than 6 is 6. `dir="auto"`: a
 * title takes its direction from its own text (an English title on a Hebrew page reads left to right).
 * A tag name can't be a binding, so each level's template strings are made here as Lit's own
 * static-html makes them (the array, with itself as `raw`), from constants and a whole number
 * from 1 to 6 only; the content and the part stay bindings, as in any template. One template
 * instead of six is 22 B gzip less.
 */
export function heading(level: number, content: unknown, part: string | typeof nothing = 'title'): TemplateResult {
  const n = level > 6 ? 6 : level >= 1 ? level | 0 : 2;
  const made = [`<h${n} part=`, ' dir="auto">', `</h${n}>`];
  return html((levels[n] ??= Object.assign(made, { raw: made })), part, content);
}

/** A link out, in a new tab. */
export const link = (href: string, text: unknown) => html`<a href=${href} target="_blank" rel="noopener noreferrer">${text}</a>`;

/** Article blocks as Lit templates; `level` is the heading level of the article's title. */
export const blocks = (list: readonly Block[], level: number): unknown[] => {
  const inline = (n: Inline): unknown =>
    typeof n === 'string'
      ? n
      : n[0] === 'a'
        ? link(n[1], n[2].map(inline))
        : n[0] === 'em'
          ? html`<em>${n[1].map(inline)}</em>`
          : n[0] === 'strong'
            ? html`<strong>${n[1].map(inline)}</strong>`
            : html`<code>${n[1].map(inline)}</code>`;
  const block = (b: Block): unknown =>
    typeof b === 'string'
      ? html`<p>${b}</p>`
      : b[0] === 'p'
        ? html`<p>${b[1].map(inline)}</p>`
        : b[0] === 'h'
          ? heading(level + b[1], b[2].map(inline), nothing)
          : b[0] === 'q'
            ? html`<blockquote>${b[1].map(block)}</blockquote>`
            : b[0] === 'ol'
              ? html`<ol>${b[1].map((i) => html`<li>${i.map(inline)}</li>`)}</ol>`
              : html`<ul>${b[1].map((i) => html`<li>${i.map(inline)}</li>`)}</ul>`;
  return list.map(block);
};

/** "Hailey Oliver, MA, MHCI" */
export const byline = (a: AuthorData) => (a.creds ? `${a.name}, ${a.creds}` : a.name);

/** The author's photo, or a monogram of their initials: no request, no image. */
export const avatar = (a: AuthorData, big = false) =>
  a.photo
    ? html`<img class="avatar${big ? ' big' : ''}" src=${fileUrl(a.photo.src)} width=${a.photo.width} height=${a.photo.height} loading="lazy" alt=${a.name} />`
    : html`<span class="avatar${big ? ' big' : ''}" aria-hidden="true">${a.initials}</span>`;
