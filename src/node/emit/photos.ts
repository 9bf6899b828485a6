// media/: the author photos, as the media gate (collection/media.ts) accepted them,
// under names whose extension comes from their content.
import type { Emitter } from './emitter.js';

export const photos: Emitter = (model) => model.authors.flatMap((a) => (a.photo ? [{ path: a.photo.src, content: a.photo.bytes }] : []));
