import { test, describe, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, createServer } from 'vite';
import { practiceArticlesCollection } from '../../src/collection/plugin.ts';

const ID = 'virtual:practice-articles/collection';
const seed = (title: string) => `${title}\n\nA paragraph.\n\nBy A. Book with her here:\n`;

describe('the Vite plugin', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pa-seeds-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('serves the collection and reloads the page when a seed is added', async () => {
    writeFileSync(join(dir, 'a.txt'), seed('First'));
    const server = await createServer({
      configFile: false,
      logLevel: 'silent',
      plugins: [practiceArticlesCollection({ dir })],
      server: { middlewareMode: true, ws: false },
    });
    try {
      const reloads: unknown[] = [];
      server.ws.send = ((payload: unknown) => void reloads.push(payload)) as typeof server.ws.send;
      const before = await server.transformRequest(ID);
      assert.match(before!.code, /"slug":"first"/);
      writeFileSync(join(dir, 'b.txt'), seed('Second'));
      const deadline = Date.now() + 5000;
      while (!reloads.length && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      assert.deepEqual(reloads[0], { type: 'full-reload' });
      const after = await server.transformRequest(ID);
      assert.match(after!.code, /"slug":"second"/);
    } finally {
      await server.close();
    }
  });

  test('fails the build naming the broken file and line', async () => {
    const broken = mkdtempSync(join(tmpdir(), 'pa-broken-'));
    writeFileSync(join(broken, 'ok.txt'), seed('Fine'));
    writeFileSync(join(broken, 'bad.txt'), 'Title\r\n\r\nText.\r\n\r\nBy Sam. Book with them here: javascript:alert(1)\r\n');
    try {
      await assert.rejects(
        build({
          configFile: false,
          logLevel: 'silent',
          plugins: [practiceArticlesCollection({ dir: broken })],
          build: { write: false, rollupOptions: { input: ID } },
        }),
        (e: Error) => {
          assert.match(e.message, new RegExp(`${join(broken, 'bad.txt').replace(/[.\\/]/g, '\\$&')}:5: booking URL "javascript:alert\\(1\\)"`));
          return true;
        },
      );
    } finally {
      rmSync(broken, { recursive: true, force: true });
    }
  });
});
