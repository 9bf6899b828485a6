import { expect } from '@open-wc/testing';
import { all, focused, openPage, slides, until } from '../helpers.js';

// 40 generated articles by one author without a bio: 40 cards.
const COUNT = 40;
const names = Array.from({ length: COUNT }, (_, i) => `${i + 1} of ${COUNT}`);
const cards = (el: Element) => slides(el).map((s) => Boolean(s.querySelector('[part="card"] h2')));

/**
 * A carousel added to the page now, at its first render: checked in the same task, so no idle
 * time has come yet. (The page's own snapshot, many-first.js, is a second request: when it
 * arrives after the browser's first idle time, in either engine, every card is there already.)
 */
async function firstRender(doc: Document) {
  const el = doc.createElement('practice-articles') as HTMLElement & { updateComplete: Promise<unknown> };
  doc.querySelector('main')!.append(el);
  await el.updateComplete;
  return el;
}

describe('<practice-articles> with many articles: cards beyond the view render when idle', () => {
  it('names every slide "N of M" at the first render, before the cards beyond the view exist', async () => {
    const { doc, close } = await openPage('/test/pages/many.html');
    const el = await firstRender(doc);
    expect(slides(el).map((s) => s.getAttribute('aria-label'))).to.deep.equal(names);
    // Three fit the frame's width: that view, the next one and the last (where Previous wraps to), and no more.
    expect(cards(el).map((c, i) => c || i)).to.deep.equal([...Array(6).fill(true), ...names.slice(6, COUNT - 3).map((_, i) => i + 6), true, true, true]);
    close();
  });

  it('renders every card once the browser is idle, without moving the view', async () => {
    const { carousel, close } = await openPage('/test/pages/many.html');
    const track = all(carousel, '.track')[0]!;
    const before = [track.scrollLeft, track.offsetHeight, slides(carousel)[1]!.offsetLeft];
    await until(() => cards(carousel).every(Boolean), 'every card renders');
    expect(slides(carousel).map((s) => s.getAttribute('aria-label'))).to.deep.equal(names);
    expect([track.scrollLeft, track.offsetHeight, slides(carousel)[1]!.offsetLeft]).to.deep.equal(before);
    close();
  });

  it('End goes to the last slide at once: its card is rendered and it has focus', async () => {
    const { doc, close } = await openPage('/test/pages/many.html');
    const el = await firstRender(doc);
    slides(el)[0]!.focus();
    // A key event, not sendKeys: WebKit's driver doesn't type into a frame.
    slides(el)[0]!.dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true, composed: true }));
    await el.updateComplete;
    await null;
    const at = slides(el).indexOf(focused(el)!);
    // End shows the last view (its first slide gets focus); three fit 1280 px.
    expect(at).to.be.within(COUNT - 3, COUNT - 1);
    expect(cards(el).slice(at)).to.deep.equal(Array(COUNT - at).fill(true));
    expect(cards(el).filter(Boolean).length).to.be.below(COUNT);
    close();
  });

  it('goTo(-1) (the last view) and Home render and focus at once', async () => {
    const { carousel, close } = await openPage('/test/pages/many.html');
    (carousel as HTMLElement & { goTo(i: number): void }).goTo(-1);
    await (carousel as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    const last = slides(carousel).at(-1)!;
    expect(last.querySelector('[part="card"]')).to.exist;
    expect(last.inert).to.equal(false);
    last.focus();
    // A key event, not sendKeys: WebKit's driver doesn't type into a frame.
    last.dispatchEvent(new KeyboardEvent('keydown', { key: 'Home', bubbles: true, composed: true }));
    await until(() => focused(carousel) === slides(carousel)[0], 'Home focuses the first slide');
    expect(slides(carousel)[0]!.querySelector('[part="card"] h2')).to.exist;
    close();
  });
});
