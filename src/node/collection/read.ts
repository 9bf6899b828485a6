// Reading an articles folder from disk: the files a format reads, in name order.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { SeedSource } from './assemble.js';
import { formatOf } from './formats.js';
import { SeedError } from './problems.js';

const isFile = (path: string) => {
  try {
    return statSync(path).isFile();
  } catch {
    return false; // a dangling link
  }
};

/** Every file of `dir` that a format reads, sorted by name. */
export function readSeeds(dir: string): SeedSource[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new SeedError(dir, 1, 'no such folder');
  return readdirSync(dir)
    .filter((f) => formatOf(f) && isFile(join(dir, f)))
    .sort()
    .map((f) => ({ file: join(dir, f), source: readFileSync(join(dir, f), 'utf8') }));
}
