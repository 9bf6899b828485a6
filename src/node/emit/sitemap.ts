// sitemap.xml, when the site's address is known: the pages that are canonical here
// (an imported article's page points at its original, so it is left out).
import type { Emitter } from './emitter.js';
import { pageFile } from './names.js';
import { xml } from './safe-html.js';

export const sitemap: Emitter = (model, { site }) => {
  if (!site) return [];
  const urls = model.articles
    .filter((a) => a.full && !a.url)
    .map((a) => xml`  <url><loc>${new URL(pageFile(a.slug), site).href}</loc>${a.date && xml`<lastmod>${a.date}</lastmod>`}</url>\n`);
  const content = xml`<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${urls}</urlset>
`;
  return [{ path: 'sitemap.xml', content: String(content) }];
};
