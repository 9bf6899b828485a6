import { expect, fixture } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../dist/practice-articles.mjs';
import type { PracticeArticleCard, ArticleDetail } from '../../src/index.js';
import { LOVE, TITLES, TRUST, all, button, dialog, focused, headings, links, record, warnings, until } from '../helpers.js';

async function card(attrs: string) {
  let el!: PracticeArticleCard;
  const warned = await warnings(async () => {
    el = await fixture<PracticeArticleCard>(`<practice-article-card ${attrs}></practice-article-card>`);
  });
  return { el, warned };
}

describe('<practice-article-card>', () => {
  it('shows that one article with its author, booking link and Read button, and nothing else', async () => {
    const { el, warned } = await card(`article="${TRUST}" booking-url="https://clinic.example/book"`);
    expect(warned).to.deep.equal([]);
    expect(headings(el)).to.deep.equal([['h2', TITLES[0]]]);
    expect(all(el, '[part="bio"]')[0]!.textContent).to.equal('Hailey Oliver, MA, MHCI');
    expect(all(el, '[part="excerpt"]')[0]!.textContent).to.match(/^Trust is the cornerstone/);
    expect(links(el, 'Book with Hailey').map((a) => a.href)).to.deep.equal(['https://clinic.example/book']);
    expect(button(el, 'Read')).to.exist;
    expect(all(el, '[aria-roledescription]')).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('opens the reader with the bio and booking link; Escape returns focus to Read', async () => {
    const { el } = await card(`article="${TRUST}" booking-url="mailto:hailey@clinic.example"`);
    const opened = record<ArticleDetail>('article-open');
    const read = button(el, 'Read')!;
    read.focus();
    await sendKeys({ press: ' ' }); // Firefox and WebDriver know Space only as ' '
    await until(() => dialog(el).open);
    expect(opened.map((e) => e.detail.slug)).to.deep.equal([TRUST]);
    const bio = all(el, 'dialog aside[part="bio"]')[0]!;
    expect(bio.textContent).to.contain('Hailey Oliver, MA, MHCI');
    expect(links(el, 'Book with Hailey').map((a) => a.getAttribute('href'))).to.deep.equal(['mailto:hailey@clinic.example', 'mailto:hailey@clinic.example']);
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await until(() => focused(el) === read, 'focus returns to Read');
  });

  it('shows a title-only entry honestly: title, author and monogram, no Read button, no excerpt', async () => {
    const { el } = await card(`article="${LOVE}"`);
    expect(headings(el)).to.deep.equal([['h2', TITLES[2]]]);
    expect(all(el, '[part="bio"]')[0]!.textContent).to.equal('Hailey Oliver, MA, MHCI');
    expect(all(el, '.avatar')[0]!.textContent).to.equal('HO');
    expect(button(el, 'Read')).to.be.undefined;
    expect(all(el, '[part="excerpt"]')).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  describe('when the slug is unknown', () => {
    it('shows a short notice and warns, naming the slug and the valid ones', async () => {
      const { el, warned } = await card('article="no-such-article"');
      expect(all(el, '[part="notice"]')[0]!.textContent).to.equal('Article “no-such-article” not found.');
      expect(warned).to.have.length(1);
      expect(warned[0]).to.contain('"no-such-article" not found').and.contain(TRUST).and.contain(LOVE);
      await expect(el).to.be.accessible();
    });

    it('does the same when article is missing', async () => {
      const { el, warned } = await card('');
      expect(all(el, '[part="notice"]')).to.have.length(1);
      expect(warned[0]).to.contain('article "" not found');
    });
  });

  it('switches article when the property changes', async () => {
    const { el } = await card(`article="${TRUST}"`);
    el.article = LOVE;
    await el.updateComplete;
    expect(headings(el)).to.deep.equal([['h2', TITLES[2]]]);
  });
});
