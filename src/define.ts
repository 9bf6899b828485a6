// Registers both elements; safe to run twice on one page (the classic script and the ES module).
import { PracticeArticles } from './elements/practice-articles/practice-articles.js';
import { PracticeArticleCard } from './elements/practice-article-card/practice-article-card.js';

const define = (name: string, element: CustomElementConstructor) => customElements.get(name) || customElements.define(name, element);
define('practice-articles', PracticeArticles);
define('practice-article-card', PracticeArticleCard);

export { PracticeArticles, PracticeArticleCard };
