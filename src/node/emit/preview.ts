// preview.html: the widget on a plain page, what `dev` serves and a newcomer opens first.
import type { Model } from '../collection/resolve.js';
import type { Emitter } from './emitter.js';
import { html } from './safe-html.js';

export function previewPage(model: Model): string {
  const first = model.articles.find((a) => a.full);
  return String(html`<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>Articles: preview</title>
    <link rel="icon" href="data:,">
    <style>body{max-width:72rem;margin:0 auto;padding:1rem;font-family:system-ui,sans-serif;line-height:1.5}</style>
    <script src="practice-articles.js"></script>
  </head>
  <body>
    <main>
      <h1>Your articles</h1>
      <p>The carousel, as it looks on a page of your site:</p>
      <practice-articles></practice-articles>
${
  first &&
  html`      <h2>One article card</h2>
      <p>For a blog post: <code>${`<practice-article-card article="${first.slug}">`}</code></p>
      <practice-article-card article="${first.slug}" heading-level="3"></practice-article-card>
`
}    </main>
  </body>
</html>
`);
}

export const preview: Emitter = (model) => [{ path: 'preview.html', content: previewPage(model) }];
