// What goes wrong between two steps: a language file that fails to load, and a reader asked
// to do two things in a row (close then open in one task; a Try again that finishes after the
// visitor has moved on). Each widget here gets a small collection made for the test, put
// before the prebuilt widget as the command does, so its files can fail on the test server.
import { aTimeout, expect } from '@open-wc/testing';
import { classicScript } from '../../src/node/emit/bundle.js';
import type { CollectionData } from '../../src/shared/data.js';
import type { PracticeArticles } from '../../src/index.js';
import { all, button, dialog, focused, network, until, type PageWindow } from '../helpers.js';

const A = 'Article A';
const B = 'Article B';
/** A body file the split build wrote; the test server can make it fail or wait (test/engines.mjs). */
const BODY = `${location.origin}/test/.split/static/widget/bodies/611ae3c68b.json`;

/** Two full articles by one author, each in the other's "More from"; `b` is B's body or its file. */
const collection = (b: { body: string[] } | { src: string }, more: Partial<CollectionData> = {}): CollectionData => ({
  authors: [{ name: 'Test Author', short: 'Test', initials: 'TA' }],
  articles: [
    { slug: 'a', title: A, author: 0, minutes: 1, words: 5, src: BODY, more: [1] },
    { slug: 'b', title: B, author: 0, minutes: 1, words: 5, more: [0], ...b },
  ],
  strings: {},
  locales: [],
  i18n: 'i18n/',
  ...more,
});

/** A page with one <practice-articles `attrs`> showing `data`; what it warned and threw. */
async function page(data: CollectionData, attrs = '') {
  const runtime = await (await fetch('/dist/runtime/practice-articles.js')).text();
  const src = URL.createObjectURL(new Blob([classicScript(runtime, data)], { type: 'text/javascript' }));
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width:1280px;height:900px;border:0';
  frame.srcdoc = `<!doctype html><html lang="en"><body>
    <script src="/test/pages/record-errors.js"></script>
    <script>
      window.warned = [];
      console.warn = (...a) => warned.push(a.join(' '));
      // Resource Timing has no entries for this frame in every engine: the page counts answers itself.
      const get = fetch;
      window.answered = [];
      window.fetch = (...a) => get(...a).finally(() => answered.push(String(a[0])));
    </script>
    <practice-articles ${attrs}></practice-articles><script src="${src}"></script></body></html>`;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const win = frame.contentWindow as PageWindow & { warned: string[]; answered: string[] };
  const el = win.document.querySelector('practice-articles') as PracticeArticles;
  return { win, el, close: () => (frame.remove(), URL.revokeObjectURL(src)) };
}

/** Body files answered so far, failed or not. */
const bodies = (win: { answered: string[] }) => win.answered.filter((u) => u.includes('/bodies/')).length;

/** What has focus, as tag and name: chai can't print an element from another frame. */
const named = (e: Element | null) => e && `${e.localName} ${e.getAttribute('aria-label') ?? e.textContent!.trim()}`;

/** The reader's paragraphs (the body and the bio). */
const text = (el: Element) => all(el, 'dialog .text p').map((p) => p.textContent);

