// The pieces of a page that health content adds: the cover image, the review and update
// lines, the content note and the support line. Each is written only when the content
// gives it: no default text, reviewer, date or hotline.
import type { Strings } from '../../shared/data.js';
import { format, isRtl } from '../../shared/i18n.js';
import type { Practice } from '../collection/practice.js';
import type { ModelArticle } from '../collection/resolve.js';
import type { RenderedCover } from '../media/render.js';
import { topicFile } from './names.js';
import { html, join, type HtmlValue, type SafeHtml } from './safe-html.js';

/** A YYYY-MM-DD date, written out in the page's language. */
export const dateHtml = (lang: string, date: string): SafeHtml =>
  html`<time datetime="${date}">${new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(date))}</time>`;

/** A translated string with `{name}` placeholders filled by markup (a <time>, a link). */
export function fillHtml(lang: string, text: string, values: Record<string, HtmlValue>): SafeHtml {
  // Plain values go through `format` (numbers, plurals); the markup ones are put in after.
  const parts = format(lang, text, Object.fromEntries(Object.keys(values).map((k) => [k, `\u0000${k}\u0000`]))).split('\u0000');
  return html`${parts.map((p, i) => (i % 2 ? values[p] : p))}`;
}

/** The page's largest slot: the widest variant, with every variant in `srcset`. */
export function coverHtml(cover: RenderedCover): SafeHtml {
  const [src, width, height] = cover.page;
  const srcset = cover.variants.variants.map(([path, w]) => `${path} ${w}w`).join(', ');
  // main is 44rem wide at most; on a phone, the image spans the viewport.
  return html`<img class="cover" src="${src}" srcset="${srcset}" sizes="(min-width: 48rem) 44rem, 100vw" width="${width}" height="${height}" alt="${cover.alt}" decoding="async">`;
}

/** "Updated …" and "Reviewed by Dr. Ana Ruiz, PsyD, on …", where the article says so. */
export function reviewHtml(a: ModelArticle, lang: string, s: Strings): SafeHtml | undefined {
  const updated = a.updated && fillHtml(lang, s.updated, { date: dateHtml(lang, a.updated) });
  const r = a.reviewer;
  const reviewed = r && (a.reviewed ? fillHtml(lang, s.reviewed, { name: r.byline, date: dateHtml(lang, a.reviewed) }) : fillHtml(lang, s.reviewedNoDate, { name: r.byline }));
  if (!updated && !reviewed) return undefined;
  return html`<p class="meta dates">${join([updated, reviewed], ' · ')}</p>`;
}

/** The practice's support line: a link when it has an address. */
export function supportLine(practice: Practice): SafeHtml | undefined {
  const sup = practice.support;
  if (!sup) return undefined;
  return sup.url ? html`<a href="${sup.url}">${sup.text}</a>` : html`${sup.text}`;
}

/** The content note before the body, with the support line beside it. */
export function noteHtml(a: ModelArticle, practice: Practice, s: Strings): SafeHtml | undefined {
  if (!a.note) return undefined;
  const support = supportLine(practice);
  return html`<div class="note" role="note"><p><strong>${s.note}</strong><br>${a.note}</p>${support && html`<p>${support}</p>`}</div>`;
}

/** The support line at the end of the article. */
export function supportHtml(practice: Practice, s: Strings): SafeHtml | undefined {
  const support = supportLine(practice);
  return support && html`<aside class="support" aria-label="${s.support}"><p>${support}</p></aside>`;
}

/** Links to the article's topic pages, named as written; `up` is the path back to the folder. */
export function topicLinks(a: ModelArticle, up = ''): SafeHtml | undefined {
  if (!a.topics.length) return undefined;
  return html`<ul class="topics">${a.topics.map((t) => html`<li><a href="${up}${topicFile(t.slug)}">${t.name}</a></li>`)}</ul>`;
}

/** `<title>` with the practice's name after it, when there is one. */
export const titleText = (title: string, practice: Practice) => (practice.name ? `${title} – ${practice.name}` : title);

/** A whole page: its language (and direction) on <html>, the head's tags, and one <main>. */
export const pageHtml = (lang: string, head: SafeHtml, main: SafeHtml): string =>
  String(html`<!DOCTYPE html>
<html lang="${lang}"${isRtl(lang) && html` dir="rtl"`}>
  <head>
    ${head}
  </head>
  <body>
    <main>
      ${main}
    </main>
  </body>
</html>
`);
