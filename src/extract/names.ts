import { isNameLike, LANGUAGE_START } from './patterns.js';
import { lexiconEntry } from '../resolve/index.js';

/**
 * Reading a name off the text next to a cue (`called X`, `X dataset`,
 * `outperforms X, Y and Z`). A name is a short run of tokens that are
 * name-like, capitalised, or version suffixes (`Tacotron 2`, `ICDAR 2015`).
 */

const FILLER = /^(?:the|a|an|our|its|their|this|these|two|three|four|five|six|several|multiple|many|various|both|all|other|popular|challenging|standard|public|publicly|available|large-scale|small-scale|widely|used|well-known|famous|recent|existing|previous|strong|competitive|current|mainstream|classic|classical|original|vanilla|baseline|benchmark|real-world|new|novel|proposed|state-of-the-art|sota|prior|representative|commonly|benchmarks?|datasets?|methods?|models?|,)$/i;
/** Lower-case words that name a variant of what follows (`extended PASCAL-Person-Part`); capitalised they open a name (`Extended Cohn-Kanade`). */
const VARIANT = /^(?:extended|augmented|full|entire|whole|cleaned|filtered)$/;
const CONNECTOR = /^(?:of|for|the|in|de)$/;
/**
 * A connector joins ordinary capitalised words into one name (`Labeled Faces in
 * the Wild`, `Tree of Thoughts`), never a complete name to what follows:
 * `Transformer-XL in the OntoNotes 5.0 dataset` is a method, then a data set.
 */
const isWholeName = (word: string): boolean => {
  const t = trim(word);
  return isNameLike(t) || lexiconEntry('Dataset', t) !== undefined || lexiconEntry('Method', t) !== undefined;
};
/** Capitalised words that are ordinary English at a sentence start or after a cue. */
const COMMON_CAPITALS = /^(?:The|A|An|In|On|We|Our|This|These|That|It|Its|Their|For|To|With|By|From|As|At|Experiments?|Extensive|Results?|Moreover|However|Furthermore|Finally|Specifically|Besides|Also|Then|Both|Each|All|Using|Based|Compared|Unlike|Recently|Existing|Such|Most|Many|Some|Other|English|Chinese|German|French|Russian|Czech|Romanian|Japanese|Spanish|Bayesian|Gaussian|Euclidean|Markov|Monte|Carlo|Fourier|Laplacian|Hessian|Abelian|Boolean|Wasserstein|Kullback|Leibler|Nash|Pareto|Internet|Web|State|Art|Table|Figure|Section|Appendix|Code|Source)$/;
const LEADING_PREPOSITION = /^(?:Across|Among|Over|Under|Through|During|After|Before|Beyond|Within|Without|Via|Despite|Upon|Into|Onto|Towards?)$/;
/** Words that may continue a name (`Smooth Network`, `Memory Networks`) but never start one. */
const NOT_FIRST = /^(?:Data|Dataset|Datasets|Benchmark|Benchmarks|Corpus|Model|Models|Method|Methods|Network|Networks|Task|Tasks|Learning|Deep|Neural|Machine|Language|Large|Vision|Visual|Transformers?|Attention|Module|Block|Layer|Loss|Framework|Algorithm)$/;

export interface NameOptions {
  /** Accept one plain capitalised word (`Cityscapes`, `Logician`) — only after a strong cue. */
  single?: boolean;
  /**
   * The name follows a naming cue (`called Deep Speech`): a word that never opens a name in running
   * prose (`Deep`, `Neural`) opens one here when another capitalised word follows it.
   */
  cued?: boolean;
}

