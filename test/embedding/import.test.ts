// An imported WordPress export, built by the command (npm run build:fixtures: import
// test/fixtures/import/export.xml, then build), read in the widget: every paragraph of
// the original post is there, word for word, as the browser's own parser reads the export.
import { expect } from '@open-wc/testing';
import { all, button, dialog, openPage, until } from '../helpers.js';

const squeeze = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The text of each paragraph, heading and list item of the export's first post. */
async function originalBlocks(): Promise<string[]> {
  const xml = new DOMParser().parseFromString(await (await fetch('/test/fixtures/import/export.xml')).text(), 'application/xml');
  const item = xml.getElementsByTagName('item')[0]!;
  const html = item.getElementsByTagNameNS('http://purl.org/rss/1.0/modules/content/', 'encoded')[0]!.textContent!;
  const post = new DOMParser().parseFromString(html, 'text/html');
  return [...post.body.querySelectorAll('p, h1, h2, h3, h4, h5, h6, li')].map((e) => squeeze(e.textContent!));
}

describe('an imported article', () => {
  it('opens in the reader with every paragraph of the original, word for word', async () => {
    const expected = await originalBlocks();
    expect(expected.length).to.equal(6);
    const { carousel, close } = await openPage('/test/.import/site/preview.html');
    button(carousel, 'Read Exported: what a first session is like')!.click();
    await until(() => dialog(carousel).open && all(carousel, 'dialog li').length === 2);
    const shown = all(carousel, 'dialog .text p, dialog .text h1, dialog .text h2, dialog .text h3, dialog .text h4, dialog .text li').map((e) => squeeze(e.textContent!));
    expect(shown).to.deep.equal(expected);
    close();
  });
});
