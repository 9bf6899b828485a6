// Shared rendering pieces: headings at a chosen level, article bodies, bylines.
// Everything is a Lit template; seed text is never parsed as HTML.
import { html, nothing, type TemplateResult } from 'lit';
import type { AuthorData, Block, Inline } from '../collection/types.js';

type Content = unknown;

/** A real h1–h6, so cards and reader fit the host page's outline. */
export function heading(level: number, content: Content, id?: string, part: string | typeof nothing = 'title'): TemplateResult {
  const i = id ?? nothing;
  const p = part;
  switch (level) {
    case 1: return html`<h1 part=${p} id=${i}>${content}</h1>`;
    case 3: return html`<h3 part=${p} id=${i}>${content}</h3>`;
    case 4: return html`<h4 part=${p} id=${i}>${content}</h4>`;
    case 5: return html`<h5 part=${p} id=${i}>${content}</h5>`;
    case 6: return html`<h6 part=${p} id=${i}>${content}</h6>`;
    default: return html`<h2 part=${p} id=${i}>${content}</h2>`;
  }
}

function inline(node: Inline): Content {
  if (typeof node === 'string') return node;
  const [tag, ...rest] = node;
  if (tag === 'a') {
    const [href, ...kids] = rest as [string, ...Inline[]];
    return html`<a href=${href} target="_blank" rel="noopener noreferrer">${kids.map(inline)}</a>`;
  }
  const kids = (rest as Inline[]).map(inline);
  return tag === 'em' ? html`<em>${kids}</em>` : tag === 'strong' ? html`<strong>${kids}</strong>` : html`<code>${kids}</code>`;
}

/** An article body or bio. `level` is the heading level of the article title. */
export function body(blocks: Block[], level: number): Content[] {
  return blocks.map((block) => {
    if (typeof block === 'string') return html`<p>${block}</p>`;
    const [tag, ...rest] = block;
    if (tag === 'h') {
      const [depth, ...kids] = rest as [number, ...Inline[]];
      return heading(Math.min(6, level + depth), kids.map(inline), undefined, nothing);
    }
    if (tag === 'p') return html`<p>${(rest as Inline[]).map(inline)}</p>`;
    const items = (rest as Inline[][]).map((item) => html`<li>${item.map(inline)}</li>`);
    return tag === 'ol' ? html`<ol>${items}</ol>` : html`<ul>${items}</ul>`;
  });
}

/** "Hailey Oliver, MA, MHCI" */
export const byline = (a: AuthorData) => (a.creds ? `${a.name}, ${a.creds}` : a.name);
