// Writing into a folder that belongs to the user. The build owns only what it wrote, as
// its manifest records; it never deletes or overwrites anything else, never writes
// through a symlink, and decides all that before it writes a byte. Files are written
// into a temporary folder inside the output folder (same disk), then each is renamed
// into place: an interrupted build leaves old or new files, each one whole.
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, rmdirSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve, sep } from 'node:path';
import type { OutputFile } from './files.js';
import { MANIFEST } from './names.js';

const TEMP_PREFIX = '.practice-articles-tmp-';

export interface Written {
  path: string;
  bytes: number;
}

/** The output folder holds files the build must not touch where it would write. */
export class OutputConflict extends Error {
  constructor(
    readonly out: string,
    readonly paths: string[],
  ) {
    const list = paths.map((p) => `  ${join(out, p)}`).join('\n');
    super(
      `${out} holds ${paths.length === 1 ? 'a file' : 'files'} this build did not write, where it must write:\n${list}\n` +
        `Nothing was written. Move ${paths.length === 1 ? 'it' : 'them'} away, or build into another folder with --out.`,
    );
    this.name = 'OutputConflict';
  }
}

interface Manifest {
  files: string[];
}

function readManifest(out: string): Set<string> {
  const file = join(out, MANIFEST);
  const stat = lstatOrNull(file);
  if (!stat) return new Set();
  if (!stat.isFile()) throw new OutputConflict(out, [MANIFEST]);
  try {
    const m = JSON.parse(readFileSync(file, 'utf8')) as Manifest;
    if (!Array.isArray(m.files) || !m.files.every((f) => typeof f === 'string' && isInside(f))) throw new Error();
    return new Set(m.files);
  } catch {
    throw new OutputConflict(out, [MANIFEST]);
  }
}

function lstatOrNull(path: string) {
  try {
    return lstatSync(path);
  } catch {
    return null;
  }
}

/** A relative path that stays inside the folder. */
const isInside = (path: string) => !!path && !path.startsWith('/') && !path.split('/').some((p) => p === '..' || p === '.' || p === '');

/**
 * Why the build can't write `path`: a foreign file, a symlink, or a file where a folder
 * must be. A foreign file that already holds exactly what the build would write loses
 * nothing when written, so it is taken as the build's own (an output from before manifests).
 */
function blocked(out: string, path: string, owned: Set<string>, content?: string | Buffer): string | undefined {
  const parts = path.split('/');
  for (let i = 1; i < parts.length; i++) {
    const dir = parts.slice(0, i).join('/');
    const stat = lstatOrNull(join(out, dir));
    if (stat && !stat.isDirectory()) return dir; // a symlink (even to a folder), or a file
  }
  const stat = lstatOrNull(join(out, path));
  if (!stat) return undefined;
  if (stat.isFile() && owned.has(path)) return undefined;
  if (stat.isFile() && content !== undefined && stat.size === Buffer.byteLength(content) && readFileSync(join(out, path)).equals(Buffer.from(content))) return undefined;
  return path;
}

/**
 * Writes `files` into `out`: removes the build's own stale files, replaces its own old
 * ones, and throws OutputConflict (having written nothing) if any name is held by
 * something it did not write.
 */
export function writeOutput(out: string, files: OutputFile[]): Written[] {
  if (existsSync(out) && !statSync(out).isDirectory()) throw new OutputConflict(dirname(out), [basename(out)]);
  mkdirSync(out, { recursive: true });
  const owned = readManifest(out);
  for (const f of files) if (!isInside(f.path) || f.path.startsWith('.')) throw new Error(`internal: output path "${f.path}"`);
  const conflicts = [...new Set(files.map((f) => blocked(out, f.path, owned, f.content)).filter((p): p is string => !!p))];
  if (conflicts.length) throw new OutputConflict(out, conflicts.sort());

  // Leftovers of a build that was killed mid-way are the build's own.
  for (const name of readdirSync(out)) if (name.startsWith(TEMP_PREFIX)) rmSync(join(out, name), { recursive: true, force: true });
  const temp = mkdtempSync(join(out, TEMP_PREFIX));
  try {
    for (const f of files) {
      const file = join(temp, f.path);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, f.content);
    }
    // Everything is on disk: claim the new names first (so a crash mid-move leaves
    // nothing the next build would take for a foreign file), then move each into place.
    const wrote = new Set(files.map((f) => f.path));
    writeManifest(out, temp, [...new Set([...owned, ...wrote])].sort());
    for (const f of files) {
      mkdirSync(dirname(join(out, f.path)), { recursive: true });
      renameSync(join(temp, f.path), join(out, f.path));
    }
    for (const path of owned) if (!wrote.has(path)) removeStale(out, path);
    writeManifest(out, temp, [...wrote].sort());
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
  return files.map((f) => ({ path: f.path, bytes: Buffer.byteLength(f.content) }));
}

function writeManifest(out: string, temp: string, paths: string[]): void {
  const file = join(temp, MANIFEST);
  writeFileSync(file, `${JSON.stringify({ note: 'Files practice-articles wrote here; it removes only these when they go stale.', files: paths }, null, 2)}\n`);
  renameSync(file, join(out, MANIFEST));
}

/** Removes a stale file the build wrote, and the folders it leaves empty; never a symlink or someone else's file. */
function removeStale(out: string, path: string): void {
  const file = join(out, path);
  const root = resolve(out);
  const real = resolve(file);
  const stat = lstatOrNull(file);
  // Gone, or replaced by a link or a folder since: not ours any more.
  if (!real.startsWith(root + sep) || !stat?.isFile() || blocked(out, path, new Set([path]))) return;
  unlinkSync(file);
  for (let dir = dirname(real); dir !== root && dir.startsWith(root + sep); dir = dirname(dir)) {
    try {
      rmdirSync(dir); // only when empty
    } catch {
      break;
    }
  }
}
