// Functions that run inside a WordPress page, in any engine (they are sent as source, so
// each one stands alone). They look at the page the way a visitor does: what the widgets
// show in their shadow trees, by role and text.

/** Waits until every widget on the page has drawn its cards (or notice); returns what they show. */
export async function widgetsOnPage() {
  const hosts = () => [...document.querySelectorAll('practice-articles, practice-article-card')];
  const drawn = (h) => h.shadowRoot && h.shadowRoot.querySelector('[part~="card"], [part~="notice"]');
  const deadline = Date.now() + 10000;
  while (Date.now() < deadline && !hosts().every(drawn)) await new Promise((r) => setTimeout(r, 50));
  const text = (el) => (el.textContent || '').replace(/\s+/g, ' ').trim();
  const rgb = (color) => (color.match(/[\d.]+/g) || []).slice(0, 3).map(Number);
  return {
    scripts: [...document.querySelectorAll('script[src]')]
      .filter((s) => /\/practice-articles\.js(\?|$)/.test(s.src))
      .map((s) => ({ src: s.src, defer: s.defer, async: s.async, inHead: document.head.contains(s) })),
    widgets: hosts().map((h) => {
      const root = h.shadowRoot;
      const all = (selector) => (root ? [...root.querySelectorAll(selector)] : []);
      const card = root && root.querySelector('[part~="card"]');
      return {
        tag: h.localName,
        attributes: Object.fromEntries([...h.attributes].map((a) => [a.name, a.value])),
        defined: Boolean(customElements.get(h.localName)),
        insideParagraph: Boolean(h.parentElement.closest('p')),
        childNodes: h.childNodes.length,
        carousel: all('[aria-roledescription="carousel"]').map((c) => c.getAttribute('aria-label')),
        slides: all('[role="group"][aria-roledescription="slide"]').map((s) => s.getAttribute('aria-label')),
        cards: all('[part~="card"]').length,
        headings: all('[part~="card"] [part~="title"]').filter((x) => !x.closest('dialog')).map((x) => [x.localName, text(x)]),
        text: root ? text(root) : '',
        bookings: all('a[part~="booking"]').map((a) => ({ href: a.href, target: a.target, rel: a.rel, text: text(a) })),
        reads: all('button[part~="read"]').map((b) => b.getAttribute('aria-label')),
        images: all('img').map((i) => i.src),
        notice: all('[part~="notice"]').map(text).join(' '),
        background: card ? rgb(getComputedStyle(card).backgroundColor) : null,
        foreground: card ? rgb(getComputedStyle(card).color) : null,
      };
    }),
    paragraphs: [...document.querySelectorAll('.entry-content > p')].map(text),
  };
}

/** Loads axe-core (its source, passed in) and runs WCAG 2.2 A/AA rules on each widget. */
export async function axeInWidgets(source) {
  if (!window.axe) {
    const script = document.createElement('script');
    script.textContent = source;
    document.head.append(script);
  }
  const out = [];
  for (const host of document.querySelectorAll('practice-articles, practice-article-card')) {
    const { violations } = await window.axe.run(host, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    });
    for (const v of violations) for (const n of v.nodes) out.push(`${host.localName}: ${v.id}: ${JSON.stringify(n.target)}`);
  }
  return out;
}

/** Presses the n-th widget's first Read button; resolves with the reader's heading and paragraphs. */
export async function openReader(n) {
  const host = document.querySelectorAll('practice-articles, practice-article-card')[n];
  const root = host.shadowRoot;
  root.querySelector('button[part~="read"]').click();
  const dialog = root.querySelector('dialog[part~="reader"]');
  const deadline = Date.now() + 10000;
  // Not the "Loading…" line (p.state) that stands in the text's place while a body is fetched.
  while (Date.now() < deadline && !(dialog.open && dialog.querySelector('.text p:not(.state)'))) await new Promise((r) => setTimeout(r, 50));
  // The heading that shows the dialog's name (the article's title), as a screen reader hears it.
  const name = dialog.getAttribute('aria-label');
  const heading = [...dialog.querySelectorAll('h1, h2, h3, h4, h5, h6')].find((h) => h.textContent.trim() === name);
  return {
    open: dialog.open,
    heading: heading ? [heading.localName, heading.textContent.trim()] : null,
    paragraphs: dialog.querySelectorAll('.text p:not(.state)').length,
    bodyRequests: performance.getEntriesByType('resource').map((r) => r.name).filter((u) => u.includes('/bodies/')),
    location: location.href,
  };
}

