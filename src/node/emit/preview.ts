// preview.html: the widget on a plain page, what `dev` serves and a newcomer opens first.
import type { Collection } from '../collection/model.js';
import { esc } from './html.js';

export function previewPage(c: Collection, extraHead = ''): string {
  const first = c.articles.find((a) => a.body.length);
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>Articles: preview</title>
    <link rel="icon" href="data:,">
    <style>body{max-width:72rem;margin:0 auto;padding:1rem;font-family:system-ui,sans-serif;line-height:1.5}</style>
    <script src="practice-articles.js"></script>${extraHead}
  </head>
  <body>
    <main>
      <h1>Your articles</h1>
      <p>The carousel, as it looks on a page of your site:</p>
      <practice-articles></practice-articles>
${
  first
    ? `      <h2>One article card</h2>
      <p>For a blog post: <code>&lt;practice-article-card article="${esc(first.slug)}"&gt;</code></p>
      <practice-article-card article="${esc(first.slug)}" heading-level="3"></practice-article-card>
`
    : ''
}    </main>
  </body>
</html>
`;
}
