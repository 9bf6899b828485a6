// The ES module: registers both elements and exports the classes, the translation
// hook and the event types. Files beside it (bodies, languages) resolve against its URL.
import { setBase } from './internal/collection.js';
import type { SlideChangeDetail, ArticleDetail, BookingClickDetail } from './internal/article-base.js';
import type { PracticeArticles, PracticeArticleCard } from './define.js';

setBase(import.meta.url);

export { PracticeArticles, PracticeArticleCard } from './define.js';
export { registerTranslation } from './internal/i18n.js';
export type { SlideChangeDetail, ArticleDetail, BookingClickDetail };
export type { Strings, Plural } from './shared/data.js';

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
