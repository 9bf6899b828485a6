// The embedding test pages: one plain HTML page for each way a host loads the widget.
// web-test-runner.config.mjs serves them as /test/pages/embed/NAME.html, and under a
// strict CSP as /test/pages/csp/embed/NAME.html: real HTML with real <script> tags.
const CLASSIC = '<script src="/dist/practice-articles.js"></script>';
const MODULE = '<script type="module" src="/dist/practice-articles.mjs"></script>';

const SCRIPTS = {
  classic: CLASSIC,
  twice: `${CLASSIC}\n    ${CLASSIC}`,
  defer: '<script defer src="/dist/practice-articles.js"></script>',
  module: MODULE,
  both: `${CLASSIC}\n    ${MODULE}`,
  // Sets properties on the elements, then injects the classic script async.
  late: '<script defer src="/test/pages/late.js"></script>',
};

export function embedPage(name) {
  const scripts = SCRIPTS[name];
  if (!scripts) return undefined;
  const carousel = name === 'late' ? '<practice-articles theme="dark">' : '<practice-articles booking-url="https://clinic.example/book">';
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Embedding: ${name}</title>
    <script src="/test/pages/record-errors.js"></script>
    ${scripts}
  </head>
  <body>
    <main>
      <h1>Our articles</h1>
      ${carousel}</practice-articles>
      <practice-article-card article="building-and-maintaining-trust-in-relationships-the-heartbeat-of-connection"></practice-article-card>
    </main>
  </body>
</html>
`;
}

/**
 * A host page holding the snippet that `build --site-url https://clinic.example/articles/`
 * wrote into test/.site/, with that address pointing here instead, so its links work.
 */
export function snippetHostPage(snippet) {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>A host page with the snippet</title>
    <script src="/test/pages/record-errors.js"></script>
  </head>
  <body>
    <main>
      <h1>Our articles</h1>
${snippet.replaceAll('https://clinic.example/articles/', '/test/.site/')}
    </main>
  </body>
</html>
`;
}
