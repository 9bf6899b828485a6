import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { format } from '../../src/shared/i18n.ts';
import { translations } from '../../src/shared/translations/index.ts';

const { en } = translations;
/** Strings that say nothing without their values: who reviewed, when, which topic. */
const KEEP = new Set(['reviewed', 'reviewedNoDate', 'updated', 'published', 'noTopic', 'position', 'range', 'minutes']);
const placeholders = (text: unknown): string[] => {
  const forms = typeof text === 'string' ? [text] : Object.values(text as Record<string, string>);
  return [...new Set(forms.flatMap((t) => [...t.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!)))].sort();
};

describe('the built-in translations', () => {
  test('are ten languages, two of them right to left', () => {
    assert.deepEqual(Object.keys(translations).sort(), ['ar', 'de', 'en', 'es', 'fr', 'he', 'it', 'nl', 'pl', 'pt']);
  });

  for (const [lang, table] of Object.entries(translations)) {
    test(`${lang}: has every string, and no placeholder English doesn't fill`, () => {
      assert.deepEqual(Object.keys(table).sort(), Object.keys(en!).sort());
      for (const [key, text] of Object.entries(table)) {
        const english = placeholders(en![key as keyof typeof en]);
        // A language may leave a name out where its grammar would inflect it (Polish "O autorze").
        if (KEEP.has(key)) assert.deepEqual(placeholders(text), english, `${lang}.${key}`);
        else for (const p of placeholders(text)) assert.ok(english.includes(p), `${lang}.${key}: {${p}}`);
        if (lang !== 'en' && typeof text === 'string') assert.ok(text.trim() && text === text.trim(), `${lang}.${key}`);
      }
    });
  }

  test('say who reviewed an article and when, with the date as the language writes it', () => {
    const date = (lang: string) => new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date('2026-03-03'));
    const line = (lang: string) => format(lang, translations[lang]!.reviewed, { name: 'Dr. Ana Ruiz, PsyD', date: date(lang) });
    assert.equal(line('en'), 'Reviewed by Dr. Ana Ruiz, PsyD, on March 3, 2026');
    assert.equal(line('de'), 'Fachlich geprüft von Dr. Ana Ruiz, PsyD, am 3. März 2026');
    assert.equal(line('es'), 'Revisado por Dr. Ana Ruiz, PsyD, el 3 de marzo de 2026');
    assert.equal(format('en', en!.noTopic, { topic: 'couples-therapy' }), 'No articles on “couples-therapy”.');
  });
  test('write numbers as Intl.NumberFormat does, in every language, region and numbering system', () => {
    // format() skips Intl for small whole numbers in languages written with ASCII digits (it
    // is slow to start); any language, extension or number outside that must still go to Intl.
    const tags = [...Object.keys(translations), 'en-GB', 'de-CH', 'pt-BR', 'he-IL', 'fr-CA', 'en-u-nu-arab', 'de-u-nu-thai', 'ar-EG', 'fa', 'bn', 'hi-IN', 'th'];
    for (const lang of tags) {
      for (const n of [0, 1, 2, 7, 42, 999, 1000, 1234, 12345, 2.5, -3]) {
        assert.equal(format(lang, '{n}', { n }), new Intl.NumberFormat(lang).format(n), `${lang} ${n}`);
      }
    }
  });
});
