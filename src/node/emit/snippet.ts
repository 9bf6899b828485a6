// snippet.html: what a host pastes instead of the bare tags. Inside each element, a plain
// list that works without JavaScript; once the element upgrades, its shadow root (with no
// slot) replaces it, so nothing shows twice, to the eye or to a screen reader.
import type { ModelArticle } from '../collection/resolve.js';
import { pageHref, type Emitter } from './emitter.js';
import { html } from './safe-html.js';

/** The `limit` the snippet's example of one topic shows. */
const LIMIT = 6;

export const snippet: Emitter = (model, { site }) => {
  const script = site ? new URL('practice-articles.js', site).href : 'practice-articles.js';
  const title = (a: ModelArticle) => {
    const href = a.full ? pageHref(a, site) : a.url;
    return href ? html`<a href="${href}">${a.title}</a>` : html`${a.title}`;
  };
  const items = (list: ModelArticle[]) =>
    list.map(
      (a) => html`    <li>
      <p><strong>${title(a)}</strong><br>${a.author.byline}</p>${a.excerpt && html`\n      <p>${a.excerpt}</p>`}
    </li>
`,
    );
  // One topic, as the element shows it: its articles, the first LIMIT cards (an entry with
  // neither text nor excerpt is no card of its own, and doesn't count).
  const topic = model.topics[0];
  let n = 0;
  const onTopic = topic?.articles.filter((a) => !(a.full || a.excerpt) || ++n <= LIMIT);
  const byTopic =
    topic &&
    html`
<!-- One topic, at most ${LIMIT} cards: topic="…" takes a topic's slug (this folder's: ${model.topics.map((t) => t.slug).join(', ')}),
     and limit="…" a number of cards. Each is optional, and either works with articles="slug slug". -->
<practice-articles topic="${topic.slug}" limit="${LIMIT}">
  <ul>
${items(onTopic!)}  </ul>
</practice-articles>
`;
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
${items(model.articles)}  </ul>
</practice-articles>
${byTopic}${cards}`;
  return [{ path: 'snippet.html', content: String(content) }];
};
