// snippet.html: what a host pastes instead of the bare tags. Inside each element, a plain
// list that works without JavaScript; once the element upgrades, its shadow root (with no
// slot) replaces it, so nothing shows twice, to the eye or to a screen reader.
import type { ModelArticle } from '../collection/resolve.js';
import { pageHref, type Emitter } from './emitter.js';
import { html } from './safe-html.js';

export const snippet: Emitter = (model, { site }) => {
  const script = site ? new URL('practice-articles.js', site).href : 'practice-articles.js';
  const title = (a: ModelArticle) => {
    const href = a.full ? pageHref(a, site) : a.url;
    return href ? html`<a href="${href}">${a.title}</a>` : html`${a.title}`;
  };
  const items = model.articles.map(
    (a) => html`    <li>
      <p><strong>${title(a)}</strong><br>${a.author.byline}</p>${a.excerpt && html`\n      <p>${a.excerpt}</p>`}
    </li>
`,
  );
  const cards = model.articles
    .filter((a) => a.full)
    .map(
      (a) => html`
<!-- One article, for a blog post: -->
<practice-article-card article="${a.slug}">
  <p><strong>${title(a)}</strong><br>${a.author.byline}</p>${a.excerpt && html`\n  <p>${a.excerpt}</p>`}
</practice-article-card>
`,
    );
  const content = html`<!-- practice-articles: paste the script once per page, in <head> or before </body>. -->
<script src="${script}" defer></script>

<!-- The carousel. The list inside shows until the script runs, and wherever it can't. -->
<practice-articles>
  <ul>
${items}  </ul>
</practice-articles>
${cards}`;
  return [{ path: 'snippet.html', content: String(content) }];
};
