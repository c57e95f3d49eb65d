import { NOT_A_NAME, GENERIC_PHRASES } from '../resolve/lexicon/stop.js';
import { normalKey } from '../resolve/key.js';
import { memoize } from '../graph/memo.js';

/**
 * The lexical shape of names. Research names are written unlike ordinary
 * words: internal capitals (`ResNeXt`), several capitals (`BERT`, `LoRA-SP`),
 * or letters mixed with digits (`Piccolo2`, `S2-MLPv2`). A token is one
 * run of letters, digits and `-+.'/` inside a sentence.
 */
/**
 * Every match of a global pattern, as `[...text.matchAll(re)]` gives them, without the copy of the
 * pattern that matchAll makes on each call (on a sentence, about as costly as the scan itself). All
 * matches are read before the caller's loop runs, so the pattern may be used again inside it.
 */
export function allMatches(re: RegExp, text: string): RegExpExecArray[] {
  if (!re.global) throw new TypeError(`allMatches needs a global pattern: ${re.source}`);
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push(m);
    if (m[0] === '') {
      // As matchAll does: step over an empty match, by a whole code point under the `u` flag.
      const at = re.lastIndex;
      const pair = re.unicode && at + 1 < text.length && (text.charCodeAt(at) & 0xfc00) === 0xd800 && (text.charCodeAt(at + 1) & 0xfc00) === 0xdc00;
      re.lastIndex = at + (pair ? 2 : 1);
    }
  }
  re.lastIndex = 0;
  return out;
}

/** nameLikeRule reads these matches by a scan of character codes: a change here goes there too. */
export const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}+'’.\-/]*[\p{L}\p{N}+]|[\p{L}\p{N}]/gu;

/** `1K`, `55M`, `14x`, `3D`, `300+`, `2016`: sizes, counts and units. */
const UNIT = /^(?:\d+(?:\.\d+)?(?:[kKmMbBgGtTxX×%]|dB|ms|GB|MB|TB|GHz|MHz|fps|FPS|px|pp|mm|cm|km)?|\d+[dD]|\d+(?:st|nd|rd|th)|[kKmMbB]\d+|\d+[a-z]{1,3}|top-?\d+|v\d+(?:\.\d+)?)\+?$/;

/** `English`, `English-to-German`: languages are read by the language-pair rule, never as names. */
export const LANGUAGE_START = /^(?:English|German|French|Russian|Czech|Romanian|Chinese|Japanese|Spanish|Finnish|Turkish|Italian|Korean|Arabic)(?:$|[-–→])/;

/** An ordinary word, lower-case or capitalised, possibly hyphenated: never a name (the shape test's own rule, tested first). */
const ORDINARY = /^[A-Z]?[a-z]+(?:-[a-z]+)*$/;

/** Shape test only; callers add context. Memoised: every rule asks about the same tokens. */
export function isNameLike(token: string): boolean {
  return ORDINARY.test(token) ? false : shapeOf(token); // most tokens: no map probe (hashing a fresh string) needed
}
const shapeOf = memoize((token) => nameShape(token), 50_000);

