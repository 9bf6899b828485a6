import { expect } from '@open-wc/testing';
import { all, focused, openPage, slides, until, type PageWindow } from '../helpers.js';

// 40 generated articles by one author without a bio: 40 cards.
const COUNT = 40;
const names = Array.from({ length: COUNT }, (_, i) => `${i + 1} of ${COUNT}`);
type Snap = { labels: string[]; cards: boolean[]; focused: number };
type ManyWindow = PageWindow & { firstRender: Snap; afterEnd?: Snap };
const cards = (el: Element) => slides(el).map((s) => Boolean(s.querySelector('[part="card"] h2')));

describe('<practice-articles> with many articles: cards beyond the view render when idle', () => {
  it('names every slide "N of M" at the first render, before the cards beyond the view exist', async () => {
    const { win, close } = await openPage('/test/pages/many.html');
    const first = (win as ManyWindow).firstRender;
    expect(first.labels).to.deep.equal(names);
    expect(first.cards.slice(0, 3)).to.deep.equal([true, true, true]);
    expect(first.cards.filter(Boolean).length).to.be.below(COUNT);
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
    const { win, close } = await openPage('/test/pages/many.html?end');
    await until(() => (win as ManyWindow).afterEnd, 'End handled');
    const after = (win as ManyWindow).afterEnd!;
    // End shows the last view (its first slide gets focus); three fit 1280 px once measured.
    expect(after.focused).to.be.within(COUNT - 3, COUNT - 1);
    expect(after.cards.slice(after.focused)).to.deep.equal(Array(COUNT - after.focused).fill(true));
    expect(after.cards.filter(Boolean).length).to.be.below(COUNT);
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
