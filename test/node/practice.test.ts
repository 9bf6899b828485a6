import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { parsePractice, type Practice } from '../../src/node/collection/practice.ts';
import { Problems } from '../../src/node/collection/problems.ts';
import { text } from './helpers.ts';

const FILE = 'clinic/practice.yaml';

/** What practice.yaml gives, and every problem it reports, as `file:line: reason`. */
function read(source: string | undefined): { practice: Practice; problems: string[] } {
  const problems = new Problems();
  const practice = parsePractice(source, FILE, problems);
  return { practice, problems: problems.list.map((p) => p.message) };
}

/** The one problem a file reports. */
function problem(...lines: string[]): string {
  const { problems } = read(text(...lines));
  assert.equal(problems.length, 1, `expected one problem, got ${JSON.stringify(problems)}`);
  return problems[0]!;
}

describe('practice.yaml', () => {
  test('gives every field as written, with the language tag in canonical form', () => {
    const { practice, problems } = read(
      text(
        '# Riverside',
        'name: Riverside Counselling',
        'siteUrl: https://riverside.example/articles/',
        'bookingUrl: mailto:hello@riverside.example',
        'lang: pt-br',
        'support:',
        '  text: If you are in crisis, call or text 988.',
        '  url: tel:988',
      ),
    );
    assert.deepEqual(problems, []);
    assert.deepEqual(practice, {
      name: 'Riverside Counselling',
      siteUrl: 'https://riverside.example/articles/',
      bookingUrl: 'mailto:hello@riverside.example',
      lang: 'pt-BR',
      support: { text: 'If you are in crisis, call or text 988.', url: 'tel:988' },
    });
  });

  test('takes a support line with no link, written as just its text', () => {
    assert.deepEqual(read('support: Talk to your doctor or a crisis line.').practice, { support: { text: 'Talk to your doctor or a crisis line.' } });
    assert.deepEqual(read(text('support:', '  text: Call your GP.')).practice, { support: { text: 'Call your GP.' } });
  });

  test('gives only what it says: nothing is defaulted', () => {
    const { practice, problems } = read('name: Solo Practice');
    assert.deepEqual(problems, []);
    assert.deepEqual(practice, { name: 'Solo Practice' });
    assert.deepEqual(Object.keys(practice), ['name']);
  });

  test('absent, empty, or only comments: no fields and no problems', () => {
    for (const source of [undefined, '', '\n\n', text('# name: My Practice', '# support:', '#   text: …')]) {
      assert.deepEqual(read(source), { practice: {}, problems: [] }, JSON.stringify(source));
    }
  });

  describe('reports, with the line of the field', () => {
    test('an unknown field, naming the known ones', () => {
      assert.equal(problem('name: A', '', 'phone: 555-0100'), `${FILE}:3: unknown field "phone"; known fields: name, siteUrl, bookingUrl, lang, support`);
    });

    test('a name that is not a string, or is empty', () => {
      assert.equal(problem('lang: en', 'name: [A, B]'), `${FILE}:2: field "name" must be a string`);
      assert.equal(problem('name: ""'), `${FILE}:1: field "name" is empty`);
    });

    test('a site URL that is not an absolute http(s) address', () => {
      assert.equal(problem('name: A', 'siteUrl: riverside.example/articles'), `${FILE}:2: field "siteUrl" must be an absolute https: or http: URL, not "riverside.example/articles"`);
      assert.equal(problem('siteUrl: mailto:a@b.example'), `${FILE}:1: field "siteUrl" must be an absolute https: or http: URL, not "mailto:a@b.example"`);
    });

    test('a site URL with a ?query, a #fragment or a password, which every page\'s links would lose or publish', () => {
      assert.equal(problem('siteUrl: https://clinic.example/articles?utm=x'), `${FILE}:1: field "siteUrl" must be the address of the folder, without a ?query or #fragment, not "https://clinic.example/articles?utm=x"`);
      assert.equal(problem('siteUrl: "https://clinic.example/articles/#top"'), `${FILE}:1: field "siteUrl" must be the address of the folder, without a ?query or #fragment, not "https://clinic.example/articles/#top"`);
      assert.equal(problem('siteUrl: https://admin:s3cret@clinic.example/'), `${FILE}:1: field "siteUrl" must not hold a user name or password: it is written into every page, not "https://admin:s3cret@clinic.example/"`);
      assert.equal(problem('siteUrl: "https://"'), `${FILE}:1: field "siteUrl" must be an absolute https: or http: URL, not "https://"`);
    });

    test('a booking URL with another scheme', () => {
      assert.equal(problem('', 'bookingUrl: javascript:alert(1)'), `${FILE}:2: field "bookingUrl" must be an absolute https:, http:, mailto: or tel: URL, not "javascript:alert(1)"`);
    });

    test('a language that is not a BCP 47 tag', () => {
      assert.equal(problem('lang: en_US'), `${FILE}:1: field "lang" must be a language tag such as en, es or pt-BR, not "en_US"`);
      assert.equal(problem('lang:'), `${FILE}:1: field "lang" must be a language tag such as en, es or pt-BR`);
    });

    test('a support line without text, with a bad link, or with an unknown field', () => {
      assert.equal(problem('name: A', 'support:', '  url: tel:988'), `${FILE}:2: field "support" needs a text`);
      assert.equal(problem('support:', '  text: Call us.', '  url: javascript:void(0)'), `${FILE}:3: field "support.url" must be an absolute https:, http:, mailto: or tel: URL, not "javascript:void(0)"`);
      assert.equal(problem('support:', '  text: Call us.', '  phone: 988'), `${FILE}:3: field "support.phone" is unknown; known fields: text, url`);
      assert.equal(problem('support: [988]'), `${FILE}:1: field "support" must be a text, or { text, url }`);
    });

    test('a file that is not a mapping', () => {
      assert.equal(problem('', '- name: A'), `${FILE}:2: expected a mapping of fields (name: value)`);
    });

    test('invalid YAML, and a field given twice, at their lines', () => {
      assert.match(problem('name: A', 'support: { text: "x"'), new RegExp(`^${FILE}:2: invalid YAML`));
      assert.match(problem('name: A', 'lang: en', 'name: B'), new RegExp(`^${FILE}:3: invalid YAML`));
    });
  });

  test('reports every problem in one go, and keeps what is valid', () => {
    const { practice, problems } = read(text('name: Riverside', 'siteUrl: ftp://x.example/', 'lang: xx_YY', 'support:', '  text: Call 988.', '  url: ftp://x'));
    assert.deepEqual(problems.map((p) => p.split(': ')[0]), [`${FILE}:2`, `${FILE}:3`, `${FILE}:6`]);
    assert.deepEqual(practice, { name: 'Riverside', support: { text: 'Call 988.' } });
  });
});
