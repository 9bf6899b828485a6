// Helpers for the Node tests: collections from inline text, and every problem they report.
import assert from 'node:assert/strict';
import { buildCollection, type SeedSource } from '../../src/node/collection/assemble.ts';
import { SeedErrors } from '../../src/node/collection/problems.ts';

export const SEED = 'seeds/000_2d76e923eb718c4e.txt';
export const TRUST = 'building-and-maintaining-trust-in-relationships-the-heartbeat-of-connection';

export const text = (...lines: string[]) => lines.join('\n');
export const file = (name: string, ...lines: string[]): SeedSource => ({ file: name, source: text(...lines) });

/** Every problem building these sources reports, as `file:line: reason` lines. */
export function problems(...sources: SeedSource[]): string[] {
  try {
    buildCollection(sources);
  } catch (e) {
    assert.ok(e instanceof SeedErrors, `expected SeedErrors, got ${String(e)}`);
    return e.problems.map((p) => p.message);
  }
  return [];
}
