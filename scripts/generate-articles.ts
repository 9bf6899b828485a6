// Distinct, realistic-looking articles for tests and benchmarks: every sentence is drawn
// afresh from a varied vocabulary, so they compress like real prose, not like copies of
// one article. The text means nothing and never ships: it only stands in for length, and is
// signed by an author who is plainly made up, never by a real one.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ADJECTIVES = 'quiet steady honest fragile patient anxious gentle tired hopeful careful distant open curious familiar sudden slow small early late difficult ordinary private shared unspoken tender angry calm busy lonely safe uncertain warm cold clear hidden sharp soft heavy light narrow wide brave hesitant kind restless grateful worried playful serious practical stubborn flexible generous cautious loyal vulnerable resilient confident nervous thoughtful weary bright'.split(' ');
const NOUNS = 'trust partner couple person therapist family friendship anxiety grief resentment gratitude silence session routine feedback habit compassion parent teenager walk shame curiosity boundary forgiveness burnout loneliness job holiday apology evening promise conflict safety story expectation healing pattern childhood belonging courage help argument closeness space rest need moment tenderness rule commitment week morning conversation memory fear desire hope doubt change choice sibling colleague neighbour marriage divorce loss joy anger guilt sleep body breath voice question answer mistake apology letter photograph kitchen table weekend birthday phone message distance home city garden window door habit plan budget chore meal journey season'.split(' ');
const VERBS = 'shapes softens reveals tests rebuilds protects challenges deepens interrupts nourishes complicates clarifies steadies unsettles invites rewards exhausts mirrors strengthens changes hides carries follows remembers forgets questions welcomes resists repairs weakens supports surprises comforts confuses grounds frightens heals teaches delays explains softens names holds'.split(' ');
const ADVERBS = 'slowly quietly often rarely gently suddenly gradually honestly deliberately patiently almost always sometimes eventually repeatedly barely clearly'.split(' ');
const PREPOSITIONS = 'after before during without beyond within around between despite through under toward beside'.split(' ');
const DETERMINERS = 'the a your our this that every some each another one their his her my'.split(' ');
const CONNECTORS = ['Over time,', 'In practice,', 'For many clients,', 'Sometimes', 'Often,', 'In my experience,', 'When things are hard,', 'Little by little,', 'Early on,', 'At its best,', 'In therapy,', 'Day to day,', 'Even then,', 'Later,', 'Still,', 'Of course,', 'Then again,', 'Before long,', 'Meanwhile,', 'Afterwards,'];
const TOPICS = ['Trust', 'Boundaries', 'Grief', 'Anxiety', 'Conflict', 'Intimacy', 'Parenting', 'Burnout', 'Self-Worth', 'Change', 'Loneliness', 'Repair', 'Rest', 'Communication', 'Forgiveness', 'Family'];
const FRAMES = ['Understanding {t}: A Practical Guide', 'What {t} Teaches Us About Connection', 'Living With {t}, One Day at a Time', '{t} in Long Relationships', 'Five Questions About {t}', 'When {t} Gets Heavy', 'Making Room for {t}', '{t}, Honesty and Care'];

/** A small deterministic random generator, so every run writes the same articles. */
function random(seed: number) {
  let s = seed >>> 0 || 1;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0), s / 2 ** 32);
}

export function makeArticle(i: number, words = 350): { title: string; text: string } {
  const r = random(i * 7919 + 17);
  const pick = <T>(list: T[]) => list[Math.floor(r() * list.length)]!;
  const phrase = () => `${pick(DETERMINERS)} ${r() < 0.6 ? pick(ADJECTIVES) + ' ' : ''}${pick(NOUNS)}`;
  const sentence = () => {
    let s = `${r() < 0.4 ? pick(CONNECTORS) + ' ' : ''}${phrase()} ${r() < 0.3 ? pick(ADVERBS) + ' ' : ''}${pick(VERBS)} ${phrase()}`;
    if (r() < 0.6) s += ` ${pick(PREPOSITIONS)} ${phrase()}`;
    if (r() < 0.3) s += `, and ${phrase()} ${pick(VERBS)} ${phrase()}`;
    return s.replace(/^(\w)/, (c) => c.toUpperCase()) + '.';
  };
  const paragraphs: string[] = [];
  let count = 0;
  while (count < words) {
    const p = Array.from({ length: 3 + Math.floor(r() * 4) }, sentence).join(' ');
    count += p.split(' ').length;
    paragraphs.push(p);
  }
  const title = `${pick(FRAMES).replace('{t}', pick(TOPICS))} (No. ${i + 1})`;
  return { title, text: `${title}\n\n${paragraphs.join('\n\n')}\n\nBy Sample Author, MA. Book with them here:\n` };
}

/** Writes `n` distinct articles of about `words` words into a fresh folder. */
export function writeArticles(dir: string, n: number, words = 350): string {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < n; i++) writeFileSync(join(dir, `${String(i).padStart(4, '0')}.txt`), makeArticle(i, words).text);
  return dir;
}

// `node --import tsx scripts/generate-articles.ts <folder> <count>`: a many-slide collection for tests.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) writeArticles(process.argv[2]!, Number(process.argv[3]));
