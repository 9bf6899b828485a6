// The host page's own Lit element, from its own copy of Lit.
import { LitElement, html } from 'lit';

customElements.define(
  'host-greeting',
  class extends LitElement {
    render() {
      return html`<p>Hello from the host's Lit</p>`;
    }
  },
);
