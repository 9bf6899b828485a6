import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { slugify as buildSlugify } from '../../src/node/collection/text-rules.ts';
import { slugify } from '../../src/shared/slug.ts';
import { findTopic, onTopic, parseLimit, topicSlug } from '../../src/shared/topics.ts';
import type { Topic } from '../../src/shared/data.ts';
import { TRUST } from './helpers.ts';

const TITLES = [
  'Building and Maintaining Trust in Relationships: The Heartbeat of Connection',
  'Couples therapy',
  '  Couples   Therapy!  ',
  'Ängste & Sorgen — überwinden',
  'Straße, Œuvre, Æsir, Łódź, Ðorđe, Þór, ıstanbul, Søren',
  'Ｆｕｌｌｗｉｄｔｈ ﬁle №5 ½',
  'Терапия для пар',
  'טיפול זוגי',
  'العلاج الزوجي',
  '夫婦カウンセリング',
  'हिन्दी में चिकित्सा',
  'Café ☕ & 🙂 emoji',
  "Don't panic — it’s “fine”",
  '---',
  '',
  'e\u0301te\u0301 (decomposed)',
  'İzmir',
];

describe('the shared slug rule', () => {
  test('is the build’s: the seed article’s slug', () => {
    assert.equal(slugify(TITLES[0]!), TRUST);
  });

  test('equals text-rules’ slugify on titles in many scripts', () => {
    for (const t of TITLES) assert.equal(slugify(t), buildSlugify(t), JSON.stringify(t));
  });

  test('equals text-rules’ slugify on any text', () => {
    const letters = fc.constantFrom(...'aZé ß-_.,:;!?’“”—–/\\#%ÆœØłı İ ǅ ﬁ ½ ² Щ ж ש ع ह 日 한 🙂 \u0301 \u200d\t\n'.split(''));
    const text = fc.oneof(fc.string({ unit: 'binary', maxLength: 40 }), fc.string({ unit: letters, maxLength: 40 }));
    fc.assert(fc.property(text, (t) => slugify(t) === buildSlugify(t)), { numRuns: 3000 });
  });
});

describe('topics', () => {
  const topics: Topic[] = [
    ['couples-therapy', 'Couples therapy'],
    ['grief', 'Grief'],
    ['angste', 'Ängste'],
  ];
  const articles = [{ slug: 'a', topics: [0] }, { slug: 'b', topics: [1] }, { slug: 'c' }, { slug: 'd', topics: [1, 0] }, { slug: 'e', topics: [0] }];

  test('are known by the slug of their name', () => {
    assert.equal(topicSlug('Couples therapy'), 'couples-therapy');
    assert.equal(topicSlug('Ängste'), 'angste');
  });

  test('are found by slug or by the name as written', () => {
    assert.equal(findTopic(topics, 'couples-therapy'), 0);
    assert.equal(findTopic(topics, 'Couples Therapy'), 0);
    assert.equal(findTopic(topics, ' GRIEF '), 1);
    assert.equal(findTopic(topics, 'Ängste'), 2);
  });

  test('an unknown, empty or punctuation-only topic is not found', () => {
    assert.equal(findTopic(topics, 'anxiety'), -1);
    assert.equal(findTopic(topics, ''), -1);
    assert.equal(findTopic(topics, '--'), -1);
    assert.equal(findTopic(undefined, 'grief'), -1);
  });

  test('pick the articles on a topic, in collection order, up to a limit', () => {
    assert.deepEqual(onTopic(articles, 0).map((a) => a.slug), ['a', 'd', 'e']);
    assert.deepEqual(onTopic(articles, 0, 2).map((a) => a.slug), ['a', 'd']);
    assert.deepEqual(onTopic(articles, 1).map((a) => a.slug), ['b', 'd']);
    assert.deepEqual(onTopic(articles, -1), []);
  });

  test('a limit is a whole number of at least 1; anything else is no limit', () => {
    assert.equal(parseLimit('6'), 6);
    assert.equal(parseLimit(' 12 '), 12);
    for (const v of [null, undefined, '', '0', '-3', '2.5', 'six', '1e3', 'Infinity']) assert.equal(parseLimit(v), undefined, String(v));
  });
});
