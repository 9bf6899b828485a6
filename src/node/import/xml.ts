// A small XML scanner: feedsmith is lenient (it reads a feed with a tag left open), so
// the well-formedness check that gives a malformed feed's line and column is ours.
// The same pass reads what feedsmith has no namespace for: WordPress's `wp:` fields.

export class XmlError extends Error {
  constructor(
    readonly line: number,
    readonly column: number,
    readonly reason: string,
  ) {
    super(`line ${line}, column ${column}: ${reason}`);
  }
}

export interface XmlHandlers {
  open?(name: string, path: readonly string[]): void;
  close?(name: string, path: readonly string[]): void;
  text?(text: string, path: readonly string[]): void;
}

// Sticky, so each match starts where the scan is, without copying the rest of the text.
const NAME = /[A-Za-z_:][\w.:-]*/y;
const ENTITY = /&(?:[A-Za-z_][\w.-]*|#\d+|#x[\da-fA-F]+);/y;
const CLOSE = /\s*>/y;
// Attributes: name="value" or name='value', each value free of "<".
const ATTRS = /(?:\s+[A-Za-z_:][\w.:-]*\s*=\s*(?:"[^"<]*"|'[^'<]*'))*\s*(\/?)>/y;

const at = (re: RegExp, s: string, i: number) => {
  re.lastIndex = i;
  return re.exec(s);
};
const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decodes the entities XML itself defines; a feed's DTD-less text has no others. */
export const decodeXml = (s: string) =>
  s.replace(/&(#x[\da-fA-F]+|#\d+|\w+);/g, (m, e: string) =>
    e[0] === '#' ? String.fromCodePoint(parseInt(e[1] === 'x' ? e.slice(2) : e.slice(1), e[1] === 'x' ? 16 : 10)) : (XML_ENTITIES[e] ?? m),
  );

/** Walks the document once; throws XmlError at the first thing that is not well-formed. */
export function scanXml(xml: string, on: XmlHandlers = {}): void {
  const path: string[] = [];
  let i = 0;
  let rootSeen = false;
  const fail = (at: number, reason: string): never => {
    const before = xml.slice(0, at);
    const line = (before.match(/\n/g)?.length ?? 0) + 1;
    throw new XmlError(line, at - before.lastIndexOf('\n'), reason);
  };
  const skipTo = (end: string, what: string) => {
    const j = xml.indexOf(end, i);
    if (j < 0) fail(i, `${what} is never closed`);
    const body = xml.slice(i, j);
    i = j + end.length;
    return body;
  };
  while (i < xml.length) {
    const lt = xml.indexOf('<', i);
    const textEnd = lt < 0 ? xml.length : lt;
    if (textEnd > i) {
      const text = xml.slice(i, textEnd);
      for (let k = text.indexOf('&'); k >= 0; k = text.indexOf('&', k + 1)) {
        if (!at(ENTITY, xml, i + k)) fail(i + k, 'a bare "&" (write &amp;)');
      }
      if (!path.length && text.trim()) fail(i + text.search(/\S/), 'text outside the root element');
      if (path.length) on.text?.(decodeXml(text), path);
      i = textEnd;
      if (lt < 0) break;
    }
    if (xml.startsWith('<!--', i)) skipTo('-->', 'a comment');
    else if (xml.startsWith('<![CDATA[', i)) {
      i += 9;
      const start = i - 9;
      const body = skipTo(']]>', 'a CDATA section');
      if (!path.length) fail(start, 'CDATA outside the root element');
      on.text?.(body, path);
    } else if (xml.startsWith('<?', i)) skipTo('?>', 'a processing instruction');
    else if (xml.startsWith('<!', i)) skipTo('>', 'a declaration');
    else if (xml[i + 1] === '/') {
      const start = i;
      const name = at(NAME, xml, i + 2)?.[0];
      if (!name) fail(start, 'a "<" that starts no tag (write &lt;)');
      i += 2 + name!.length;
      const rest = at(CLOSE, xml, i);
      if (!rest) fail(i, `</${name}> is not closed with ">"`);
      i += rest![0].length;
      const open = path[path.length - 1];
      if (open !== name) fail(start, open ? `</${name}> closes <${open}>` : `</${name}> closes nothing`);
      path.pop();
      on.close?.(name!, path);
    } else {
      const start = i;
      const name = at(NAME, xml, i + 1)?.[0];
      if (!name) fail(start, 'a "<" that starts no tag (write &lt;)');
      if (!path.length && rootSeen) fail(start, `a second root element <${name}>`);
      i += 1 + name!.length;
      const attrs = at(ATTRS, xml, i);
      if (!attrs) fail(start, `<${name}> has a malformed attribute or is not closed with ">"`);
      i += attrs![0].length;
      rootSeen = true;
      path.push(name!);
      on.open?.(name!, path);
      if (attrs![1]) {
        path.pop();
        on.close?.(name!, path);
      }
    }
  }
  if (path.length) fail(xml.length, `<${path[path.length - 1]}> is never closed`);
  if (!rootSeen) fail(0, 'no XML element');
}

/** What a WordPress export (WXR) says about each item, in item order, and its authors. */
export interface WxrFacts {
  /** Each item's `wp:` fields, with its `guid` and `title` to pair it with the feed reader's item. */
  items: Record<string, string>[];
  /** author_login → display name */
  authors: Map<string, string>;
  /** Whether the file says it is a WordPress export: the namespace, or an element only an export has. */
  wordpress: boolean;
}

const WXR_ITEM = ['wp:status', 'wp:post_type', 'wp:post_password', 'excerpt:encoded', 'guid', 'title'];
/** Elements only a WordPress export has; one of them makes the file an export, wherever it is. */
const WXR_ONLY = new Set(['wp:wxr_version', 'wp:status', 'wp:post_type', 'wp:post_password', 'wp:base_site_url']);

/**
 * Scans RSS for the fields feedsmith skips; throws XmlError if it is malformed. Element
 * names are compared in lowercase, as feedsmith reads them, so both see the same items.
 */
export function scanWxr(xml: string): WxrFacts {
  const facts: WxrFacts = { items: [], authors: new Map(), wordpress: /\bxmlns:wp\s*=\s*["']https?:\/\/wordpress\.org\/export\//i.test(xml) };
  let item: Record<string, string> | undefined;
  let author: Record<string, string> | undefined;
  scanXml(xml, {
    open(tag, path) {
      const name = tag.toLowerCase();
      if (WXR_ONLY.has(name)) facts.wordpress = true;
      if (name === 'item' && path.length === 3) facts.items.push((item = {}));
      if (name === 'wp:author' && path.length === 3) author = {};
    },
    close(tag, path) {
      const name = tag.toLowerCase();
      if (name === 'item' && path.length === 2) item = undefined;
      if (name === 'wp:author' && path.length === 2 && author) {
        if (author['wp:author_login']) facts.authors.set(author['wp:author_login'], author['wp:author_display_name'] || author['wp:author_login']);
        author = undefined;
      }
    },
    text(text, path) {
      const name = path[path.length - 1]!.toLowerCase();
      if (item && path.length === 4 && WXR_ITEM.includes(name)) item[name] = (item[name] ?? '') + text;
      if (author && path.length === 4) author[name] = ((author[name] ?? '') + text).trim();
    },
  });
  for (const it of facts.items) for (const k of Object.keys(it)) it[k] = it[k]!.trim();
  return facts;
}

/** What an Atom file says about each entry that feedsmith reads not at all (Blogger's fields) or only in part. */
export interface AtomFacts {
  /** Each entry's `id`, `title`, `blogger:type`, `blogger:status` and `app:draft`, in order. */
  entries: Record<string, string>[];
  /** Whether the file is a Blogger export of the kind with `blogger:type` and `blogger:status` (2018 on). */
  blogger: boolean;
}

const ATOM_ENTRY = ['id', 'title', 'blogger:type', 'blogger:status'];

/** Scans an Atom file (already known to be well-formed) for what says whether an entry is a published post. */
export function scanAtom(xml: string): AtomFacts {
  const facts: AtomFacts = { entries: [], blogger: /\bxmlns:blogger\s*=\s*["']https?:\/\/schemas\.google\.com\/blogger\//i.test(xml) };
  let entry: Record<string, string> | undefined;
  scanXml(xml, {
    open(tag, path) {
      const name = tag.toLowerCase();
      if (name === 'entry' && path.length === 2) facts.entries.push((entry = {}));
      if (name === 'blogger:type' || name === 'blogger:status') facts.blogger = true;
    },
    close(tag, path) {
      if (tag.toLowerCase() === 'entry' && path.length === 1) entry = undefined;
    },
    text(text, path) {
      const name = path[path.length - 1]!.toLowerCase();
      if (entry && path.length === 3 && ATOM_ENTRY.includes(name)) entry[name] = (entry[name] ?? '') + text;
      if (entry && path.length === 4 && name === 'app:draft' && path[2]!.toLowerCase() === 'app:control') entry['app:draft'] = (entry['app:draft'] ?? '') + text;
    },
  });
  for (const it of facts.entries) for (const k of Object.keys(it)) it[k] = it[k]!.trim();
  return facts;
}
