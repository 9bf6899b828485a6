// Loads the built files the way hosts do: plain HTML pages with real <script> tags,
// in an iframe, outside this test's own module graph.
import { expect } from '@open-wc/testing';
import { HAILEY, TITLES, all, button, dialog, links, headings, openPage as open, requestsStayHome, until } from '../helpers.js';

/** The seed's carousel: the article, then Hailey's card with her other titles. */
const CAROUSEL = [TITLES[0], HAILEY, `More from ${HAILEY}`];

describe('embedding the built files', () => {
  for (const [name, what] of [
    ['classic', 'a classic <script> in <head>'],
    ['twice', 'the classic script included twice'],
    ['defer', 'a deferred script in <head>'],
    ['module', 'the ES module'],
    ['both', 'the classic script and the ES module on one page'],
  ]) {
    it(`renders the seed collection from ${what}, with no page error and no outside request`, async () => {
      const { win, carousel, card, close } = await open(`/test/pages/embed/${name}.html`);
      expect(headings(carousel).map(([, t]) => t)).to.deep.equal(CAROUSEL);
      expect(carousel.shadowRoot!.textContent).to.contain('Hailey Oliver, MA, MHCI');
      expect(headings(card).map(([, t]) => t)).to.deep.equal([TITLES[0]]);
      expect(win.pageErrors).to.deep.equal([]);
      requestsStayHome(win);
      close();
    });
  }

  it('reads its text as UTF-8 on a page in another encoding, when the server names no charset', async () => {
    // An older site's page in windows-1252, and the script as a blob typed without a charset:
    // a classic script with no byte order mark is then read as windows-1252 too. (A page that
    // declares nothing is read so as well, unless, like this test's frame, it inherits a parent's.)
    // The seed's text has a ’ (U+2019) in it.
    const bytes = await (await fetch('/dist/practice-articles.js')).arrayBuffer();
    const script = URL.createObjectURL(new Blob([bytes], { type: 'text/javascript' }));
    const page = `<!doctype html><meta charset="windows-1252"><title>An older site</title><practice-articles></practice-articles><script src="${script}"></script>`;
    const frame = document.createElement('iframe');
    frame.src = URL.createObjectURL(new Blob([page], { type: 'text/html' }));
    document.body.append(frame);
    await until(() => frame.contentDocument?.querySelector('practice-articles')?.shadowRoot?.querySelector('button'), 'the carousel rendered');
    const doc = frame.contentDocument!;
    expect(doc.characterSet.toLowerCase()).not.to.equal('utf-8');
    const carousel = doc.querySelector('practice-articles')!;
    button(carousel, 'Read')!.click();
    await until(() => dialog(carousel).open && dialog(carousel).textContent!.includes('’'), 'the reader shows ’');
    expect(dialog(carousel).textContent).not.to.contain('â€');
    frame.remove();
  });

  it('brings its own LitElement, which marks itself in window.litElementVersions', async () => {
    const { win, close } = await open('/test/pages/embed/classic.html');
    const versions = (win as unknown as { litElementVersions?: string[] }).litElementVersions;
    expect(versions).to.be.an('array').with.length(1);
    expect(versions![0]).to.match(/^4\.\d+\.\d+$/);
    // Lit's decorator support is left out of the build (src/node/vite/lean-lit.ts), and with it the global it sets.
    expect('litPropertyMetadata' in win).to.equal(false);
    close();
  });

  it('shows booking links from the booking-url attribute on a plain page', async () => {
    const { carousel, close } = await open('/test/pages/embed/classic.html');
    const book = links(carousel, 'Book with Hailey');
    expect(book).to.have.length(2);
    expect(book.every((a) => a.href === 'https://clinic.example/book' && a.target === '_blank' && a.rel === 'noopener noreferrer')).to.be.true;
    close();
  });

  it('honours attributes and properties set before a late, async script upgrades the elements', async () => {
    const { win, carousel, card, close } = await open('/test/pages/embed/late.html');
    expect(links(carousel, 'Book with Hailey')[0]!.href).to.equal('https://clinic.example/late');
    expect(headings(carousel).map(([h]) => h)).to.deep.equal(['h3', 'h3', 'h4']);
    expect(carousel.getAttribute('theme')).to.equal('dark');
    expect(links(card, 'Book with Hailey')[0]!.getAttribute('href')).to.equal('tel:+15555550100');
    expect(win.pageErrors).to.deep.equal([]);
    close();
  });

  it('fits one card per view at 340 px and both at 1280 px', async () => {
    for (const [width, min, max] of [[340, 1, 1], [1280, 2, 2]] as const) {
      const { carousel, close } = await open('/test/pages/embed/classic.html', width);
      await until(() => all(carousel, '[aria-roledescription="slide"]:not([inert])').length >= min);
      const live = all(carousel, '[aria-roledescription="slide"]:not([inert])').length;
      expect(live).to.be.within(min, max);
      close();
    }
  });
});