function nameShape(token: string): boolean {
  const t = token.replace(/[.'’]+$/, '');
  if (t.length < 2 || UNIT.test(t) || LANGUAGE_START.test(t)) return false;
  if (!/^[\p{L}\p{N}]/u.test(t) || !/\p{L}/u.test(t)) return false;
  if (NOT_A_NAME.has(normalKey(t)) || NOT_A_NAME.has(normalKey(t.replace(/s$/, '')))) return false;
  if (NOT_A_NAME.has(normalKey(t.split('-')[0] ?? '')) && /^\p{Lu}+-\d/u.test(t)) return false; // AUC-100, AP-50
  // Text pasted from PDF headers: `JonathanShen1`, `A.Stolcke`, `MassivelyParallelMethodsfor…`.
  if (t.length > 24 || /\p{Ll}\.\p{Lu}|^\p{Lu}\.\p{Lu}/u.test(t) || /^(?:\p{Lu}\p{Ll}+){2,}\d+$/u.test(t)) return false;
  if (/^[A-Z]?[a-z]+(?:-[a-z]+)*$/.test(t)) return false; // ordinary word
  if (/^\p{Ll}{2,}\d\p{Ll}{2,}$/u.test(t)) return true; // word2vec, wav2vec, pix2pix: `x2y` names, not English
  const capitals = (t.match(/\p{Lu}/gu) ?? []).length;
  if (capitals >= 2) return !/^(?:[A-Z][a-z]+-)+[A-Z][a-z]+$/.test(t); // `State-Of-The-Art` is not a name
  if (/\p{Ll}\p{Lu}/u.test(t)) return true; // fastText
  return capitals >= 1 && /\p{L}/u.test(t) && /\p{N}/u.test(t); // Piccolo2, not t5-like lower-case runs
}

export function isGenericPhrase(text: string): boolean {
  return GENERIC_PHRASES.has(normalKey(text));
}

/** Head nouns of long forms, to type an acronym definition. */
export const METHOD_HEAD =
  /(?:net|nets|network|networks|model|machine|tuning|attention|mechanism|algorithm|method|framework|architecture|transformer|former|encoder|decoder|autoencoder|reader|unit|units|embedding|embeddings|regression|classifier|detector|estimator|descent|search|sampling|pooling|layer|block|module|training|optimization|optimizer|propagation|filter|flow|matching|memory|indexing|forest|perceptron|kernel|policy|strategy|scheme|approach|technique|loss|regularization|normalization|distillation|augmentation|gan|cnn|rnn|lstm|mlp|bert|tree|trees|field|fields|process|chain|graph|machine|parser|tagger|generator|discriminator|representation|representations|agent|pipeline|prompt|prompting|tuning|head|backbone|fusion|reasoning|aggregation|refinement|alignment|clustering|hashing|routing|dropout|coding|projection|decomposition|factorization|quantization|pruning|compression|rule|grammar|grammars|transform|transformation|conversion|calculus|algebra|ascent|gradient|histogram|principle|carlo|estimate|estimator|splitting|iteration|selection|ranker|solver|sampler|toolkit|tool|engine|mixup|mixing|calibration|correction|smoothing|weighting|masking|sparsification|initialization|boosting|bagging|ensemble|translator|recognizer|tokenizer|analyzer|analyser|anchoror|extractor|retriever|planner|scheduler|controller|predictor|learner|solver|simulator|heuristic|heuristics|automaton|automata|formalism|logic|lexicon|library|language model|programming|inversion|expansion|encoding|decoding|recognizer)$/i;

export const TASK_HEAD =
  /(?:answering|recognition|detection|segmentation|classification|translation|generation|estimation|extraction|retrieval|analysis|labeling|labelling|parsing|prediction|summarization|understanding|captioning|tracking|reconstruction|completion|inference|identification|verification|spoofing|synthesis|recommendation|ranking|tagging|resolution|restoration|denoising|localization|comprehension|modeling|modelling|linking|matching task|task|tasks|problem|attack|attacks|security|privacy|learning|intelligence|processing|vision|service|services|systems|system|competition|challenge|contest|workshop|conference|track|team)$/i;

export const METRIC_HEAD =
  /(?:score|accuracy|error|rate|ratio|precision|recall|distance|similarity|union|gain|curve|divergence|perplexity|likelihood|f1|bleu|rouge|auc|speedup|latency|throughput|cost)$/i;

export const DATASET_HEAD = /(?:dataset|datasets|data set|data sets|benchmark|benchmarks|corpus|corpora|treebank|database|collection|suite|challenge)$/i;

/** Nouns after a list that say what the list holds. */
export const DATASET_NOUN = String.raw`(?:data\s?sets?|benchmarks?|corpus|corpora|databases?|collections?)`;
export const METHOD_NOUN = String.raw`(?:methods?|models?|approaches|approach|architectures?|networks?|algorithms?|baselines?|detectors?|techniques?|frameworks?|backbones?|encoders?|systems?|variants?|counterparts?|competitors?|solutions?)`;

/** First person or "the proposed": the paper's own contribution. */
export const OWN = /\b(?:we|our|ours|us|this (?:paper|work|report|study|article)|the (?:proposed|resulting|presented|new))\b/i;
