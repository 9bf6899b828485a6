// practice.yaml: optional, in the articles folder. What the practice says about itself:
//
//   name: Riverside Counselling            # JSON-LD publisher, og:site_name, page titles
//   siteUrl: https://riverside.example/articles/   # default for --site-url
//   bookingUrl: https://riverside.example/book     # default for --booking-url
//   lang: en-GB                            # default for --lang
//   support:                               # the end of every reader and article page
//     text: If you are in crisis, call or text 988.
//     url: tel:988
//
// Every field is optional and nothing is defaulted: an absent field stays absent.
// Problems are reported as `file:line: reason`, with the field's own line.
import { isMap, isScalar, type Node as YamlNode, type Pair } from 'yaml';
import { isSafeUrl } from '../../shared/url.js';
import { parseYaml, type YamlText } from './fields.js';
import type { Problems } from './problems.js';

export const PRACTICE_FILE = 'practice.yaml';

/** A support line: "If you are in crisis, call or text 988." with `tel:988`. */
export interface SupportLine {
  text: string;
  /** https:, http:, mailto: or tel:. */
  url?: string;
}

export interface Practice {
  /** The practice's name, as written. */
  name?: string;
  /** Absolute http: or https: address of the built folder. */
  siteUrl?: string;
  /** https:, http:, mailto: or tel:. */
  bookingUrl?: string;
  /** Canonical BCP 47 tag, e.g. "pt-BR". */
  lang?: string;
  support?: SupportLine;
}

const FIELDS = ['name', 'siteUrl', 'bookingUrl', 'lang', 'support'] as const;
const SUPPORT_FIELDS = ['text', 'url'] as const;
const URL_RULE = 'must be an absolute https:, http:, mailto: or tel: URL';

// fields.ts keeps its scalar reader private; this is the same rule: a string or a number, trimmed.
const scalar = (v: unknown): string | undefined =>
  isScalar(v) && (typeof v.value === 'string' || typeof v.value === 'number') ? String(v.value).trim() : undefined;

const keyOf = (pair: Pair) => scalar(pair.key) ?? '';
const lineOf = (yaml: YamlText, pair: Pair) => yaml.lineOf((pair.key as YamlNode | null)?.range?.[0] ?? 0);

/**
 * Why `s` can't be the public address of the built folder, or undefined when it can: pages
 * are resolved against it, so a ?query or #fragment would be dropped from every link (and
 * a path without its last /), and a user:password would be published in every page.
 */
export function siteUrlProblem(s: string): string | undefined {
  let u: URL;
  try {
    u = new URL(s);
  } catch {
    return 'must be an absolute https: or http: URL';
  }
  if (!['https:', 'http:'].includes(u.protocol) || !/^https?:\/\//i.test(s)) return 'must be an absolute https: or http: URL';
  if (u.search || u.hash || s.includes('#')) return 'must be the address of the folder, without a ?query or #fragment';
  if (u.username || u.password) return 'must not hold a user name or password: it is written into every page';
  return undefined;
}

/** A string field's value, or a problem: absent, empty or not a string. */
function text(pair: Pair, report: (reason: string) => void): string | undefined {
  const s = scalar(pair.value);
  if (s === undefined) report('must be a string');
  else if (!s) report('is empty');
  else return s;
  return undefined;
}

function url(pair: Pair, ok: (s: string) => boolean, rule: string, report: (reason: string) => void): string | undefined {
  const s = scalar(pair.value);
  if (s !== undefined && ok(s)) return s;
  report(`${rule}${s ? `, not "${s}"` : ''}`);
  return undefined;
}

/** `support: { text, url }`, or just its text: `support: If you are in crisis, call 988.` */
function support(pair: Pair, yaml: YamlText, file: string, problems: Problems): SupportLine | undefined {
  const at = lineOf(yaml, pair);
  if (isScalar(pair.value) && typeof pair.value.value === 'string') {
    const t = text(pair, (reason) => problems.add(file, at, `field "support" ${reason}`));
    return t === undefined ? undefined : { text: t };
  }
  if (!isMap(pair.value)) {
    problems.add(file, at, 'field "support" must be a text, or { text, url }');
    return undefined;
  }
  const out: Partial<SupportLine> = {};
  for (const item of pair.value.items) {
    const key = keyOf(item);
    const report = (reason: string) => problems.add(file, lineOf(yaml, item), `field "support.${key}" ${reason}`);
    if (key === 'text') out.text = text(item, report);
    else if (key === 'url') out.url = url(item, isSafeUrl, URL_RULE, report);
    else report(`is unknown; known fields: ${SUPPORT_FIELDS.join(', ')}`);
  }
  if (out.text === undefined) {
    // A bad text was reported where it is; a missing one is reported here.
    if (!pair.value.items.some((item) => keyOf(item) === 'text')) problems.add(file, at, 'field "support" needs a text');
    return undefined;
  }
  return out.url === undefined ? { text: out.text } : { text: out.text, url: out.url };
}

/**
 * Reads practice.yaml (`source`, `undefined` when the folder has none). Every problem
 * goes to `problems`; what is valid is kept, so one run reports them all.
 */
export function parsePractice(source: string | undefined, file: string, problems: Problems): Practice {
  const practice: Practice = {};
  if (source === undefined) return practice;
  const yaml = problems.attempt(() => parseYaml(source, file, 1));
  const root = yaml?.node;
  if (!yaml || root == null || (isScalar(root) && root.value == null)) return practice; // empty, or only comments
  if (!isMap(root)) {
    problems.add(file, yaml.lineOf(root.range?.[0] ?? 0), 'expected a mapping of fields (name: value)');
    return practice;
  }
  for (const pair of root.items) {
    const key = keyOf(pair);
    const report = (reason: string) => problems.add(file, lineOf(yaml, pair), `field "${key}" ${reason}`);
    switch (key as (typeof FIELDS)[number]) {
      case 'name':
        practice.name = text(pair, report);
        break;
      case 'siteUrl':
      {
        const s = scalar(pair.value);
        const why = s ? siteUrlProblem(s) : 'must be an absolute https: or http: URL';
        if (why) report(`${why}${s ? `, not "${s}"` : ''}`);
        else practice.siteUrl = s;
      }
        break;
      case 'bookingUrl':
        practice.bookingUrl = url(pair, isSafeUrl, URL_RULE, report);
        break;
      case 'lang': {
        const s = scalar(pair.value);
        try {
          practice.lang = Intl.getCanonicalLocales(s || '-')[0];
        } catch {
          report(`must be a language tag such as en, es or pt-BR${s ? `, not "${s}"` : ''}`);
        }
        break;
      }
      case 'support':
        practice.support = support(pair, yaml, file, problems);
        break;
      default:
        problems.add(file, lineOf(yaml, pair), `unknown field "${key}"; known fields: ${FIELDS.join(', ')}`);
    }
  }
  for (const k of FIELDS) if (practice[k] === undefined) delete practice[k];
  return practice;
}
