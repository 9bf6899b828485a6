import { test, describe, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'vite';
import { practiceArticlesCollection } from '../../src/node/vite/plugin.ts';

const ID = 'virtual:practice-articles/collection';
const seed = (title: string) => `${title}\n\nA paragraph.\n\nBy A. Book with her here:\n`;

async function server(dir: string) {
  return createServer({ configFile: false, logLevel: 'silent', plugins: [practiceArticlesCollection({ dir })], server: { middlewareMode: true, ws: false } });
}

describe('the Vite plugin', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pa-seeds-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('serves a folder to the dev server and reloads the page when a file is added', async () => {
    writeFileSync(join(dir, 'a.txt'), seed('First'));
    const s = await server(dir);
    try {
      const reloads: unknown[] = [];
      s.ws.send = ((payload: unknown) => void reloads.push(payload)) as typeof s.ws.send;
      assert.match((await s.transformRequest(ID))!.code, /"slug":"first"/);
      writeFileSync(join(dir, 'b.txt'), seed('Second'));
      const deadline = Date.now() + 5000;
      while (!reloads.length && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      assert.deepEqual(reloads[0], { type: 'full-reload' });
      assert.match((await s.transformRequest(ID))!.code, /"slug":"second"/);
    } finally {
      await s.close();
    }
  });

  test('shows a broken file as file:line: reason', async () => {
    writeFileSync(join(dir, 'c.txt'), 'Title\r\n\r\nText.\r\n\r\nBy Sam. Book with them here: javascript:alert(1)\r\n');
    const s = await server(dir);
    try {
      await assert.rejects(s.transformRequest(ID), (e: Error) => e.message.includes(`${join(dir, 'c.txt')}:5: booking URL "javascript:alert(1)"`));
    } finally {
      rmSync(join(dir, 'c.txt'));
      await s.close();
    }
  });
});
