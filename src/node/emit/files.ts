// What a build writes: files with content-hashed names where hosts may cache forever.
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';

export interface OutputFile {
  /** Path relative to the output folder, with `/`. */
  path: string;
  content: string | Buffer;
}

/** The first 10 hex digits of the content's SHA-256: enough to tell versions apart. */
export const hash = (content: string | Buffer) => createHash('sha256').update(content).digest('hex').slice(0, 10);

export const gzipSize = (content: string | Buffer) => gzipSync(content, { level: 9 }).length;
