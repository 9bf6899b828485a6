// Found, shared and read without JavaScript: the article pages, the fallback snippet,
// deep links and sharing. test/.site/ is `build seeds --site-url https://clinic.example/articles/`;
// /test/pages/snippet-host.html is its snippet.html on a host page (test/pages/embed.mjs).
import { expect, aTimeout } from '@open-wc/testing';
import { HAILEY, TITLES, TRUST, all, axeViolations, button, dialog, emulate, headings, links, openPage, resetMedia, skipBecause, until } from '../helpers.js';

const PAGE = `/test/.site/${TRUST}.html`;

/** A page in an iframe where scripts can't run: what a crawler or a visitor with JavaScript off gets. */
async function withoutScripts(path: string) {
  const frame = document.createElement('iframe');
  frame.setAttribute('sandbox', 'allow-same-origin');
  frame.style.cssText = 'width:1024px;height:800px;border:0';
  frame.src = path;
  document.body.append(frame);
  await new Promise((r) => frame.addEventListener('load', r, { once: true }));
  return { doc: frame.contentDocument!, frame, close: () => frame.remove() };
}

const visible = (el: Element) => el.getClientRects().length > 0;

describe('article pages', () => {
  afterEach(resetMedia);

  it('read whole with JavaScript off: title, author, every paragraph', async () => {
    const { doc, close } = await withoutScripts(PAGE);
    expect(doc.querySelector('h1')!.textContent).to.equal(TITLES[0]);
    expect(doc.querySelector('.who')!.textContent).to.contain('Hailey Oliver, MA, MHCI');
    const paragraphs = [...doc.querySelectorAll('article > p')];
    expect(paragraphs).to.have.length(5);
    expect(paragraphs.every(visible)).to.be.true;
    expect(doc.querySelector('aside')!.getAttribute('aria-label')).to.equal(`About ${HAILEY}`);
    close();
  });

  it('have no axe violations, light or dark, wide or narrow', async function () {
    for (const width of [1280, 320]) {
      const { win, doc, close } = await openPage(PAGE, width);
      expect(await axeViolations(win, doc.body), `light at ${width}`).to.deep.equal([]);
      expect(doc.documentElement.scrollWidth, 'no sideways scroll').to.be.at.most(width);
      close();
    }
    await emulate(this, { colorScheme: 'dark' });
    const { win, doc, close } = await openPage(PAGE);
    expect(getComputedStyle(doc.body).backgroundColor).to.equal('rgb(18, 23, 22)');
    expect(await axeViolations(win, doc.body), 'dark').to.deep.equal([]);
    close();
  });

  it('are listed in a sitemap and an Atom feed that parse as XML, with absolute URLs', async () => {
    for (const [file, selector] of [['sitemap.xml', 'url > loc'], ['feed.xml', 'entry > link']] as const) {
      const xml = new DOMParser().parseFromString(await (await fetch(`/test/.site/${file}`)).text(), 'application/xml');
      expect(xml.querySelector('parsererror'), `${file} parses`).to.equal(null);
      const urls = [...xml.querySelectorAll(selector)].map((n) => n.getAttribute('href') ?? n.textContent);
      expect(urls, file).to.deep.equal([`https://clinic.example/articles/${TRUST}.html`]);
    }
  });
});

describe('the fallback snippet', () => {
  it('shows every title and excerpt without JavaScript, linking to the pages', async () => {
    const { doc, frame, close } = await withoutScripts('/test/pages/snippet-host.html');
    const list = doc.querySelector('practice-articles ul')!;
    expect(visible(list)).to.be.true;
    expect([...list.querySelectorAll('strong')].map((s) => s.textContent)).to.deep.equal(TITLES);
    const link = list.querySelector('a')!;
    expect(link.getAttribute('href')).to.equal(`/test/.site/${TRUST}.html`);
    expect(visible(doc.querySelector('practice-article-card p')!)).to.be.true;
    frame.src = link.href; // follow it
    await new Promise((r) => frame.addEventListener('load', r, { once: true }));
    expect(frame.contentDocument!.querySelector('h1')!.textContent).to.equal(TITLES[0]);
    close();
  });

  it('gives way to the widget once the script runs: nothing shown twice, to the eye or to a screen reader', async () => {
    const { win, carousel, card, close } = await openPage('/test/pages/snippet-host.html');
    expect(headings(carousel).map(([, t]) => t)).to.deep.equal([TITLES[0], HAILEY, `More from ${HAILEY}`]);
    for (const el of [carousel, card]) {
      expect([...el.children].some(visible), 'the fallback has no box').to.be.false;
      expect(el.shadowRoot!.querySelector('slot'), 'nor a slot to reach the accessibility tree').to.equal(null);
    }
    expect(await axeViolations(win, win.document.body)).to.deep.equal([]);
    expect(win.pageErrors).to.deep.equal([]);
    close();
  });

  it('shifts the layout by less than 0.05 when the widget takes over', async function () {
    if (!PerformanceObserver.supportedEntryTypes.includes('layout-shift')) {
      await skipBecause(this, 'this engine has no Layout Instability API to measure shifts with');
    }
    for (const width of [1280, 390]) {
      const { win, close } = await openPage('/test/pages/snippet-host.html', width);
      await aTimeout(300);
      const shifts = await new Promise<number>((resolve) => {
        new win.PerformanceObserver((list) => {
          resolve(list.getEntries().reduce((sum, e) => sum + (e as PerformanceEntry & { value: number }).value, 0));
        }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => resolve(0), 500); // no shift at all: no entry to report
      });
      expect(shifts, `CLS at ${width} px`).to.be.below(0.05);
      close();
    }
  });
});

