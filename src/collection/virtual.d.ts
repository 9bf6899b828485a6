declare module 'virtual:practice-articles/collection' {
  import type { ArticleData, AuthorData } from './types.js';
  export const authors: AuthorData[];
  export const articles: ArticleData[];
}
