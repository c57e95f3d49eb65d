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

const wordKey = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’@.\-]*[\p{L}\p{N}]|[\p{L}\p{N}]/gu;

export function words(sentence: string): Word[] {
  const out: Word[] = [];
  for (const m of sentence.matchAll(WORD)) {
    const text = m[0].replace(/\.$/, '');
    const start = m.index ?? 0;
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
  }

  /** The entry a whole phrase names, if any (`Top-1 Acc.` → top-1 accuracy). */
  lookup(phrase: string): E | undefined {
    const trimmed = phrase.trim().replace(/\.$/, '');
    return this.exact.get(trimmed) ?? (isAcronym(trimmed) ? undefined : this.folded.get(normalKey(trimmed)) ?? this.folded.get(normalKey(trimmed).replace(/s$/, '')));
  }

  /** Longest matches, left to right, not overlapping. */
  find(sentence: string, ws: Word[] = words(sentence)): Array<PhraseHit<E>> {
    const out: Array<PhraseHit<E>> = [];
    for (let i = 0; i < ws.length; i++) {
      if (!this.starts.has((ws[i] as Word).key)) continue;
      let key = '';
      const keys = ws.slice(i, i + this.longest).map((w) => (key += w.key));
      for (let n = Math.min(this.longest, ws.length - i); n >= 1; n--) {
        const first = ws[i] as Word;
        const last = ws[i + n - 1] as Word;
        const surface = sentence.slice(first.start, last.end);
        const entry = this.exact.get(surface) ?? (isAcronym(surface) ? undefined : this.matchFolded(keys[n - 1] ?? ''));
        if (!entry) continue;
        out.push({ entry, surface, from: i, to: i + n, start: first.start, end: last.end });
        i += n - 1;
        break;
      }
    }
    return out;
  }

  private matchFolded(key: string): E | undefined {
    return this.folded.get(key) ?? (key.length > 4 ? this.folded.get(key.replace(/s$/, '')) : undefined);
  }
}