describe('deep-link', () => {
  const reader = (el: Element) => dialog(el).open;

  it('puts the open article in the URL, and Back closes it, Forward opens it again', async () => {
    const { win, carousel, card, close } = await openPage('/test/pages/deep-link.html');
    const length = win.history.length;
    expect(win.location.search).to.equal('');
    button(carousel, 'Read')!.click();
    await until(() => reader(carousel));
    expect(win.location.search).to.equal(`?article=${TRUST}`);
    expect(win.location.hash).to.equal('');
    expect(win.history.length).to.equal(length + 1);
    win.history.back();
    await until(() => !reader(carousel), 'Back closes the reader');
    expect(win.location.search).to.equal('');
    win.history.forward();
    await until(() => reader(carousel), 'Forward opens it again');
    expect(reader(card), 'the other widget leaves it alone').to.be.false;
    button(carousel, 'Close')!.click();
    await until(() => win.location.search === '', 'closing removes the parameter');
    expect(win.pageErrors).to.deep.equal([]);
    close();
  });

  it('opens the article of a page loaded with ?article=, in the first widget that has it', async () => {
    const { win, carousel, card, close } = await openPage(`/test/pages/deep-link.html?article=${TRUST}`);
    const length = win.history.length;
    await until(() => reader(carousel));
    expect(reader(card)).to.be.false;
    expect(win.history.length, 'opening it adds no entry').to.equal(length);
    button(carousel, 'Close')!.click();
    await until(() => win.location.search === '');
    expect(win.history.length, 'nor does closing it').to.equal(length);
    close();
  });

  it('lets the second widget take the parameter for its own reader, and ignores unknown slugs', async () => {
    const { win, carousel, card, close } = await openPage('/test/pages/deep-link.html?article=no-such-article');
    await aTimeout(200);
    expect(reader(carousel) || reader(card)).to.be.false;
    button(card, 'Read')!.click();
    await until(() => reader(card));
    expect(win.location.search).to.equal(`?article=${TRUST}`);
    win.history.back();
    await until(() => !reader(card));
    expect(reader(carousel)).to.be.false;
    expect(win.pageErrors).to.deep.equal([]);
    close();
  });
});

describe('sharing an article', () => {
  it('links to its page, and copies the link where the browser has no share sheet', async () => {
    const { win, carousel, close } = await openPage('/test/pages/snippet-host.html');
    const copied: string[] = [];
    Object.defineProperty(win.navigator, 'share', { value: undefined, configurable: true });
    Object.defineProperty(win.navigator, 'clipboard', { value: { writeText: async (t: string) => void copied.push(t) }, configurable: true });
    button(carousel, 'Read')!.click();
    await until(() => dialog(carousel).open);
    const page = links(carousel, 'Open as page')[0]!;
    expect(page.href).to.equal(`https://clinic.example/articles/${TRUST}.html`);
    button(carousel, 'Share')!.click();
    await until(() => all(carousel, 'dialog [role="status"]')[0]!.textContent === 'Link copied');
    expect(copied).to.deep.equal([`https://clinic.example/articles/${TRUST}.html`]);
    close();
  });

  it('opens the share sheet where there is one', async () => {
    const { win, carousel, close } = await openPage('/test/pages/snippet-host.html');
    const shared: ShareData[] = [];
    Object.defineProperty(win.navigator, 'share', { value: async (d: ShareData) => void shared.push(d), configurable: true });
    button(carousel, 'Read')!.click();
    await until(() => dialog(carousel).open);
    button(carousel, 'Share')!.click();
    await until(() => shared.length === 1);
    expect(shared[0]).to.deep.equal({ title: TITLES[0], url: `https://clinic.example/articles/${TRUST}.html` });
    close();
  });
});

describe('without deep-link', () => {
  it("leaves the reader open, and the URL alone, when the host page moves through its own history", async () => {
    const { win, carousel, close } = await openPage('/test/pages/embed/classic.html');
    // The host's own tabs, or a single-page app. Two entries, so Back lands on one of this
    // page's own (WebKit's joint history may hold entries of frames earlier tests removed).
    win.history.pushState(null, '', '?tab=1');
    win.history.pushState(null, '', '?tab=2');
    button(carousel, 'Read')!.click();
    await until(() => dialog(carousel).open);
    expect(win.location.search, 'opening touches no URL').to.equal('?tab=2');
    const popped = new Promise((resolve) => win.addEventListener('popstate', resolve, { once: true }));
    win.history.back();
    await popped;
    await aTimeout(100);
    expect(win.location.search).to.equal('?tab=1');
    expect(dialog(carousel).open, 'the reader stays open').to.be.true;
    button(carousel, 'Close')!.click();
    await until(() => !dialog(carousel).open);
    expect(win.location.search, 'closing touches no URL either').to.equal('?tab=1');
    expect(win.pageErrors).to.deep.equal([]);
    close();
  });
});
