// Helpers that find things the way a user does: by role, name and text.
import { aTimeout, expect, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

export const TRUST = 'building-and-maintaining-trust-in-relationships-the-heartbeat-of-connection';
export const SELF_ESTEEM = 'nurturing-self-esteem-in-relationships-a-path-to-healthier-connections';
export const LOVE = 'nurturing-love-a-journey-of-healing-resilience-and-growth-in-romantic-relationships';
/** The seed's one author, whose card gathers her title-only entries. */
export const HAILEY = 'Hailey Oliver';
export const TITLES = [
  'Building and Maintaining Trust in Relationships: The Heartbeat of Connection',
  'Nurturing Self-Esteem in Relationships: A Path to Healthier Connections',
  'Nurturing Love: A Journey of Healing, Resilience, and Growth in Romantic Relationships',
];

const root = (el: Element) => el.shadowRoot!;
const nameOf = (el: Element) => (el.getAttribute('aria-label') ?? el.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Every element matching `selector` in the element's shadow tree. */
export const all = <T extends Element = HTMLElement>(el: Element, selector: string) => [...root(el).querySelectorAll<T & Element>(selector)] as T[];

/** The button whose accessible name starts with `name`. */
export function button(el: Element, name: string | RegExp): HTMLButtonElement | undefined {
  return all<HTMLButtonElement>(el, 'button').find((b) => (typeof name === 'string' ? nameOf(b).startsWith(name) : name.test(nameOf(b))));
}

/** Links whose text starts with `name`. */
export const links = (el: Element, name: string) => all<HTMLAnchorElement>(el, 'a').filter((a) => nameOf(a).startsWith(name));

/** Headings' text, in order, with their levels. */
export const headings = (el: Element, scope = '') =>
  all(el, ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map((h) => `${scope} ${h}`).join()).map((h) => [h.localName, h.textContent!.trim()]);

/** Slides: the groups in the carousel's track (their role description is "slide" in English). */
export const slides = (el: Element) => all(el, '.track > [role="group"][aria-roledescription]');

/** The slides a user can reach now (not inert). */
export const liveSlides = (el: Element) => slides(el).filter((s) => !s.inert).map((s) => s.getAttribute('aria-label'));

/** The element focused inside `el`'s shadow tree. */
export const focused = (el: Element) => root(el).activeElement as HTMLElement | null;

export const dialog = (el: Element) => root(el).querySelector('dialog')!;

/** Collects the events of `type` that reach the document. */
export function record<T>(type: string): CustomEvent<T>[] {
  const seen: CustomEvent<T>[] = [];
  document.addEventListener(type, (e) => seen.push(e as CustomEvent<T>));
  return seen;
}

/** Captures console.warn while `fn` runs. */
export async function warnings(fn: () => unknown): Promise<string[]> {
  const original = console.warn;
  const seen: string[] = [];
  console.warn = (...args: unknown[]) => seen.push(args.join(' '));
  try {
    await fn();
  } finally {
    console.warn = original;
  }
  return seen;
}

/** Waits until the carousel has measured itself and any scroll has come to rest. */
export async function settled(el: Element & { updateComplete: Promise<unknown> }) {
  await el.updateComplete;
  await aTimeout(350);
  await el.updateComplete;
}

/** waitUntil with room for a loaded CI machine. */
export const until = (condition: () => unknown, message?: string) => waitUntil(condition, message, { timeout: 5000 });

export type PageWindow = Window & typeof globalThis & { pageErrors: string[]; cspViolations: string[]; axe?: AxeLike };
interface AxeLike {
  run(context: Element, options: object): Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }>;
}

/** Opens a test page in an iframe of `width` px and waits until its widgets have rendered. */
export async function openPage(path: string, width = 1280) {
  const frame = document.createElement('iframe');
  frame.style.cssText = `width:${width}px;height:900px;border:0`;
  frame.src = path;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const win = frame.contentWindow as PageWindow;
  const doc = frame.contentDocument!;
  const carousel = doc.querySelector('practice-articles');
  const card = doc.querySelector('practice-article-card');
  await until(
    () => (!carousel || carousel.shadowRoot?.querySelector('[part="card"]')) && (!card || card.shadowRoot?.querySelector('[part="card"]')),
    `${path} renders`,
  );
  await aTimeout(50); // let the carousel measure itself
  return { frame, win, doc, carousel: carousel!, card: card!, close: () => frame.remove() };
}

/** Every resource the page loaded came from the page's own origin. */
export function requestsStayHome(win: PageWindow) {
  const urls = win.performance.getEntriesByType('resource').map((r) => r.name);
  expect(urls.filter((u) => new URL(u).origin !== win.location.origin)).to.deep.equal([]);
}

/** Runs axe-core's WCAG 2.2 A/AA rules on `el` inside its own page; returns "rule: target" lines. */
export async function axeViolations(win: PageWindow, el: Element): Promise<string[]> {
  if (!win.axe) {
    const script = win.document.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    win.document.head.append(script);
    await new Promise((resolve) => script.addEventListener('load', resolve, { once: true }));
  }
  const { violations } = await win.axe!.run(el, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
  });
  return violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${JSON.stringify(n.target)}`));
}

export interface Media {
  colorScheme?: 'light' | 'dark';
  reducedMotion?: 'reduce' | 'no-preference';
}

/**
 * Skips the running test by name where the engine can't do what it needs; the reason is
 * printed in the run's summary (test/engines.mjs).
 */
export async function skipBecause(test: Mocha.Context, reason: string): Promise<void> {
  await executeServerCommand('pa-skip', { test: test.test!.fullTitle(), reason });
  test.skip();
}

/** Emulates media features in every engine that can (test/engines.mjs); skips the test where the engine can't. */
export async function emulate(test: Mocha.Context, media: Media): Promise<void> {
  const result = await executeServerCommand<{ unsupported?: string }, Media>('pa-media', media);
  if (result?.unsupported) await skipBecause(test, result.unsupported);
}

/** Turns a real mouse wheel over a point of the test page; skips the test where the engine can't. */
export async function wheel(test: Mocha.Context, x: number, y: number, deltaY: number): Promise<void> {
  const result = await executeServerCommand<{ unsupported?: string }, object>('pa-wheel', { x, y, deltaY });
  if (result?.unsupported) await skipBecause(test, result.unsupported);
}

/** Puts media features back to the engine's defaults, where the engine can emulate them at all. */
export const resetMedia = () => executeServerCommand('pa-media', {});

/** How the test server answers body files from now on: failing (503), late (ms), or as usual (no argument). */
export const network = (how: { bodiesDown?: boolean; bodiesDelay?: number } = {}) => executeServerCommand('pa-network', how);

/** Body files this window has requested so far. */
export const bodyRequests = (win: Window) => win.performance.getEntriesByType('resource').filter((r) => r.name.includes('/bodies/')).map((r) => r.name);