/** Words of the text; `LoRA-SP(Streamlined …` is `LoRA-SP` then `(Streamlined …`. */
function tokens(text: string): string[] {
  return (text.includes('(') ? text.replace(/(\S)\(/g, '$1 (') : text).split(/\s+/).filter(Boolean);
}

/** Characters trim() strips at the start, and at the end, of a token. */
const LEAD = new Set([...'("“\'‘'].map((c) => c.charCodeAt(0)));
const TAIL = new Set([...')"”\'’,;:.!?'].map((c) => c.charCodeAt(0)));

function trim(token: string): string {
  // Most tokens have nothing to strip: no pattern run for them.
  if (!LEAD.has(token.charCodeAt(0)) && !TAIL.has(token.charCodeAt(token.length - 1))) return token;
  return token.replace(/^[("“'‘]+/, '').replace(/[)"”'’,;:.!?]+$/, '');
}

function isPart(token: string, first: boolean, cued = false): boolean {
  const t = trim(token);
  if (!t) return false;
  if (isNameLike(t) || known(t)) return true;
  if (!first && /^(?:v?\d+(?:\.\d+)*[A-Za-z]?|[IVX]+|[A-Z])$/.test(t)) return true; // Tacotron 2, WMT 15
  if (LANGUAGE_START.test(t)) return false;
  // `AlphaFold2`, `CountKit2`: camel case with a version reads as a plain capitalised word here (the shape test
  // leaves it out, as PDF headers glue names and footnote marks the same way: `JonathanShen1`).
  return (/^\p{Lu}[\p{Ll}\p{N}'’.]+(?:-\p{L}[\p{Ll}\p{N}]*)*$/u.test(t) || /^(?:\p{Lu}\p{Ll}+){2}\d{1,2}$/u.test(t)) && !COMMON_CAPITALS.test(t) && !(first && !cued && NOT_FIRST.test(t));
}

/**
 * A name the lexicon knows. A plain lower-case word counts only as the lexicon spells it: `complex`
 * (in `complex datasets such as ImageNet`) shares a key with the method ComplEx but is not its name.
 */
function known(t: string): boolean {
  const entry = lexiconEntry('Dataset', t) ?? lexiconEntry('Method', t);
  if (!entry) return false;
  return !/^[a-z]+(?:-[a-z]+)*$/.test(t) || entry.canonical === t || entry.variants.includes(t);
}

/** Whether a run of tokens reads as a name rather than capitalised prose. */
function accept(parts: string[], options: NameOptions): boolean {
  if (parts.length === 0) return false;
  const joined = parts.join(' ');
  if (parts.some((p) => isNameLike(p)) || lexiconEntry('Dataset', joined) || lexiconEntry('Method', joined)) return true;
  // A lone capitalised adjective opens a list item (`(1) Hierarchical benchmark`), it names nothing.
  if (parts.length === 1 && /(?:al|ive|ous|ic|ed|ing|able|ible|ary|ful|less|ly)$/.test(parts[0] ?? '')) return false;
  return parts.length >= 2 || options.single === true;
}

/** The name at the start of `text` (after fillers), or null. */
export function leadingName(text: string, options: NameOptions = {}): string | null {
  const words = tokens(text.length > 160 ? text.slice(0, 160) : text).slice(0, 16);
  let i = 0;
  while (i < words.length && (FILLER.test(trim(words[i] ?? '')) || VARIANT.test(trim(words[i] ?? ''))) && !/[,;:.]$/.test(words[i] ?? '')) i++;
  // A known multi-word name wins over word-by-word reading (`SUN RGB-D`).
  for (let n = 4; n >= 2; n--) {
    const span = words.slice(i, i + n).map(trim);
    // It ends in a word: `VOC 2012 —` is `VOC 2012` and a dash (`CNN / Daily Mail` holds a joiner).
    if (words.length >= i + n && /[\p{L}\p{N}]/u.test(span.at(-1) ?? '') && (lexiconEntry('Dataset', span.join(' ')) || lexiconEntry('Method', span.join(' ')))) return span.join(' ');
  }
  const parts: string[] = [];
  for (; i < words.length && parts.length < 6; i++) {
    const word = words[i] ?? '';
    const t = trim(word);
    const nextWord = CONNECTOR.test(trim(words[i + 1] ?? '')) ? words[i + 2] ?? '' : words[i + 1] ?? '';
    if (parts.length > 0 && CONNECTOR.test(t) && isPart(nextWord, false) && /^\p{Lu}/u.test(nextWord)) {
      if (isWholeName(parts.at(-1) ?? '')) break;
      parts.push(t);
      continue;
    }
    // After a naming cue `Deep` may open a name, when a capitalised word follows (`called Deep Speech`, not `called Deep`).
    const cuedFirst = options.cued === true && parts.length === 0 && !/[,;:.]$/.test(word) && /^\p{Lu}/u.test(words[i + 1] ?? '') && isPart(words[i + 1] ?? '', false);
    if (/^\(/.test(word) || !isPart(word, parts.length === 0, cuedFirst)) break;
    // `CoNLL-2014 10 annotation dataset`: a bare number after a name that already ends in one is a count.
    if (/\d$/.test(parts.at(-1) ?? '') && /^\d+$/.test(t)) break;
    parts.push(t);
    if (/[,;:.)]$/.test(word) || /^\(/.test(word)) break;
  }
  return accept(parts, options) ? cleanName(parts.join(' ')) : null;
}

/** Whether the connector at `i` continues a name leftwards: the word before the connectors is part of a name, not a whole one. */
function joinsLeft(words: string[], i: number): boolean {
  let j = i - 1;
  while (j >= 0 && CONNECTOR.test(trim(words[j] ?? ''))) j--;
  const left = words[j] ?? '';
  return j >= 0 && !/[,;:(]$/.test(left) && isPart(left, false) && !isWholeName(left);
}

/** The name at the end of `text` (for `X dataset`), or null. */
export function trailingName(text: string, options: NameOptions = {}): string | null {
  // Only the end matters; when the text is cut, its cut-off first word is dropped.
  const whole = text.length <= 160;
  const words = tokens(whole ? text : text.slice(-160)).slice(whole ? 0 : 1);
  const parts: string[] = [];
  let i = words.length - 1;
  for (; i >= 0 && parts.length < 6; i--) {
    const word = words[i] ?? '';
    if (parts.length > 0 && /[,;:(]$/.test(word)) break;
    if (/^\(/.test(word) && parts.length === 0) break;
    if (isPart(word, false)) parts.unshift(trim(word));
    else if (parts.length > 0 && CONNECTOR.test(trim(word)) && joinsLeft(words, i)) parts.unshift(trim(word));
    else break;
  }
  // `Across 12 OpenML benchmarks`: a sentence-opening preposition is no part of the name.
  while (parts.length && (CONNECTOR.test(parts[0] ?? '') || !isPart(parts[0] ?? '', true) || LEADING_PREPOSITION.test(parts[0] ?? ''))) {
    parts.shift();
    i = Math.max(i, 0);
  }
  // A lone capitalised word that opens the sentence is not evidence of a name.
  if (whole && i < 0 && parts.length === 1 && !isNameLike(parts[0] ?? '')) return null;
  return accept(parts, options) ? cleanName(parts.join(' ')) : null;
}

/** Drops `-based`/`-like` tails and possessives: `ResNet-like` → `ResNet`. */
export function cleanName(name: string): string {
  return name
    .replace(/-(?:based|like|style|inspired|type|only|free|aware|driven|guided|specific|level)$/, '')
    .replace(/['’]s$/, '')
    .trim();
}

/** Items of a list that starts at the beginning of `text`: `X, Y and Z are …` → X, Y, Z. */
export function leadingList(text: string, options: NameOptions = {}): string[] {
  const out: string[] = [];
  let rest = text;
  for (let n = 0; n < 12; n++) {
    const name = leadingName(rest, options);
    if (!name) break;
    const at = rest.indexOf(name.split(' ').pop() ?? name);
    rest = rest.slice(at + (name.split(' ').pop() ?? name).length);
    // `Fast / Faster R-CNN`: a plain word before a spaced slash shares the next item's head; it names nothing alone.
    if (!(/^\s+\/\s/.test(rest) && !name.includes(' ') && !isWholeName(name))) out.push(name);
    const sep = /^[)"”']*\s*(?:,\s*(?:and|or)?|\band\b|\bor\b|&|(?<!\s)\/(?!\s)|;)\s*/.exec(rest);
    if (!sep) break;
    rest = rest.slice(sep[0].length);
  }
  return out;
}

/** Items of a list that ends at the end of `text`: `on X, Y and Z` + `datasets`. */
export function trailingList(text: string, options: NameOptions = {}): string[] {
  const out: string[] = [];
  let rest = text;
  for (let n = 0; n < 12; n++) {
    const name = trailingName(rest, options);
    if (!name) break;
    out.unshift(name);
    const first = name.split(' ')[0] ?? name;
    rest = rest.slice(0, rest.lastIndexOf(first));
    const sep = /\s*(?:,\s*(?:and|or)?|\band\b|\bor\b|&|\/|;)\s*$/.exec(rest);
    if (!sep) break;
    rest = rest.slice(0, rest.length - sep[0].length);
  }
  return out;
}

/**
 * `SQuAD 1.1 and 2.0`, `VOC 2007, 2012`: the other versions a name ending in one elides, as full names
 * (`SQuAD 2.0`), with where each version stands in `after` (the text right after the name).
 */
export function elidedVersions(name: string, after: string): Array<{ name: string; start: number; end: number }> {
  const base = /^(.*?\S)[\s-]*v?\d+(?:\.\d+)*$/.exec(name)?.[1];
  if (!base || base === name) return [];
  const out: Array<{ name: string; start: number; end: number }> = [];
  const joint = /^(\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|\/\s*))(v?\d+(?:\.\d+)*)(?![\w.]*\w)/;
  let at = 0;
  for (let m = joint.exec(after); m && out.length < 4; m = joint.exec(after.slice(at))) {
    const start = at + (m[1] ?? '').length;
    out.push({ name: `${base} ${m[2] ?? ''}`, start, end: start + (m[2] ?? '').length });
    at += m[0].length;
  }
  return out;
}

