// The widget on unknown, often hostile, host pages: accessibility, host CSS,
// bad input, many instances and long lives. Pages load the built classic script.
import { expect, fixture, aTimeout } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../dist/practice-articles.mjs';
import type { PracticeArticles, PracticeArticleCard } from '../../src/index.js';
import { TITLES, TRUST, LOVE, all, axeViolations, button, dialog, focused, links, openPage, warnings, until, emulate, resetMedia, wheel } from '../helpers.js';

/** Slides wholly inside the track's box. */
function wholeSlides(carousel: Element) {
  const track = all(carousel, '.track')[0]!.getBoundingClientRect();
  return all(carousel, '[aria-roledescription="slide"]').filter((s) => {
    const r = s.getBoundingClientRect();
    return r.width > 0 && r.left >= track.left - 1 && r.right <= track.right + 1;
  });
}

/** Buttons and links smaller than the 24×24 px WCAG 2.5.8 asks for. */
function smallTargets(el: Element) {
  return all(el, 'button, a')
    .filter((c) => c.getClientRects().length)
    .map((c) => [c.textContent!.trim(), c.getBoundingClientRect()] as const)
    .filter(([, r]) => r.width < 24 || r.height < 24)
    .map(([name, r]) => `${name} ${r.width}×${r.height}`);
}

const pageErrors: string[] = [];
window.addEventListener('error', (e) => pageErrors.push(e.message));
window.addEventListener('unhandledrejection', (e) => pageErrors.push(String(e.reason)));

describe('accessibility (WCAG 2.2 A/AA)', () => {
  afterEach(resetMedia);

  it('has no axe violations: light, dark, reader open, and 320 px wide', async () => {
    const { win, carousel, card, close } = await openPage('/test/pages/embed/classic.html');
    expect(await axeViolations(win, carousel), 'light').to.deep.equal([]);
    expect(await axeViolations(win, card), 'single card').to.deep.equal([]);
    carousel.setAttribute('theme', 'dark');
    card.setAttribute('theme', 'dark');
    await aTimeout(50);
    expect(await axeViolations(win, carousel), 'dark').to.deep.equal([]);
    expect(await axeViolations(win, card), 'dark card').to.deep.equal([]);
    button(carousel, 'Read')!.click();
    await until(() => dialog(carousel).open);
    expect(await axeViolations(win, carousel), 'dark reader').to.deep.equal([]);
    carousel.setAttribute('theme', 'light');
    await aTimeout(50);
    expect(await axeViolations(win, carousel), 'light reader').to.deep.equal([]);
    close();

    const narrow = await openPage('/test/pages/embed/classic.html', 320);
    expect(await axeViolations(narrow.win, narrow.carousel), '320 px').to.deep.equal([]);
    narrow.close();
  });

  it('keeps every control at least 24×24 px and the page free of horizontal scroll at 320 px', async () => {
    const { doc, carousel, card, close } = await openPage('/test/pages/embed/classic.html', 320);
    expect(doc.documentElement.scrollWidth).to.be.at.most(320);
    expect(smallTargets(carousel)).to.deep.equal([]);
    expect(smallTargets(card)).to.deep.equal([]);
    button(carousel, 'Read')!.click();
    await until(() => dialog(carousel).open);
    expect(smallTargets(carousel)).to.deep.equal([]);
    expect(dialog(carousel).getBoundingClientRect().width).to.be.at.most(320);
    close();
  });

  it('tabs in reading order through the visible slide, then Previous and Next, with a visible focus ring', async () => {
    const el = await fixture<PracticeArticles>(
      `<div style="width:340px"><button id="before">before</button><practice-articles booking-url="https://clinic.example/book"></practice-articles></div>`,
    ).then((w) => w.querySelector('practice-articles')!);
    await aTimeout(100);
    document.getElementById('before')!.focus();
    const order: string[] = [];
    for (let i = 0; i < 4; i++) {
      await sendKeys({ press: 'Tab' });
      const f = focused(el)!;
      order.push(f.getAttribute('aria-label') ?? f.textContent!.trim());
      const style = getComputedStyle(f);
      expect(style.outlineStyle, `${order.at(-1)} focus ring`).to.not.equal('none');
      expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
    }
    expect(order).to.deep.equal([`Read ${TITLES[0]}`, 'Book with Hailey', 'Previous', 'Next']);
  });

  it('scrolls smoothly, except under prefers-reduced-motion', async function () {
    const el = await fixture<PracticeArticles>('<practice-articles></practice-articles>');
    const track = all(el, '.track')[0]!;
    expect(getComputedStyle(track).scrollBehavior).to.equal('smooth');
    await emulate(this, { reducedMotion: 'reduce' });
    expect(getComputedStyle(track).scrollBehavior).to.equal('auto');
  });
});

