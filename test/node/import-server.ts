// A loopback blog for the import tests: the fixtures of test/fixtures/import/, with
// {{ORIGIN}} filled in, plus a redirect, a 404, a server that never answers and images.
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';

const FIX = 'test/fixtures/import/';
const PNG = readFileSync('test/fixtures/seeds/test-photo.png');

export interface Blog {
  origin: string;
  /** Every path requested, in order. */
  requests: string[];
  /** Replaces a route's body, e.g. to change an item for a re-import. */
  override: Map<string, string>;
  close(): Promise<void>;
}

const ROUTES: Record<string, [string, string]> = {
  '/feed/': ['rss-1.xml', 'application/rss+xml'],
  '/feed/?paged=2': ['rss-2.xml', 'application/rss+xml'],
  '/atom.xml': ['atom.xml', 'application/atom+xml'],
  '/feed.json': ['feed.json', 'application/feed+json'],
  '/summary.xml': ['summary.xml', 'application/rss+xml'],
  '/malformed.xml': ['malformed.xml', 'application/rss+xml'],
  '/': ['home.html', 'text/html; charset=utf-8'],
  '/nofeed/': ['nofeed.html', 'text/html; charset=utf-8'],
};

export async function startBlog(): Promise<Blog> {
  const requests: string[] = [];
  const override = new Map<string, string>();
  let origin = '';
  const held: import('node:http').ServerResponse[] = [];
  const server: Server = createServer((req, res) => {
    const url = req.url ?? '/';
    requests.push(url);
    const route = ROUTES[url];
    if (route) {
      const body = override.get(url) ?? readFileSync(FIX + route[0], 'utf8');
      res.writeHead(200, { 'content-type': route[1] }).end(body.replaceAll('{{ORIGIN}}', origin));
    } else if (url === '/moved') res.writeHead(301, { location: '/feed/' }).end();
    else if (url === '/loop') res.writeHead(302, { location: '/loop' }).end();
    else if (url === '/slow') held.push(res); // never answers
    else if (url === '/media/photo.png') res.writeHead(200, { 'content-type': 'image/png' }).end(PNG);
    else if (url === '/media/not-an-image.jpg') res.writeHead(200, { 'content-type': 'image/jpeg' }).end('<svg onload="alert(1)"></svg>');
    else res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    requests,
    override,
    close: () => {
      held.forEach((r) => r.destroy());
      server.closeAllConnections();
      return new Promise<void>((r) => server.close(() => r()));
    },
  };
}
