// Bodies in their own files (`build --split`), fetched on Read from beside the script,
// which this page loads from a folder far from its own.
import { expect } from '@open-wc/testing';
import { all, bodyRequests, button, dialog, network, openPage, until } from '../helpers.js';

/** The seed article's paragraphs, as written. */
async function seedParagraphs() {
  const text = await (await fetch('/seeds/000_2d76e923eb718c4e.txt')).text();
  const lines = text.split(/\r?\n/);
  return lines.slice(1, lines.findIndex((l) => l.startsWith('By '))).join('\n').trim().split(/\n\s*\n/).map((p) => p.trim());
}

const paragraphs = (el: Element) => all(el, 'dialog .text p').map((p) => p.textContent);

describe('article bodies fetched on Read', () => {
  afterEach(() => network());

  it('fetches nothing before Read; then the body once, from beside the script, word for word', async () => {
    const { win, carousel, card, close } = await openPage('/test/pages/split.html');
    expect(bodyRequests(win), 'before any Read').to.deep.equal([]);
    const read = button(carousel, 'Read')!;
    read.focus(); // focus (or a resting pointer) fetches ahead
    await until(() => bodyRequests(win).length === 1);
    read.click();
    await until(() => paragraphs(carousel).length === 5);
    expect(paragraphs(carousel)).to.deep.equal(await seedParagraphs());
    expect(bodyRequests(win)).to.have.length(1);
    expect(bodyRequests(win)[0]).to.match(/\/test\/\.split\/static\/widget\/bodies\/[0-9a-f]{10}\.json$/);
    carousel.closeReader();
    button(card, 'Read')!.click();
    await until(() => paragraphs(card).length === 5);
    expect(bodyRequests(win), 'the same article again: no second request').to.have.length(1);
    expect(win.pageErrors).to.deep.equal([]);
    close();
  });

  it('shows the reader busy while the body loads, without a jump when the text arrives', async () => {
    await network({ bodiesDelay: 800 });
    const { carousel, close } = await openPage('/test/pages/split.html');
    button(carousel, 'Read')!.click();
    await until(() => dialog(carousel).open);
    const reader = all(carousel, 'dialog .reader')[0]!;
    expect(reader.getAttribute('aria-busy')).to.equal('true');
    expect(all(carousel, 'dialog .text')[0]!.textContent!.trim()).to.equal('Loading…');
    const box = dialog(carousel).getBoundingClientRect();
    const title = all(carousel, 'dialog [part="title"]')[0]!.getBoundingClientRect();
    await until(() => paragraphs(carousel).length === 5);
    expect(reader.getAttribute('aria-busy')).to.equal(null);
    const after = dialog(carousel).getBoundingClientRect();
    expect([after.top, after.height]).to.deep.equal([box.top, box.height]);
    expect(all(carousel, 'dialog [part="title"]')[0]!.getBoundingClientRect().top).to.equal(title.top);
    close();
  });

  it('says so in plain words and offers Try again when the fetch fails; trying again works', async () => {
    await network({ bodiesDown: true });
    const { win, carousel, close } = await openPage('/test/pages/split.html');
    button(carousel, 'Read')!.click();
    await until(() => button(carousel, 'Try again'));
    expect(dialog(carousel).open, 'the reader stays open').to.be.true;
    const alert = all(carousel, 'dialog [role="alert"]')[0]!;
    expect(alert.textContent).to.contain('This article couldn’t be loaded. Check your connection and try again.');
    expect(all(carousel, 'dialog .reader')[0]!.getAttribute('aria-busy')).to.equal(null);
    await network();
    button(carousel, 'Try again')!.click();
    await until(() => paragraphs(carousel).length === 5); // the second request got through
    expect(win.pageErrors).to.deep.equal([]);
    close();
  });

  it('works under the strict CSP', async () => {
    const { win, carousel, close } = await openPage('/test/pages/csp/split.html');
    button(carousel, 'Read')!.click();
    await until(() => paragraphs(carousel).length === 5);
    expect(win.cspViolations).to.deep.equal([]);
    expect(win.pageErrors).to.deep.equal([]);
    close();
  });
});
