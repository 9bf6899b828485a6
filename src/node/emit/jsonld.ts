// Structured data for an article page: a BlogPosting with exactly the fields the content
// supports. Nothing is invented: no publisher, image or date the articles don't give.
import type { Article, Author } from '../collection/model.js';

export interface JsonLdOptions {
  /** The page's canonical URL, when the site's address is known. */
  url?: string;
  lang?: string;
  bookingUrl?: string;
}

export function blogPosting(a: Article, author: Author, o: JsonLdOptions) {
  return {
    '@context': 'https://schema.org',
    '@type': 'BlogPosting',
    headline: a.title,
    ...(a.excerpt && { description: a.excerpt }),
    wordCount: a.wordCount,
    ...(a.date && { datePublished: a.date }),
    ...(o.lang && { inLanguage: o.lang }),
    ...(a.tags?.length && { keywords: a.tags.join(', ') }),
    ...(o.url && { url: o.url, mainEntityOfPage: o.url }),
    author: {
      '@type': 'Person',
      name: author.name,
      ...(author.credentials.length && { honorificSuffix: author.credentials.join(', ') }),
      ...(o.bookingUrl && { url: o.bookingUrl }),
    },
  };
}

/** JSON for a <script> element: `<` escaped, so no "</script>" can close it early. */
export const scriptJson = (value: unknown) => JSON.stringify(value, null, 2).replace(/</g, '\\u003c');