describe('the demo pages', () => {
  for (const page of ['clinic', 'blog', 'theming']) {
    it(`${page}.html renders from the built classic script with no page error`, async () => {
      const frame = document.createElement('iframe');
      frame.style.cssText = 'width:1024px;height:800px';
      frame.src = `/demo/${page}.html`;
      document.body.append(frame);
      await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      const doc = frame.contentDocument!;
      const errors: string[] = [];
      frame.contentWindow!.addEventListener('error', (e) => errors.push(e.message));
      const elements = [...doc.querySelectorAll('practice-articles, practice-article-card')];
      expect(elements.length).to.be.at.least(1);
      await until(() => elements.every((el) => el.shadowRoot?.querySelector('[part="card"]')), 'every element renders');
      expect([...doc.scripts].some((s) => s.getAttribute('src') === '../dist/practice-articles.js')).to.be.true;
      expect(errors).to.deep.equal([]);
      frame.remove();
    });
  }
});

describe('under a strict CSP with Trusted Types', () => {
  for (const [page, what] of [['classic', 'once'], ['twice', 'twice']]) {
    it(`renders and opens the reader with no violation and no error, with the script included ${what}`, async () => {
      const { win, doc, carousel, close } = await open(`/test/pages/csp/embed/${page}.html`);
      expect(doc.querySelectorAll('script[src="/dist/practice-articles.js"]')).to.have.length(page === 'twice' ? 2 : 1);
      expect(headings(carousel).map(([, t]) => t)).to.deep.equal(CAROUSEL);
      button(carousel, 'Read')!.click();
      await until(() => dialog(carousel).open);
      expect(all(carousel, 'dialog .text p')).to.have.length(5);
      expect(win.cspViolations).to.deep.equal([]);
      expect(win.pageErrors).to.deep.equal([]);
      // The policy really is in force: a raw HTML sink is refused on this page
      // (each engine words the TypeError its own way).
      const sink = win.document.createElement('div');
      expect(() => {
        sink.innerHTML = '<b>x</b>';
      }).to.throw().with.property('name', 'TypeError');
      expect(sink.childNodes).to.have.length(0);
      close();
    });
  }
});

describe('custom-elements.json', () => {
  it('documents both tags with their attributes, events, parts and custom properties', async () => {
    const manifest = await (await fetch('/custom-elements.json')).json();
    const pkg = await (await fetch('/package.json')).json();
    expect(pkg.customElements).to.equal('custom-elements.json');
    type Decl = { tagName?: string; attributes?: { name: string }[]; events?: { name: string }[]; cssParts?: { name: string }[]; cssProperties?: { name: string }[] };
    const decls: Decl[] = manifest.modules.flatMap((m: { declarations?: Decl[] }) => m.declarations ?? []);
    const tag = (name: string) => decls.find((d) => d.tagName === name)!;
    const names = (list?: { name: string }[]) => (list ?? []).map((x) => x.name);
    for (const name of ['practice-articles', 'practice-article-card']) {
      const d = tag(name);
      expect(names(d.attributes)).to.include.members(['booking-url', 'theme', 'heading-level']);
      expect(names(d.events)).to.include.members(['booking-click', 'article-open', 'article-close']);
      expect(names(d.cssParts)).to.include.members(['card', 'title', 'excerpt', 'bio', 'booking', 'read', 'reader']);
      expect(names(d.cssProperties)).to.include.members(['--pa-accent', '--pa-surface', '--pa-text', '--pa-radius', '--pa-font']);
    }
    expect(names(tag('practice-articles').attributes)).to.include('articles');
    expect(names(tag('practice-articles').events)).to.include('slide-change');
    expect(names(tag('practice-article-card').attributes)).to.include('article');
  });
});
