// Loaded first by every benchmark page. Records, relative to navigation start:
// when every card title is rendered and laid out, long tasks, and layout shifts.
window.__bench = { ready: undefined, longTasks: 0, longTaskCount: 0, cls: 0 };
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) (__bench.longTasks += e.duration), __bench.longTaskCount++;
}).observe({ type: 'longtask', buffered: true });
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) if (!e.hadRecentInput) __bench.cls += e.value;
}).observe({ type: 'layout-shift', buffered: true });

const expected = Number(document.currentScript.dataset.cards);
const shown = (el) => el.getClientRects().length > 0 && el.textContent.trim() !== '';

function titlesOnScreen() {
  let n = 0;
  // Ours: titles live in the elements' shadow roots, so they exist only once rendered.
  for (const host of document.querySelectorAll('practice-articles, practice-article-card')) {
    for (const t of host.shadowRoot?.querySelectorAll('[part~="title"]') ?? []) if (shown(t)) n++;
  }
  // The peer: titles are light DOM, so count them only once <sl-carousel> has rendered around them.
  for (const carousel of document.querySelectorAll('sl-carousel')) {
    if (!carousel.shadowRoot?.querySelector('.carousel__slides')) continue;
    for (const t of carousel.querySelectorAll('.title')) if (shown(t)) n++;
  }
  return n;
}

(function check() {
  if (titlesOnScreen() >= expected) __bench.ready = performance.now();
  else requestAnimationFrame(check);
})();
