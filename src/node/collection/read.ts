// Reading an articles folder from disk: the files a format reads, in name order. Only
// files inside the folder are read, symlinks resolved, and only UTF-8 text: a file saved
// in another encoding is a problem on its line, never text with characters replaced.
import { isUtf8 } from 'node:buffer';
import { existsSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, sep } from 'node:path';
import type { SeedSource } from './assemble.js';
import { formatOf } from './formats.js';
import { SeedError, type Problems } from './problems.js';

/** The real path of `path` when it is a file, or undefined (a folder, a dangling link). */
const realFile = (path: string) => {
  try {
    const real = realpathSync(path);
    return statSync(real).isFile() ? real : undefined;
  } catch {
    return undefined;
  }
};

/** The line of the first bytes that are not UTF-8, or 0 when all are. */
function notUtf8Line(bytes: Buffer): number {
  if (isUtf8(bytes)) return 0;
  // A line feed is never part of a multi-byte character, so each line can be checked alone.
  let line = 1;
  for (let start = 0; start <= bytes.length; line++) {
    const end = bytes.indexOf(0x0a, start);
    if (!isUtf8(bytes.subarray(start, end < 0 ? bytes.length : end))) return line;
    if (end < 0) break;
    start = end + 1;
  }
  return line;
}

/** Every file of `dir` that a format reads, sorted by name; what can't be read is reported. */
export function readSeeds(dir: string, problems: Problems): SeedSource[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new SeedError(dir, 1, 'no such folder');
  const root = realpathSync(dir);
  const sources: SeedSource[] = [];
  for (const name of readdirSync(dir).filter((f) => formatOf(f)).sort()) {
    const file = join(dir, name);
    const real = realFile(file);
    if (!real) continue;
    const inside = relative(root, real);
    if (inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside)) {
      problems.add(file, 1, 'is a symbolic link to a file outside the folder, which is never read: copy the file into the folder instead');
      continue;
    }
    const bytes = readFileSync(real);
    // Windows Notepad's "Unicode" is UTF-16, which starts with its byte order mark.
    const utf16 = bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
    const bad = utf16 ? 1 : notUtf8Line(bytes);
    if (bad) {
      const saved = utf16 ? 'saved as UTF-16' : 'perhaps saved as Windows-1252 or Latin-1';
      problems.add(file, bad, `is not UTF-8 text (${saved}): save the file as UTF-8, so no character is lost`);
      continue;
    }
    sources.push({ file, source: bytes.toString('utf8') });
  }
  return sources;
}
