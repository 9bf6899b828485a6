// Structured data for an article page: a BlogPosting with exactly the fields the content
// supports. Nothing is invented: no publisher, image, date or reviewer the content doesn't
// give. A reviewed article is a WebPage that holds the BlogPosting as its mainEntity,
// because reviewedBy and lastReviewed belong to WebPage in schema.org.
import type { ModelArticle, ModelAuthor } from '../collection/resolve.js';

export interface JsonLdOptions {
  /** The page's canonical URL, when the site's address is known. */
  url?: string;
  lang?: string;
  bookingUrl?: string;
  /** The cover image's absolute URL. */
  image?: string;
  /** The practice's name (practice.yaml). */
  publisher?: string;
}

const person = (p: ModelAuthor, url?: string) => ({
  '@type': 'Person',
  name: p.name,
  ...(p.creds && { honorificSuffix: p.creds }),
  ...(url && { url }),
});

export function blogPosting(a: ModelArticle, o: JsonLdOptions) {
  return {
    '@context': 'https://schema.org',
    '@type': 'BlogPosting',
    headline: a.title,
    ...(a.excerpt && { description: a.excerpt }),
    wordCount: a.words,
    ...(a.date && { datePublished: a.date }),
    ...(a.updated && { dateModified: a.updated }),
    ...(o.lang && { inLanguage: o.lang }),
    ...(a.tags?.length && { keywords: a.tags.join(', ') }),
    ...(o.url && { url: o.url, mainEntityOfPage: o.url }),
    ...(o.image && { image: o.image }),
    author: person(a.author, o.bookingUrl),
    ...(o.publisher && { publisher: { '@type': 'Organization', name: o.publisher } }),
  };
}

/** The page's JSON-LD: the BlogPosting, inside a WebPage when a clinician reviewed it. */
export function articleJsonLd(a: ModelArticle, o: JsonLdOptions) {
  const posting = blogPosting(a, o);
  if (!a.reviewer) return posting;
  const { '@context': context, ...entity } = posting;
  return {
    '@context': context,
    '@type': 'WebPage',
    ...(o.url && { url: o.url }),
    ...(o.lang && { inLanguage: o.lang }),
    reviewedBy: person(a.reviewer),
    ...(a.reviewed && { lastReviewed: a.reviewed }),
    mainEntity: entity,
  };
}

/** JSON for a <script> element: `<` escaped, so no "</script>" can close it early. */
export const scriptJson = (value: unknown) => JSON.stringify(value, null, 2).replace(/</g, '\\u003c');
