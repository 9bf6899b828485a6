// A markdown seed, built from test/fixtures/seeds/ by `npm run build:fixtures`,
// rendered by the built classic script on a plain page.
import { expect } from '@open-wc/testing';
import { all, axeViolations, button, dialog, links, openPage, until } from '../helpers.js';

describe('a markdown article in the reader', () => {
  it('renders headings below the title, lists, emphasis, code and safe links, with the bio from authors.yaml', async () => {
    const { doc, win, close } = await openPage('/test/pages/fixture-seeds.html');
    const card = doc.getElementById('rich')!;
    await until(() => card.shadowRoot?.querySelector('[part="card"]'));
    expect(all(card, '[part="excerpt"]')[0]!.textContent).to.equal('A test fixture exercising every block the reader renders.');
    expect(all(card, '[part="bio"]')[0]!.textContent).to.equal('Dr. Test Person, PsyD, LMFT');
    button(card, 'Read')!.click();
    await until(() => dialog(card).open);

    const reader = all(card, 'dialog .reader')[0]!;
    const outline = [...reader.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => `${h.localName} ${h.textContent}`);
    expect(outline).to.deep.equal(['h2 A Rich Markdown Fixture', 'h3 A section', 'h4 A subsection', 'h3 More from Dr. Test Person']);
    expect([...reader.querySelectorAll('.text ul > li')].map((li) => li.textContent)).to.deep.equal(['first item', 'second item with emphasis']);
    expect([...reader.querySelectorAll('ol > li')].map((li) => li.textContent)).to.deep.equal(['step one', 'step two']);
    expect([...reader.querySelectorAll('em, strong, code')].map((e) => `${e.localName}:${e.textContent}`)).to.include.members([
      'em:emphasis',
      'strong:strong words',
      'code:a code span',
    ]);
    const out = [...reader.querySelectorAll('p a')].find((a) => a.textContent === 'link out') as HTMLAnchorElement;
    expect([out.href, out.target, out.rel]).to.deep.equal(['https://example.com/more', '_blank', 'noopener noreferrer']);

    const bio = all(card, 'dialog aside[part="bio"]')[0]!;
    expect(bio.textContent).to.contain('Works with test fixtures only.');
    expect(bio.querySelector('em')!.textContent).to.equal('test');
    expect(links(card, 'Book with Test').map((a) => a.href)).to.deep.equal(['https://example.com/book-test', 'https://example.com/book-test']);
    expect(win.pageErrors).to.deep.equal([]);
    close();
  });
});

describe('an author with a bio, a photo and an article published elsewhere', () => {
  it('shows the photo at its own size, lazily, named by the author', async () => {
    const { doc, close } = await openPage('/test/pages/fixture-seeds.html');
    const card = doc.getElementById('rich')!;
    await until(() => card.shadowRoot?.querySelector('[part="card"] img'));
    const img = all<HTMLImageElement>(card, '[part="card"] img')[0]!;
    expect([img.getAttribute('width'), img.getAttribute('height'), img.loading, img.alt]).to.deep.equal(['96', '96', 'lazy', 'Dr. Test Person']);
    expect(img.src).to.match(/\/test\/\.fixture-dist\/media\/dr-test-person-96\.[0-9a-f]{10}\.webp$/);
    await until(() => img.complete && img.naturalWidth === 96, 'the photo loads from beside the script');
    close();
  });

  it('gets a card of their own in the carousel: bio, booking, and the title that links out', async () => {
    const { win, carousel, close } = await openPage('/test/pages/fixture-seeds.html');
    const author = all(carousel, '.track > [role="group"]').find((s) => s.querySelector('h2')?.textContent === 'Dr. Test Person')!;
    expect(author.querySelector('[part="bio"]')!.textContent!.trim()).to.equal('Works with test fixtures only.');
    expect(author.querySelector('.meta')!.textContent).to.equal('PsyD, LMFT');
    const out = author.querySelector<HTMLAnchorElement>('.more a')!;
    expect([out.textContent, out.href, out.target, out.rel]).to.deep.equal(['A fixture published elsewhere', 'https://example.com/elsewhere', '_blank', 'noopener noreferrer']);
    expect(author.querySelector('[part="booking"]')!.textContent).to.equal('Book with Test');
    expect(await axeViolations(win, carousel)).to.deep.equal([]);
    close();
  });

  it('lists it under "More from" in the reader too', async () => {
    const { doc, close } = await openPage('/test/pages/fixture-seeds.html');
    const card = doc.getElementById('rich')!;
    await until(() => button(card, 'Read'));
    button(card, 'Read')!.click();
    await until(() => dialog(card).open);
    const more = all(card, 'dialog aside .more a').map((a) => [a.textContent, (a as HTMLAnchorElement).href]);
    expect(more).to.deep.equal([['A fixture published elsewhere', 'https://example.com/elsewhere']]);
    expect(all(card, 'dialog aside h3')[0]!.textContent).to.equal('More from Dr. Test Person');
    close();
  });
});
