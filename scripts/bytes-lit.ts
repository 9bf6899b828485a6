// Lit alone, as the widget uses it (scripts/bytes.ts): one LitElement with a property,
// styles (through `unsafeCSS`, as src/internal/css.ts makes them) and a template.
import { LitElement, html, nothing, unsafeCSS } from 'lit';

customElements.define(
  'lit-alone',
  class extends LitElement {
    static override styles = unsafeCSS('');
    static override properties = { a: {} };
    declare a?: string;
    override render() {
      return this.a ? html`${this.a}` : nothing;
    }
  },
);
