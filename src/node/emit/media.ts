// media/: the cover image variants and author photos, as media/render.ts made them
// (WebP, resized, no metadata), under content-hashed names.
import type { Emitter } from './emitter.js';

export const media: Emitter = (_, o) => o.media.files;
