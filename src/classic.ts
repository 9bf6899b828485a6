// The classic script: registers both elements and leaves no global behind. Files beside
// it (bodies, languages) resolve against its own URL, read while it runs.
import { setBase } from './internal/collection.js';
import './define.js';

setBase((document.currentScript as HTMLScriptElement | null)?.src);
