// Every built-in translation, for the build: it inlines some into the script and writes
// the others as files the script fetches when a page asks for that language.
import type { Strings } from '../data.js';
import ar from './ar.js';
import de from './de.js';
import en from './en.js';
import es from './es.js';
import fr from './fr.js';
import he from './he.js';
import it from './it.js';
import nl from './nl.js';
import pl from './pl.js';
import pt from './pt.js';

export const translations: Record<string, Strings> = { en, es, fr, de, pt, it, nl, pl, he, ar };
