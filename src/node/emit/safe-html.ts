// HTML and XML escaped by construction, as lit-html does in the browser: every value a
// template interpolates is escaped; markup passes only as a SafeHtml (another template's
// result) or through raw(), the one explicit door, easy to find in a search.

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeText = (text: string) => text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);

const HTML = Symbol('SafeHtml');
const XML = Symbol('SafeXml');

/** Markup that is safe to write: built by `html`, or vouched for with `raw`. */
export interface SafeHtml {
  readonly [HTML]: string;
  toString(): string;
}

export interface SafeXml {
  readonly [XML]: string;
  toString(): string;
}

/** What a template may interpolate. `false`, `null` and `undefined` write nothing (for `${x && html`…`}`). */
export type HtmlValue = string | number | SafeHtml | null | undefined | false | readonly HtmlValue[];
export type XmlValue = string | number | SafeXml | null | undefined | false | readonly XmlValue[];

const safeHtml = (text: string): SafeHtml => ({ [HTML]: text, toString: () => text });
const safeXml = (text: string): SafeXml => ({ [XML]: text, toString: () => text });

const isHtml = (v: unknown): v is SafeHtml => typeof v === 'object' && v !== null && HTML in v;
const isXml = (v: unknown): v is SafeXml => typeof v === 'object' && v !== null && XML in v;

function render<V>(strings: TemplateStringsArray, values: readonly V[], one: (v: V) => string): string {
  let out = strings[0]!;
  values.forEach((v, i) => (out += one(v) + strings[i + 1]!));
  return out;
}

function htmlValue(v: HtmlValue): string {
  if (v === null || v === undefined || v === false) return '';
  if (Array.isArray(v)) return v.map(htmlValue).join('');
  if (isHtml(v)) return v[HTML];
  return escapeText(String(v));
}

/** An HTML template: every interpolated string is escaped for text and quoted attributes alike. */
export const html = (strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml => safeHtml(render(strings, values, htmlValue));

/** Trusted markup, written as is: JSON-LD already escaped for a script, the build's own CSS. */
export const raw = (trusted: string): SafeHtml => safeHtml(trusted);

/** Joins fragments with a separator (which is text, so it is escaped). */
export const join = (parts: readonly HtmlValue[], separator: string): SafeHtml =>
  safeHtml(parts.filter((p) => p !== null && p !== undefined && p !== false && p !== '').map(htmlValue).join(escapeText(separator)));

/** Characters XML 1.0 forbids: C0 controls but tab, LF and CR; U+FFFE, U+FFFF; lone surrogates. */
// The `u` flag reads surrogate pairs as one character, so test lone ones without it.
const LONE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/;

/** Throws on a character no XML document may hold; escaping can't help those. */
export function assertXmlText(text: string): string {
  const bad = CONTROL.exec(text) ?? LONE.exec(text);
  if (bad) throw new Error(`U+${bad[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')} at ${bad.index} can't be written in XML`);
  return text;
}

function xmlValue(v: XmlValue): string {
  if (v === null || v === undefined || v === false) return '';
  if (Array.isArray(v)) return v.map(xmlValue).join('');
  if (isXml(v)) return v[XML];
  return escapeText(assertXmlText(String(v)));
}

/** An XML template: escapes like `html`, and refuses (throws on) characters XML forbids. */
export const xml = (strings: TemplateStringsArray, ...values: XmlValue[]): SafeXml =>
  safeXml(assertXmlText(render(strings, values, xmlValue)));
