// The built classic script, on pages written here and loaded in an iframe with plain
// <script> tags, as an anxious visitor on a phone, a keyboard or screen-reader user and a
// careless web person meet it.
import { expect } from '@open-wc/testing';
import type { PracticeArticles } from '../../src/index.js';
import { all, button, dialog, focused, liveSlides, network, openPage, until, type PageWindow } from '../helpers.js';

const TRUST = 'building-and-maintaining-trust-in-relationships-the-heartbeat-of-connection';

/** A page holding `body`, in an iframe `width` px wide, with `script` (the seed's, by default) in its head. */
async function page(body: string, { width = 320, lang = 'en', head = '', script = '/dist/practice-articles.js' } = {}) {
  const frame = document.createElement('iframe');
  frame.style.cssText = `width:${width}px;height:700px;border:0`;
  frame.srcdoc = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
    <script src="/test/pages/record-errors.js"></script><script>${RECORD_WARNINGS}</script><script src="${script}"></script>${head}</head><body>${body}</body></html>`;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const win = frame.contentWindow as PageWindow & { warned: string[] };
  return { win, doc: frame.contentDocument!, close: () => frame.remove() };
}

/** Keeps the page's console warnings in window.warned, as a web person's console shows them. */
const RECORD_WARNINGS = 'window.warned=[];const warn=console.warn;console.warn=(...a)=>(warned.push(a.join(" ")),warn(...a));';

/**
 * What sticks out: every shown element of `el`'s cards and open reader that reaches past its
 * card's or the reader's sides, a reader that scrolls sideways, and any of `el` past the page's edge.
 */
function sticksOut(el: Element): string[] {
  const found: string[] = [];
  const edge = el.ownerDocument.documentElement.clientWidth;
  const name = (e: Element) => `${e.localName} "${e.textContent!.trim().slice(0, 24)}"`;
  for (const e of all(el, '*')) {
    const r = e.getBoundingClientRect();
    if (!r.width || e.closest('[inert], dialog:not([open])')) continue;
    if (r.left < -1 || r.right > edge + 1) found.push(`${name(e)} past the page: ${Math.round(r.left)}..${Math.round(r.right)} of ${edge}`);
    const box = e.parentElement?.closest('[part="card"], [part="reader"]');
    if (!box) continue;
    const b = box.getBoundingClientRect();
    if (r.left < b.left - 1 || r.right > b.right + 1) found.push(`${name(e)} out of its ${box.getAttribute('part')}: ${Math.round(r.left)}..${Math.round(r.right)} in ${Math.round(b.left)}..${Math.round(b.right)}`);
  }
  const reader = all(el, 'dialog[open]')[0];
  if (reader && reader.scrollWidth > reader.clientWidth + 1) found.push(`the reader scrolls sideways: ${reader.scrollWidth} > ${reader.clientWidth}`);
  return [...new Set(found)];
}

describe('at 320 px with the text at 200% (32 px, as text zoom makes it)', () => {
  for (const lang of ['en', 'de', 'ar']) {
    it(`keeps cards, nav and reader within the screen in lang="${lang}", with nothing cut off`, async () => {
      const { win, doc, close } = await page(
        `<practice-articles booking-url="https://clinic.example/book"></practice-articles>
         <practice-article-card article="${TRUST}" booking-url="https://clinic.example/book"></practice-article-card>`,
        { lang, head: '<style>practice-articles, practice-article-card { font-size: 32px }</style>' },
      );
      const carousel = doc.querySelector('practice-articles')!;
      const card = doc.querySelector('practice-article-card')!;
      const label = () => all(carousel, 'section')[0]?.getAttribute('aria-label');
      await until(() => all(card, '[part="read"]').length && label() && (lang === 'en' || label() !== 'Articles'), 'rendered, in its language');
      expect(parseFloat(getComputedStyle(all(carousel, '[part="excerpt"]')[0]!).fontSize)).to.equal(32);
      const track = all(carousel, '.track')[0]!;
      expect(track.offsetHeight - track.clientHeight, 'no scrollbar under the slides').to.equal(0);
      for (const el of [carousel, card]) {
        expect(sticksOut(el), `${el.localName}'s card`).to.deep.equal([]);
        all(el, '[part="read"]')[0]!.click();
        await until(() => dialog(el).open && all(el, 'dialog .text p').length === 5);
        expect(sticksOut(el), `${el.localName}'s reader`).to.deep.equal([]);
        (el as PracticeArticles).closeReader();
        await until(() => !dialog(el).open);
      }
      expect(doc.documentElement.scrollWidth, 'no sideways page scroll').to.be.at.most(320);
      expect(win.pageErrors).to.deep.equal([]);
      close();
    });
  }
});

