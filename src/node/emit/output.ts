// Writing into a folder that belongs to the user. The build owns only what it wrote, as
// its manifest records, and only while it holds what was written: the manifest keeps each
// file's SHA-256, so a page the user edited, or replaced with one of their own, is theirs
// and is neither removed nor written over. It never writes through a symlink, and decides
// all that before it writes a byte. Files are written into a temporary folder inside the
// output folder (same disk), then each is renamed into place: an interrupted build leaves
// old or new files, each one whole.
import { createHash } from 'node:crypto';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, rmdirSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve, sep } from 'node:path';
import type { OutputFile } from './files.js';
import { lockFolder } from '../lock.js';
import { MANIFEST } from './names.js';

const TEMP_PREFIX = '.practice-articles-tmp-';
/** What mkdtemp makes of TEMP_PREFIX. */
const TEMP_NAME = /^\.practice-articles-tmp-[A-Za-z0-9]{6}$/;
/** The first file in a build's temporary folder: only a folder holding it is taken for a killed build's leftover. */
const TEMP_MARK = '.practice-articles-temp';

export interface Written {
  path: string;
  bytes: number;
}

export interface OutputResult {
  written: Written[];
  /** Stale files the build once wrote but did not remove: they were changed since, so they are the user's. */
  kept: string[];
}

/** The output folder holds files the build must not touch where it would write. */
export class OutputConflict extends Error {
  constructor(
    readonly out: string,
    readonly paths: string[],
    /** Of those, the ones the build wrote once and someone changed since. */
    readonly changed: string[] = [],
  ) {
    const list = paths.map((p) => `  ${join(out, p)}${changed.includes(p) ? ' (changed since the build wrote it)' : ''}`).join('\n');
    super(
      `${out} holds ${paths.length === 1 ? 'a file' : 'files'} this build did not write, where it must write:\n${list}\n` +
        `Nothing was written. Move ${paths.length === 1 ? 'it' : 'them'} away, or build into another folder with --out.`,
    );
    this.name = 'OutputConflict';
  }
}

/**
 * Path → the SHA-256s its content may have and still be the build's own: one, or two
 * while a build moves files into place (old or new). `null`: a manifest from before
 * hashes were kept, which can't tell an edited file from the build's own.
 */
type Owned = Map<string, string[] | null>;

const sha256 = (content: string | Buffer) => createHash('sha256').update(content).digest('hex');
const isHash = (h: unknown) => typeof h === 'string' && /^[0-9a-f]{64}$/.test(h);