describe('the page behind the reader', () => {
  it('stays still under wheel and keys while the reader scrolls, and is exactly where it was after', async function () {
    const wrapper = await fixture<HTMLDivElement>('<div><practice-articles></practice-articles><div style="height:3000px"></div></div>');
    const el = wrapper.querySelector('practice-articles')!;
    await aTimeout(100);
    window.scrollTo(0, 150);
    const before = [window.scrollY, document.documentElement.getAttribute('style'), document.adoptedStyleSheets.length];
    const read = button(el, 'Read')!;
    read.click();
    await until(() => dialog(el).open);
    const box = dialog(el).getBoundingClientRect();
    await wheel(this, box.left + box.width / 2, box.top + box.height / 2, 500); // over the text
    expect(dialog(el).scrollTop, 'the reader scrolls').to.be.above(0);
    expect(window.scrollY, 'wheel over the reader').to.equal(before[0]);
    await wheel(this, Math.max(2, box.left / 2), 20, 500); // over the backdrop, where there is one
    expect(window.scrollY, 'wheel over the backdrop').to.equal(before[0]);
    await sendKeys({ press: 'PageDown' });
    await sendKeys({ press: 'End' });
    await aTimeout(100);
    expect(window.scrollY, 'keys').to.equal(before[0]);
    await sendKeys({ press: 'Escape' });
    await until(() => focused(el) === read, 'closed, focus back on Read');
    expect([window.scrollY, document.documentElement.getAttribute('style'), document.adoptedStyleSheets.length], 'nothing left changed').to.deep.equal(before);
    window.scrollTo(0, 0);
  });
});

describe('hostile host CSS', () => {
  for (const [page, what] of [
    ['hostile.html?css=bootstrap', "Bootstrap 5's stylesheet"],
    ['hostile.html?css=tailwind', "Tailwind's preflight reset"],
    ['hostile.html?css=aggressive', 'aggressive global CSS (62.5% root, line-height 3, red centred spaced text, content-box, inline buttons)'],
  ]) {
    it(`keeps layout, type and targets intact under ${what}`, async () => {
      const { win, doc, carousel, card, close } = await openPage(`/test/pages/${page}`);
      const hostRules = [...doc.styleSheets].filter((s) => s.href && !s.href.includes('record')).map((s) => s.cssRules.length);
      expect(hostRules.length === 1 && hostRules[0]! >= 5, 'the host stylesheet is in force').to.be.true;
      expect(wholeSlides(carousel).length, 'whole cards at 1280 px').to.be.at.least(2);
      for (const el of [carousel, card]) {
        const excerpt = all(el, '[part="excerpt"]')[0]!;
        const style = getComputedStyle(excerpt);
        expect(parseFloat(style.fontSize), 'body text px').to.be.at.least(14);
        expect(parseFloat(style.lineHeight) / parseFloat(style.fontSize), 'line height').to.be.within(1.3, 1.8);
        expect(style.letterSpacing).to.equal('normal');
        expect(style.textTransform).to.equal('none');
        expect(style.textAlign).to.be.oneOf(['start', 'left']);
        expect(style.color).to.not.equal('rgb(255, 0, 0)');
        expect(all(el, '[part="card"]')[0]!.getBoundingClientRect().width).to.be.at.least(250);
        expect(smallTargets(el)).to.deep.equal([]);
        expect(links(el, 'Book with Hailey').length).to.be.at.least(1);
        expect(await axeViolations(win, el)).to.deep.equal([]);
      }
      expect(win.pageErrors).to.deep.equal([]);
      close();
      const narrow = await openPage(`/test/pages/${page}`, 320);
      expect(narrow.doc.documentElement.scrollWidth, 'no horizontal scroll at 320 px').to.be.at.most(320);
      expect(wholeSlides(narrow.carousel).length).to.equal(1);
      narrow.close();
    });
  }
});

