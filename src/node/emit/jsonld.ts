// Structured data for an article page: a BlogPosting with exactly the fields the content
// supports. Nothing is invented: no publisher, image or date the articles don't give.
import type { ModelArticle } from '../collection/resolve.js';

export interface JsonLdOptions {
  /** The page's canonical URL, when the site's address is known. */
  url?: string;
  lang?: string;
  bookingUrl?: string;
}

export function blogPosting(a: ModelArticle, o: JsonLdOptions) {
  const author = a.author;
  return {
    '@context': 'https://schema.org',
    '@type': 'BlogPosting',
    headline: a.title,
    ...(a.excerpt && { description: a.excerpt }),
    wordCount: a.words,
    ...(a.date && { datePublished: a.date }),
    ...(o.lang && { inLanguage: o.lang }),
    ...(a.tags?.length && { keywords: a.tags.join(', ') }),
    ...(o.url && { url: o.url, mainEntityOfPage: o.url }),
    author: {
      '@type': 'Person',
      name: author.name,
      ...(author.creds && { honorificSuffix: author.creds }),
      ...(o.bookingUrl && { url: o.bookingUrl }),
    },
  };
}

/** JSON for a <script> element: `<` escaped, so no "</script>" can close it early. */
export const scriptJson = (value: unknown) => JSON.stringify(value, null, 2).replace(/</g, '\\u003c');
