// Every event the elements fire, with its detail: one map, for `emit` and for
// `GlobalEventHandlersEventMap` (src/index.ts), so a misspelt name or detail fails to compile.

export interface SlideChangeDetail {
  index: number;
  /** The article shown first; empty for an author's slide. */
  slug: string;
  author: string;
}
export interface ArticleDetail {
  slug: string;
}
export interface BookingClickDetail {
  url: string;
  author: string;
  /** The article booked from; empty when booking from an author's slide. */
  slug: string;
}

export interface EventDetails {
  'slide-change': SlideChangeDetail;
  'article-open': ArticleDetail;
  'article-close': ArticleDetail;
  'booking-click': BookingClickDetail;
}

export type PracticeArticlesEvents = { [K in keyof EventDetails]: CustomEvent<EventDetails[K]> };

/** Fires `name` from `el`, bubbling and composed; false when a listener canceled it. */
export const emit = <K extends keyof EventDetails>(el: Element, name: K, detail: EventDetails[K], cancelable = false) =>
  el.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable }));