describe('a host with larger text', () => {
  it('gets the same text size inside the widget, within readable bounds', async () => {
    const { carousel, card, close } = await openPage('/test/pages/hostile.html?css=large');
    for (const el of [carousel, card]) expect(getComputedStyle(all(el, '[part="excerpt"]')[0]!).fontSize).to.equal('18px');
    close();
  });
});

describe('bad input', () => {
  for (const url of ['javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)', 'book/now', '//evil.example/x', '   ']) {
    it(`drops booking-url ${JSON.stringify(url)} with a warning and renders no unsafe link`, async () => {
      let el!: PracticeArticleCard;
      const warned = await warnings(async () => {
        el = await fixture<PracticeArticleCard>(`<practice-article-card article="${TRUST}"></practice-article-card>`);
        el.bookingUrl = 'https://clinic.example/book';
        await el.updateComplete;
        el.bookingUrl = url;
        await el.updateComplete;
      });
      expect(all(el, 'a')).to.have.length(0);
      if (url.trim()) expect(warned.join()).to.contain(`booking-url "${url.trim()}" ignored`);
    });
  }

  it('survives properties of the wrong type, with warnings and no exception', async () => {
    const errorsBefore = pageErrors.length;
    const warned = await warnings(async () => {
      const el = await fixture<PracticeArticles>('<practice-articles></practice-articles>');
      const loose = el as unknown as Record<string, unknown>;
      loose.articles = 42;
      loose.bookingUrl = { href: 'javascript:alert(1)' };
      loose.headingLevel = 'nine';
      loose.theme = ['dark'];
      await el.updateComplete;
      const card = await fixture<PracticeArticleCard>('<practice-article-card></practice-article-card>');
      (card as unknown as Record<string, unknown>).article = null;
      await card.updateComplete;
      expect(all(el, '[part="notice"]')[0]!.textContent).to.equal('No articles to show.');
      expect(all(el, 'a')).to.have.length(0);
    });
    expect(warned.join('\n')).to.contain('articles: unknown slug(s) 42').and.contain('heading-level "nine" unknown').and.contain('theme "dark" unknown');
    expect(pageErrors.slice(errorsBefore)).to.deep.equal([]);
  });

  it('uses heading level 2 for an out-of-range heading-level, with a warning', async () => {
    let el!: PracticeArticleCard;
    const warned = await warnings(async () => {
      el = await fixture<PracticeArticleCard>(`<practice-article-card article="${LOVE}" heading-level="9"></practice-article-card>`);
    });
    expect(all(el, 'h2')).to.have.length(1);
    expect(warned.join()).to.contain('heading-level "9" unknown');
  });

  it('shows seed text containing markup as text, never as HTML', async () => {
    const { win, carousel, card, close } = await openPage('/test/pages/fixture-seeds.html');
    const titles = all(carousel, '[part="title"]').map((h) => h.textContent);
    expect(titles).to.include('<img src=x onerror="window.pwned=1">Markup in a title');
    expect(all(carousel, '[part="bio"]')[0]!.textContent).to.equal('Test <i>Author</i>, <u>MA</u>');
    button(carousel, 'Read')!.click();
    await until(() => dialog(carousel).open);
    expect(all(carousel, 'dialog .text p')[0]!.textContent).to.contain('<script>window.pwned=2</script>');
    button(card, 'Read')!.click();
    await until(() => dialog(card).open);
    const reader = all(card, 'dialog .reader')[0]!;
    expect(reader.textContent).to.contain('<div onclick="window.pwned=7">A block of HTML</div>');
    expect(reader.querySelector('a')!.getAttribute('href')).to.equal('https://example.com/"><script>x</script>');
    for (const el of [carousel, card]) {
      expect(el.shadowRoot!.querySelectorAll('script, svg, div[onclick], b, i, u, iframe')).to.have.length(0);
      // The only images are authors' photos, from the build's media folder, as WebP.
      const images = [...el.shadowRoot!.querySelectorAll('img')];
      expect(images.every((img) => img.classList.contains('avatar') && /\/media\/[\w.-]+\.webp$/.test(img.src))).to.be.true;
    }
    await aTimeout(50);
    expect((win as unknown as { pwned?: number }).pwned).to.equal(undefined);
    expect(win.pageErrors).to.deep.equal([]);
    close();
  });
});

