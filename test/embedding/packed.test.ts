// The site that the packed package's command built in an empty folder
// (test/node/package.test.ts): its preview page, with its own script.
import { expect } from '@open-wc/testing';
import { all, button, dialog, headings, openPage, until } from '../helpers.js';

describe('a site built by the installed package', () => {
  it('shows the starter articles, and reads one', async () => {
    const { carousel, card, close } = await openPage('/test/.packed/site/preview.html');
    expect(headings(carousel).map(([, t]) => t)).to.deep.equal([
      "Your article's title goes on the first line",
      'A second article, written in Markdown',
      'Your Name',
      'More from Your Name',
    ]);
    expect(headings(card).map(([, t]) => t)).to.deep.equal(["Your article's title goes on the first line"]);
    button(carousel, 'Read A second')!.click();
    await until(() => all(carousel, 'dialog .text li').length === 2);
    expect(dialog(carousel).open).to.be.true;
    expect(all(carousel, 'dialog .text strong')[0]!.textContent).to.equal('bold');
    close();
  });
});
