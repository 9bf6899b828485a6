// authors.yaml: optional details keyed by author name, e.g.
// `Hailey Oliver: { bio: "…", bookingUrl: "https://…", photo: hailey.jpg, shortName: Hailey }`.
import { isMap, isScalar, type Node as YamlNode } from 'yaml';
import { parseYaml, readFields, type FieldSpec } from './fields.js';
import type { Author } from './model.js';
import type { Problems } from './problems.js';

const FIELDS: FieldSpec = { credentials: 'list', bookingUrl: 'url', bio: 'string', pronoun: 'pronoun', photo: 'string', shortName: 'string' };

export function parseAuthors(source: string, file: string, problems: Problems): Author[] {
  const yaml = parseYaml(source, file, 1);
  if (yaml.node === null) return [];
  if (!isMap(yaml.node)) {
    problems.add(file, 1, 'expected author names as keys, each with its details');
    return [];
  }
  return yaml.node.items.map((pair) => {
    const name = isScalar(pair.key) ? String(pair.key.value) : '';
    const line = yaml.lineOf((pair.key as YamlNode | null)?.range?.[0] ?? 0);
    const { values: f, lines } = readFields(pair.value as YamlNode | null, FIELDS, yaml, file, line, problems);
    // A photo's problems are reported on its own line.
    const origins = lines.photo ? { photo: { file, line: lines.photo } } : undefined;
    return { name, credentials: f.credentials ?? [], ...f, file, line, ...(origins && { origins }) };
  });
}

const KEYS = ['credentials', 'bookingUrl', 'bio', 'pronoun', 'photo', 'shortName'] as const;

/** Merges what several files say about one author; a contradiction is reported, never guessed. */
export function mergeAuthor(into: Author, from: Author, problems: Problems): void {
  const empty = (v: unknown) => v === undefined || (Array.isArray(v) && !v.length);
  for (const key of KEYS) {
    const mine = into[key];
    const theirs = from[key];
    if (empty(theirs)) continue;
    if (empty(mine)) {
      Object.assign(into, { [key]: theirs });
      into.origins = { ...into.origins, [key]: from.origins?.[key as keyof NonNullable<Author['origins']>] ?? { file: from.file, line: from.line } };
    }
    else if (JSON.stringify(mine) !== JSON.stringify(theirs)) {
      problems.add(from.file, from.line, `${key} for ${into.name} differs from ${into.file}:${into.line}`);
    }
  }
}
