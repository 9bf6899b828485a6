import { PracticeArticleCard } from './practice-article-card.component.js';

export * from './practice-article-card.component.js';
export default PracticeArticleCard;

// Safe to run twice on one page (the classic script and the ES module).
if (!customElements.get('practice-article-card')) customElements.define('practice-article-card', PracticeArticleCard);

declare global {
  interface HTMLElementTagNameMap {
    'practice-article-card': PracticeArticleCard;
  }
}
