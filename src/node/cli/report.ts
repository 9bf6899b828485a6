// Problems with the articles, as the user reads them: `file:line: reason`, one per line.
import { relative } from 'node:path';
import { SeedError, SeedErrors } from '../collection/problems.js';

/** Prints every problem, with paths relative to where the user is; false if `e` is something else. */
export function reportProblems(e: unknown, log: (s: string) => void = console.error): boolean {
  const list = e instanceof SeedErrors ? e.problems : e instanceof SeedError ? [e] : undefined;
  if (!list) return false;
  for (const p of list) log(`${relative(process.cwd(), p.file) || p.file}:${p.line}: ${p.reason}`);
  log(`${list.length} problem${list.length === 1 ? '' : 's'} found.`);
  return true;
}