describe('edges', () => {
  afterEach(() => network());

  it('says a language file failed to load, not that the language is unknown, and works in English', async () => {
    const missing = `${location.origin}/test/no-such-folder/`; // a 404 for de.json
    const { win, el, close } = await page(collection({ body: ['B’s text.'] }, { locales: ['de'], i18n: missing }), 'lang="de-AT"');
    await until(() => button(el, `Read ${A}`), 'English, once the German file has failed');
    await aTimeout(50);
    expect(all(el, 'section')[0]!.getAttribute('aria-label')).to.equal('Articles');
    expect(win.warned).to.deep.equal([`<practice-articles>: ${missing}de.json failed to load: English is used`]);
    button(el, `Read ${B}`)!.click();
    await until(() => dialog(el).open && text(el).length);
    expect(text(el)).to.deep.equal(['B’s text.']);
    expect(Boolean(button(el, 'Close')), 'in English').to.equal(true);
    expect(win.warned, 'warned once').to.have.length(1);
    expect(win.pageErrors).to.deep.equal([]);
    close();
  });

  it('opens an article asked for in the same task as closeReader()', async () => {
    const { win, el, close } = await page(collection({ body: ['B’s text.'] }));
    await until(() => button(el, `Read ${B}`));
    button(el, `Read ${A}`)!.click();
    await until(() => dialog(el).open);
    el.closeReader();
    button(el, `Read ${B}`)!.click();
    await until(() => text(el).length);
    await aTimeout(100); // the close event of closeReader() has come by now
    expect([dialog(el).open, dialog(el).getAttribute('aria-label')]).to.deep.equal([true, B]);
    expect(text(el)).to.deep.equal(['B’s text.']);
    expect(named(focused(el)), 'focus is in the reader').to.equal('button Close');
    expect(win.pageErrors).to.deep.equal([]);
    close();
  });

  it('announces neither opening nor closing when closeReader() comes in the same task as the Read that opened it', async () => {
    const { win, el, close } = await page(collection({ body: ['B’s text.'] }));
    await until(() => button(el, `Read ${B}`));
    const events: string[] = [];
    for (const type of ['article-open', 'article-close']) el.addEventListener(type, (e) => events.push(`${type} ${(e as CustomEvent).detail.slug}`));
    el.addEventListener('click', () => el.closeReader(), { once: true }); // the host's own listener, after the button's
    button(el, `Read ${B}`)!.click();
    await aTimeout(100);
    expect([dialog(el).open, events]).to.deep.equal([false, []]);
    button(el, `Read ${A}`)!.click();
    await until(() => dialog(el).open);
    el.closeReader();
    await aTimeout(100);
    expect(events, 'a reader that opened is announced both ways').to.deep.equal(['article-open a', 'article-close a']);
    expect(win.pageErrors).to.deep.equal([]);
    close();
  });

  it('leaves focus where it is when a Try again finishes after the visitor switched to another article', async () => {
    await network({ bodiesDown: true });
    const { win, el, close } = await page(collection({ body: ['B’s text.'] }));
    await until(() => button(el, `Read ${A}`));
    button(el, `Read ${A}`)!.click();
    await until(() => button(el, 'Try again'));
    await network({ bodiesDelay: 1000 }); // the retry gets through, a second later
    button(el, 'Try again')!.click();
    await until(() => bodies(win) === 1 && !button(el, 'Try again'));
    button(el, B)!.click(); // in "More from"
    await until(() => dialog(el).getAttribute('aria-label') === B && text(el).length);
    button(el, 'Close')!.focus();
    await until(() => bodies(win) === 2, 'the retry has finished');
    await aTimeout(100);
    expect(named(focused(el)), 'focus stays on Close').to.equal('button Close');
    expect(text(el)).to.deep.equal(['B’s text.']);
    expect(win.pageErrors).to.deep.equal([]);
    close();
  });

  it('keeps another article loading when the first one’s late fetch fails', async () => {
    const { win, el, close } = await page(collection({ src: `${BODY}?b` }));
    await until(() => button(el, `Read ${A}`));
    await network({ bodiesDown: true, bodiesDelay: 1000 }); // A's body fails, a second later
    button(el, `Read ${A}`)!.click();
    await until(() => dialog(el).open);
    await network({ bodiesDown: true, bodiesDelay: 3000 }); // B's is asked for now, answered in 3 s
    button(el, B)!.click(); // in "More from"
    await until(() => dialog(el).getAttribute('aria-label') === B);
    await until(() => bodies(win) === 1, 'A has failed');
    await network(); // B's answer, when it comes, gets through
    await aTimeout(100);
    expect(Boolean(button(el, 'Try again')), 'B is still loading').to.equal(false);
    expect(all(el, 'dialog .state')[0]!.textContent).to.equal('Loading…');
    await until(() => text(el).length === 5, 'B arrives');
    expect(win.pageErrors).to.deep.equal([]);
    close();
  });
});
