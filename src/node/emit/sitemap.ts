// sitemap.xml, when the site's address is known: the pages that are canonical here
// (an imported article's page points at its original, so it is left out), and the
// topic pages.
import type { Emitter } from './emitter.js';
import { pageFile, topicFile } from './names.js';
import { xml } from './safe-html.js';

export const sitemap: Emitter = (model, { site }) => {
  if (!site) return [];
  const urls = model.articles
    .filter((a) => a.full && !a.url)
    .map((a) => {
      const changed = a.updated ?? a.date;
      return xml`  <url><loc>${new URL(pageFile(a.slug), site).href}</loc>${changed && xml`<lastmod>${changed}</lastmod>`}</url>\n`;
    });
  const topics = model.topics.map((t) => xml`  <url><loc>${new URL(topicFile(t.slug), site).href}</loc></url>\n`);
  const content = xml`<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${urls}${topics}</urlset>
`;
  return [{ path: 'sitemap.xml', content: String(content) }];
};
