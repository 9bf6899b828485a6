// Reading an articles folder from disk: the files in name order, and the author photos.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildCollection, type SeedSource } from './assemble.js';
import type { Collection } from './model.js';
import { imageSize, type Size } from './photo.js';
import { Problems, SeedError } from './problems.js';

/** Files that are part of a collection; anything else in the folder (a README, photos) is left alone. */
export const isSeedFile = (name: string) => /\.(txt|md|ya?ml)$/i.test(name) && !/^(readme|how-to)/i.test(name);

/** Every article file in `dir`, sorted by name. */
export function readSeeds(dir: string): SeedSource[] {
  if (!existsSync(dir)) throw new SeedError(dir, 1, 'no such folder');
  return readdirSync(dir)
    .filter(isSeedFile)
    .sort()
    .map((f) => ({ file: join(dir, f), source: readFileSync(join(dir, f), 'utf8') }));
}

export interface LoadedCollection extends Collection {
  /** Photo sizes by author name. */
  photos: Map<string, Size & { path: string }>;
}

/** Reads and validates a folder; throws SeedErrors listing every problem. */
export function loadCollection(dir: string): LoadedCollection {
  const problems = new Problems();
  const collection = buildCollection(readSeeds(dir), dir, problems);
  const photos = new Map<string, Size & { path: string }>();
  for (const a of collection.authors) {
    if (!a.photo) continue;
    const path = join(dir, a.photo);
    const size = existsSync(path) ? imageSize(readFileSync(path)) : undefined;
    if (size) photos.set(a.name, { ...size, path });
    else problems.add((a.origins?.photo ?? a).file, (a.origins?.photo ?? a).line, existsSync(path) ? `photo "${a.photo}" is not a PNG, JPEG, GIF or WebP image` : `photo "${a.photo}" not found in ${dir}`);
  }
  problems.throwIfAny();
  return { ...collection, photos };
}
