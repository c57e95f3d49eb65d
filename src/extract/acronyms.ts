/**
 * Acronym definitions, `Instance-wise Prompt Tuning (IPT)` and
 * `LoRA-SP(Streamlined Partial Parameter Adaptation)`. The long form is found
 * with Schwartz & Hearst's algorithm (PSB 2003): match the acronym's letters
 * right to left inside the preceding words, the first letter at a word start.
 * No parser is needed and asides such as `(prompts)` are rejected.
 */

import { allMatches } from './patterns.js';

export interface AcronymDefinition {
  short: string;
  long: string;
}

const SHORT_IN_PARENS = /\(\s*([\p{L}\p{N}][\p{L}\p{N}+\-.]*?)\s*(?:[,;][^()]*)?\)/gu;
const STOP = /^(?:of|for|and|the|in|with|to|on|a|an|by|via|is|are|we|our|called|named|termed|namely)$/i;

function bestLongForm(short: string, text: string): string | null {
  const s = short.replace(/s$/, '').replace(/[^A-Za-z]/g, '').toLowerCase();
  const long = text.toLowerCase();
  let si = s.length - 1;
  let li = long.length - 1;
  if (s.length < 2) return null;
  while (si >= 0) {
    const c = s[si];
    while (li >= 0 && (long[li] !== c || (si === 0 && li > 0 && /[a-z0-9]/.test(long[li - 1] ?? '')))) li--;
    if (li < 0) return null;
    li--;
    si--;
  }
  const start = text.lastIndexOf(' ', li) + 1;
  return text.slice(start).trim();
}

/**
 * `Isolation and Induction (InI)`: a short form in mixed case spells the initials of capitalised
 * words, with `and`/`of` between them allowed. Letter matching alone would stop at `Induction`
 * (its own `i…n…i`); the capitals say two words are meant.
 */
function byCapitals(short: string, text: string): string | null {
  const capitals = short.replace(/[^A-Z]/g, '');
  if (capitals.length < 2 || !/[a-z]/.test(short)) return null;
  const words = text.split(/\s+/);
  const initials: string[] = [];
  let i = words.length - 1;
  for (; i >= 0 && initials.length < capitals.length; i--) {
    const w = words[i] ?? '';
    if (/^(?:and|of|for|the|in|on|with|to|a)$/.test(w) && initials.length > 0) continue;
    const parts = w.split('-').filter(Boolean);
    if (!parts.every((p) => /^\p{Lu}/u.test(p))) return null;
    initials.unshift(...parts.map((p) => p[0] ?? ''));
  }
  return initials.join('') === capitals ? words.slice(i + 1).join(' ') : null;
}

/**
 * `Listen, Attend and Spell (LAS)`: a name that is itself a list of capitalised words, commas and
 * `and` between them; the initials spell the short form exactly.
 */
function byListedWords(short: string, window: string): string | null {
  const letters = short.replace(/[^A-Za-z]/g, '').toUpperCase();
  if (letters.length < 2 || !window.includes(',')) return null;
  const words = window.split(/\s+/);
  const picked: string[] = [];
  let i = words.length - 1;
  for (; i >= 0 && picked.length < letters.length; i--) {
    const w = (words[i] ?? '').replace(/,$/, '');
    if (/^(?:and|&)$/.test(w) && picked.length > 0) continue;
    if (!/^\p{Lu}\p{Ll}+$/u.test(w)) return null;
    picked.unshift(w);
  }
  if (picked.map((w) => w[0]).join('') !== letters || picked.length < 2) return null;
  return words.slice(i + 1).join(' ');
}

/** `a Fast Region-based Convolutional Network method (Fast R-CNN)`: a short form that keeps the long form's first word. */
const WORD_AND_SHORT = /\((\p{Lu}\p{Ll}+)\s+(\p{Lu}[\p{L}\p{N}+\-.]*\p{Lu}[\p{L}\p{N}+\-.]*)\)/gu;

export function findAcronyms(sentence: string): AcronymDefinition[] {
  const found: AcronymDefinition[] = [];
  if (!sentence.includes('(')) return found;
  for (const m of allMatches(SHORT_IN_PARENS, sentence)) {
    const short = (m[1] ?? '').trim();
    const nLetters = short.replace(/[^A-Za-z]/g, '').length;
    if (nLetters < 2 || nLetters > 10 || !/[A-Z]/.test(short) || /^\d/.test(short)) continue;
    const words = sentence.slice(0, m.index).trim().split(/\s+/);
    const window = words.slice(-Math.min(nLetters + 5, nLetters * 2)).join(' ');
    const clean = window.replace(/^.*[,;:(]\s*/, (x) => ' '.repeat(x.length)).trim();
    const long = byCapitals(short, clean) ?? bestLongForm(short, clean) ?? byListedWords(short, window);
    if (!long) continue;
    const longWords = long.split(/\s+/);
    if (STOP.test(longWords[0] ?? '') || longWords.length > nLetters + 3) continue;
    found.push({ short, long: long.replace(/^[("“]+|[,;:]+$/g, '') });
  }
  for (const m of allMatches(WORD_AND_SHORT, sentence)) {
    const [word, acronym] = [m[1] ?? '', m[2] ?? ''];
    const before = sentence.slice(0, m.index).trimEnd();
    const at = before.lastIndexOf(`${word} `);
    if (at < 0 || before.length - at > 80) continue;
    // `… Network method (Fast R-CNN)`: the kind of thing after the name is not part of it.
    const long = before.slice(at).replace(/\s+(?:method|model|approach|framework|architecture|algorithm|system)$/i, '');
    if (bestLongForm(acronym, long.slice(word.length + 1)) && !/[,;:()]/.test(long)) found.push({ short: `${word} ${acronym}`, long });
  }
  // Reverse order: `LoRA-SP(Streamlined Partial Parameter Adaptation)`. Found from each `(`, not by a
  // sentence-wide pattern, which backtracks at every word.
  for (let open = sentence.indexOf('('); open >= 0; open = sentence.indexOf('(', open + 1)) {
    const close = sentence.indexOf(')', open);
    const long = sentence.slice(open + 1, close).trim();
    if (close < 0 || !/^[A-Z]/.test(long) || long.length < 4 || long.length > 80 || long.includes('(')) continue;
    const short = /([\p{L}\p{N}][\p{L}\p{N}-]*)\s*$/u.exec(sentence.slice(Math.max(0, open - 40), open))?.[1] ?? '';
    if (!/[A-Z]/.test(short.slice(1))) continue;
    const head = (short.split('-').pop() ?? short).replace(/[^A-Za-z]/g, '').toLowerCase();
    const initials = long.split(/[\s-]+/).map((w) => w[0]?.toLowerCase() ?? '').join('');
    if (head.length >= 2 && long.includes(' ') && initials.startsWith(head)) found.push({ short, long });
  }
  return found;
}
