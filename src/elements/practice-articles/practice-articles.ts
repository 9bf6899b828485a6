import { PracticeArticles } from './practice-articles.component.js';

export * from './practice-articles.component.js';
export default PracticeArticles;

// Safe to run twice on one page (the classic script and the ES module).
if (!customElements.get('practice-articles')) customElements.define('practice-articles', PracticeArticles);

declare global {
  interface HTMLElementTagNameMap {
    'practice-articles': PracticeArticles;
  }
}
