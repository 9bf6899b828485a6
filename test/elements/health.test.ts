// Health articles (issue 19, browser side; issue 20's `partial`): cover images, topic and
// limit, the review and date lines, the content note, the support line. The collection is
// test-only (test/fixtures/health-web/make.ts), put before the built classic script.
import { aTimeout, expect } from '@open-wc/testing';
import { all, axeViolations, button, dialog, openPage, skipBecause, until, type PageWindow } from '../helpers.js';

const PAGE = '/test/pages/health-web.html';

/** A new <practice-articles> with `attrs` on the page; the warnings it logged while rendering. */
async function carousel(win: PageWindow, doc: Document, attrs: Record<string, string>) {
  const seen: string[] = [];
  const warn = win.console.warn;
  win.console.warn = (...args: unknown[]) => seen.push(args.join(' '));
  const el = doc.createElement('practice-articles');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  doc.querySelector('main')!.replaceChildren(el);
  await until(() => el.shadowRoot?.querySelector('[part="card"], [part="notice"]'));
  await aTimeout(50);
  win.console.warn = warn;
  return { el, seen };
}

const titles = (el: Element) => all(el, '[part="card"] [part="title"]').map((h) => h.textContent);

async function read(el: Element, title: string) {
  button(el, `Read ${title}`)!.click();
  await until(() => dialog(el).open && all(el, 'dialog .text p').length);
  return all(el, 'dialog .reader')[0]!;
}

