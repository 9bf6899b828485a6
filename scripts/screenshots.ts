// npm run screenshots: renders the demo pages in Chromium and writes the README's
// pictures into docs/. Run it after `npm run build` whenever the look changes.
import { mkdirSync } from 'node:fs';
import puppeteer, { type Page } from 'puppeteer-core';
import { listen, staticServer } from '../src/node/serve.ts';

const server = staticServer({ root: process.cwd() });
const base = `http://127.0.0.1:${await listen(server)}/demo/`;

const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--hide-scrollbars', '--font-render-hinting=none'],
});
mkdirSync('docs', { recursive: true });

async function open(page: Page, path: string, width: number, height = 800) {
  await page.setViewport({ width, height, deviceScaleFactor: 1 });
  await page.goto(base + path, { waitUntil: 'load' });
  await page.waitForFunction(() => document.querySelector('practice-articles, practice-article-card')?.shadowRoot?.querySelector('[part="card"]'));
  await new Promise((r) => setTimeout(r, 400)); // the carousel measures itself
}

/** A screenshot of one element, with a margin of the page around it. */
async function shot(page: Page, selector: string, file: string, margin = 16) {
  const box = await page.$eval(selector, (el) => {
    const r = el.getBoundingClientRect();
    return { x: r.left + scrollX, y: r.top + scrollY, width: r.width, height: r.height };
  });
  await page.screenshot({ path: `docs/${file}`, clip: { x: Math.max(0, box.x - margin), y: Math.max(0, box.y - margin), width: box.width + 2 * margin, height: box.height + 2 * margin } });
  console.log(`docs/${file}`);
}

const page = await browser.newPage();
await open(page, 'clinic.html', 1280);
await shot(page, 'practice-articles', 'carousel-light.png');

await open(page, 'theming.html', 1280);
await shot(page, '.night', 'carousel-dark.png', 0);

await open(page, 'blog.html', 900);
await shot(page, 'article', 'card-in-a-post.png');

await open(page, 'clinic.html', 1280, 760);
await page.evaluate(() => (document.querySelector('practice-articles')!.shadowRoot!.querySelector('[part="read"]') as HTMLElement).click());
await new Promise((r) => setTimeout(r, 400));
await page.screenshot({ path: 'docs/reader.png' });
console.log('docs/reader.png');

await open(page, 'clinic.html', 390, 844);
await page.evaluate(() => document.querySelector('#reading')!.scrollIntoView());
await page.screenshot({ path: 'docs/phone.png' });
console.log('docs/phone.png');

await open(page, 'languages.html', 390, 844);
await page.evaluate(() => document.querySelector('[dir="rtl"]')!.scrollIntoView());
await new Promise((r) => setTimeout(r, 300));
await page.screenshot({ path: 'docs/phone-hebrew.png' });
console.log('docs/phone-hebrew.png');

await browser.close();
server.close();
