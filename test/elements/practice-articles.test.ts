import { expect, fixture, html, aTimeout } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../dist/practice-articles.mjs';
import type { PracticeArticles, SlideChangeDetail, ArticleDetail, BookingClickDetail } from '../../src/index.js';
import { HAILEY, LOVE, SELF_ESTEEM, TITLES, TRUST, all, button, dialog, emulate, focused, headings, links, liveSlides, record, resetMedia, settled, slides, until, warnings } from '../helpers.js';

async function carousel(width: number, attrs = '') {
  const wrapper = await fixture<HTMLDivElement>(`<div style="width:${width}px"><practice-articles ${attrs}></practice-articles></div>`);
  const el = wrapper.firstElementChild as PracticeArticles;
  await settled(el);
  return el;
}

const background = (el: Element) => getComputedStyle(all(el, '[part="card"]')[0]!).backgroundColor;

describe('<practice-articles>', () => {
  afterEach(resetMedia);

  it('is a labelled carousel: the article, then its author gathering her other titles', async () => {
    const el = await carousel(1280);
    const region = all(el, 'section')[0]!;
    expect(region.getAttribute('aria-roledescription')).to.equal('carousel');
    expect(region.getAttribute('aria-label')).to.equal('Articles');
    expect(slides(el).map((s) => [s.getAttribute('aria-roledescription'), s.getAttribute('aria-label')])).to.deep.equal([
      ['slide', '1 of 2'],
      ['slide', '2 of 2'],
    ]);
    expect(headings(el)).to.deep.equal([
      ['h2', TITLES[0]],
      ['h2', HAILEY],
      ['h3', `More from ${HAILEY}`],
    ]);
  });

  it('shows the article with the author’s monogram, name and credentials, excerpt and reading time', async () => {
    const el = await carousel(1280);
    const first = slides(el)[0]!;
    expect(first.querySelector('[part="bio"]')!.textContent).to.equal('Hailey Oliver, MA, MHCI');
    const monogram = first.querySelector('.avatar')!;
    expect([monogram.textContent, monogram.getAttribute('aria-hidden')]).to.deep.equal(['HO', 'true']);
    expect(first.querySelector('[part="excerpt"]')!.textContent).to.equal(
      'Trust is the cornerstone of any strong, healthy relationship, acting as the glue that binds partners together and fosters a sense of security, respect, and mutual appreciation.',
    );
    expect(first.textContent).to.contain('2 min read');
    expect(button(el, 'Read')!.getAttribute('aria-label')).to.equal(`Read ${TITLES[0]}`);
  });

  it('gathers title-only entries on the author’s card, inventing nothing: no excerpt, no link, no Read', async () => {
    const el = await carousel(1280);
    const author = slides(el)[1]!;
    expect([...author.querySelectorAll('.more li')].map((li) => li.textContent!.trim())).to.deep.equal([TITLES[1], TITLES[2]]);
    expect(author.querySelector('.meta')!.textContent).to.equal('MA, MHCI');
    expect(author.querySelectorAll('a, button, [part="excerpt"], [part="bio"]')).to.have.length(0);
    // The card is complete without a bio: its parts fill it, and it is as tall as the article's.
    expect(author.getBoundingClientRect().height).to.equal(slides(el)[0]!.getBoundingClientRect().height);
  });

  describe('when wide (1280 px)', () => {
    it('shows both cards whole, none inert, and needs no navigation', async () => {
      const el = await carousel(1280);
      const track = all(el, '.track')[0]!.getBoundingClientRect();
      for (const s of slides(el)) {
        const r = s.getBoundingClientRect();
        expect(r.left >= track.left - 1 && r.right <= track.right + 1, `${s.getAttribute('aria-label')} whole`).to.be.true;
      }
      expect(liveSlides(el)).to.deep.equal(['1 of 2', '2 of 2']);
      expect(button(el, 'Next')).to.be.undefined;
      await expect(el).to.be.accessible();
    });
  });

  describe('when narrow (340 px)', () => {
    it('shows one card; the other is inert until you move to it', async () => {
      const el = await carousel(340);
      expect(liveSlides(el)).to.deep.equal(['1 of 2']);
      expect(all(el, '[aria-live="polite"]')[0]!.textContent!.trim()).to.equal('1 of 2');
      await expect(el).to.be.accessible();
    });

    it('moves on with Next and back with Previous, firing slide-change', async () => {
      const el = await carousel(340);
      const changes = record<SlideChangeDetail>('slide-change');
      button(el, 'Next')!.click();
      await until(() => liveSlides(el)[0] === '2 of 2');
      expect(changes.map((e) => e.detail)).to.deep.equal([{ index: 1, slug: '', author: HAILEY }]);
      expect(changes[0]!.bubbles && changes[0]!.composed).to.be.true;
      const track = all(el, '.track')[0]!;
      const offset = () => Math.abs(slides(el)[1]!.getBoundingClientRect().left - track.getBoundingClientRect().left);
      await until(() => offset() < 2, 'the second slide comes to rest at the start of the track');
      button(el, 'Previous')!.click();
      await until(() => liveSlides(el)[0] === '1 of 2');
      expect(changes.at(-1)!.detail).to.deep.equal({ index: 0, slug: TRUST, author: HAILEY });
    });

    it('wraps from the first slide to the last and back', async () => {
      const el = await carousel(340);
      button(el, 'Previous')!.click();
      await until(() => liveSlides(el)[0] === '2 of 2');
      button(el, 'Next')!.click();
      await until(() => liveSlides(el)[0] === '1 of 2');
    });

    it('moves with ArrowRight, ArrowLeft, End and Home from inside the slides, keeping focus there', async () => {
      const el = await carousel(340);
      const changes = record<SlideChangeDetail>('slide-change');
      button(el, 'Read')!.focus();
      await sendKeys({ press: 'ArrowRight' });
      await until(() => liveSlides(el)[0] === '2 of 2');
      expect(focused(el)!.getAttribute('aria-label')).to.equal('2 of 2');
      await sendKeys({ press: 'ArrowLeft' });
      await until(() => liveSlides(el)[0] === '1 of 2');
      await sendKeys({ press: 'End' });
      await until(() => liveSlides(el)[0] === '2 of 2');
      expect(focused(el)!.getAttribute('aria-label')).to.equal('2 of 2');
      await sendKeys({ press: 'Home' });
      await until(() => liveSlides(el)[0] === '1 of 2');
      expect(changes.map((e) => e.detail.index)).to.deep.equal([1, 0, 1, 0]);
    });

    it('follows a swipe (native scroll) to the slide it snaps to', async () => {
      const el = await carousel(340);
      const changes = record<SlideChangeDetail>('slide-change');
      all(el, '.track')[0]!.scrollBy({ left: slides(el)[1]!.offsetLeft, behavior: 'instant' });
      await until(() => liveSlides(el)[0] === '2 of 2');
      expect(changes.map((e) => e.detail.index)).to.deep.equal([1]);
    });
  });

  describe('the reader', () => {
    it('opens the whole article inline; Escape closes it and returns focus to Read', async () => {
      const el = await carousel(900);
      const opened = record<ArticleDetail>('article-open');
      const closed = record<ArticleDetail>('article-close');
      const read = button(el, 'Read')!;
      read.focus();
      await sendKeys({ press: 'Enter' });
      await until(() => dialog(el).open);
      expect(opened.map((e) => e.detail)).to.deep.equal([{ slug: TRUST }]);
      expect(headings(el, 'dialog')).to.deep.equal([
        ['h2', TITLES[0]],
        ['h3', `More from ${HAILEY}`],
      ]);
      const paragraphs = all(el, 'dialog .text p').map((p) => p.textContent);
      expect(paragraphs).to.have.length(5);
      expect(paragraphs[0]).to.match(/^Trust is the cornerstone/);
      expect(paragraphs[4]).to.match(/relationships can thrive and grow stronger over time\.$/);
      const about = all(el, 'dialog aside')[0]!;
      expect(about.getAttribute('aria-label')).to.equal(`About ${HAILEY}`);
      expect(about.textContent).to.contain('Hailey Oliver, MA, MHCI');
      expect([...about.querySelectorAll('.more li')].map((li) => li.textContent!.trim())).to.deep.equal([TITLES[1], TITLES[2]]);
      expect(dialog(el).getAttribute('aria-busy')).to.equal(null);
      expect(location.hash).to.equal('');
      await expect(el).to.be.accessible();

      await sendKeys({ press: 'Escape' });
      await until(() => !dialog(el).open);
      expect(closed.map((e) => e.detail)).to.deep.equal([{ slug: TRUST }]);
      expect(focused(el)).to.equal(read);
    });

    it('closes with its Close button too', async () => {
      const el = await carousel(900);
      const read = button(el, 'Read')!;
      read.click();
      await until(() => dialog(el).open);
      button(el, 'Close')!.click();
      await until(() => focused(el) === read, 'focus returns to Read');
      expect(dialog(el).open).to.be.false;
    });
  });

  describe('when booking-url is set', () => {
    it('renders a "Book with Hailey" link to it on the article and on her card, opening a new tab safely', async () => {
      const el = await carousel(1280, 'booking-url="https://clinic.example/book"');
      const book = links(el, 'Book with Hailey');
      expect(book).to.have.length(2);
      for (const a of book) expect([a.href, a.target, a.rel]).to.deep.equal(['https://clinic.example/book', '_blank', 'noopener noreferrer']);
    });

    it('fires a cancelable booking-click; canceling it stops the link', async () => {
      const el = await carousel(1280, 'booking-url="https://clinic.example/book"');
      const clicks = record<BookingClickDetail>('booking-click');
      let linkFollowed: boolean | undefined;
      const spy = (e: Event) => {
        linkFollowed = !e.defaultPrevented;
        e.preventDefault(); // keep the test page from opening a tab
      };
      document.addEventListener('click', spy);
      const cancel = (e: Event) => e.preventDefault();
      document.addEventListener('booking-click', cancel);
      links(el, 'Book with Hailey')[0]!.click();
      document.removeEventListener('booking-click', cancel);
      expect(linkFollowed).to.be.false;
      expect(clicks.map((e) => e.detail)).to.deep.equal([{ url: 'https://clinic.example/book', author: HAILEY, slug: TRUST }]);
      expect(clicks[0]!.cancelable && clicks[0]!.composed && clicks[0]!.bubbles).to.be.true;
      links(el, 'Book with Hailey')[1]!.click();
      document.removeEventListener('click', spy);
      expect(linkFollowed).to.be.true;
      expect(clicks.at(-1)!.detail).to.deep.equal({ url: 'https://clinic.example/book', author: HAILEY, slug: '' });
    });

    it('drops a javascript: URL with a warning, leaving no booking link', async () => {
      let el!: PracticeArticles;
      const warned = await warnings(async () => {
        el = await carousel(1280, 'booking-url="javascript:alert(1)"');
      });
      expect(warned.join()).to.contain('booking-url "javascript:alert(1)" ignored');
      expect(all(el, 'a')).to.have.length(0);
    });
  });

  it('renders no booking link at all without a URL (the seed has none)', async () => {
    const el = await carousel(1280);
    expect(all(el, 'a')).to.have.length(0);
  });

  it('titles cards and the reader at heading-level 3, with sub-headings below it', async () => {
    const el = await carousel(1280, 'heading-level="3"');
    expect(headings(el).map(([h]) => h)).to.deep.equal(['h3', 'h3', 'h4']);
    button(el, 'Read')!.click();
    await until(() => dialog(el).open);
    expect(headings(el, 'dialog').map(([h]) => h)).to.deep.equal(['h3', 'h4']);
    el.closeReader();
  });

  it('shows the articles an "articles" list names, in its order, warning about unknown slugs', async () => {
    let el!: PracticeArticles;
    const warned = await warnings(async () => {
      el = await carousel(1280, `articles="${LOVE} nope ${TRUST}"`);
    });
    expect(headings(el).map(([, t]) => t)).to.deep.equal([TITLES[0], HAILEY, `More from ${HAILEY}`]);
    expect(all(el, '.more li').map((li) => li.textContent!.trim())).to.deep.equal([TITLES[2]]);
    expect(warned.join()).to.contain('unknown slug(s) nope').and.contain(SELF_ESTEEM);
  });

  it('warns that a topic is unknown where the articles have no topics, and says so', async () => {
    let el!: PracticeArticles;
    const warned = await warnings(async () => {
      el = await carousel(1280, 'topic="sleep"');
    });
    expect(all(el, '[part="notice"]')[0]!.textContent).to.equal('No articles on “sleep”.');
    expect(warned).to.deep.equal(['<practice-articles>: topic "sleep" unknown; known: none']);
  });

  describe('theming', () => {
    it('is dark with theme="dark", and accessible', async () => {
      const el = await carousel(340, 'theme="dark"');
      expect(background(el)).to.equal('rgb(27, 34, 32)');
      await expect(el).to.be.accessible();
    });

    it('stays light on a light-only page when the visitor prefers dark; follows the visitor where the page supports dark', async function () {
      await emulate(this, { colorScheme: 'dark' });
      expect(background(await carousel(340)), 'light-only host').to.equal('rgb(255, 255, 255)');
      const meta = document.createElement('meta');
      meta.name = 'color-scheme';
      meta.content = 'light dark';
      document.head.append(meta);
      try {
        expect(background(await carousel(340)), 'host supports dark').to.equal('rgb(27, 34, 32)');
        let odd!: PracticeArticles;
        const warned = await warnings(async () => {
          odd = await carousel(340, 'theme="purple"');
        });
        expect(background(odd), 'unknown theme behaves like auto').to.equal('rgb(27, 34, 32)');
        expect(warned.join()).to.contain('theme "purple" unknown');
        expect(background(await carousel(340, 'theme="light"'))).to.equal('rgb(255, 255, 255)');
        const live = await carousel(340);
        await emulate(this, { colorScheme: 'light' });
        await until(() => background(live) === 'rgb(255, 255, 255)', 'follows a change of preference live');
      } finally {
        meta.remove();
      }
    });

    it('takes custom properties from the host page', async () => {
      const el = await carousel(340, 'style="--pa-surface: rgb(1, 2, 3)"');
      expect(background(el)).to.equal('rgb(1, 2, 3)');
    });
  });

  it('emits no slide-change on first render', async () => {
    const changes = record<SlideChangeDetail>('slide-change');
    await carousel(340);
    await aTimeout(200);
    expect(changes).to.have.length(0);
  });

  it('reports an exception in its update to the page, throwing none into the host page’s code', async () => {
    const el = await carousel(340);
    const reported: unknown[] = [];
    // First in line (capture), so neither the test runner nor mocha, which fails a test
    // on any page error, sees this expected one.
    const report = (e: ErrorEvent) => {
      reported.push(e.error);
      e.stopImmediatePropagation();
      e.preventDefault();
    };
    const mocha = window.onerror;
    window.onerror = null;
    window.addEventListener('error', report, true);
    try {
      const bad = { toString: () => { throw new Error('a value that cannot be read'); } };
      expect(() => Object.assign(el, { articles: bad })).to.not.throw();
      expect(await el.updateComplete, 'the update settles').to.be.true;
    } finally {
      window.removeEventListener('error', report, true);
      window.onerror = mocha;
    }
    expect(reported.map((e) => (e as Error).message)).to.deep.equal(['a value that cannot be read']);
    el.articles = LOVE;
    await el.updateComplete;
    expect(headings(el).map(([, t]) => t), 'and it carries on').to.deep.equal([HAILEY, `More from ${HAILEY}`]);
  });

  it('takes bookingUrl as a property, not only as an attribute', async () => {
    const el = await fixture<PracticeArticles>(html`<practice-articles .bookingUrl=${'tel:+15555550100'}></practice-articles>`);
    expect(links(el, 'Book with Hailey')[0]!.getAttribute('href')).to.equal('tel:+15555550100');
  });
});
