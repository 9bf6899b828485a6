// The names the build gives its files in the output folder. An article's page is
// `<slug>.html` at the top, so a slug must never be one of the build's own names.

export const pageFile = (slug: string) => `${slug}.html`;

/** A topic's page: in its own folder, so a topic never collides with an article. */
export const topicFile = (slug: string) => `topics/${slug}.html`;

/** The record of what the build wrote, so the next build removes only its own stale files. */
export const MANIFEST = '.practice-articles-manifest.json';

/**
 * Names the build uses (or will use) at the top of the output folder, besides pages:
 * preview.html, snippet.html, sitemap.xml, feed.xml, articles.json, page.<hash>.css, the
 * scripts, and the folders media/, bodies/, i18n/, topics/. Reserved whatever the extension.
 */
export const OWN_NAMES = new Set(['preview', 'snippet', 'sitemap', 'feed', 'index', 'articles', 'media', 'bodies', 'i18n', 'topics', 'page', 'practice-articles']);

/** Names Windows refuses for a file, whatever its extension. */
export const DEVICE_NAMES = /^(con|prn|aux|nul|com\d|lpt\d)$/;
