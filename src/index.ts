// Registers both elements. Used by both bundles; safe to run twice on one page.
import { PracticeArticles } from './elements/practice-articles/practice-articles.js';
import { PracticeArticleCard } from './elements/practice-article-card/practice-article-card.js';

export { PracticeArticles, PracticeArticleCard };
import type { SlideChangeDetail, ArticleDetail, BookingClickDetail } from './parts/article-base.js';
export type { SlideChangeDetail, ArticleDetail, BookingClickDetail };

const define = (name: string, element: CustomElementConstructor) =>
  customElements.get(name) || customElements.define(name, element);
define('practice-articles', PracticeArticles);
define('practice-article-card', PracticeArticleCard);

declare global {
  interface GlobalEventHandlersEventMap {
    'slide-change': CustomEvent<SlideChangeDetail>;
    'article-open': CustomEvent<ArticleDetail>;
    'article-close': CustomEvent<ArticleDetail>;
    'booking-click': CustomEvent<BookingClickDetail>;
  }
  interface HTMLElementTagNameMap {
    'practice-articles': PracticeArticles;
    'practice-article-card': PracticeArticleCard;
  }
}
