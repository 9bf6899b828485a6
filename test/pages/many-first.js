// What the carousel holds at its first render, before any idle callback can run: the
// update's promise settles in a microtask. With ?end, the End key then goes to the last slide.
(async () => {
  const el = document.querySelector('practice-articles');
  await el.updateComplete;
  const groups = () => [...el.shadowRoot.querySelectorAll('.track > [role="group"]')];
  const snap = () => ({
    labels: groups().map((s) => s.getAttribute('aria-label')),
    cards: groups().map((s) => Boolean(s.querySelector('[part="card"] h2'))),
    focused: groups().indexOf(el.shadowRoot.activeElement),
  });
  window.firstRender = snap();
  if (!location.search.includes('end')) return;
  groups()[0].focus();
  groups()[0].dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true, composed: true }));
  await el.updateComplete;
  await null;
  window.afterEnd = snap();
})();