describe('a body that fails to load', () => {
  afterEach(() => network());

  it('keeps focus on Try again when it fails again, and gives it to the article when it works', async () => {
    await network({ bodiesDown: true });
    const { win, carousel, close } = await openPage('/test/pages/split.html', 400);
    button(carousel, 'Read')!.click();
    await until(() => button(carousel, 'Try again'), 'the failure offers Try again');
    const retry = button(carousel, 'Try again')!;
    retry.focus();
    retry.click();
    await until(() => button(carousel, 'Try again') && button(carousel, 'Try again') !== retry, 'it failed again');
    await until(() => focused(carousel) === button(carousel, 'Try again'), 'focus back on Try again, not lost to the page');

    await network();
    button(carousel, 'Try again')!.click();
    await until(() => all(carousel, 'dialog .text p').length === 5, 'the article arrives');
    await until(() => focused(carousel) === dialog(carousel), 'focus on the reader, which is named by the article');
    expect(dialog(carousel).getAttribute('aria-label')).to.equal(all(carousel, 'dialog [part="title"]')[0]!.textContent);
    expect(win.pageErrors).to.deep.equal([]);
    close();
  });
});

describe('the first frame', () => {
  // What the first render shows, before any observer or frame could correct it.
  async function firstRender(width: number, script?: string) {
    const p = await page('', { width, script });
    const el = p.doc.createElement('practice-articles') as PracticeArticles;
    p.doc.body.append(el);
    await el.updateComplete;
    const first = { live: liveSlides(el).length, nav: all(el, '[part="nav"][aria-live]')[0]?.textContent!.trim(), buttons: !!button(el, 'Next') };
    return { ...p, el, first };
  }

  it('already shows both seed cards at 1280 px, with no nav line that would then go (a layout shift)', async () => {
    const { el, first, close } = await firstRender(1280);
    expect(first).to.deep.equal({ live: 2, nav: undefined, buttons: false });
    await until(() => liveSlides(el).length === 2);
    expect(button(el, 'Next')).to.be.undefined;
    close();
  });

  for (const [width, live, nav] of [
    [1280, 3, '1–3 of 40'],
    [700, 2, '1–2 of 40'],
    [340, 1, '1 of 40'],
  ] as const) {
    it(`already says "${nav}" at ${width} px, as it will once measured`, async () => {
      const { el, first, close } = await firstRender(width, '/test/.many/site/practice-articles.js');
      expect(first).to.deep.equal({ live, nav, buttons: true });
      await new Promise((r) => setTimeout(r, 300));
      expect(all(el, '[part="nav"][aria-live]')[0]!.textContent!.trim(), 'measured').to.equal(nav);
      close();
    });
  }

  // Past twelve slides, the rest render when idle: thirteen short articles and their author's
  // card, the last slide, made the tallest by a bio (test/fixtures/tall-last).
  for (const width of [1280, 340]) {
    it(`past twelve slides, leaves the row as tall as the first render made it, the authors' card at the end included, at ${width} px`, async () => {
      const { win, el, close } = await firstRender(width, '/test/.tall-last/practice-articles.js');
      const cards = () => all(el, '.slide [part="card"]').length;
      const nav = () => all(el, '.nav')[0]!.getBoundingClientRect().top;
      const first = { cards: cards(), nav: nav() };
      expect(first.cards, 'not every card at first').to.be.below(14);
      await until(() => cards() === 14, 'every card, once idle');
      await new Promise((r) => win.requestAnimationFrame(r));
      expect(nav(), 'the nav line where it was').to.equal(first.nav);
      close();
    });
  }
});

describe('a lang the widget has no strings for', () => {
  it('warns once, naming it, and shows English; a built-in or registered language is no warning', async () => {
    const { win, doc, close } = await page(`
      <practice-articles lang="xx"></practice-articles>
      <practice-article-card lang="xx" article="${TRUST}"></practice-article-card>
      <practice-article-card lang="de" article="${TRUST}"></practice-article-card>
      <practice-article-card lang="tlh" article="${TRUST}"></practice-article-card>`, {
      head: `<script>customElements.get('practice-articles').registerTranslation('tlh', { read: 'laD', readTitle: 'laD {title}' })</script>`,
    });
    const [carousel, xx, de, tlh] = doc.querySelectorAll<PracticeArticles>('practice-articles, practice-article-card');
    await until(() => button(de!, 'Lesen') && button(tlh!, 'laD') && button(xx!, 'Read'), 'each in its language');
    carousel!.headingLevel = 3; // another update: no second warning
    await carousel!.updateComplete;
    expect(win.warned.filter((w) => w.includes('lang'))).to.deep.equal(['<practice-articles>: lang "xx" unknown: English is used']);
    expect(button(carousel!, 'Read')).to.exist;
    expect(win.pageErrors).to.deep.equal([]);
    close();
  });
});

describe('deep-link on a page that may not change its URL (about:srcdoc, as a sandboxed or builder-preview iframe)', () => {
  it('opens and closes the reader with no error, leaving the URL alone, also when the widget leaves while open', async () => {
    const { win, doc, close } = await page('<practice-articles deep-link></practice-articles>', { width: 400 });
    const el = doc.querySelector('practice-articles')!;
    await until(() => button(el, 'Read'), 'rendered');
    const read = button(el, 'Read')!;
    read.focus();
    read.click();
    await until(() => dialog(el).open, 'opened');
    button(el, 'Close')!.click();
    await until(() => focused(el) === read && !all(el, 'dialog [part="title"]').length, 'closed, focus back on Read');
    read.click();
    await until(() => dialog(el).open, 'opened again');
    el.remove();
    doc.body.append(el);
    await until(() => button(el, 'Read'), 'back');
    expect(win.location.href).to.equal('about:srcdoc');
    expect(win.pageErrors).to.deep.equal([]);
    close();
  });
});
