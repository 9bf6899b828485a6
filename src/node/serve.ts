// One static file server for `dev`, the screenshots and the bench: loopback only, a Host
// check against DNS rebinding, and paths that can't leave the root (no `..`, no symlink out).
import { readFileSync, realpathSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

export const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
};

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/** True when `host` names this machine on `port`: a page on any other name is a rebinding attack. */
export const isLoopbackHost = (host: string | undefined, port: number) => {
  const m = /^(\[[^\]]*\]|[^:]+)(?::(\d+))?$/.exec(host ?? '');
  return !!m && LOOPBACK.has(m[1]!.toLowerCase()) && (m[2] === undefined ? port === 80 : Number(m[2]) === port);
};

/** The real path of `urlPath` under `root`, or undefined when it is missing or leads outside. */
export function resolveInside(root: string, urlPath: string): string | undefined {
  if (urlPath.includes('\0')) return undefined;
  const realRoot = realpathSync(root);
  try {
    const file = realpathSync(join(realRoot, urlPath));
    return (file === realRoot || file.startsWith(realRoot + sep)) && statSync(file).isFile() ? file : undefined;
  } catch {
    return undefined;
  }
}

export interface StaticOptions {
  /** The folder served. */
  root: string;
  /** What `/` serves. Default `index.html`. */
  index?: string;
  /** Answers a request before the files do; return true when it has. */
  handle?: (path: string, req: IncomingMessage, res: ServerResponse) => boolean;
  /** Changes an HTML file before it is sent (dev's live reload). */
  html?: (text: string) => string;
  /** Sends text (HTML, scripts, CSS, JSON, XML) gzipped to a client that accepts it, as a host would. */
  gzip?: boolean;
}

const plain = (res: ServerResponse, status: number, text: string): void =>
  void res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' }).end(`${text}\n`);

/** A server (not yet listening) for `root`; its port is checked against Host once it listens. */
export function staticServer(o: StaticOptions): Server {
  const server = createServer((req, res): void => {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    if (!isLoopbackHost(req.headers.host, port)) return plain(res, 403, 'Forbidden: this preview answers only to localhost');
    if (req.method !== 'GET' && req.method !== 'HEAD') return plain(res, 405, 'Method not allowed');
    let path: string;
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    } catch {
      return plain(res, 400, 'Bad request: malformed URL');
    }
    if (o.handle?.(path, req, res)) return;
    const file = resolveInside(o.root, path === '/' ? (o.index ?? 'index.html') : path);
    if (!file) return plain(res, 404, 'Not found');
    const type = CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
    let body: Buffer | string = readFileSync(file);
    if (o.html && type.startsWith('text/html')) body = o.html(body.toString('utf8'));
    const headers: Record<string, string> = { 'content-type': type, 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' };
    if (o.gzip && /^(text\/|application\/(json|xml))/.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding']))) {
      body = gzipSync(body);
      headers['content-encoding'] = 'gzip';
      headers.vary = 'accept-encoding';
    }
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  server.on('clientError', (_, socket) => socket.destroy());
  return server;
}

/** Listens on 127.0.0.1 (port 0: any free port) and resolves with the port. */
export function listen(server: Server, port = 0, host = '127.0.0.1'): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve((server.address() as { port: number }).port);
    });
  });
}
