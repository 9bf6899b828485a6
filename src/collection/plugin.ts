// Build time only: serves the parsed seeds as `virtual:practice-articles/collection`.
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { loadCollection, readSeeds, toModule } from './parse.js';

const ID = 'virtual:practice-articles/collection';
const RESOLVED = '\0' + ID;

export interface CollectionOptions {
  /** Folder of seed files, relative to the working directory. Default `seeds`. */
  dir?: string;
}

export function practiceArticlesCollection({ dir = 'seeds' }: CollectionOptions = {}): Plugin {
  let dev = false;
  return {
    name: 'practice-articles-collection',
    resolveId(id) {
      return id === ID ? RESOLVED : undefined;
    },
    load(id) {
      if (id !== RESOLVED) return undefined;
      // `vite build --watch` rebuilds on seed changes; the dev server watches below.
      if (!dev) {
        this.addWatchFile(resolve(dir));
        for (const { file } of readSeeds(dir)) this.addWatchFile(resolve(file));
      }
      return toModule(loadCollection(dir));
    },
    configureServer(server) {
      dev = true;
      const seeds = resolve(dir);
      server.watcher.add(seeds);
      const reload = (file: string) => {
        if (!resolve(file).startsWith(seeds)) return;
        const mod = server.moduleGraph.getModuleById(RESOLVED);
        if (mod) server.moduleGraph.invalidateModule(mod);
        server.ws.send({ type: 'full-reload' });
      };
      server.watcher.on('add', reload).on('change', reload).on('unlink', reload);
    },
  };
}
