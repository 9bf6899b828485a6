// YAML fields, for Markdown frontmatter and authors.yaml: every field's type is checked,
// and every problem is reported with the field's own line.
import { LineCounter, parseDocument, isMap, isScalar, isSeq, visit, type Node as YamlNode } from 'yaml';
import { isSafeUrl } from '../../shared/url.js';
import type { Pronoun } from './model.js';
import { SeedError, type Problems } from './problems.js';
import { cleanText, forbiddenIn, isCalendarDate, publishable } from './text-rules.js';

export interface RelatedField {
  title: string;
  url?: string;
}

/** Every field either file may hold. */
export interface Fields {
  title: string;
  slug: string;
  author: string;
  credentials: string[];
  bookingUrl: string;
  date: string;
  updated: string;
  reviewed: string;
  reviewedBy: string;
  note: string;
  image: string;
  imageAlt: string;
  tags: string[];
  summary: string;
  related: RelatedField[];
  bio: string;
  pronoun: Pronoun;
  url: string;
  lang: string;
  photo: string;
  shortName: string;
  /** Where `import` took the article from: read by the next import, ignored by the build. */
  source: Record<string, string>;
}

type FieldType = 'string' | 'list' | 'url' | 'date' | 'lang' | 'pronoun' | 'related' | 'source';
export type FieldSpec = Partial<Record<keyof Fields, FieldType>>;

export interface ReadFields {
  values: Partial<Fields>;
  /** The line each field is on. */
  lines: Partial<Record<keyof Fields, number>>;
}

export interface YamlText {
  node: YamlNode | null;
  lineOf: (offset: number) => number;
}

/**
 * Parses YAML whose first line is `baseLine` of `file`; a syntax error is fatal for the file.
 * Characters pages can't carry are problems, whether written raw or as escapes (`"\0"`);
 * without `problems`, the first one is thrown.
 */
export function parseYaml(text: string, file: string, baseLine: number, problems?: Problems): YamlText {
  const report = (line: number, reason: string) => {
    if (!problems) throw new SeedError(file, line, reason);
    problems.add(file, line, reason);
  };
  const clean = cleanText(text, report, baseLine);
  const counter = new LineCounter();
  const lineOf = (offset: number) => baseLine + counter.linePos(offset).line - 1;
  const doc = parseDocument(clean, { lineCounter: counter, prettyErrors: false });
  const err = doc.errors[0];
  if (err) throw new SeedError(file, lineOf(err.pos[0]), `invalid YAML: ${err.message.split('\n')[0]}`);
  visit(doc, {
    Scalar(_, node) {
      if (typeof node.value !== 'string') return;
      const reason = forbiddenIn(node.value);
      if (reason) report(lineOf(node.range?.[0] ?? 0), `text ${reason}`);
      node.value = publishable(node.value); // an escaped "\v" is a line break too
    },
  });
  return { node: doc.contents as YamlNode | null, lineOf };
}

/** A scalar's text, on one line: a title or a name never holds a line break (a bio, read apart, may). */
const scalar = (v: unknown, keepLines = false): string | undefined => {
  if (!isScalar(v) || (typeof v.value !== 'string' && typeof v.value !== 'number')) return undefined;
  const text = String(v.value).trim();
  return keepLines ? text : text.replace(/\s*[\n\r]\s*/g, ' ');
};

const URL_RULE = 'must be an absolute https:, http:, mailto: or tel: URL';

/** Reads a mapping of fields; unknown fields and wrong types are reported, and the rest kept. */
export function readFields(
  node: YamlNode | null | undefined,
  spec: FieldSpec,
  yaml: YamlText,
  file: string,
  at: number,
  problems: Problems,
): ReadFields {
  const out: ReadFields = { values: {}, lines: {} };
  if (node == null || (isScalar(node) && node.value == null)) return out; // `Name:` with every field commented out
  if (!isMap(node)) {
    problems.add(file, at, 'expected a mapping of fields (name: value)');
    return out;
  }
  const values = out.values as Record<string, unknown>;
  for (const pair of node.items) {
    const key = scalar(pair.key) ?? '';
    const line = yaml.lineOf((pair.key as YamlNode | null)?.range?.[0] ?? 0);
    const type = spec[key as keyof Fields];
    const bad = (reason: string) => problems.add(file, line, `field "${key}" ${reason}`);
    if (!type) {
      problems.add(file, line, `unknown field "${key}"; known fields: ${Object.keys(spec).join(', ')}`);
      continue;
    }
    out.lines[key as keyof Fields] = line;
    const value = pair.value;
    const s = scalar(value);
    switch (type) {
      case 'string':
        if (s === undefined) bad('must be a string');
        else values[key] = key === 'bio' ? scalar(value, true) : s;
        break;
      case 'list':
        // A single string is accepted where a list is expected: `credentials: LCSW, LMFT`.
        if (s !== undefined) values[key] = s.split(/\s*,\s*/).filter(Boolean);
        else if (isSeq(value) && value.items.every((v) => scalar(v) !== undefined)) values[key] = value.items.map((v) => scalar(v)!);
        else bad('must be a list of strings');
        break;
      case 'url':
        if (s === undefined || !isSafeUrl(s)) bad(`${URL_RULE}${s ? `, not "${s}"` : ''}`);
        else values[key] = s;
        break;
      case 'date':
        if (s === undefined || !/^\d{4}-\d{2}-\d{2}$/.test(s)) bad('must be a date written YYYY-MM-DD');
        else if (!isCalendarDate(s)) bad(`must be a real date: ${s} is not in the calendar`);
        else values[key] = s;
        break;
      case 'lang':
        try {
          values[key] = Intl.getCanonicalLocales(s ?? '')[0];
          if (!s) bad('must be a language tag such as en, es or pt-BR');
        } catch {
          bad(`must be a language tag such as en, es or pt-BR, not "${s}"`);
        }
        break;
      case 'source':
        if (!isMap(value) || !value.items.every((p) => scalar(p.key) && scalar(p.value) !== undefined)) bad('must be a mapping of names to text (import writes it)');
        else values[key] = Object.fromEntries(value.items.map((p) => [scalar(p.key)!, scalar(p.value)!]));
        break;
      case 'pronoun':
        if (s !== 'her' && s !== 'him' && s !== 'them') bad('must be her, him or them');
        else values[key] = s;
        break;
      case 'related': {
        const items = s !== undefined ? [value] : isSeq(value) ? value.items : undefined;
        const related = items?.map((item): RelatedField | undefined => {
          const title = scalar(item);
          if (title) return { title };
          if (!isMap(item)) return undefined;
          const t = scalar(item.get('title', true));
          const url = scalar(item.get('url', true));
          if (!t) return undefined;
          if (url !== undefined && !isSafeUrl(url)) {
            bad(`has a url that ${URL_RULE}: "${url}"`);
            return { title: t };
          }
          return url === undefined ? { title: t } : { title: t, url };
        });
        if (!related || related.some((r) => !r)) bad('must be a list of titles, or of { title, url }');
        else values[key] = related;
        break;
      }
    }
  }
  return out;
}
