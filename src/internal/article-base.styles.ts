import { css } from './css.js';

// `all: initial` stops the host page's inherited line-height, colour, alignment and
// letter-spacing at the door. The text size follows the surrounding text (1em is the
// parent's size), within a readable 15–22 px, whatever the host did to `html { font-size }`.
// Only the font family is inherited on purpose. Direction inherits, as `all` leaves it.
export default css`
  :host {
    all: initial;
    display: block;
    container-type: inline-size;
    font-family: var(--pa-font, inherit);
    font-size: clamp(15px, 1em, 22px);
    line-height: 1.5;
    overflow-wrap: anywhere;
  }
  :host([hidden]) {
    display: none;
  }
  .root {
    color-scheme: light;
    --_a: var(--pa-accent, #2f6f5e);
    --_o: var(--pa-on-accent, #fff);
    --_s: var(--pa-surface, #fff);
    --_t: var(--pa-text, #1d2421);
    --_m: var(--pa-muted, #4d5752);
    --_b: var(--pa-border, #cfd8d4);
    --_r: var(--pa-radius, 0.75em);
    color: var(--_t);
  }
  .dark {
    color-scheme: dark;
    --_a: var(--pa-accent, #86d1b8);
    --_o: var(--pa-on-accent, #0d1f19);
    --_s: var(--pa-surface, #1b2220);
    --_t: var(--pa-text, #edf2ef);
    --_m: var(--pa-muted, #b5c1bb);
    --_b: var(--pa-border, #3d4a45);
  }
  * {
    box-sizing: border-box;
  }
  h1,
  h2,
  h3,
  h4,
  h5,
  h6 {
    font-size: 1.25em;
    line-height: 1.3;
    text-wrap: balance;
  }
  /* "More from …" under a card or the author section: a label, not a second title. */
  :is(.card, .about) :is(h2, h3, h4, h5, h6):not([part]) {
    font-size: 1em;
  }
  h1,
  h2,
  h3,
  h4,
  h5,
  h6,
  p,
  ul,
  ol {
    margin: 0;
  }
  .card {
    display: flex;
    flex-flow: column;
    gap: 0.75em;
    height: 100%;
    padding: 1.25em;
    background: var(--_s);
    border: 1px solid var(--_b);
    border-radius: var(--_r);
  }
  .who {
    display: flex;
    align-items: center;
    gap: 0.75em;
  }
  .avatar {
    display: grid;
    flex: none;
    place-items: center;
    width: 2.75em;
    height: 2.75em;
    border-radius: 50%;
    background: var(--_a);
    color: var(--_o);
    font-size: 0.875em;
    font-weight: 600;
    object-fit: cover;
  }
  .big {
    font-size: 1.25em;
  }
  .name {
    font-weight: 600;
  }
  .meta,
  .note {
    color: var(--_m);
    font-size: 0.875em;
  }
  .cover {
    display: block;
    width: 100%;
    height: auto;
    border-radius: var(--_r);
  }
  .cw {
    border-inline-start: 3px solid var(--_a);
    padding-inline-start: 0.75em;
  }
  .bio,
  .more {
    display: grid;
    gap: 0.5em;
  }
  /* Room for the markers on both sides: a title in the other direction (dir="auto") puts its marker on the other side. */
  .more {
    padding-inline: 1.25em;
  }
  .more :is(a, button) {
    display: inline-block;
    padding: 0.25em 0;
  }
  .actions {
    display: flex;
    flex-flow: wrap;
    gap: 0.5em;
    margin-top: auto;
  }
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-width: 2.75em;
    min-height: 2.75em;
    padding: 0.5em 1em;
    border: 2px solid var(--_a);
    border-radius: var(--_r);
    background: var(--_s);
    color: var(--_t);
    font: inherit;
    font-weight: 600;
    text-decoration: none;
    cursor: pointer;
  }
  .book {
    background: var(--_a);
    color: var(--_o);
  }
  .quiet {
    border-color: var(--_b);
  }
  .link {
    border: 0;
    background: none;
    color: inherit;
    font: inherit;
    text-align: start;
    text-decoration: underline;
    cursor: pointer;
  }
  :focus-visible {
    outline: 3px solid var(--_a);
    outline-offset: 2px;
  }
  a {
    color: inherit;
  }
  dialog {
    width: min(44em, 100%);
    height: 100%;
    max-height: 100%;
    overflow: auto; /* WebKit's dialog doesn't scroll by itself */
    overscroll-behavior: contain;
    padding: 0;
    border: 0;
    border-radius: var(--_r);
    background: var(--_s);
    color: var(--_t);
  }
  dialog::backdrop {
    background: #0009;
  }
  .bar {
    position: sticky;
    top: 0;
    display: flex;
    flex-flow: wrap;
    align-items: center;
    gap: 0.5em;
    padding: 0.75em;
    background: var(--_s);
  }
  .note {
    flex: 1;
  }
  .reader,
  .text {
    display: grid;
    gap: 1em;
  }
  .reader {
    padding: 0 clamp(1em, 5vw, 2.5em) 2em;
    font-size: 1.0625em;
    line-height: 1.65;
  }
  .reader [part='title'] {
    margin-bottom: 0.5em;
    font-size: 1.5em;
  }
  .state,
  .about {
    display: grid;
    gap: 0.75em;
    justify-items: start;
  }
  .state {
    min-height: 50vh;
    color: var(--_m);
  }
  .about {
    padding-top: 1em;
    border-top: 1px solid var(--_b);
  }
`;
