// Styles without Lit's `css` tag: the widget's sheets are plain literals (no values inside),
// so Lit's own `unsafeCSS`, which LitElement ships anyway, makes the same CSSResult, and the
// tag's value checks (with their long error text) stay out of the script.
import { unsafeCSS, type CSSResult } from 'lit';

/** A literal style sheet: `css\`…\`` with no `${}` inside (the type allows none). */
export const css = ([text]: TemplateStringsArray): CSSResult => unsafeCSS(text);
