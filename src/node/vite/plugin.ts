// The Vite plugin: `virtual:practice-articles/collection` for the browser code.
// Building the prebuilt widget, it is the free variable that `emit/bundle.ts` fills in;
// on the dev server, it is the data of a folder, reloaded when a file there changes.
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { loadModel } from '../collection/resolve.js';
import { DATA_VARIABLE, dataExpression } from '../emit/bundle.js';
import { browserData } from '../emit/data.js';
import { translations } from '../../shared/translations/index.js';

const ID = 'virtual:practice-articles/collection';
const RESOLVED = '\0' + ID;

export interface CollectionOptions {
  /** Articles folder the dev server shows, relative to the working directory. Default `seeds`. */
  dir?: string;
}

export function practiceArticlesCollection({ dir = 'seeds' }: CollectionOptions = {}): Plugin {
  let serve = false;
  return {
    name: 'practice-articles-collection',
    configResolved(config) {
      serve = config.command === 'serve';
    },
    resolveId(id) {
      return id === ID ? RESOLVED : undefined;
    },
    load(id) {
      if (id !== RESOLVED) return undefined;
      if (!serve) return `export default ${DATA_VARIABLE};`;
      const { data } = browserData(loadModel(dir), { split: false, languages: Object.keys(translations) });
      return `export default ${dataExpression(data)};`;
    },
    configureServer(server) {
      const folder = resolve(dir);
      server.watcher.add(folder);
      const reload = (file: string) => {
        if (!resolve(file).startsWith(folder)) return;
        const mod = server.moduleGraph.getModuleById(RESOLVED);
        if (mod) server.moduleGraph.invalidateModule(mod);
        server.ws.send({ type: 'full-reload' });
      };
      server.watcher.on('add', reload).on('change', reload).on('unlink', reload);
    },
  };
}