describe('health articles', () => {
  it('filters by topic, compared by slug or name, and caps the cards with limit', async () => {
    const { win, doc, close } = await openPage(PAGE);
    expect(titles((await carousel(win, doc, { topic: 'couples-therapy' })).el)).to.deep.equal(['Test article 1', 'Test article 2', 'Test article 4', 'Test article 5']);
    expect(titles((await carousel(win, doc, { topic: 'Couples therapy', limit: '2' })).el)).to.deep.equal(['Test article 1', 'Test article 2']);
    expect(titles((await carousel(win, doc, { topic: 'grief', articles: 'article-6 article-1 article-3' })).el)).to.deep.equal(['Test article 6', 'Test article 3']);
    close();
  });

  it('says when a topic matches nothing, and warns with the known topics and about a bad limit', async () => {
    const { win, doc, close } = await openPage(PAGE);
    const { el, seen } = await carousel(win, doc, { topic: 'sleep', limit: 'six' });
    expect(all(el, '[part="notice"]')[0]!.textContent).to.equal('No articles on “sleep”.');
    expect(seen).to.deep.equal([
      '<practice-articles>: topic "sleep" unknown; known: couples-therapy, grief',
      '<practice-articles>: limit "six" ignored: use a whole number of 1 or more',
    ]);
    close();
  });

  it('shows sized cover images above the titles, eager in the first view and lazy beyond, resolved beside the script', async () => {
    const { carousel: el, close } = await openPage(PAGE, 390);
    const imgs = all<HTMLImageElement>(el, '[part="card"] img.cover');
    expect(imgs).to.have.length(5);
    expect(imgs.map((i) => i.loading)).to.deep.equal(['eager', 'lazy', 'lazy', 'lazy', 'lazy']);
    const first = imgs[0]!;
    expect([first.getAttribute('width'), first.getAttribute('height'), first.decoding, first.alt]).to.deep.equal(['800', '533', 'async', 'Two test chairs']);
    const base = new URL('/test/.health-web/media/', location.href).href;
    expect(first.getAttribute('srcset')).to.equal(`${base}one-480.webp 480w,${base}one-800.webp 800w`);
    expect(first.getAttribute('sizes')).to.contain('100vw');
    expect(first.nextElementSibling!.getAttribute('part')).to.equal('title');
    await until(() => first.complete && first.naturalWidth > 0, 'the image loads');
    expect(imgs[1]!.getAttribute('alt')).to.equal(''); // decorative: hidden from assistive tech
    close();
  });

  it('has no axe violations with images, described and decorative, on the cards and in the reader', async () => {
    const { win, carousel: el, close } = await openPage(PAGE);
    expect(await axeViolations(win, win.document.body)).to.deep.equal([]);
    await read(el, 'Test article 1');
    expect(all(el, 'dialog img.cover')[0]!.getAttribute('alt')).to.equal('Two test chairs');
    expect(await axeViolations(win, win.document.body)).to.deep.equal([]);
    expect(win.pageErrors).to.deep.equal([]);
    close();
  });

  it('dates the review and the update in the page’s language', async () => {
    const { carousel: el, close } = await openPage(PAGE);
    const reader = await read(el, 'Test article 1');
    const lines = [...reader.querySelectorAll('.meta')].map((p) => p.textContent);
    expect(lines).to.include.members(['Reviewed by Test Reviewer, MD, on March 3, 2026', 'Updated April 5, 2026']);
    close();
    const es = await openPage(PAGE);
    es.doc.documentElement.lang = 'es';
    await until(() => button(es.carousel, /^Leer/));
    button(es.carousel, /^Leer Test article 1/)!.click();
    await until(() => dialog(es.carousel).open);
    const spanish = all(es.carousel, 'dialog .meta').map((p) => p.textContent);
    expect(spanish.some((l) => l!.endsWith('5 de abril de 2026'))).to.equal(true);
    expect(spanish.some((l) => l!.includes('Test Reviewer, MD') && l!.endsWith('3 de marzo de 2026'))).to.equal(true);
    es.close();
  });

  it('shows the content note as a labelled region with the support line, and the support line at the end', async () => {
    const { carousel: el, close } = await openPage(PAGE);
    const reader = await read(el, 'Test article 2');
    const note = reader.querySelector('section[aria-label="Content note"]')!;
    expect(note.querySelector('p')!.textContent).to.equal('This test article discusses grief.');
    expect(note.nextElementSibling!.classList.contains('text')).to.equal(true);
    const support = [...reader.querySelectorAll<HTMLAnchorElement>('[part="support"] a')];
    expect(support.map((a) => [a.textContent, a.href])).to.deep.equal([
      ['Test Clinic support line: call 988', 'tel:988'],
      ['Test Clinic support line: call 988', 'tel:988'],
    ]);
    expect(reader.lastElementChild!.getAttribute('part')).to.equal('bio');
    expect(reader.querySelector('.text')!.nextElementSibling!.getAttribute('part')).to.equal('support');
    expect(reader.textContent).to.contain('Reviewed by Test Reviewer, MD');
    expect(reader.textContent).not.to.contain('Updated');
    close();
  });

  it('says when the reader can’t show all of an article, and links to its page; nothing when data lacks it', async () => {
    const { carousel: el, close } = await openPage(PAGE);
    let reader = await read(el, 'Test article 3');
    const partial = reader.querySelector('.text .partial')!;
    expect(partial.textContent).to.contain('Part of this article can’t be shown here.');
    expect(partial.querySelector('a')!.href).to.equal('https://clinic.example/article-3');
    // No note, no review, no update in the data: none of them shows.
    expect(reader.querySelector('section[aria-label]')).to.equal(null);
    expect(reader.textContent).not.to.match(/Reviewed|Updated/);
    close();
    const other = await openPage(PAGE);
    reader = await read(other.carousel, 'Test article 1');
    expect(reader.querySelector('.partial')).to.equal(null);
    other.close();
  });

  it('causes no layout shift with image cards', async function () {
    if (!PerformanceObserver.supportedEntryTypes.includes('layout-shift')) {
      await skipBecause(this, 'this engine has no Layout Instability API to measure shifts with');
    }
    for (const width of [1280, 390]) {
      const { win, close } = await openPage(PAGE, width);
      await aTimeout(300);
      const shifts = await new Promise<number>((resolve) => {
        new win.PerformanceObserver((list) => {
          resolve(list.getEntries().reduce((sum, e) => sum + (e as PerformanceEntry & { value: number }).value, 0));
        }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => resolve(0), 500);
      });
      expect(shifts, `CLS at ${width} px`).to.be.below(0.05);
      close();
    }
  });
});
