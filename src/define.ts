// Registers both elements; safe to run twice on one page (the classic script and the ES module).
export { PracticeArticles } from './elements/practice-articles/practice-articles.js';
export { PracticeArticleCard } from './elements/practice-article-card/practice-article-card.js';
