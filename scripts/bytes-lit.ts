// Lit alone, as the widget uses it (scripts/bytes.ts): one LitElement with a property,
// styles and a template.
import { LitElement, css, html, nothing } from 'lit';

customElements.define(
  'lit-alone',
  class extends LitElement {
    static override styles = css``;
    static override properties = { a: {} };
    declare a?: string;
    override render() {
      return this.a ? html`${this.a}` : nothing;
    }
  },
);
