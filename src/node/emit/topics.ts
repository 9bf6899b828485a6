// topics/<topic>.html: a page per topic (an article's tag) listing its articles, linked
// titles and excerpts, with the article pages' stylesheet. Only the names the articles
// give appear: the topic as first written, the titles, the excerpts.
import type { Practice } from '../collection/practice.js';
import type { ModelArticle, ModelTopic } from '../collection/resolve.js';
import { makeExcerpt } from '../collection/text-rules.js';
import type { Emitter, EmitOptions } from './emitter.js';
import { pageFile, topicFile } from './names.js';
import { pageHtml, titleText } from './page-parts.js';
import { html, join } from './safe-html.js';

/** Where an entry of the list links: its page here, else where it lives. */
const href = (a: ModelArticle) => (a.full ? `../${pageFile(a.slug)}` : a.url);

export function topicPage(topic: ModelTopic, o: Pick<EmitOptions, 'site' | 'lang' | 'css'>, practice: Practice): string {
  // The articles' own language when they share one; else the build's.
  const langs = new Set(topic.articles.map((a) => a.lang ?? o.lang));
  const lang = langs.size === 1 ? [...langs][0]! : o.lang;
  const url = o.site && new URL(topicFile(topic.slug), o.site).href;
  // The description search results show: the topic's titles, words the articles give, none invented.
  const description = makeExcerpt(topic.articles.map((a) => a.title).join(' · '), lang, 160);
  const item = (a: ModelArticle) => {
    const to = href(a);
    const title = to ? html`<a href="${to}">${a.title}</a>` : html`${a.title}`;
    const own = a.lang && a.lang !== lang ? html` lang="${a.lang}"` : '';
    return html`<li${own}><h2>${title}</h2>${a.excerpt && html`<p>${a.excerpt}</p>`}</li>`;
  };
  const head = join(
    [
      html`<meta charset="utf-8">`,
      html`<meta name="viewport" content="width=device-width, initial-scale=1">`,
      html`<title>${titleText(topic.name, practice)}</title>`,
      html`<meta name="description" content="${description}">`,
      html`<meta name="color-scheme" content="light dark">`,
      url && html`<link rel="canonical" href="${url}">`,
      html`<meta property="og:type" content="website">`,
      practice.name && html`<meta property="og:site_name" content="${practice.name}">`,
      html`<meta property="og:title" content="${topic.name}">`,
      html`<meta property="og:description" content="${description}">`,
      url && html`<meta property="og:url" content="${url}">`,
      html`<link rel="icon" href="data:,">`,
      html`<link rel="stylesheet" href="../${o.css}">`,
    ],
    '\n    ',
  );
  return pageHtml(
    lang,
    head,
    html`<h1>${topic.name}</h1>
      <ul class="list">
        ${join(topic.articles.map(item), '\n        ')}
      </ul>`,
  );
}

export const topicPages: Emitter = (model, o) => model.topics.map((t) => ({ path: topicFile(t.slug), content: topicPage(t, o, model.practice) }));
