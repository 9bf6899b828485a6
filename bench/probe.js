// Loaded first by every benchmark page, the same for ours and the peer. Records, in the
// page's clock (ms since navigation start):
//   shown[title]: the first animation frame at which that card title had a layout box
//                 (getClientRects non-empty) and text; for the peer only once <sl-carousel>
//                 has rendered its shadow DOM around the light-DOM cards; for the static
//                 floor page (bench/pages.ts staticPage) as soon as its HTML is laid out;
//   ready:        the first frame at which every expected title was laid out ("all titles");
//   firstView:    once ready, an IntersectionObserver names the titles visible in the
//                 viewport, clipped by the carousel's scroller: the latest shown[] among them;
//   lcp:          the last largest-contentful-paint entry by then (a cross-check only: the
//                 largest paint may be the page's heading, not a card);
//   long tasks and layout shifts.
window.__bench = { ready: undefined, firstView: undefined, visible: 0, lcp: 0, longTasks: 0, longTaskCount: 0, cls: 0, done: false };
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) (__bench.longTasks += e.duration), __bench.longTaskCount++;
}).observe({ type: 'longtask', buffered: true });
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) if (!e.hadRecentInput) __bench.cls += e.value;
}).observe({ type: 'layout-shift', buffered: true });
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) __bench.lcp = e.startTime;
}).observe({ type: 'largest-contentful-paint', buffered: true });

const expected = Number(document.currentScript.dataset.cards);
const shownAt = new Map();
const laidOut = (el) => el.getClientRects().length > 0 && el.textContent.trim() !== '';

function titles() {
  const out = [];
  // Ours: titles live in the elements' shadow roots, so they exist only once rendered.
  for (const host of document.querySelectorAll('practice-articles, practice-article-card')) {
    out.push(...(host.shadowRoot?.querySelectorAll('[part~="title"]') ?? []));
  }
  // The peer: titles are light DOM, so count them only once <sl-carousel> has rendered around them.
  for (const carousel of document.querySelectorAll('sl-carousel')) {
    if (carousel.shadowRoot?.querySelector('.carousel__slides')) out.push(...carousel.querySelectorAll('.title'));
  }
  // The floor: the first view as static HTML, no script (bench/pages.ts staticPage).
  for (const row of document.querySelectorAll('[data-static]')) out.push(...row.querySelectorAll('.title'));
  return out;
}

function finish(all) {
  // Titles are distinct ("Sample N: …"), so a title's text names it even if its element was replaced.
  const io = new IntersectionObserver((entries) => {
    io.disconnect();
    const visible = entries.filter((e) => e.intersectionRect.width * e.intersectionRect.height > 0);
    __bench.visible = visible.length;
    __bench.firstView = visible.length ? Math.max(...visible.map((e) => shownAt.get(e.target.textContent.trim()) ?? __bench.ready)) : NaN;
    __bench.done = true;
  });
  for (const t of all) io.observe(t);
}

(function check() {
  const now = performance.now();
  const all = titles();
  let n = 0;
  for (const t of all) {
    if (!laidOut(t)) continue;
    n++;
    const key = t.textContent.trim();
    if (!shownAt.has(key)) shownAt.set(key, now);
  }
  if (n >= expected) (__bench.ready = now), finish(all);
  else requestAnimationFrame(check);
})();
