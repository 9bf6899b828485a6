// An Author in the block editor (Chromium, puppeteer): log in, add the "Practice articles"
// block from the inserter, look at the preview, use the sidebar, publish.

const BLOCK = 'practice-articles/articles';

/** The widget in the editor canvas (the page itself in WordPress 6.1, an iframe in later versions). */
function previewInEditor() {
  const canvas = document.querySelector('iframe[name="editor-canvas"]');
  const doc = canvas ? canvas.contentDocument : document;
  const host = doc.querySelector('.editor-styles-wrapper practice-articles, .editor-styles-wrapper practice-article-card');
  const root = host && host.shadowRoot;
  const booking = root && root.querySelector('a[part~="booking"]');
  return {
    cards: root ? root.querySelectorAll('[part~="card"]').length : 0,
    booking: booking ? booking.href : null,
    attributes: host ? Object.fromEntries([...host.attributes].filter((a) => a.name !== 'class').map((a) => [a.name, a.value])) : null,
  };
}

/** Polls the editor preview until `ok(preview)`; resolves with it, or rejects saying what was seen. */
async function until(page, ok, what, ms = 15000) {
  const deadline = Date.now() + ms;
  for (;;) {
    const preview = await page.evaluate(previewInEditor);
    if (ok(preview)) return preview;
    if (Date.now() > deadline) throw new Error(`${what}: not after ${ms / 1000} s (${JSON.stringify(preview)})`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The id of the sidebar control whose label reads `text`. */
async function controlId(page, text) {
  const id = await page.evaluate(
    (t) => [...document.querySelectorAll('.interface-complementary-area label')].find((l) => l.textContent.trim() === t)?.htmlFor,
    text,
  );
  if (!id) throw new Error(`no "${text}" control in the block sidebar`);
  return `[id="${id}"]`;
}

/**
 * Adds the block, then in the sidebar: adds articles `first` and `second` to the carousel,
 * moves `second` up, types `bookingUrl`, picks heading level 3 and the light theme; publishes.
 * @param {import('puppeteer-core').Page} page
 * @returns {Promise<{ link: string, preview: { cards: number, booking: string | null, attributes: object | null } }>}
 */
export async function editAsAuthor(page, site, { first, second, bookingUrl }) {
  const { login, password } = site.users.author;
  await page.goto(`${site.url}/wp-login.php`, { waitUntil: 'load' });
  await page.locator('#user_login').fill(login);
  await page.locator('#user_pass').fill(password);
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.locator('#wp-submit').click()]);

  await page.goto(`${site.url}/wp-admin/post-new.php`, { waitUntil: 'load' });
  await page.waitForFunction((name) => window.wp?.blocks?.getBlockType(name) && document.querySelector('.edit-post-layout'), { timeout: 60000 }, BLOCK);
  // The welcome guide greets a first visit; close it as a user would.
  const guide = await page.waitForSelector('.edit-post-welcome-guide', { timeout: 3000 }).catch(() => null);
  if (guide) {
    await page.keyboard.press('Escape');
    await page.waitForSelector('.edit-post-welcome-guide', { hidden: true });
  }

  await page.locator('.editor-post-title__input, [aria-label="Add title"]').click();
  await page.keyboard.type('Written in the block editor by an Author');

  await page.locator('button[aria-label="Toggle block inserter"]').click();
  await page.locator('.block-editor-inserter__search input').fill('Practice articles');
  await page.locator('.block-editor-block-types-list__item ::-p-text(Practice articles)').click();
  await until(page, (p) => p.cards > 0, 'the editor shows the widget');

  // Close the inserter, open the settings sidebar on its Block tab, as a user would.
  await page.locator('button[aria-label="Toggle block inserter"]').click();
  if (!(await page.$('.interface-complementary-area'))) await page.locator('.edit-post-header button[aria-label="Settings"]').click();
  await page.locator('.edit-post-sidebar__panel-tab[data-label="Block"]').click();
  await page.waitForSelector('.interface-complementary-area .block-editor-block-inspector');
  await page.select(await controlId(page, 'Add an article'), first.slug);
  await page.select(await controlId(page, 'Add an article'), second.slug);
  await page.locator(`button[aria-label="Move “${second.title}” up"]`).click();
  await page.locator(await controlId(page, 'Booking URL')).click();
  await page.keyboard.type(bookingUrl);
  await page.select(await controlId(page, 'Heading level of article titles'), '3');
  await page.select(await controlId(page, 'Theme'), 'light');
  const preview = await until(
    page,
    (p) => p.booking === bookingUrl && p.attributes?.articles === `${second.slug} ${first.slug}` && p.attributes?.theme === 'light',
    'the preview follows the sidebar',
  ).catch(() => page.evaluate(previewInEditor));

  await page.locator('button.editor-post-publish-panel__toggle').click();
  await page.locator('.editor-post-publish-panel button.editor-post-publish-button').click();
  await page.waitForFunction(() => window.wp.data.select('core/editor').isCurrentPostPublished() && !window.wp.data.select('core/editor').isSavingPost(), { timeout: 20000 });
  const link = await page.evaluate(() => window.wp.data.select('core/editor').getCurrentPost().link);
  return { link, preview };
}
