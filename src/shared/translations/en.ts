import type { Strings } from '../data.js';

// The interface in English; the browser always carries it, as the fallback for every string.
export default {
  articles: 'Articles',
  carousel: 'carousel',
  slide: 'slide',
  position: '{index} of {count}',
  range: '{first}–{last} of {count}',
  previous: 'Previous',
  next: 'Next',
  read: 'Read',
  readTitle: 'Read {title}',
  book: 'Book with {name}',
  minutes: { other: '{n} min read' },
  close: 'Close',
  about: 'About {name}',
  more: 'More from {name}',
  notFound: 'Article “{slug}” not found.',
  noArticles: 'No articles to show.',
  loading: 'Loading…',
  loadFailed: 'This article couldn’t be loaded. Check your connection and try again.',
  retry: 'Try again',
  openPage: 'Open as page',
  share: 'Share',
  copied: 'Link copied',
} satisfies Strings;
