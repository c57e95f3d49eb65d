import { normalKey } from '../resolve/key.js';
import { memoize } from '../graph/memo.js';
import type { LexiconEntry } from '../resolve/lexicon/datasets.js';

/**
 * Word-level phrase matching for the task and metric lexicons. A sentence is cut
 * into words once; every run of one to six words is looked up by its key in a
 * map, so the cost is a few map probes per word whatever the lexicon's size (a
 * regular-expression alternation of hundreds of phrases would try each at every
 * position). Variants in capitals (`NER`, `AP`) are acronyms and match only with
 * their capitals; the others match in any case.
 */

export interface Word {
  text: string;
  /** Lower-case letters and digits (a phrase's key is its words' keys joined). */
  key: string;
  /** The key's shape (KeySet's table index), computed once: each word is probed in several sets. */
  shape: number;
  start: number;
  end: number;
}

/** A key's shape: its length (mod 16), first and last character (mod 64). KeySet rules out a key by it. */
export const shapeOf = (text: string, from: number, to: number): number => (((to - from) & 15) << 12) | ((text.charCodeAt(from) & 63) << 6) | (text.charCodeAt(to - 1) & 63);

const PLAIN = /^[a-z0-9]+$/;
const wordKey = (text: string): string => {
  const lower = text.toLowerCase();
  return PLAIN.test(lower) ? lower : lower.replace(/[^\p{L}\p{N}]+/gu, '');
};

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Code units of the letter or digit at `at` (2 for an astral one), 0 if there is none. */
export function letterOrDigit(s: string, at: number): number {
  const c = s.charCodeAt(at);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90) ? 1 : 0;
  if ((c & 0xfc00) === 0xd800 && (s.charCodeAt(at + 1) & 0xfc00) === 0xdc00) return LETTER_OR_DIGIT.test(s.slice(at, at + 2)) ? 2 : 0;
  return LETTER_OR_DIGIT.test(s.charAt(at)) ? 1 : 0; // a lone surrogate is neither
}

/** `'’@.-`: may join letters and digits inside a word. */
const isJoiner = (c: number): boolean => c === 39 || c === 0x2019 || c === 64 || c === 46 || c === 45;

/**
 * The words of a sentence: what `/[\p{L}\p{N}][\p{L}\p{N}'’@.\-]*[\p{L}\p{N}]|[\p{L}\p{N}]/gu` matches
 * (a run of letters, digits and joiners from a letter or digit to the last one), read by a scan of
 * character codes (the pattern with its match objects was the larger part of this rule's cost).
 */
export function words(sentence: string): Word[] {
  const out: Word[] = [];
  const n = sentence.length;
  for (let i = 0; i < n; ) {
    const first = letterOrDigit(sentence, i);
    if (!first) {
      i++;
      continue;
    }
    const start = i;
    let end = i + first; // after the last letter or digit
    let plain = first === 1 && sentence.charCodeAt(i) < 128; // ASCII letters and digits only, so far
    let upper = plain && sentence.charCodeAt(i) <= 90 && sentence.charCodeAt(i) >= 65;
    for (let j = end; j < n; ) {
      const size = letterOrDigit(sentence, j);
      if (size) {
        const c = sentence.charCodeAt(j);
        if (size > 1 || c >= 128) plain = false;
        else if (c <= 90 && c >= 65) upper = true;
        j += size;
        end = j;
      } else if (isJoiner(sentence.charCodeAt(j))) {
        j++;
        while (j < n && isJoiner(sentence.charCodeAt(j))) j++;
        if (j < n && letterOrDigit(sentence, j)) plain = false; // joiners inside the word; trailing ones are not part of it
      } else break;
    }
    const text = sentence.slice(start, end);
    // A plain word is its own key once in lower case (most are already).
    const key = plain ? (upper ? text.toLowerCase() : text) : wordKey(text);
    out.push({ text, key, shape: shapeOf(key, 0, key.length), start, end });
    i = end;
  }
  return out;
}

/**
 * A set of word keys probed once per word of every sentence. Most words are in none, and a table
 * of the keys' shapes (length, first and last character) rules them out without hashing the word.
 */
export class KeySet {
  private readonly keys: Set<string>;
  private readonly shapes = new Uint8Array(1 << 16);

  constructor(keys: Iterable<string>) {
    this.keys = new Set(keys);
    for (const key of this.keys) this.shapes[shapeOf(key, 0, key.length)] = 1;
  }

