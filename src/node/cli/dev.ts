// `practice-articles dev`: builds into a temporary folder, serves it with a preview page,
// and rebuilds and reloads the page when a file in the articles folder changes.
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, watch } from 'node:fs';
import { createServer, type ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import { SeedError } from '../collection/problems.js';
import { build } from '../emit/build.js';
import { html } from '../emit/safe-html.js';
import { reportProblems } from './report.js';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.css': 'text/css',
  '.xml': 'application/xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.gif': 'image/gif',
};

const LIVE = `<script>new EventSource('/__reload').onmessage = () => location.reload();</script>`;

export function dev(folder: string, port: number): Promise<void> {
  if (!existsSync(folder)) throw new SeedError(folder, 1, 'no such folder (create one with: practice-articles init)');
  const out = mkdtempSync(join(tmpdir(), 'practice-articles-'));
  const clients = new Set<ServerResponse>();
  let problems: string[] = [];

  const rebuild = async () => {
    problems = [];
    try {
      await build(folder, { out });
      console.log(`${new Date().toLocaleTimeString()} built ${folder}`);
    } catch (e) {
      if (!reportProblems(e, (line) => problems.push(line))) problems.push(String(e instanceof Error ? e.message : e));
      console.error(problems.join('\n'));
    }
    for (const c of clients) c.write('data: reload\n\n');
  };
  const first = rebuild();

  let timer: ReturnType<typeof setTimeout> | undefined;
  watch(folder, () => {
    clearTimeout(timer);
    timer = setTimeout(rebuild, 100);
  });

  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    if (path === '/__reload') {
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store' });
      res.write(': connected\n\n');
      clients.add(res);
      req.on('close', () => clients.delete(res));
      return;
    }
    if (path === '/' && problems.length) {
      res.writeHead(200, { 'content-type': TYPES['.html']!, 'cache-control': 'no-store' });
      res.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Problems</title>${LIVE}</head>
<body><h1>Fix these, and this page reloads</h1>${html`<pre>${problems.join('\n')}</pre>`}</body></html>`);
      return;
    }
    const file = normalize(join(out, path === '/' ? 'preview.html' : path));
    try {
      if (!file.startsWith(out + sep) || !statSync(file).isFile()) throw new Error('not found');
      let body: Buffer | string = readFileSync(file);
      if (file.endsWith('.html')) body = body.toString('utf8').replace('</head>', `${LIVE}</head>`);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    }
  });

  const stop = () => {
    rmSync(out, { recursive: true, force: true });
    process.exit(0);
  };
  process.on('SIGINT', stop).on('SIGTERM', stop);

  return first.then(() => new Promise((resolve, reject) => {
    server.once('error', (e: NodeJS.ErrnoException) =>
      reject(e.code === 'EADDRINUSE' ? new Error(`port ${port} is in use: try --port ${port + 1}`) : e),
    );
    server.listen(port, 'localhost', () => {
      const { port: actual } = server.address() as { port: number };
      console.log(`Preview: http://localhost:${actual}/  (Ctrl+C to stop)`);
      resolve();
    });
  }));
}
