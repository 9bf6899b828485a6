// articles.json: what the collection holds, for tools that offer a choice of articles
// (the WordPress block's sidebar, a site's own scripts). Plain data, nothing rendered.
// Each article's topics are its slug for `topic="…"` and its name as first written.
import type { Emitter } from './emitter.js';

export const articlesIndex: Emitter = (model) => {
  const list = model.articles.map((a) => ({
    slug: a.slug,
    title: a.title,
    author: a.author.name,
    ...(a.excerpt && { excerpt: a.excerpt }),
    hasText: a.full,
    ...(a.lang && { lang: a.lang }),
    ...(a.topics.length && { topics: a.topics.map((t) => ({ slug: t.slug, name: t.name })) }),
  }));
  return [{ path: 'articles.json', content: `${JSON.stringify(list, null, 2)}\n` }];
};
