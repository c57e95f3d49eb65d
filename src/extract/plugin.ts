import nlp from 'compromise/one';
import { DATASET_LEXICON, METHOD_LEXICON, COMPANIES, spellingVariants } from '../resolve/index.js';
import type { LexiconEntry } from '../resolve/index.js';
import { KeySet, letterOrDigit, shapeOf } from './phrases.js';

/**
 * The compromise plugin: gazetteers of known data sets, methods and companies.
 * We load only `compromise/one` (tokenizer + lexicon, no POS tagger): the rules
 * need names, not parts of speech, and the tagger is the slow part.
 * Note: importing full `compromise` anywhere in the same process would extend
 * this same instance with the tagger and make it ~10× slower.
 */

type Tag = 'Dataset' | 'Method' | 'Company';

function entries(lexicon: LexiconEntry[]): string[] {
  return lexicon.flatMap((e) => e.variants.flatMap(spellingVariants));
}

const GAZETTEERS: Record<Tag, string[]> = {
  Dataset: entries(DATASET_LEXICON),
  Method: entries(METHOD_LEXICON),
  Company: COMPANIES,
};

/** Tag of a known name, by its lower-case spelling; data sets win a shared spelling. */
const TAG_OF = new Map<string, Tag>();
for (const tag of ['Company', 'Method', 'Dataset'] as Tag[]) for (const name of GAZETTEERS[tag]) TAG_OF.set(name.toLowerCase(), tag);
const tagOf = (text: string): Tag | undefined => TAG_OF.get(text.toLowerCase()) ?? TAG_OF.get(text.toLowerCase().replace(/\s*([-/])\s*/g, '$1'));

/** Single-word names become lexicon words; every name also goes into one trie for `lookup`. */
const words: Record<string, Tag> = {};
for (const [name, tag] of TAG_OF) if (/^[\p{L}\p{N}]+$/u.test(name)) words[name] = tag;
const trie = nlp.buildTrie([...TAG_OF.keys()]);

/* eslint-disable @typescript-eslint/no-explicit-any -- compromise's View typing has no plugin hooks */
const plugin = {
  tags: {
    Dataset: { isA: 'Noun' },
    Method: { isA: 'Noun' },
    Company: { isA: 'Noun' },
  },
  words,
  api: (View: any) => {
    /** Tags every gazetteer name (one trie scan) and returns them, one name per match. */
    View.prototype.knownNames = function (this: any) {
      const found = this.lookup(trie).splitAfter('@hasComma'); // `Set5, Set14, B100` are three names
      found.forEach((m: any) => {
        const tag = tagOf(m.text('normal'));
        if (tag) m.tag(tag, 'papergraph-gazetteer');
      });
      return found;
    };
    View.prototype.datasets = function (this: any) {
      return this.knownNames().if('#Dataset');
    };
    View.prototype.models = function (this: any) {
      return this.knownNames().if('#Method');
    };
    View.prototype.companies = function (this: any) {
      return this.knownNames().if('#Company');
    };
  },
};
nlp.plugin(plugin as any);

/** `.` or `'`: inside a name part, not at its ends. */
const isStop = (c: number): boolean => c === 46 || c === 39;

/**
 * The prefilter: a word can start a name if it is a one-word name or the first
 * two words of a longer one. Most sentences hold neither, and this set test
 * costs microseconds where a parse costs a millisecond.
 *
 * A name's parts: the lower-case text split at every run of characters other than letters, digits and
 * `+.'` (`’` read as `'`), each part without `.` or `'` at its ends, empty parts dropped. The prefilter
 * (mayHoldName) reads the parts' bounds, cutting out only the few parts that may be starts.
 */
const splitName = (text: string): string[] => {
  const plain = lowerPlain(text);
  const bounds = partBounds(plain);
  const out: string[] = [];
  for (let k = 0; k < bounds.length; k += 2) out.push(plain.slice(bounds[k], bounds[k + 1]));
  return out;
};
/** The text in lower case, `’` as `'`. */
const lowerPlain = (text: string): string => {
  const lower = text.toLowerCase();
  return lower.includes('’') ? lower.replace(/[’]/g, "'") : lower;
};
/**
 * The parts of `plain` (see splitName) one at a time, for the prefilter on every sentence: the runs of
 * `/[\p{L}\p{N}+.']+/gu` less their edge stops, read by a scan of character codes (ASCII by a table;
 * the pattern's match objects and the array of bounds were most of the prefilter's cost).
 */
