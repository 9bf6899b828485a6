// The one interface every emitter has: the resolved model in, files out. build.ts lists
// the emitters once; adding one is a file plus an entry in that list.
import type { Model, ModelArticle } from '../collection/resolve.js';
import type { RenderedMedia } from '../media/render.js';
import type { OutputFile } from './files.js';
import { pageFile } from './names.js';

export type { OutputFile };

export interface EmitOptions {
  /** The public address of the output folder, ending in `/`, when known (--site-url). */
  site?: URL;
  /** Language of the articles that don't declare their own. */
  lang: string;
  /** true: bodies in files; false: inside the script; undefined: by the budget. */
  split?: boolean;
  /** Interface languages to carry inside the script besides English. */
  languages?: string[];
  /** Folder of the prebuilt widget templates. */
  runtime: string;
  /** File name of the article pages' stylesheet (content-hashed). */
  css: string;
  /** The folder's images, rendered once for every emitter. */
  media: RenderedMedia;
}

export type Emitter = (model: Model, o: EmitOptions) => OutputFile[] | Promise<OutputFile[]>;

/** The article's page in the output folder: absolute under --site-url, else relative. */
export const pageHref = (a: ModelArticle, site?: URL) => (site ? new URL(pageFile(a.slug), site).href : pageFile(a.slug));

/** The article's canonical address: its original, when it lives elsewhere (imported); else its page under --site-url. */
export const canonicalUrl = (a: ModelArticle, site?: URL) => a.url ?? (site && new URL(pageFile(a.slug), site).href);