describe('scale and lifecycle', () => {
  it('renders 50 cards and a 50-slide carousel on one page without errors', async () => {
    const slugs = [TRUST, TRUST];
    const wrapper = await fixture<HTMLDivElement>(
      `<div>${Array.from({ length: 50 }, (_, i) => `<practice-article-card article="${slugs[i % 2]}"></practice-article-card>`).join('')}
       <practice-articles articles="${Array.from({ length: 50 }, (_, i) => slugs[i % 2]).join(' ')}"></practice-articles></div>`,
    );
    const cards = [...wrapper.querySelectorAll('practice-article-card')];
    await Promise.all(cards.map((c) => (c as PracticeArticleCard).updateComplete));
    expect(cards.filter((c) => c.shadowRoot!.querySelector('[part="card"]'))).to.have.length(50);
    const carousel = wrapper.querySelector('practice-articles')!;
    expect(all(carousel, '[aria-roledescription="slide"]').at(-1)!.getAttribute('aria-label')).to.equal('50 of 50');
  });

  it('leaks no observers, listeners, timers or locks across 50 detach/attach cycles with the reader open, and still works', async () => {
    // Count what the widget holds on to, through the globals it would use.
    const live = { observers: 0, mutationObservers: 0, globalListeners: 0, timers: new Set<unknown>() };
    const RealRO = window.ResizeObserver;
    window.ResizeObserver = class extends RealRO {
      observed = 0;
      override observe(target: Element, options?: ResizeObserverOptions) {
        if (!this.observed++) live.observers++;
        super.observe(target, options);
      }
      override disconnect() {
        if (this.observed) live.observers--;
        this.observed = 0;
        super.disconnect();
      }
    };
    const RealMO = window.MutationObserver;
    window.MutationObserver = class extends RealMO {
      observed = false;
      override observe(target: Node, options?: MutationObserverInit) {
        if (!this.observed) live.mutationObservers++;
        this.observed = true;
        super.observe(target, options);
      }
      override disconnect() {
        if (this.observed) live.mutationObservers--;
        this.observed = false;
        super.disconnect();
      }
    };
    // The page (a bare `addEventListener()` call has no `this`), and what the theme
    // follows: the visitor's colour-scheme preference.
    const global = (t?: EventTarget) => !t || t === window || t === document || t instanceof MediaQueryList;
    const realAdd = EventTarget.prototype.addEventListener;
    const realRemove = EventTarget.prototype.removeEventListener;
    EventTarget.prototype.addEventListener = function (this: EventTarget, ...args: Parameters<EventTarget['addEventListener']>) {
      if (global(this)) live.globalListeners++;
      return realAdd.apply(this, args);
    };
    EventTarget.prototype.removeEventListener = function (this: EventTarget, ...args: Parameters<EventTarget['removeEventListener']>) {
      if (global(this)) live.globalListeners--;
      return realRemove.apply(this, args);
    };
    const realSet = window.setTimeout;
    const realClear = window.clearTimeout;
    window.setTimeout = ((fn: () => void, ms?: number) => {
      const id = realSet(() => (live.timers.delete(id), fn()), ms);
      live.timers.add(id);
      return id;
    }) as typeof setTimeout;
    window.clearTimeout = ((id: number) => (live.timers.delete(id), realClear(id))) as typeof clearTimeout;
    const sheets = document.adoptedStyleSheets.length;
    const search = location.search;
    // The deep link's entries replace each other: 50 more would fill some engines' history
    // (Firefox keeps 50), which later test files on this tab measure.
    let pushes = 0;
    const realPush = history.pushState;
    history.pushState = (...args: Parameters<History['pushState']>) => (pushes++, history.replaceState(...args));

    try {
      const host = await fixture<HTMLDivElement>('<div style="width:340px"></div>');
      const el = document.createElement('practice-articles');
      el.deepLink = true; // so the history listener comes and goes too
      host.append(el);
      await el.updateComplete;
      for (let i = 0; i < 50; i++) {
        all(el, '.track')[0]!.scrollBy({ left: 40, behavior: 'instant' }); // starts the settle timer
        button(el, 'Read')!.click();
        await el.updateComplete;
        expect(dialog(el).open, `reader open in cycle ${i}`).to.be.true;
        el.remove();
        await aTimeout(0);
        host.append(el);
        await el.updateComplete;
        expect(dialog(el).open, `reader closed after cycle ${i}`).to.be.false;
      }
      await aTimeout(300);
      expect(live.observers, 'resize observers observing').to.equal(1);
      expect(live.mutationObservers, 'mutation observers observing').to.be.at.most(1);
      expect(live.globalListeners, 'window, document and media-query listeners: popstate and the colour scheme').to.equal(2);
      el.remove();
      await aTimeout(0);
      expect(live.observers).to.equal(0);
      expect(live.mutationObservers).to.equal(0);
      expect(live.globalListeners, 'listeners once detached').to.equal(0);
      expect(live.timers.size, 'pending timers').to.equal(0);
      expect(document.adoptedStyleSheets.length, 'no scroll lock left on the page').to.equal(sheets);
      expect(pushes, 'every open went into the URL').to.equal(50);
      expect(location.search, 'no article left in the URL').to.equal(search);
      host.append(el);
      await aTimeout(200);
      button(el, 'Next')!.click();
      await until(() => !all(el, '[aria-label="2 of 2"]')[0]!.inert, 'Next still works');
    } finally {
      window.ResizeObserver = RealRO;
      window.MutationObserver = RealMO;
      history.pushState = realPush;
      EventTarget.prototype.addEventListener = realAdd;
      EventTarget.prototype.removeEventListener = realRemove;
      window.setTimeout = realSet;
      window.clearTimeout = realClear;
    }
  });

  it('works on a host page that loaded another copy of Lit', async () => {
    const { win, doc, carousel, close } = await openPage('/test/pages/other-lit.html');
    await until(() => doc.querySelector('host-greeting')!.shadowRoot?.textContent?.includes("Hello from the host's Lit"));
    expect(all(carousel, '[part="title"]').map((h) => h.textContent)).to.deep.equal([TITLES[0], 'Hailey Oliver']);
    expect(win.pageErrors).to.deep.equal([]);
    close();
  });
});

describe('the host page', () => {
  it('saw no exception from the widget in any of the above', () => {
    expect(pageErrors).to.deep.equal([]);
  });
});
