// One walker over article blocks, for every place that turns them into something:
// Lit templates in the browser, HTML and plain text at build time.
import type { Block, Inline } from './data.js';

export interface BlockVisitor<T> {
  text(text: string): T;
  inline(tag: 'em' | 'strong' | 'code', children: T[]): T;
  link(href: string, children: T[]): T;
  paragraph(children: T[]): T;
  /** `depth` is the level below the article title: 1 = one below. */
  heading(depth: number, children: T[]): T;
  list(ordered: boolean, items: T[][]): T;
  quote(children: T[]): T;
}

export function walk<T>(blocks: readonly Block[], v: BlockVisitor<T>): T[] {
  const inline = (n: Inline): T =>
    typeof n === 'string' ? v.text(n) : n[0] === 'a' ? v.link(n[1], n[2].map(inline)) : v.inline(n[0], n[1].map(inline));
  const block = (b: Block): T =>
    typeof b === 'string'
      ? v.paragraph([v.text(b)])
      : b[0] === 'p'
        ? v.paragraph(b[1].map(inline))
        : b[0] === 'h'
          ? v.heading(b[1], b[2].map(inline))
          : b[0] === 'q'
            ? v.quote(b[1].map(block))
            : v.list(b[0] === 'ol', b[1].map((item) => item.map(inline)));
  return blocks.map(block);
}
