import { normalKey } from '../resolve/key.js';
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
  start: number;
  end: number;
}

const PLAIN = /^[a-z0-9]+$/;
const wordKey = (text: string): string => {
  const lower = text.toLowerCase();
  return PLAIN.test(lower) ? lower : lower.replace(/[^\p{L}\p{N}]+/gu, '');
};

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’@.\-]*[\p{L}\p{N}]|[\p{L}\p{N}]/gu;

export function words(sentence: string): Word[] {
  const out: Word[] = [];
  // One shared pattern (matchAll would copy it per call); WORD ends in a letter or digit, so no full stop to trim.
  WORD.lastIndex = 0;
  for (let m = WORD.exec(sentence); m; m = WORD.exec(sentence)) {
    const text = m[0];
    const start = m.index;
    out.push({ text, key: wordKey(text), start, end: start + text.length });
  }
  return out;
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
  private readonly starts = new Set<string>();
  /** Every prefix of every folded key: a run whose key is none can grow into no variant. */
  private readonly prefixes = new Set<string>();

  constructor(entries: E[]) {
    let longest = 1;
    for (const entry of entries) {
      for (const variant of entry.variants) {
        const ws = words(variant);
        longest = Math.max(longest, ws.length);
        this.starts.add(ws[0]?.key ?? '');
        if (isAcronym(variant)) this.exact.set(variant.replace(/[.\s]+$/, ''), entry);
        else if (!this.folded.has(normalKey(variant))) this.folded.set(normalKey(variant), entry);
      }
    }
    this.longest = Math.min(6, longest);
    for (const key of this.folded.keys()) for (let n = 1; n <= key.length; n++) this.prefixes.add(key.slice(0, n));
  }

  /** The entry a whole phrase names, if any (`Top-1 Acc.` → top-1 accuracy). */
  lookup(phrase: string): E | undefined {
    const trimmed = phrase.trim().replace(/\.$/, '');
    return this.exact.get(trimmed) ?? (isAcronym(trimmed) ? undefined : this.folded.get(normalKey(trimmed)) ?? this.folded.get(normalKey(trimmed).replace(/s$/, '')));
  }

  /** Longest matches, left to right, not overlapping. Keys grow word by word: no slicing until a match. */
  find(sentence: string, ws: Word[] = words(sentence)): Array<PhraseHit<E>> {
    const out: Array<PhraseHit<E>> = [];
    for (let i = 0; i < ws.length; i++) {
      const first = ws[i] as Word;
      if (!this.starts.has(first.key)) continue;
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