/** Whether the n-th widget's reader is open, once it has had time to close. */
export async function readerOpen(n) {
  await new Promise((r) => setTimeout(r, 100));
  const host = document.querySelectorAll('practice-articles, practice-article-card')[n];
  return host.shadowRoot.querySelector('dialog[part~="reader"]').open;
}

/** Sets the page's language, as a German site would; resolves with the booking link's text and the translation files fetched. */
export async function switchLanguage(lang) {
  const host = document.querySelector('practice-articles, practice-article-card');
  const booking = () => host.shadowRoot.querySelector('a[part~="booking"]').textContent.trim();
  const english = booking();
  document.documentElement.lang = lang;
  const deadline = Date.now() + 10000;
  while (Date.now() < deadline && booking() === english) await new Promise((r) => setTimeout(r, 50));
  return {
    booking: booking(),
    files: performance.getEntriesByType('resource').map((r) => r.name).filter((u) => u.includes('/i18n/')),
  };
}

/**
 * Presses the Read button of the article titled `title` (in any widget); resolves with what
 * the reader shows: its paragraphs, headings, list items and links, as text.
 */
export async function readArticle(title) {
  const text = (el) => (el.textContent || '').replace(/\s+/g, ' ').trim();
  for (const host of document.querySelectorAll('practice-articles, practice-article-card')) {
    const root = host.shadowRoot;
    const button = root && [...root.querySelectorAll('button[part~="read"]')].find((b) => (b.getAttribute('aria-label') || '').includes(title));
    if (!button) continue;
    button.click();
    const dialog = root.querySelector('dialog[part~="reader"]');
    const deadline = Date.now() + 10000;
    while (Date.now() < deadline && !(dialog.open && dialog.querySelector('li, p') && !dialog.querySelector('[aria-busy="true"]'))) await new Promise((r) => setTimeout(r, 50));
    const shown = {
      open: dialog.open,
      paragraphs: [...dialog.querySelectorAll('p')].map(text),
      headings: [...dialog.querySelectorAll('h1, h2, h3, h4, h5, h6')].map(text),
      items: [...dialog.querySelectorAll('li')].map(text),
      links: [...dialog.querySelectorAll('a')].map((a) => ({ href: a.href, text: text(a) })),
      images: [...dialog.querySelectorAll('img')].map((i) => i.src),
      text: text(dialog),
      partial: [...dialog.querySelectorAll('.text p.partial')].map((x) => ({ text: text(x), links: [...x.querySelectorAll('a')].map((a) => ({ href: a.href, text: text(a) })) })),
      page: [...dialog.querySelectorAll('a[part~="page"]')].map((a) => a.href),
    };
    dialog.close();
    return shown;
  }
  return null;
}

/** What WordPress itself shows of a post on its own page: paragraphs, headings, list items. */
export function postOnItsPage() {
  const text = (el) => (el.textContent || '').replace(/\s+/g, ' ').trim();
  const content = document.querySelector('.entry-content, .wp-block-post-content');
  return {
    paragraphs: [...content.querySelectorAll(':scope > p')].map(text),
    headings: [...content.querySelectorAll(':scope > h2, :scope > h3, :scope > h4')].map(text),
    items: [...content.querySelectorAll(':scope > ul > li, :scope > ol > li')].map(text),
  };
}

/** The cover images on the cards of the page's widgets, once they have loaded (or failed). */
export async function coverImages() {
  const images = () => [...document.querySelectorAll('practice-articles, practice-article-card')]
    .flatMap((h) => [...h.shadowRoot.querySelectorAll('[part~="card"] img[part~="image"]')]);
  const deadline = Date.now() + 10000;
  while (Date.now() < deadline && !(images().length && images().every((i) => i.complete))) await new Promise((r) => setTimeout(r, 50));
  return images().map((i) => {
    const card = i.closest('[part~="card"]');
    const title = card && card.querySelector('[part~="title"]');
    return {
      card: title ? title.textContent.trim() : null,
      src: i.getAttribute('src'),
      srcset: i.getAttribute('srcset'),
      sizes: i.getAttribute('sizes'),
      width: i.getAttribute('width'),
      height: i.getAttribute('height'),
      alt: i.getAttribute('alt'),
      loaded: i.complete && i.naturalWidth > 0,
      current: i.currentSrc,
    };
  });
}
