// The ES module: registers both elements and exports the classes, the translation
// hook and the event types. Files beside it (bodies, languages) resolve against its URL.
import { setBase } from './internal/collection.js';
import type { PracticeArticlesEvents } from './internal/events.js';

setBase(import.meta.url);

export { PracticeArticles, PracticeArticleCard } from './define.js';
export { registerTranslation } from './internal/i18n.js';
export type { SlideChangeDetail, ArticleDetail, BookingClickDetail, EventDetails, PracticeArticlesEvents } from './internal/events.js';
export type { Strings, Plural } from './shared/data.js';

declare global {
  interface GlobalEventHandlersEventMap extends PracticeArticlesEvents {}
}
