// One command at a time in a folder it writes: build (its output folder) and import (its
// articles folder) each hold `.practice-articles-lock` there, naming their process and
// themselves. A second build would take the first's temporary folder for a killed build's
// leftover and remove it mid-move; a second import would number the same new names as the
// first, and either would interleave its files with the other's. A lock whose process is
// gone (killed) is taken over.
import { randomBytes } from 'node:crypto';
import { linkSync, lstatSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const LOCK = '.practice-articles-lock';
/** Held, beside the lock, by the one process removing a dead lock. */
const TAKEOVER = `${LOCK}-takeover`;

export type Command = 'build' | 'import';

/** The folder is another command's now: nothing was written. */
export class FolderLocked extends Error {
  constructor(message: string) {
    super(`practice-articles: ${message}\nNothing was written.`);
    this.name = 'FolderLocked';
  }
}

/** The locks this process holds: one naming this process that is not among them is a dead one whose process id came round again (a container, a restart). */
const held = new Set<string>();

/** Whether process `pid` is running (on this machine). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Creates `file` holding this process's id and command, or fails with EEXIST. A hard link
 * makes it whole in one step, so no other process ever reads it empty; where the disk has no
 * hard links (FAT, exFAT), it is created, then written.
 */
function create(file: string, command: Command): void {
  const text = `${process.pid} ${command}\n`;
  const mine = `${file}.${process.pid}-${randomBytes(4).toString('hex')}`;
  writeFileSync(mine, text, { flag: 'wx' }); // never over a file of someone else's
  try {
    linkSync(mine, file);
  } catch (e) {
    if (!['EPERM', 'ENOTSUP', 'ENOSYS', 'EOPNOTSUPP'].includes((e as NodeJS.ErrnoException).code ?? '')) throw e;
    writeFileSync(file, text, { flag: 'wx' });
  } finally {
    rmSync(mine, { force: true });
  }
}

interface Holder {
  /** Running, or being made this moment: it is not to be taken over. */
  live: boolean;
  pid?: number;
  command?: Command;
}

/** Who holds `file`: undefined when nothing is there. */
function holder(dir: string, file: string): Holder | undefined {
  let stat, text;
  try {
    stat = lstatSync(file);
    if (!stat.isFile()) throw new FolderLocked(`${file} is not a lock practice-articles made (it is not a file); move it out of ${dir}, then run the command again.`);
    text = readFileSync(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined; // released, or removed, this moment
    throw e;
  }
  // "<pid> <command>", or "<pid>" from a version whose build alone took a lock.
  const m = /^(\d+)(?: (build|import))?\n?$/.exec(text);
  const pid = m ? Number(m[1]) : 0;
  // Nothing in it, and new: another process is making it this moment (on a disk without hard links).
  if (!pid) return { live: Date.now() - stat.mtimeMs < 10_000 };
  return { live: held.has(resolve(file)) || (pid !== process.pid && alive(pid)), pid, command: (m![2] as Command | undefined) ?? 'build' };
}

function heldBy(dir: string, file: string, command: Command, h: Holder): FolderLocked {
  const what = !h.command ? 'another build or import' : h.command === command ? `another ${command}` : h.command === 'import' ? 'an import' : 'a build';
  const who = `${what}${h.pid ? ` (process ${h.pid})` : ''}`;
  return new FolderLocked(`${who} is writing into ${dir}; wait for it to finish, then ${command} again (if none is running, delete ${file}).`);
}

/**
 * Removes the lock at `file` when its process is gone, and only then; throws FolderLocked when
 * it is held. Two processes may find the same dead lock, and each remove it then take a new
 * one, the second removing the first's. So only the one that makes the takeover file (as the
 * lock is made: one hard link, which one process alone can make) reads the lock again, and
 * removes it if its process is still gone. While it holds the takeover file no one else
 * removes the lock, and a lock whose process is gone is never released, so what it read stays
 * so until it removes it: it never removes a lock another process has just taken.
 */
function removeDead(dir: string, file: string, command: Command): void {
  const takeover = join(dir, TAKEOVER);
  try {
    create(takeover, command);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    const other = holder(dir, takeover);
    if (!other || other.live) throw heldBy(dir, file, command, other ?? { live: true });
    // Stopped within the few steps between making the takeover file and removing it. Removing it
    // would be a takeover of its own, as open to a race as the one it guards: the user decides.
    throw new FolderLocked(`a command stopped while it took over the lock of another that had stopped, in ${dir}; if no build or import is running there, delete ${file} and ${takeover}, then ${command} again.`);
  }
  try {
    const h = holder(dir, file);
    if (h?.live) throw heldBy(dir, file, command, h);
    if (h) unlinkSync(file);
  } finally {
    rmSync(takeover, { force: true });
  }
}

/** Takes `dir` (a folder that exists) for `command`, or throws FolderLocked. Returns the release. */
export function lockFolder(dir: string, command: Command): () => void {
  const file = join(dir, LOCK);
  for (let attempt = 0; ; attempt++) {
    try {
      create(file, command);
      const key = resolve(file);
      held.add(key);
      return () => {
        held.delete(key);
        rmSync(file, { force: true });
      };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    const h = holder(dir, file);
    // Taken again and again by others, this moment, who stopped since: let the user see.
    if (h?.live || attempt >= 3) throw heldBy(dir, file, command, h ?? { live: true });
    if (h) removeDead(dir, file, command);
  }
}
