import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { withoutDecorators } from '../../src/node/vite/lean-lit.ts';

const lit = readFileSync('node_modules/@lit/reactive-element/reactive-element.js', 'utf8');

test("leaves Lit's decorator metadata out of the installed ReactiveElement: its globals, their reader and addInitializer", () => {
  const lean = withoutDecorators(lit);
  for (const s of ['Symbol.metadata', 'litPropertyMetadata', 'addInitializer']) {
    assert.ok(lit.includes(s), `the installed Lit has ${s}`);
    assert.ok(!lean.includes(s), `${s} is left out`);
  }
  assert.ok(lit.length - lean.length < 400, 'nothing else goes');
});

test('changes nothing unless all three are there to leave out: finalize() would read the globals', () => {
  const without = lit.replace(/static addInitializer\(\w\)\{[^}]*\}/, '');
  assert.notEqual(without, lit);
  assert.equal(withoutDecorators(without), without);
  const noGlobals = lit.replace(/Symbol\.metadata\?\?=Symbol\("metadata"\),/, '');
  assert.equal(withoutDecorators(noGlobals), noGlobals);
});
