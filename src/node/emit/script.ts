// The scripts, with the collection's data in front of the prebuilt widget, and the files
// the data names: bodies (when split) and interface languages. Bodies stay inside the
// script while it keeps within the gzip budget and the raw limit (budget.ts), unless
// --split or --inline says otherwise.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fitsBudget } from './budget.js';
import { classicScript, moduleScript } from './bundle.js';
import { browserData } from './data.js';
import type { Emitter } from './emitter.js';
import { gzipSize } from './files.js';
import { pageFile } from './names.js';

export const script: Emitter = (model, o) => {
  const template = readFileSync(join(o.runtime, 'practice-articles.js'), 'utf8');
  const make = (split: boolean) => {
    const built = browserData(model, { split, languages: o.languages, media: o.media, pageUrl: o.site && ((a) => new URL(pageFile(a.slug), o.site).href) });
    return { ...built, script: classicScript(template, built.data) };
  };
  let built = make(o.split ?? false);
  if (o.split === undefined && !fitsBudget(built.script, model.articles.length, gzipSize(built.script))) built = make(true);
  return [
    { path: 'practice-articles.js', content: built.script },
    { path: 'practice-articles.mjs', content: moduleScript(readFileSync(join(o.runtime, 'practice-articles.mjs'), 'utf8'), built.data) },
    ...built.files,
  ];
};
