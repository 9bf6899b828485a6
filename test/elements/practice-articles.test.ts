import { expect, fixture, html, aTimeout } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../dist/practice-articles.mjs';
import type { PracticeArticles, SlideChangeDetail, ArticleDetail, BookingClickDetail } from '../../src/index.js';
import { LOVE, SELF_ESTEEM, TITLES, TRUST, all, button, dialog, focused, headings, links, liveSlides, record, settled, slides, warnings, until, emulate, resetMedia } from '../helpers.js';

async function carousel(width: number, attrs = '') {
  const wrapper = await fixture<HTMLDivElement>(`<div style="width:${width}px"><practice-articles ${attrs}></practice-articles></div>`);
  const el = wrapper.firstElementChild as PracticeArticles;
  await settled(el);
  return el;
}

describe('<practice-articles>', () => {
  afterEach(resetMedia);

  it('is a labelled carousel of every seed article, each slide named "N of 3"', async () => {
    const el = await carousel(1280);
    const region = all(el, 'section')[0]!;
    expect(region.getAttribute('aria-roledescription')).to.equal('carousel');
    expect(region.getAttribute('aria-label')).to.equal('Articles');
    expect(slides(el).map((s) => s.getAttribute('aria-label'))).to.deep.equal(['1 of 3', '2 of 3', '3 of 3']);
    expect(headings(el).map(([, text]) => text)).to.deep.equal(TITLES);
  });

  it('shows the author with credentials, the excerpt and the reading time', async () => {
    const el = await carousel(1280);
    const first = slides(el)[0]!;
    expect(first.textContent).to.contain('Hailey Oliver, MA, MHCI');
    expect(first.querySelector('[part="excerpt"]')!.textContent).to.equal(
      'Trust is the cornerstone of any strong, healthy relationship, acting as the glue that binds partners together and fosters a sense of security, respect, and mutual appreciation.',
    );
    expect(first.textContent).to.contain('2 min read');
  });

  it('offers Read only for articles that have a body, and invents nothing for title-only entries', async () => {
    const el = await carousel(1280);
    const [trust, selfEsteem, love] = slides(el);
    expect(trust!.querySelector('button[part="read"]')).to.exist;
    for (const s of [selfEsteem!, love!]) {
      expect(s.querySelector('button[part="read"]')).to.be.null;
      expect(s.querySelector('[part="excerpt"]')).to.be.null;
      expect(s.textContent).not.to.contain('min read');
      expect(s.textContent).to.contain('Hailey Oliver, MA, MHCI');
    }
  });

  describe('when wide (1280 px)', () => {
    it('shows at least two whole cards, and the rest are inert', async () => {
      const el = await carousel(1280);
      const track = all(el, '.track')[0]!.getBoundingClientRect();
      const whole = slides(el).filter((s) => {
        const r = s.getBoundingClientRect();
        return r.left >= track.left - 1 && r.right <= track.right + 1;
      });
      expect(whole.length).to.be.at.least(2);
      expect(liveSlides(el)).to.deep.equal(whole.map((s) => s.getAttribute('aria-label')));
      await expect(el).to.be.accessible();
    });
  });

  describe('when narrow (340 px)', () => {
    it('shows one card; the others are inert until you move to them', async () => {
      const el = await carousel(340);
      expect(liveSlides(el)).to.deep.equal(['1 of 3']);
      expect(all(el, '[aria-live="polite"]')[0]!.textContent!.trim()).to.equal('1 of 3');
      await expect(el).to.be.accessible();
    });

    it('moves on with Next and back with Previous, firing slide-change', async () => {
      const el = await carousel(340);
      const changes = record<SlideChangeDetail>('slide-change');
      button(el, 'Next')!.click();
      await until(() => liveSlides(el)[0] === '2 of 3');
      expect(changes.map((e) => e.detail)).to.deep.equal([{ index: 1, slug: SELF_ESTEEM }]);
      expect(changes[0]!.bubbles && changes[0]!.composed).to.be.true;
      await settled(el);
      const track = all(el, '.track')[0]!;
      const second = slides(el)[1]!;
      expect(Math.abs(second.getBoundingClientRect().left - track.getBoundingClientRect().left)).to.be.below(6);
      button(el, 'Previous')!.click();
      await until(() => liveSlides(el)[0] === '1 of 3');
      expect(changes.at(-1)!.detail).to.deep.equal({ index: 0, slug: TRUST });
    });

    it('wraps from the last slide to the first', async () => {
      const el = await carousel(340);
      button(el, 'Previous')!.click();
      await until(() => liveSlides(el)[0] === '3 of 3');
      button(el, 'Next')!.click();
      await until(() => liveSlides(el)[0] === '1 of 3');
    });

    it('moves with ArrowRight, ArrowLeft, End and Home from inside the slides, keeping focus there', async () => {
      const el = await carousel(340);
      const changes = record<SlideChangeDetail>('slide-change');
      button(el, 'Read')!.focus();
      await sendKeys({ press: 'ArrowRight' });
      await until(() => liveSlides(el)[0] === '2 of 3');
      expect(focused(el)!.getAttribute('aria-label')).to.equal('2 of 3');
      await sendKeys({ press: 'End' });
      await until(() => liveSlides(el)[0] === '3 of 3');
      expect(focused(el)!.getAttribute('aria-label')).to.equal('3 of 3');
      await sendKeys({ press: 'ArrowLeft' });
      await until(() => liveSlides(el)[0] === '2 of 3');
      await sendKeys({ press: 'Home' });
      await until(() => liveSlides(el)[0] === '1 of 3');
      expect(changes.map((e) => e.detail.slug)).to.deep.equal([SELF_ESTEEM, LOVE, SELF_ESTEEM, TRUST]);
    });

    it('follows a swipe (native scroll) to the slide it snaps to', async () => {
      const el = await carousel(340);
      const changes = record<SlideChangeDetail>('slide-change');
      const track = all(el, '.track')[0]!;
      track.scrollBy({ left: slides(el)[2]!.offsetLeft, behavior: 'instant' });
      await until(() => liveSlides(el)[0] === '3 of 3');
      expect(changes.map((e) => e.detail)).to.deep.equal([{ index: 2, slug: LOVE }]);
    });
  });

  describe('the reader', () => {
    it('opens the whole article inline, and Escape closes it and returns focus to Read', async () => {
      const el = await carousel(900);
      const opened = record<ArticleDetail>('article-open');
      const closed = record<ArticleDetail>('article-close');
      const read = button(el, 'Read')!;
      expect(read.getAttribute('aria-label')).to.equal(`Read ${TITLES[0]}`);
      read.focus();
      await sendKeys({ press: 'Enter' });
      await until(() => dialog(el).open);
      expect(opened.map((e) => e.detail)).to.deep.equal([{ slug: TRUST }]);
      expect(headings(el, 'dialog')).to.deep.equal([['h2', TITLES[0]]]);
      const paragraphs = all(el, 'dialog .reader > p:not(.meta)').map((p) => p.textContent);
      expect(paragraphs).to.have.length(5);
      expect(paragraphs[0]).to.match(/^Trust is the cornerstone/);
      expect(paragraphs[4]).to.match(/relationships can thrive and grow stronger over time\.$/);
      expect(all(el, 'dialog [part="bio"]')[0]!.textContent).to.contain('Hailey Oliver, MA, MHCI');
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
    it('renders a "Book with Hailey" link to it on every card, opening a new tab safely', async () => {
      const el = await carousel(1280, 'booking-url="https://clinic.example/book"');
      const book = links(el, 'Book with Hailey');
      expect(book).to.have.length(3);
      for (const a of book) {
        expect(a.href).to.equal('https://clinic.example/book');
        expect(a.target).to.equal('_blank');
        expect(a.rel).to.equal('noopener noreferrer');
      }
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
      expect(clicks.map((e) => e.detail)).to.deep.equal([{ url: 'https://clinic.example/book', author: 'Hailey Oliver', slug: TRUST }]);
      expect(clicks[0]!.cancelable && clicks[0]!.composed && clicks[0]!.bubbles).to.be.true;

      links(el, 'Book with Hailey')[1]!.click();
      document.removeEventListener('click', spy);
      expect(linkFollowed).to.be.true;
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

  describe('without a booking URL anywhere', () => {
    it('renders no booking link at all (the seed has none)', async () => {
      const el = await carousel(1280);
      expect(all(el, 'a')).to.have.length(0);
    });
  });

  describe('when heading-level is 3', () => {
    it('titles cards and the reader with h3', async () => {
      const el = await carousel(1280, 'heading-level="3"');
      expect(headings(el).map(([h]) => h)).to.deep.equal(['h3', 'h3', 'h3']);
      button(el, 'Read')!.click();
      await until(() => dialog(el).open);
      expect(headings(el, 'dialog')[0]![0]).to.equal('h3');
      el.closeReader();
    });
  });

  describe('when articles lists slugs', () => {
    it('shows those articles in that order, warning about unknown ones', async () => {
      let el!: PracticeArticles;
      const warned = await warnings(async () => {
        el = await carousel(1280, `articles="${LOVE} nope ${TRUST}"`);
      });
      expect(headings(el).map(([, t]) => t)).to.deep.equal([TITLES[2], TITLES[0]]);
      expect(slides(el).map((s) => s.getAttribute('aria-label'))).to.deep.equal(['1 of 2', '2 of 2']);
      expect(warned.join()).to.contain('unknown slug(s) nope').and.contain(TRUST);
    });
  });

  describe('theming', () => {
    it('is dark with theme="dark", and accessible', async () => {
      const el = await carousel(340, 'theme="dark"');
      const card = all(el, '[part="card"]')[0]!;
      expect(getComputedStyle(card).backgroundColor).to.equal('rgb(27, 34, 32)');
      await expect(el).to.be.accessible();
    });

    it('follows prefers-color-scheme when auto, or when theme is unknown (with a warning)', async function () {
      await emulate(this, { colorScheme: 'dark' });
      const el = await carousel(340);
      expect(getComputedStyle(all(el, '[part="card"]')[0]!).backgroundColor).to.equal('rgb(27, 34, 32)');
      let odd!: PracticeArticles;
      const warned = await warnings(async () => {
        odd = await carousel(340, 'theme="purple"');
      });
      expect(getComputedStyle(all(odd, '[part="card"]')[0]!).backgroundColor).to.equal('rgb(27, 34, 32)');
      expect(warned.join()).to.contain('theme "purple" unknown');
      const light = await carousel(340, 'theme="light"');
      expect(getComputedStyle(all(light, '[part="card"]')[0]!).backgroundColor).to.equal('rgb(255, 255, 255)');
    });

    it('takes custom properties from the host page', async () => {
      const el = await carousel(340, 'style="--pa-surface: rgb(1, 2, 3)"');
      expect(getComputedStyle(all(el, '[part="card"]')[0]!).backgroundColor).to.equal('rgb(1, 2, 3)');
    });
  });

  it('emits no slide-change on first render', async () => {
    const changes = record<SlideChangeDetail>('slide-change');
    await carousel(340);
    await aTimeout(200);
    expect(changes).to.have.length(0);
  });

  it('takes bookingUrl as a property, not only as an attribute', async () => {
    const el = await fixture<PracticeArticles>(html`<practice-articles .bookingUrl=${'tel:+15555550100'}></practice-articles>`);
    expect(links(el, 'Book with Hailey')[0]!.getAttribute('href')).to.equal('tel:+15555550100');
  });
});