const PART_ASCII = new Uint8Array(128);
for (let c = 0; c < 128; c++) PART_ASCII[c] = (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 43 || isStop(c) ? 1 : 0;
/** Bounds of the part found last by nextPart. */
let partFrom = 0;
let partTo = 0;
/** Finds the first part at or after `i` (its bounds in partFrom, partTo) and returns where the search goes on; −1 if there is none. */
const nextPart = (plain: string, i: number): number => {
  const n = plain.length;
  while (i < n) {
    let end = i;
    while (end < n) {
      const c = plain.charCodeAt(end);
      if (c < 128) {
        if (PART_ASCII[c] === 0) break;
        end++;
      } else {
        const size = letterOrDigit(plain, end);
        if (!size) break;
        end += size;
      }
    }
    if (end === i) {
      i++;
      continue;
    }
    let from = i;
    let to = end;
    while (from < to && isStop(plain.charCodeAt(from))) from++;
    while (to > from && isStop(plain.charCodeAt(to - 1))) to--;
    if (from < to) {
      partFrom = from;
      partTo = to;
      return end;
    }
    i = end;
  }
  return -1;
};
/**
 * The same bounds by the pattern, for names and single words (splitName). Kept apart from nextPart on purpose: the
 * optimiser shapes nextPart to the calls it sees first, and after the gazetteer's short names it ran 2.5× slower on
 * sentences. A change to the part's characters goes in NAME_PART and PART_ASCII.
 */
const NAME_PART = /[\p{L}\p{N}+.']+/gu;
const partBounds = (plain: string): number[] => {
  const out: number[] = [];
  NAME_PART.lastIndex = 0;
  for (let m = NAME_PART.exec(plain); m; m = NAME_PART.exec(plain)) {
    let from = m.index;
    let to = from + m[0].length;
    while (from < to && isStop(plain.charCodeAt(from))) from++;
    while (to > from && isStop(plain.charCodeAt(to - 1))) to--;
    if (from < to) out.push(from, to);
  }
  return out;
};
const startKeys = new Set<string>();
for (const name of Object.values(GAZETTEERS).flat()) {
  const parts = splitName(name);
  startKeys.add(parts.length === 1 ? (parts[0] ?? '') : `${parts[0]} ${parts[1]}`);
}
const STARTS = new KeySet(startKeys);
/** First words of the two-word starts: a pair is only built (and hashed) when its first word is one. */
const PAIR_FIRSTS = new KeySet([...startKeys].filter((s) => s.includes(' ')).map((s) => s.slice(0, s.indexOf(' '))));
/** The shapes of STARTS (SINGLE) and of PAIR_FIRSTS (PAIR) in one table: one probe rules out most parts for both. */
const SINGLE = 1;
const PAIR = 2;
const START_SHAPES = new Uint8Array(1 << 16);
for (const key of startKeys) {
  const space = key.indexOf(' ');
  const single = shapeOf(key, 0, key.length);
  START_SHAPES[single] = (START_SHAPES[single] as number) | SINGLE;
  if (space < 0) continue;
  const first = shapeOf(key, 0, space);
  START_SHAPES[first] = (START_SHAPES[first] as number) | PAIR;
}
/** `STARTS.has(`${first} ${second}`)`, without building the string for most words. */
const startsPair = (first: string | undefined, second: string | undefined): boolean => PAIR_FIRSTS.has(String(first)) && STARTS.has(`${first} ${second}`);

/**
 * Whether a part of the sentence is in STARTS or, with the part after it, starts a pair there: the
 * sentence's parts tested where they lie, a part cut out only when its shape may be a start.
 */
function mayHoldName(sentence: string): boolean {
  const plain = lowerPlain(sentence);
  for (let i = nextPart(plain, 0); i >= 0; i = nextPart(plain, i)) {
    const from = partFrom;
    const to = partTo;
    const shape = START_SHAPES[shapeOf(plain, from, to)] as number;
    if (!shape) continue;
    const w = plain.slice(from, to);
    if (shape & SINGLE && STARTS.has(w)) return true;
    if (shape & PAIR && startsPair(w, nextPart(plain, i) >= 0 ? plain.slice(partFrom, partTo) : undefined)) return true;
  }
  return false;
}

export interface GazetteerHit {
  tag: Tag;
  text: string;
}

const PUNCT = /^[("“'‘[]+|[)"”'’,;:.!?\]]+$/g;
/** Whether a word may start or end with PUNCT (most do not, and need no replace). */
const OPENERS = new Set([...'("“\'‘['].map((c) => c.charCodeAt(0)));
const CLOSERS = new Set([...')"”\'’,;:.!?]'].map((c) => c.charCodeAt(0)));
const hasPunct = (w: string): boolean => OPENERS.has(w.charCodeAt(0)) || CLOSERS.has(w.charCodeAt(w.length - 1));
/** A word's parts (splitName): a word of ASCII letters and digits only is its one part. */
const SIMPLE = /^[A-Za-z0-9]+$/;
const wordParts = (w: string): string[] => (SIMPLE.test(w) ? [w.toLowerCase()] : splitName(w));
/** TAG_OF's names behind the shape table: most words are ruled out before TAG_OF is probed. */
const SINGLE_TAGS = new KeySet([...TAG_OF.keys()]);

/**
 * One sentence, cut for the gazetteer. A run of words that is itself a known
 * spelling (`ImageNet`, `CIFAR-10,`, `CNN & Daily Mail`) is a hit at once. Where
 * words may start a longer name in another spelling (`PASCAL VOC 2007, 2012`)
 * the words from there go to compromise's trie lookup: a window of the trigger
 * word and the six after it (the longest names have five).
 */
function cut(sentence: string): { direct: GazetteerHit[]; windows: string[] } {
  const direct: GazetteerHit[] = [];
  // As `splitName(sentence).some((w, k) => STARTS.has(w) || startsPair(w, parts[k + 1]))`, without the parts.
  if (!mayHoldName(sentence)) return { direct, windows: [] };
  const raw = sentence.split(/\s+/);
  const pieces = raw.map(wordParts);
  const starts: number[] = [];
  for (let j = 0; j < raw.length; j++) {
    const here = pieces[j] ?? [];
    const next = pieces[j + 1]?.[0] ?? pieces[j + 2]?.[0]; // `CNN & Daily Mail`: `&` has no letters
    const rawWord = raw[j] ?? '';
    const word = hasPunct(rawWord) ? rawWord.replace(PUNCT, '') : rawWord;
    const lower = word.toLowerCase();
    const key = lower.includes('’') ? lower.replace(/’/g, "'") : lower;
    const tag = SINGLE_TAGS.has(key) ? TAG_OF.get(key) : undefined;
    const longer = startsPair(here.at(-1), next) || (!tag && here.some((w, k) => startsPair(w, here[k + 1])));
    let known: GazetteerHit | undefined = tag ? { tag, text: word } : undefined;
    let span = 1;
    for (let n = longer ? 5 : 0; n >= 2 && span === 1; n--) {
      if (j + n > raw.length) continue;
      const run = raw.slice(j, j + n).join(' ').replace(PUNCT, '');
      const runTag = TAG_OF.get(run.toLowerCase().replace(/’/g, "'"));
      if (runTag) [known, span] = [{ tag: runTag, text: run }, n];
    }
    if (known && (span > 1 || !longer)) direct.push(known);
    else if (longer) starts.push(j);
    j += span - 1; // `R-CNN` inside `Faster R-CNN` is not a second name
  }
  const windows: string[] = [];
  let from = -1;
  let to = -1;
  for (const j of starts) {
    if (j <= to) to = Math.max(to, j + 6);
    else {
      if (from >= 0) windows.push(raw.slice(from, to + 1).join(' '));
      from = j;
      to = j + 6;
    }
  }
  if (from >= 0) windows.push(raw.slice(from, to + 1).join(' '));
  return { direct, windows };
}

/**
 * Known names in each sentence of a paper. All windows of all sentences are
 * parsed as one document (one parse per paper, not per sentence); match
 * offsets say which sentence a name came from.
 */
export function paperHits(sentences: string[]): GazetteerHit[][] {
  const out: GazetteerHit[][] = [];
  const spans: Array<{ sentence: number; end: number }> = [];
  let text = '';
  sentences.forEach((sentence, i) => {
    const { direct, windows } = cut(sentence);
    out.push(direct);
    for (const piece of windows) {
      text += piece;
      spans.push({ sentence: i, end: text.length });
      text += '\n\n';
    }
  });
  if (!text) return out;
  const names = (nlp(text) as any).knownNames().json({ offset: true, terms: false }) as Array<{ text: string; offset: { start: number } }>;
  for (const { text: found, offset } of names) {
    const surface = found.replace(/^[("“]+|[)"”,.;:]+$/g, '');
    const tag = tagOf(surface);
    const span = spans.find((s) => offset.start < s.end);
    if (tag && span) out[span.sentence]?.push({ tag, text: surface });
  }
  return out;
}
