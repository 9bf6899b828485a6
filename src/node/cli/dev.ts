// `practice-articles dev`: builds into a temporary folder, serves it with a preview page,
// and rebuilds and reloads the page when a file in the articles folder changes.
// The temporary folder goes on every exit: Ctrl-C, SIGTERM, a crash, a port in use.
import { existsSync, mkdtempSync, rmSync, watch, type FSWatcher } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SeedError } from '../collection/problems.js';
import { build } from '../emit/build.js';
import { html } from '../emit/safe-html.js';
import { listen, staticServer } from '../serve.js';
import { reportProblems } from './report.js';

const LIVE = `<script>new EventSource('/__reload').onmessage = () => location.reload();</script>`;

export async function dev(folder: string, port: number): Promise<void> {
  if (!existsSync(folder)) throw new SeedError(folder, 1, 'no such folder (create one with: practice-articles init)');
  const out = mkdtempSync(join(tmpdir(), 'practice-articles-'));
  const clients = new Set<ServerResponse>();
  let problems: string[] = [];
  let watcher: FSWatcher | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const cleanUp = () => rmSync(out, { recursive: true, force: true });
  const stop = (code: number) => {
    cleanUp();
    process.exit(code);
  };
  process.once('SIGINT', () => stop(130)).once('SIGTERM', () => stop(143)).once('exit', cleanUp);
  process.once('uncaughtException', (e) => {
    console.error(e);
    stop(1);
  });

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

  const server = staticServer({
    root: out,
    index: 'preview.html',
    html: (text) => text.replace('</head>', `${LIVE}</head>`),
    handle: (path, req, res) => {
      if (path === '/__reload') {
        res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store' });
        res.write(': connected\n\n');
        clients.add(res);
        req.on('close', () => clients.delete(res));
        return true;
      }
      if (path !== '/' || !problems.length) return false;
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      res.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Problems</title>${LIVE}</head>
<body><h1>Fix these, and this page reloads</h1>${html`<pre>${problems.join('\n')}</pre>`}</body></html>`);
      return true;
    },
  });

  let actual: number;
  try {
    actual = await listen(server, port, 'localhost');
  } catch (e) {
    cleanUp();
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE' || code === 'EACCES') {
      throw new Error(`practice-articles dev: port ${port} is ${code === 'EACCES' ? 'not allowed' : 'in use'}; pick another with --port, e.g. --port ${port + 1}`);
    }
    throw e;
  }
  await rebuild();
  watcher = watch(folder, () => {
    clearTimeout(timer);
    timer = setTimeout(() => void rebuild(), 100);
  });
  watcher.on('error', () => undefined); // the folder went away: keep serving the last build
  console.log(`Preview: http://localhost:${actual}/  (Ctrl+C to stop)`);
}
