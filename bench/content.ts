// Synthetic collections for the bench, in three kinds, generated from a seed so every run
// writes the same bytes. Nothing here is real content: every title starts "Sample", the
// author is "Synthetic Author", and the files live only in bench/.tmp/.
//   distinct: each sentence drawn afresh from a wide vocabulary, ~350 words (compresses ~3.5×);
//   similar:  one practice's voice: most sentences come from a shared stock of phrasings
//             with the topic swapped in, 250 to 1,200 words (compresses far better);
//   long:     distinct prose of about 2,000 words.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export type Kind = 'distinct' | 'similar' | 'long';
export const KINDS: Kind[] = ['distinct', 'similar', 'long'];

const w = (s: string) => s.split(' ');
const ADJ = w('quiet steady honest fragile patient anxious gentle tired hopeful careful distant open curious familiar sudden slow small early late difficult ordinary private shared unspoken tender angry calm busy lonely safe uncertain warm cold clear hidden sharp soft heavy light narrow wide brave hesitant kind restless grateful worried playful serious practical stubborn flexible generous cautious loyal vulnerable resilient confident nervous thoughtful weary bright');
const NOUN = w('trust partner couple person therapist family friendship anxiety grief resentment gratitude silence session routine feedback habit compassion parent teenager walk shame curiosity boundary forgiveness burnout loneliness job holiday apology evening promise conflict safety story expectation healing pattern childhood belonging courage help argument closeness space rest need moment tenderness rule commitment week morning conversation memory fear desire hope doubt change choice sibling colleague neighbour marriage divorce loss joy anger guilt sleep body breath voice question answer mistake letter photograph kitchen table weekend birthday phone message distance home city garden window door plan budget chore meal journey season');
const VERB = w('shapes softens reveals tests rebuilds protects challenges deepens interrupts nourishes complicates clarifies steadies unsettles invites rewards exhausts mirrors strengthens changes hides carries follows remembers forgets questions welcomes resists repairs weakens supports surprises comforts confuses grounds frightens heals teaches delays explains names holds');
const ADV = w('slowly quietly often rarely gently suddenly gradually honestly deliberately patiently almost always sometimes eventually repeatedly barely clearly');
const PREP = w('after before during without beyond within around between despite through under toward beside');
const DET = w('the a your our this that every some each another one their');
const LEAD = ['Over time,', 'In practice,', 'For many clients,', 'Sometimes', 'Often,', 'In my experience,', 'When things are hard,', 'Little by little,', 'Early on,', 'At its best,', 'In therapy,', 'Day to day,', 'Even then,', 'Later,', 'Still,', 'Of course,'];
const TOPIC = ['Trust', 'Boundaries', 'Grief', 'Anxiety', 'Conflict', 'Intimacy', 'Parenting', 'Burnout', 'Self-Worth', 'Change', 'Loneliness', 'Repair', 'Rest', 'Communication', 'Forgiveness', 'Family'];
const FRAME = ['Understanding {t}: A Practical Guide', 'What {t} Teaches Us About Connection', 'Living With {t}, One Day at a Time', '{t} in Long Relationships', 'Five Questions About {t}', 'When {t} Gets Heavy', 'Making Room for {t}', '{t}, Honesty and Care'];

/** A small deterministic generator (LCG): the same seed, the same articles. */
export function random(seed: number) {
  let s = seed >>> 0 || 1;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0), s / 2 ** 32);
}

type Rng = () => number;
const pick = <T>(r: Rng, list: T[]) => list[Math.floor(r() * list.length)]!;
const phrase = (r: Rng) => `${pick(r, DET)} ${r() < 0.6 ? pick(r, ADJ) + ' ' : ''}${pick(r, NOUN)}`;

function freshSentence(r: Rng): string {
  let s = `${r() < 0.4 ? pick(r, LEAD) + ' ' : ''}${phrase(r)} ${r() < 0.3 ? pick(r, ADV) + ' ' : ''}${pick(r, VERB)} ${phrase(r)}`;
  if (r() < 0.6) s += ` ${pick(r, PREP)} ${phrase(r)}`;
  if (r() < 0.3) s += `, and ${phrase(r)} ${pick(r, VERB)} ${phrase(r)}`;
  return s.replace(/^(\w)/, (c) => c.toUpperCase()) + '.';
}

/** The practice's stock phrasings: long sentences with a {t} slot, shared by all its articles. */
const STOCK = (() => {
  const r = random(4242);
  return Array.from({ length: 100 }, () => {
    const s = `${freshSentence(r).slice(0, -1)}, and ${phrase(r)} around {t} ${pick(r, VERB)} ${phrase(r)} ${pick(r, PREP)} ${phrase(r)}.`;
    return s;
  });
})();

function paragraphs(r: Rng, words: number, sentence: () => string): string[] {
  const out: string[] = [];
  let count = 0;
  while (count < words) {
    const p = Array.from({ length: 3 + Math.floor(r() * 4) }, sentence).join(' ');
    count += p.split(' ').length;
    out.push(p);
  }
  return out;
}

export interface Generated {
  title: string;
  text: string;
  words: number;
}

/** Article `i` of a kind; `words` overrides the kind's length (the parse-cost sweep). */
export function makeArticle(kind: Kind, i: number, words?: number): Generated {
  const r = random((i + 1) * 7919 + KINDS.indexOf(kind) * 104_729);
  const topic = pick(r, TOPIC);
  const title = `Sample ${i + 1}: ${pick(r, FRAME).replace('{t}', topic)}`;
  let body: string[];
  if (kind === 'similar') {
    const n = words ?? 250 + Math.floor(r() * 950);
    const t = topic.toLowerCase();
    body = paragraphs(r, n, () => (r() < 0.9 ? pick(r, STOCK).replaceAll('{t}', t) : freshSentence(r)));
  } else {
    body = paragraphs(r, words ?? (kind === 'long' ? 1900 + Math.floor(r() * 200) : 350), () => freshSentence(r));
  }
  const text = `${title}\n\n${body.join('\n\n')}\n\nBy Synthetic Author, MA. Book with them here:\n`;
  return { title, text, words: body.join(' ').split(' ').length };
}

/** Writes `n` articles of a kind into a fresh folder and returns it. */
export function writeCollection(dir: string, kind: Kind, n: number, words?: number): string {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < n; i++) writeFileSync(join(dir, `${String(i).padStart(4, '0')}.txt`), makeArticle(kind, i, words).text);
  return dir;
}