function readManifest(out: string): Owned {
  const file = join(out, MANIFEST);
  const stat = lstatOrNull(file);
  if (!stat) return new Map();
  if (!stat.isFile()) throw new OutputConflict(out, [MANIFEST]);
  try {
    const m = JSON.parse(readFileSync(file, 'utf8')) as { files?: unknown };
    // Before hashes: a list of paths.
    if (Array.isArray(m.files) && m.files.every((f) => typeof f === 'string' && isInside(f))) return new Map(m.files.map((f: string) => [f, null]));
    const files = m.files as Record<string, unknown>;
    if (!files || typeof files !== 'object' || Array.isArray(files)) throw new Error();
    const owned: Owned = new Map();
    for (const [path, hashes] of Object.entries(files)) {
      if (!isInside(path) || !Array.isArray(hashes) || !hashes.length || !hashes.every(isHash)) throw new Error();
      owned.set(path, hashes as string[]);
    }
    return owned;
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

/** The first folder on the way to `path` that is not a real folder (a symlink, even to a folder, or a file). */
function blockedDir(out: string, path: string): string | undefined {
  const parts = path.split('/');
  for (let i = 1; i < parts.length; i++) {
    const dir = parts.slice(0, i).join('/');
    const stat = lstatOrNull(join(out, dir));
    if (stat && !stat.isDirectory()) return dir;
  }
  return undefined;
}

/** The SHA-256 of the file at `path` when it is a real file the build owns, as the manifest says; else undefined. */
function ownHash(out: string, path: string, owned: Owned): string | undefined {
  const hashes = owned.get(path);
  const stat = lstatOrNull(join(out, path));
  if (hashes === undefined || !stat?.isFile() || blockedDir(out, path)) return undefined;
  const hash = sha256(readFileSync(join(out, path)));
  return hashes === null || hashes.includes(hash) ? hash : undefined;
}

/**
 * Writes `files` into `out`: removes the build's own stale files, replaces its own old
 * ones, and throws OutputConflict (having written nothing) if any name is held by
 * something it did not write, or by a file it wrote that was changed since.
 */
export function writeOutput(out: string, files: OutputFile[]): OutputResult {
  // The build never writes through a symlink, and the output folder itself is no exception (resolve: "link/" would follow it).
  if (lstatOrNull(resolve(out))?.isSymbolicLink()) {
    throw new Error(`practice-articles: ${out} is a symbolic link; the build writes only into a real folder, never through a link: give --out the folder it leads to, or another.\nNothing was written.`);
  }
  // A file is not a folder to write in.
  if (lstatOrNull(out) && !(existsSync(out) && statSync(out).isDirectory())) throw new OutputConflict(dirname(out), [basename(out)]);
  mkdirSync(out, { recursive: true });
  // Held while the build writes: a second build would take this one's temporary folder for a killed build's leftover.
  const release = lockFolder(out, 'build');
  try {
    return writeLocked(out, files);
  } finally {
    release();
  }
}

function writeLocked(out: string, files: OutputFile[]): OutputResult {
  const owned = readManifest(out);
  for (const f of files) if (!isInside(f.path) || f.path.startsWith('.')) throw new Error(`internal: output path "${f.path}"`);

  // What each name holds now, when it holds anything: the build's own file (its hash
  // noted, for a build killed mid-move), or what stops the build.
  const now = new Map<string, string>();
  const conflicts = new Set<string>();
  const changed: string[] = [];
  for (const f of files) {
    const dir = blockedDir(out, f.path);
    if (dir) {
      conflicts.add(dir);
      continue;
    }
    const stat = lstatOrNull(join(out, f.path));
    if (!stat) continue;
    const mine = ownHash(out, f.path, owned);
    // A foreign file that already holds exactly what the build would write loses nothing
    // when written, so it is taken as the build's own (an output from before manifests).
    const same = stat.isFile() && stat.size === Buffer.byteLength(f.content) && readFileSync(join(out, f.path)).equals(Buffer.from(f.content));
    if (mine ?? same) now.set(f.path, mine ?? sha256(f.content));
    else {
      conflicts.add(f.path);
      if (stat.isFile() && owned.has(f.path)) changed.push(f.path);
    }
  }
  if (conflicts.size) throw new OutputConflict(out, [...conflicts].sort(), changed);

  // Leftovers of a build that was killed mid-way are the build's own: marked, or still empty
  // (killed before its mark). A folder of the user's with that name holds no mark: it stays.
  for (const name of readdirSync(out)) {
    const dir = join(out, name);
    if (!TEMP_NAME.test(name) || !lstatOrNull(dir)?.isDirectory()) continue;
    if (lstatOrNull(join(dir, TEMP_MARK))?.isFile()) rmSync(dir, { recursive: true, force: true });
    else if (!readdirSync(dir).length) rmdirSync(dir);
  }
  const temp = mkdtempSync(join(out, TEMP_PREFIX));
  writeFileSync(join(temp, TEMP_MARK), 'practice-articles writes here while it builds, then removes this folder.\n');
  const kept: string[] = [];
  try {
    const hashes = new Map<string, string>();
    for (const f of files) {
      const file = join(temp, f.path);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, f.content);
      hashes.set(f.path, sha256(f.content));
    }
    // Everything is on disk: claim the new names first, with the old content's hash and
    // the new one (so a crash mid-move leaves nothing the next build would take for a
    // foreign file), then move each into place.
    const claim: Owned = new Map([...owned].filter(([, h]) => h !== null)); // a stale file of a manifest without hashes is kept anyway
    for (const [path, hash] of hashes) claim.set(path, [...new Set([...(now.has(path) ? [now.get(path)!] : []), hash])]);
    writeManifest(out, temp, claim);
    for (const f of files) {
      mkdirSync(dirname(join(out, f.path)), { recursive: true });
      renameSync(join(temp, f.path), join(out, f.path));
    }
    for (const path of owned.keys()) if (!hashes.has(path) && !removeStale(out, path, owned) && lstatOrNull(join(out, path))) kept.push(path);
    writeManifest(out, temp, new Map([...hashes].map(([path, hash]) => [path, [hash]])));
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
  return { written: files.map((f) => ({ path: f.path, bytes: Buffer.byteLength(f.content) })), kept: kept.sort() };
}

function writeManifest(out: string, temp: string, owned: Owned): void {
  const file = join(temp, MANIFEST);
  const files = Object.fromEntries([...owned].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  const note = 'Files practice-articles wrote here, with the SHA-256 of what it wrote; it removes or replaces only these, and only while they hold that.';
  writeFileSync(file, `${JSON.stringify({ note, files }, null, 2)}\n`);
  renameSync(file, join(out, MANIFEST));
}

/**
 * Removes a stale file the build wrote, and the folders it leaves empty; never a symlink,
 * someone else's file, or one changed since it was written. True when it removed it.
 */
function removeStale(out: string, path: string, owned: Owned): boolean {
  const file = join(out, path);
  const root = resolve(out);
  const real = resolve(file);
  // Gone, replaced by a link or a folder, or changed since (a manifest without hashes can't tell): not ours any more.
  if (!real.startsWith(root + sep) || owned.get(path) === null || !ownHash(out, path, owned)) return false;
  unlinkSync(file);
  for (let dir = dirname(real); dir !== root && dir.startsWith(root + sep); dir = dirname(dir)) {
    try {
      rmdirSync(dir); // only when empty
    } catch {
      break;
    }
  }
  return true;
}