  has(key: string): boolean {
    return this.mayHave(key, 0, key.length) && this.keys.has(key);
  }

  /** `has(word.key)`, by the shape the word already holds. */
  hasWord(word: Word): boolean {
    return this.shapes[word.shape] === 1 && this.keys.has(word.key);
  }

  /** Whether `text.slice(from, to)` may be a key (the same shape as a key's): false rules it out without slicing. */
  mayHave(text: string, from: number, to: number): boolean {
    return this.shapes[shapeOf(text, from, to)] === 1;
  }
}

export interface PhraseHit<E> {
  entry: E;
  /** The words as written (`top-1 acc.` keeps its full stop when the variant has one). */
  surface: string;
  from: number;
  /** Index after the last word. */
  to: number;
  start: number;
  end: number;
}

const isAcronym = (variant: string): boolean => /^[^a-z]*[A-Z][^a-z]*$/.test(variant.replace(/@\d+|s$/g, '')) || /^[a-z][A-Z]/.test(variant);

export class PhraseIndex<E extends LexiconEntry> {
  private readonly folded = new Map<string, E>();
  private readonly exact = new Map<string, E>();
  private readonly longest: number;
  /** Keys of words that can start a variant: most words start none and cost one probe. */
  private readonly starts: KeySet;
  /** Every prefix of every folded key: a run whose key is none can grow into no variant. */
  private readonly prefixes = new Set<string>();

  constructor(entries: E[]) {
    let longest = 1;
    const starts: string[] = [];
    for (const entry of entries) {
      for (const variant of entry.variants) {
        const ws = words(variant);
        longest = Math.max(longest, ws.length);
        starts.push(ws[0]?.key ?? '');
        if (isAcronym(variant)) this.exact.set(variant.replace(/[.\s]+$/, ''), entry);
        else if (!this.folded.has(normalKey(variant))) this.folded.set(normalKey(variant), entry);
      }
    }
    this.longest = Math.min(6, longest);
    this.starts = new KeySet(starts);
    for (const key of this.folded.keys()) for (let n = 1; n <= key.length; n++) this.prefixes.add(key.slice(0, n));
  }

  /** The entry a whole phrase names, if any (`Top-1 Acc.` → top-1 accuracy). Memoised: the rules ask about the same phrases again and again. */
  readonly lookup: (phrase: string) => E | undefined = memoize((phrase) => {
    const trimmed = phrase.trim().replace(/\.$/, '');
    return this.exact.get(trimmed) ?? (isAcronym(trimmed) ? undefined : this.folded.get(normalKey(trimmed)) ?? this.folded.get(normalKey(trimmed).replace(/s$/, '')));
  });

  /** Longest matches, left to right, not overlapping. Keys grow word by word: no slicing until a match. */
  find(sentence: string, ws: Word[] = words(sentence)): Array<PhraseHit<E>> {
    const out: Array<PhraseHit<E>> = [];
    for (let i = 0; i < ws.length; i++) {
      const first = ws[i] as Word;
      if (!this.starts.hasWord(first)) continue;
      // Acronyms are single words (`NER`, `ROUGE-L`); every longer variant has lower-case letters.
      let best: { entry: E; n: number } | undefined = this.exact.has(first.text) ? { entry: this.exact.get(first.text) as E, n: 1 } : undefined;
      let key = '';
      for (let n = 1; n <= this.longest && i + n <= ws.length; n++) {
        key += (ws[i + n - 1] as Word).key;
        if (n > 1 || !(best || isAcronym(first.text))) {
          const entry = this.matchFolded(key);
          if (entry) best = { entry, n };
        }
        // A folded match is the key or the key less a plural `s`: both start with any shorter run's key, so a
        // key that starts no variant ends the search (unless the next word adds nothing to it).
        if (!this.prefixes.has(key) && ws[i + n]?.key) break;
      }
      if (!best) continue;
      const last = ws[i + best.n - 1] as Word;
      out.push({ entry: best.entry, surface: sentence.slice(first.start, last.end), from: i, to: i + best.n, start: first.start, end: last.end });
      i += best.n - 1;
    }
    return out;
  }

  private matchFolded(key: string): E | undefined {
    return this.folded.get(key) ?? (key.length > 4 && key.endsWith('s') ? this.folded.get(key.slice(0, -1)) : undefined);
  }
}
