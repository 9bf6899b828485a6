// A reactive custom element on lit-html: the part of LitElement this widget uses.
// LitElement + ReactiveElement cost 2.9 KB gzip of the 12 KB budget; this costs a tenth.
// Same contract: declared properties with attributes, values set before upgrade kept,
// batched async updates, willUpdate/updated, updateComplete, adopted style sheets.
import { render, type TemplateResult, type nothing } from 'lit-html';

export interface PropertyDeclaration {
  /** Attribute name; the lowercased property name when omitted. */
  attribute?: string;
  type?: NumberConstructor | BooleanConstructor;
}

export type Changes = Map<PropertyKey, unknown>;

/** Returns the CSS text; `src/node/vite/minify-css.ts` squeezes these at build time. */
export const css = (text: TemplateStringsArray) => text.raw[0]!;

const sheets = new Map<string, CSSStyleSheet>();
const sheet = (text: string) => {
  let s = sheets.get(text);
  if (!s) sheets.set(text, (s = new CSSStyleSheet())), s.replaceSync(text);
  return s;
};

export abstract class ReactiveElement extends HTMLElement {
  static properties: Record<string, PropertyDeclaration> = {};
  static styles: string[] = [];
  /** Attribute name → property name, per class. */
  private static props?: Map<string, string>;

  // Called once, when the element is defined: installs the property accessors.
  static get observedAttributes(): string[] {
    this.props = new Map();
    for (const [name, d] of Object.entries(this.properties)) {
      this.props.set(d.attribute ?? name.toLowerCase(), name);
      Object.defineProperty(this.prototype, name, {
        get(this: ReactiveElement) {
          return this.#values.get(name);
        },
        set(this: ReactiveElement, v: unknown) {
          const old = this.#values.get(name);
          if (v !== old) this.#values.set(name, v), this.requestUpdate(name, old);
        },
        configurable: true,
      });
    }
    return [...this.props.keys()];
  }

  hasUpdated = false;
  #values = new Map<string, unknown>();
  #changes: Changes = new Map();
  #pending?: Promise<void>;

  constructor() {
    super();
    const ctor = this.constructor as typeof ReactiveElement;
    this.attachShadow({ mode: 'open' }).adoptedStyleSheets = ctor.styles.map(sheet);
    // Values a host set before the element was defined sit on the instance and hide the accessors.
    for (const name in ctor.properties) {
      if (Object.prototype.hasOwnProperty.call(this, name)) {
        const v = (this as Record<string, unknown>)[name];
        delete (this as Record<string, unknown>)[name];
        (this as Record<string, unknown>)[name] = v;
      }
    }
  }

  attributeChangedCallback(attr: string, _old: string | null, value: string | null): void {
    const ctor = this.constructor as typeof ReactiveElement;
    const name = ctor.props!.get(attr)!;
    const type = ctor.properties[name]!.type;
    (this as Record<string, unknown>)[name] = type === Boolean ? value !== null : value === null ? undefined : type ? Number(value) : value;
  }

  connectedCallback(): void {
    this.requestUpdate();
  }

  disconnectedCallback(): void {}

  /** Schedules an update in a microtask; `name` and its old value go into the next `Changes`. */
  requestUpdate(name?: PropertyKey, old?: unknown): void {
    if (name !== undefined && !this.#changes.has(name)) this.#changes.set(name, old);
    this.#pending ??= Promise.resolve().then(() => {
      this.#pending = undefined;
      this.#performUpdate();
    });
  }

  /** Resolves once no update is pending. */
  get updateComplete(): Promise<boolean> {
    return this.#pending ? this.#pending.then(() => this.updateComplete) : Promise.resolve(true);
  }

  // Nothing renders until the element is first connected; the host page never sees an exception.
  #performUpdate(): void {
    if (!this.isConnected) return;
    const changes = this.#changes;
    this.#changes = new Map();
    try {
      this.willUpdate(changes);
      render(this.render(), this.shadowRoot!, { host: this });
      this.hasUpdated = true;
      this.updated(changes);
    } catch (e) {
      console.error(`<${this.localName}>:`, e);
    }
  }

  protected willUpdate(_changes: Changes): void {}
  protected updated(_changes: Changes): void {}
  protected abstract render(): TemplateResult | typeof nothing;
}
