// One of two builds racing for an output folder, for output.test.ts. For each line
// "<folder> <time>" on stdin it waits until that time (in ms since the epoch, to the
// microsecond), then writes a file into the folder as a build does. While it holds the
// folder it answers "won" and waits for a line "release"; else it answers "held" or
// "error: …". Then "done". Everything is synchronous, so it holds what it holds meanwhile.
import { readSync, writeSync } from 'node:fs';
import { writeOutput } from '../../src/node/emit/output.ts';

let buffered = '';
function line(): string | undefined {
  const chunk = Buffer.alloc(4096);
  while (!buffered.includes('\n')) {
    const n = readSync(0, chunk);
    if (!n) return undefined;
    buffered += chunk.toString('utf8', 0, n);
  }
  const at = buffered.indexOf('\n');
  const got = buffered.slice(0, at);
  buffered = buffered.slice(at + 1);
  return got;
}
const say = (text: string) => writeSync(1, `${text}\n`);
const now = () => performance.timeOrigin + performance.now();

for (let go = line(); go !== undefined; go = line()) {
  const [folder, time] = go.split(' ');
  while (now() < Number(time));
  let answered = false;
  const content = () => {
    if (!answered) {
      answered = true;
      say('won');
      if (line() !== 'release') throw new Error('expected "release"');
    }
    return 'written while it held the folder';
  };
  try {
    writeOutput(folder!, [{ path: `by-${process.pid}.html`, get content() { return content(); } }]);
  } catch (e) {
    if (!answered) say(/is writing into/.test((e as Error).message) ? 'held' : `error: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message.split('\n')[0]}`);
  }
  say('done');
}
