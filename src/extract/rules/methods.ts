import type { Rule } from '../candidate.js';
import { findAcronyms } from '../acronyms.js';
import { cleanName, leadingList, leadingName } from '../names.js';
import { DATASET_HEAD, DATASET_NOUN, METHOD_HEAD, METHOD_NOUN, METRIC_HEAD, TASK_HEAD, allMatches, isGenericPhrase, isNameLike } from '../patterns.js';
import { canonicalInstitution, canonicalName, lexiconEntry, normalKey } from '../../resolve/index.js';
import { isInstitutionLongForm } from '../institutions.js';
import { METHOD_SUFFIX, PROCEDURE_HEAD, PROPOSE_OWN, add, datasetRole, anyOf, methodRole, ownSubject, type SentenceContext } from './context.js';
import { PHYSICAL_HEAD, isUnit } from '../false-friends.js';
import { letterOrDigit } from '../phrases.js';
import { escapeRegExp } from '../../graph/regexp.js';

/**
 * Rules that read methods: acronym definitions, proposals and namings (which
 * may also name the paper's own data set), comparisons and name-shaped tokens.
 */

// Compiled once: rules run on every sentence of every abstract.
const PROPOSE = /\b(?:(?:we|this (?:paper|work|report|study))\s+(?:\w+ly\s+)?(?:(?:also|further|then|can|could|thus|therefore)\s+){0,2}|and\s+(?:then\s+)?)(?:propose|purpose|introduce|present|develop|design|devise|build|construct|create|release|collect|contribute|describe|put forward|formulate|establish|curate|provide)(?:s|d|ed)?\s+/gi;
const NAMING = /\b(?:(?:term|terms|termed|name|names|call|calls)\b[^.;]{0,80}?\bas|called|named(?! entit)|termed|dubbed|namely,?|coined|denoted as|referred to as|we (?:call|term|name|dub) (?:it|them|(?:our|this|the) (?:[\w-]+ ){0,2}?(?:method|model|approach|system|network|architecture|framework|algorithm|detector)s?))\s+/gi;
/** Literals every match of NAMING or NAMING_BARE contains at a word start (see anyOf). */
const NAMING_WORDS = anyOf(['term', 'name', 'call', 'dub', 'namely', 'coin', 'denoted', 'referred']);
/** `a novel framework we call SSDLite`: a capitalised name right after the verb (case-sensitive, unlike NAMING). */
const NAMING_BARE = /\b[Ww]e (?:call|term|name|dub) (?=\p{Lu})/gu;
const COMPARE = new RegExp(String.raw`\b(?:(?:we|and)\s+(?:\w+ly\s+)?compares?\s+(?:[\w-]+\s+){0,4}?(?:with|to|against)|(?:we|and)\s+(?:\w+ly\s+)?(?:also\s+)?(?:compare|evaluate|benchmark|test|assess)|outperform\w*|surpass\w*|beat\w*|exceed\w*|superior to|better than|compared (?:with|to|against)|comparisons? (?:with|to|against)|competitive with|on par with|comparable to|(?:close|similar) to (?:that|those) of|versus|vs\.?|over)\s+(?:(?:the|other|previous|existing|strong|recent|popular|current|mainstream|baseline|prior|state-of-the-art|several|many|all|both)\s+)*(?:${METHOD_NOUN}\s*,?\s*)?(?:(?:such as|like|including|e\.g\.,?)\s+)?`, 'gi');
/** `we introduce X, a new dataset of …`; not `we construct SENet architectures that generalise across datasets`. */
const DATA_AFTER = new RegExp(String.raw`^[\s,(]*(?:a|an|the)?\s*(?!${METHOD_NOUN}\b)(?:(?!(?:that|which|who|across|on|in|with|to|for|from|over)\b)[\w-]+\s+){0,7}${DATASET_NOUN}\b`, 'i');
/**
 * The data noun heads the phrase the naming cue follows (`a new dataset, which we call`, `a new dataset of millions of
 * webpages called`), not a word further back (`corpus exploration tool called`).
 */
const DATA_BEFORE = new RegExp(String.raw`${DATASET_NOUN}(?:\s+of\s+(?:[\w-]+\s+){0,3}?[\w-]+)?,?(?:\s+(?:which|that)(?:\s+(?:we|is|are|was))?)?\s*$`, 'i');

/** Literals every match of PROPOSE and COMPARE contains at a word start (see anyOf): a cue added to either goes here too. */
const PROPOSE_WORDS = anyOf(['propose', 'purpose', 'introduce', 'present', 'develop', 'design', 'devise', 'build', 'construct', 'create', 'release', 'collect', 'contribute', 'describe', 'put forward', 'formulate', 'establish', 'curate', 'provide']);
const COMPARE_WORDS = anyOf(['compar', 'evaluat', 'benchmark', 'test', 'assess', 'outperform', 'surpass', 'beat', 'exceed', 'superior', 'better', 'competitive', 'on par', 'close to', 'similar to', 'versus', 'vs', 'over']);

/** What a definition's long form and its surroundings say the acronym is. */
function acronymKind(ctx: SentenceContext, short: string, long: string, before: string, after: string): 'task' | 'physical' | 'institution' | 'dataset' | 'method' | 'cued' | 'other' {
  const words = long.replace(/[^\p{L}\p{N}\s-]+/gu, '').trim().split(/[\s-]+/);
  // `label smoothing regularization for outliers`: the head is the word before the first preposition.
  const ofAt = words.findIndex((w, i) => i > 0 && /^(?:for|of|on|in|with|via)$/i.test(w));
  const head = (ofAt > 0 ? words[ofAt - 1] : words.at(-1)) ?? '';
  const last = words.at(-1) ?? '';
  if (PHYSICAL_HEAD.test(long) || isUnit(short)) return 'physical';
  if (isInstitutionLongForm(long)) return 'institution';
  if (DATASET_HEAD.test(long)) return 'dataset';
  // A proposal or a naming right before the long form makes it a method whatever its head
  // (`we propose … named debiasing contrastive learning (DCT)`), as does a method noun after it
  // (`Bayesian Privacy (BP) framework`).
  if (methodRole(before) === 'PROPOSES' || NAMED_BEFORE.test(before)) return 'cued';
  if (METHOD_AFTER.test(after)) return 'cued';
  // `facial Action Unit (AU) recognition`: what a task acts on, not a method.
  if (TASK_AFTER.test(after)) return 'other';
  if (TASK_HEAD.test(last) || METRIC_HEAD.test(last) || TASK_HEAD.test(head) || METRIC_HEAD.test(head) || isGenericPhrase(long)) return 'task';
  if (lexiconEntry('Dataset', short)) return 'dataset';
  return METHOD_HEAD.test(head) || METHOD_HEAD.test(last) ? 'method' : 'other';
}

/** A naming cue right before a name: `named X`, `called as X`. */
const NAMED_BEFORE = /\b(?:named|called|termed|dubbed)\s+(?:as\s+)?$/i;
const TASK_AFTER = /^\s*(?:recognition|detection|estimation|classification|segmentation|tracking|localization|prediction|extraction|identification)\b/i;
const METHOD_AFTER = new RegExp(String.raw`^\s*(?:-based\b|(?:[\w-]+\s+)?(?:${METHOD_NOUN}|schemes?|designs?|estimators?|strateg(?:y|ies)|losse?s?|modules?|layers?|blocks?|mechanisms?|technique|procedures?|pipelines?|MLPs?)\b)`, 'i');

export function acronymRule(ctx: SentenceContext): void {
  ctx.acronyms ??= findAcronyms(ctx.text);
  for (const { short, long } of ctx.acronyms) {
    const known = lexiconEntry('Method', short) ?? lexiconEntry('Method', long);
    const at = ctx.text.indexOf(long);
    // `LoRA-SP(Streamlined …)` defines in reverse: what precedes the pair is what precedes the short form.
    const shortAt = ctx.text.lastIndexOf(short, at);
    const reverse = shortAt >= 0 && ctx.text.slice(shortAt + short.length, at).trim() === '(';
    const before = ctx.text.slice(0, reverse ? shortAt : at);
    const after = ctx.text.slice(ctx.text.indexOf(')', at + long.length) + 1);
    const kind = known ? 'known' : acronymKind(ctx, short, long, before, after);
    const suppress = (): void => {
      ctx.suppressed.add(normalKey(short));
      ctx.suppressed.add(normalKey(short.replace(/s$/, '')));
    };
    if (kind !== 'dataset' && !lexiconEntry('Dataset', short)) ctx.notData?.add(normalKey(short));
    if (kind === 'task' || kind === 'physical') suppress();
    else if (kind === 'institution') {
      suppress();
      add(ctx, 'Institution', canonicalInstitution(long), 'institution-text', 'MENTIONS', short);
    }
    else if (kind === 'dataset') add(ctx, 'Dataset', short, 'acronym', datasetRole(before, PROPOSE_OWN.test(before)), long);
    else if (known) add(ctx, 'Method', short, known.generic ? 'lexicon-generic' : 'lexicon', methodRole(before), long);
    else if (/s$/.test(short) && /s$/.test(long) && kind !== 'cued') add(ctx, 'Method', short, 'acronym-plural', 'USES', long);
    else {
      // `Circulant Channel-Specific (CCS) token-mixing MLP`: the name runs on past the parenthesis.
      const tail = /^\s*((?:[a-z][\w-]*\s+){0,2}(?:MLP|[A-Z][\w-]*(?:Net|former|GAN|BERT|LSTM)))\b/.exec(after)?.[1];
      const rule: Rule = kind === 'other' ? 'acronym-other' : 'acronym';
      // `introduce a new Two-Stream Inflated 3D ConvNet (I3D)`: capitalised words the long form left out are the name's.
      const lead = before.replace(NAME_WORDS_END, '');
      const role =
        methodRole(lead) === 'PROPOSES' || (NAMED_BEFORE.test(before) && ownSubject(before)) || OWN_CONTRIBUTION.test(lead) || NOVEL_AFTER.test(after)
          ? 'PROPOSES'
          : 'USES';
      if (tail) add(ctx, 'Method', `${short} ${tail}`, rule, role, `${long} ${tail}`);
      else add(ctx, 'Method', short, rule, role, long);
    }
  }
}

/** Up to three capitalised words ending the text, none of them a sentence opener: a name's first words. */
const NAME_WORDS_END = /(?<=\s)(?:(?!(?:We|Our|The|This|These|In|A|An|It|Its|For|To)\b)\p{Lu}[\p{L}\p{N}-]*\s+){1,3}$/u;
/** `Our first contribution is X (ACR)`: what the paper contributes is its own. */
const OWN_CONTRIBUTION = /\b(?:our|the)\s+(?:\w+\s+)?(?:main\s+|key\s+|first\s+|second\s+|third\s+)?contributions?\s+(?:is|are|includes?)\s+(?:(?:a|an|the)\s+)?(?:[\p{Ll}][\w-]*\s+){0,4}$/iu;
/** `X (ACR), a novel framework for …`: the apposition calls it new. */
const NOVEL_AFTER = /^\s*,\s*(?:a|an)\s+(?:(?:simple|effective|efficient|general|unified|powerful|\w+ly)\s+)*(?:novel|new)\b/i;

/** `a new backdoor attack FTROJAN`: a descriptor, then a name-shaped token. */
const DESCRIBED = /^(?:a|an|the)\s+(?:(?!(?:to|that|which|for|with|on|of|in|by|and|based|using)\b)[a-z][\w-]*\s+){1,5}([\p{L}\p{N}][\p{L}\p{N}+.\-]*[\p{L}\p{N}+])(?=[,.;:(]|\s+(?:through|that|which|to|for|with|by|in|on|is|can|and|based|via|using|against|as)\b|$)/u;

/** Whether a name is the start of a long form this sentence defines (`Circulant Channel` of `Circulant Channel-Specific (CCS)`). */
const insideDefinition = (defined: string[], name: string): boolean => defined.some((long) => long.startsWith(name));

export function proposalRule(ctx: SentenceContext): void {
  if (!PROPOSE_WORDS.test(ctx.text)) return;
  const defined = (ctx.acronyms ??= findAcronyms(ctx.text)).map((d) => d.long);
  for (const m of allMatches(PROPOSE, ctx.text)) {
    const after = ctx.text.slice((m.index ?? 0) + m[0].length);
    if (/^and/i.test(m[0]) && !ownSubject(ctx.text.slice(0, m.index))) continue; // `…, and propose` needs the paper as subject
    if (/^(?:a|an|the)\s+(?:[\w-]+\s+){0,3}(?:measures?|metrics?)\b/i.test(after)) continue; // `we present a measure called X`: no method
    // `we propose Instance-wise Prompt Tuning (IPT)`: the acronym rule links both names; but in `we propose
    // SegLat for Chinese word segmentation (CWS)` the definition is what SegLat is for.
    const first = leadingName(after, { single: true });
    if (defined.some((long) => { const i = after.indexOf(long); return i >= 0 && i < 40 && (!first || long.includes(first) || first.includes(long)); })) continue;
    // Apposition: `we propose a unified knowledge expression form, SAOKE, to …`.
    const apposed = /^(?:a|an|the)\s+(?:[\w-]+\s+){0,6}?[\w-]+,\s+([^,;.()]+?)\s*[,.(]/.exec(after);
    const described = DESCRIBED.exec(after)?.[1];
    // `we propose Vision-Adversarial Loss, Prompt-Robust Augmentation, and Attention-Decoupling Loss`: every item.
    const names = first ? leadingList(after, { single: true }) : [];
    const appositive = apposed && leadingName(apposed[1] ?? '', { single: true });
    const name = first ?? appositive ?? (described && isNameLike(described) ? described : null);
    if (!name) continue;
    // `a new simple network architecture, the Transformer,`: the apposition names what is proposed.
    const byName = !first && name === appositive;
    for (const item of names.length > 1 ? names : [name]) {
      const tail = after.slice(after.indexOf(item) + item.length, after.indexOf(item) + item.length + 90);
      // `an LSTM-based method`, `a new HMM tagger`, `a DOA estimation algorithm`: the name is what the proposal builds on or addresses.
      // `we purposed Vision Transformer Contrastive Network`: a known name opening a longer one is not what is proposed.
      if (lexiconEntry('Method', item) && /^\s+\p{Lu}/u.test(tail)) continue;
      if (/^-(?:based|like|style)\b/.test(tail) || (lexiconEntry('Method', item) && /^\s+[a-z]/.test(tail))) {
        add(ctx, 'Method', item, 'name-like', 'USES');
        continue;
      }
      if (new RegExp(String.raw`^\s+(?:[a-z]+\s+)?(?:${TASK_HEAD.source.slice(0, -1)})\b`, 'i').test(tail)) continue;
      add(ctx, DATA_AFTER.test(tail) ? 'Dataset' : 'Method', item, 'proposed', 'PROPOSES', undefined, byName);
    }
  }
}

/** `our proposed model, DeepLabv3+, extends …`, `The improved model, YOLOv2, is …`: the apposition names the paper's own method. */
const OWN_APPOSITION = new RegExp(String.raw`\b(?:[Oo]ur|[Tt]he\s+(?:proposed|improved|resulting|final))\s+(?:[\w-]+\s+){0,3}?${METHOD_NOUN},\s+`, 'g');

/** Literals of OWN_APPOSITION (see anyOf): a cue added there goes here too. */
const OWN_APPOSITION_WORDS = anyOf(['our', 'the proposed', 'the improved', 'the resulting', 'the final']);

export function namingRule(ctx: SentenceContext): void {
  const defined = (ctx.acronyms ??= findAcronyms(ctx.text)).map((d) => d.long);
  if (ctx.text.includes(',') && OWN_APPOSITION_WORDS.test(ctx.text)) {
    for (const m of allMatches(OWN_APPOSITION, ctx.text)) {
      const rest = ctx.text.slice((m.index ?? 0) + m[0].length);
      const name = leadingName(rest, { single: true, cued: true });
      // Closed by a comma or a bracket, and not a method the lexicon knows as someone else's (`our baseline, BERT,`).
      if (!name || !rest.startsWith(name) || !/^\s*[,(]/.test(rest.slice(name.length)) || lexiconEntry('Method', name) || insideDefinition(defined, name)) continue;
      if (!isNameLike(name) && !/\s/.test(name) && !/^(?:\p{Lu}\p{Ll}+){2}\d{1,2}$/u.test(name)) continue; // `KiteDet2` is a name here
      add(ctx, 'Method', name, 'named', 'PROPOSES');
    }
  }
  for (const m of NAMING_WORDS.test(ctx.text) ? [...allMatches(NAMING, ctx.text), ...allMatches(NAMING_BARE, ctx.text)] : []) {
    const at = m.index ?? 0;
    const rest = ctx.text.slice(at + m[0].length);
    const name = leadingName(rest, { single: true, cued: true });
    // `a corpus …, called a Treebank`: an article makes it a kind of thing, not a name.
    if (!name || insideDefinition(defined, name) || /^(?:a|an)\s/i.test(rest)) continue;
    const before = ctx.text.slice(0, at);
    // The name is the paper's own only when the paper is the subject (`Zhang et al. proposed a dataset called RAVEN` is not).
    // `we call our method R-CNN`, `our system, called Deep Speech`: the paper names its own, even a name the lexicon
    // knows as a family (not `we employed a method called dropout`, owned only through the subject).
    const ownName = /^we\s/i.test(m[0]) || /\b(?:our|the proposed)\b[^,;]{0,60}$/i.test(before);
    const own = ownName || ownSubject(before);
    // `a measure called POURPRE`, `a new metric named X`: a measure, not a method.
    if (/\b(?:measures?|metrics?|scores?)\b[^,;]{0,25}$/i.test(before)) continue;
    const isData = DATA_BEFORE.test(before);
    if (isData) add(ctx, 'Dataset', name, 'named', own ? 'PROPOSES' : 'EVALUATES_ON', undefined, ownName);
    else add(ctx, 'Method', name, 'named', own ? 'PROPOSES' : 'USES', undefined, ownName);
  }
}

/**
 * Tools a paper works with, as the sciences name them: `analysed with Seurat and Scanpy`, `fitting
 * with Prospector`, `matched to the parton shower with POWHEG-BOX`, `the photometric redshift code
 * EAZY`, `the Stan package`. Software is a method the paper USES. `implemented in Python` names a
 * language, so `in` is no cue; units, instruments and formulas are dropped by add() as everywhere.
 */
const TOOL_VERB = /\b(?:analy[sz](?:e|es|ed|ing)|process(?:es|ed|ing)?|fit(?:s|ted|ting)?|comput(?:e|es|ed|ing)|simulat(?:e|es|ed|ing)|model(?:s|l?ed|l?ing)|estimat(?:e|es|ed|ing)|reconstruct(?:s|ed|ing)?|calculat(?:e|es|ed|ing)|align(?:s|ed|ing)?|assembl(?:e|es|ed|ing)|annotat(?:e|es|ed|ing)|quantif(?:y|ies|ied|ying)|visuali[sz](?:e|es|ed|ing)|match(?:es|ed|ing)?|perform(?:s|ed|ing)?|carried out|solv(?:e|es|ed|ing)|optimi[sz](?:e|es|ed|ing)|integrat(?:e|es|ed|ing)|generat(?:e|es|ed|ing)|implement(?:s|ed|ing)?|reduc(?:e|es|ed|ing)|code[sd]?|coding|assess(?:es|ed|ing)?|predict(?:s|ed|ing)?|refin(?:e|es|ed|ing)|sampl(?:ed|ing)|discreti[sz](?:e|es|ed|ing)|obtain(?:s|ed|ing)?|search(?:es|ed|ing)?|downscal(?:e|es|ed|ing)|bias-correct(?:s|ed|ing)?)\b(?:\s+[\w-]+){0,5}?\s+(?:with|using|via|through)\s+(?:the\s+)?(?:(?:public|publicly available|open-source|open source|software|code|package|program|toolkit|tool|library|pipeline|solver)\s+)*/gi;
const TOOL_NOUN = String.raw`(?:code|codes|package|packages|software|library|libraries|toolkit|toolbox|program|solver|pipeline|suite)`;

/**
 * `JWST/NIRCam` (a telescope and its camera) and `CNN-based` (what a tool is built on) are no tool
 * names; a generic class (`CNN`) is not named by a tool cue either.
 */
function addTool(ctx: SentenceContext, name: string): void {
  if (name.includes('/') || lexiconEntry('Dataset', name) || lexiconEntry('Method', name)?.generic) return;
  // `JWST/NIRSpec spectra … reduced with the JWST pipeline`: one half of an instrument pair is an instrument.
  if (ctx.text.includes(`${name}/`) && new RegExp(String.raw`(?<![\p{L}\p{N}])${escapeRegExp(name)}/\p{Lu}`, 'u').test(ctx.text)) return;
  const at = ctx.text.indexOf(name);
  const after = at >= 0 ? ctx.text.slice(at + name.length) : '';
  if (/^-(?:based|like|style)\b/.test(after)) return;
  add(ctx, 'Method', name, 'tool', 'USES'); // add() keeps an eponym's procedure noun (`via Viterbi decoding`)
}

/** Every name listed right after a cue (`analysed with Seurat and Scanpy`). */
function toolsAfter(ctx: SentenceContext, cue: RegExp): void {
  for (const m of allMatches(cue, ctx.text)) {
    for (const name of leadingList(ctx.text.slice((m.index ?? 0) + m[0].length), { single: true })) addTool(ctx, name);
  }
}

const TOOL_NOUN_AT = new RegExp(String.raw`\b${TOOL_NOUN}\b`, 'gi');
/** The token right before a tool noun, after an article or a preposition (`the Stan package`). */
const NAME_BEFORE = /\b(?:the|a|an|our|with|using|in)\s+(\p{Lu}[\p{L}\p{N}+.\-]*[\p{L}\p{N}+])\s+$/iu;

/** `as implemented in VASP`: the `as` form names a package; a bare `implemented in Python` names a language. */
const AS_IMPLEMENTED = /\bas (?:implemented|available|provided) in\s+(?:the\s+)?/gi;

/**
 * `the Metropolis-Hastings algorithm`, `a fourth-order Runge-Kutta scheme`, `the Hardy-Littlewood
 * circle method`, `the Selberg sieve`: a surname (or a hyphenated pair) before a procedure noun
 * names a method wherever it stands — the way mathematics and the sciences name theirs. Not an
 * adjective (`Bayesian`, `Gaussian`, `Spectral`), a sentence's plain opening word (`Existing
 * methods`), a word inside a longer capitalised name, nor a model (`the Ising model` is a physical
 * system, `the Standard Model` a theory).
 */
const EPONYM = new RegExp(String.raw`(?<![\p{L}\p{N}-])(?<!\p{Lu}[\p{L}-]*\s)(?<!\s[-–]\s)(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)((?:\s+[a-z][a-z-]*){0,2}?)\s+(${PROCEDURE_HEAD.slice(3, -1)})s?\b`, 'gu');
const NOT_EPONYM = /(?:ian|ean|al|ic|ive|ous|ed|ing|ar|ary)$|^(?:The|This|These|That|Those|Our|Their|Its|Each|Every|Such|Any|No|One|Two|Both|New|Novel|Existing|Previous|Prior|Standard|Simple|Fast|Efficient|Robust|Exact|Approximate|Iterative|Modified|Improved|Proposed|Monte|Carlo|Markov|Newton|Boolean|Web|Internet|Online|Cloud|Local|Global|Linear|Random|Greedy|Beam)$/;
const LANGUAGE = /^(?:English|German|French|Spanish|Italian|Portuguese|Dutch|Chinese|Mandarin|Japanese|Korean|Arabic|Russian|Czech|Hindi|Turkish|Greek|Latin|Swedish|Finnish|Polish|Hebrew)$/;
const EPONYM_CUE = new RegExp(String.raw`\p{Lu}\p{Ll}+(?:\s+[a-z][a-z-]*){0,2}\s+${PROCEDURE_HEAD}`, 'u');

function eponymRule(ctx: SentenceContext): void {
  if (!EPONYM_CUE.test(ctx.text)) return;
  for (const m of allMatches(EPONYM, ctx.text)) {
    const surname = m[1] ?? '';
    const at = m.index ?? 0;
    if (surname.split('-').some((w) => NOT_EPONYM.test(w)) || (at === 0 && !surname.includes('-'))) continue;
    if (lexiconEntry('Dataset', surname) || lexiconEntry('Method', surname)?.generic) continue;
    const between = (m[2] ?? '').trim();
    // `extended Kalman filter (EKF)`: the definition links it.
    if ((ctx.acronyms ??= findAcronyms(ctx.text)).some((d) => d.long.includes(m[0].trim()))) continue;
    // `French as our test`, `English certification test`: function words and languages make no name; an exam is no test.
    if (/\b(?:as|our|the|a|an|of|for|and|or|in|on|to|with|by|is|are|was|were|this|that|its|their)\b/.test(between) || surname.split('-').some((w) => LANGUAGE.test(w)) || (m[3] === 'test' && between)) continue;
    // `Runge-Kutta fourth-order scheme` keeps its words; `Kalman filter` its head.
    add(ctx, 'Method', `${surname}${between ? ` ${between}` : ''} ${m[3]}`, 'tool', methodRole(ctx.text.slice(0, at)));
  }
}

export function toolRule(ctx: SentenceContext): void {
  eponymRule(ctx);
  // Cheap tests first: most sentences name no tool.
  if (ctx.text.includes('as ')) toolsAfter(ctx, AS_IMPLEMENTED);
  if (/\b(?:with|using|via|through)\b/i.test(ctx.text)) toolsAfter(ctx, TOOL_VERB);
  for (const m of allMatches(TOOL_NOUN_AT, ctx.text)) {
    const at = m.index ?? 0;
    const after = ctx.text.slice(at + m[0].length);
    // `the … code EAZY`: the name right after a tool noun written in lower case.
    if (m[0] === m[0].toLowerCase() && /^\s+[\p{Lu}\p{N}]/u.test(after)) {
      const name = leadingName(after, { single: true });
      if (name) addTool(ctx, name);
    }
    // `the Stan package`, `the MATRIX code`: the name right before it.
    const name = NAME_BEFORE.exec(ctx.text.slice(Math.max(0, at - 60), at))?.[1];
    if (name && (isNameLike(name) || /^\p{Lu}\p{Ll}+$/u.test(name))) addTool(ctx, name);
  }
}

/** `an encoder-decoder model with 11 billion parameters (CPM-2)`: a name in brackets after what it names. */
const BRACKET_NAME = new RegExp(String.raw`\b(?:${METHOD_NOUN}|versions?|toolkits?|modules?|encoders?|decoders?|agents?|pipelines?)\b[^().;:]{0,60}?\(\s*([\p{L}\p{N}][\p{L}\p{N}+.\-]*[\p{L}\p{N}+])\s*\)`, 'giu');
/** The paper makes the thing: `we propose / build / pre-train …`. */
const PAPER_SUBJECT = /\b(?:we|our|this (?:paper|work))\b/gi;
const MAKES = /\b(?:propos|purpos|introduc|present|develop|design|devis|build|built|construct|creat|releas|pre-?train)\w*\b(?!\s+(?:on|upon)\b)/i;

/**
 * A name given in brackets to a thing the paper makes (`we pre-train two models: an encoder-decoder
 * bilingual model with 11 billion parameters (CPM-2)`) is proposed, though it spells no acronym of
 * the words before it; a later `we compare CPM-2 with mT5` does not undo that.
 */
export function bracketNameRule(ctx: SentenceContext): void {
  if (!ctx.text.includes('(')) return;
  const shorts = new Set((ctx.acronyms ??= findAcronyms(ctx.text)).map((d) => d.short));
  for (const m of allMatches(BRACKET_NAME, ctx.text)) {
    const name = m[1] ?? '';
    if (shorts.has(name) || !isNameLike(name) || lexiconEntry('Method', name) || lexiconEntry('Dataset', name)) continue;
    const before = ctx.text.slice(0, m.index);
    // The making verb follows the paper's last `we` / `our` / `this paper` before the name.
    const subject = allMatches(PAPER_SUBJECT, before).at(-1)?.index ?? 0;
    // `our models (BigGANs)`: the paper's own thing needs no making verb.
    const ours = /\b[Oo]ur\s+(?:[\w-]+\s+){0,3}$/.test(before);
    if (!ours && (!ownSubject(before) || !MAKES.test(before.slice(subject)))) continue;
    add(ctx, 'Method', name, 'named', 'PROPOSES');
  }
}

export function compareRule(ctx: SentenceContext): void {
  if (!COMPARE_WORDS.test(ctx.text)) return;
  for (const m of allMatches(COMPARE, ctx.text)) {
    // A strong cue reads one capitalised word as a name (`outperforms Conformer`); `over` is too common for that.
    const single = !/^over\b/i.test(m[0]);
    // `we evaluate / benchmark / test X` uses X; `outperforms X`, `compared with X` sets X as a baseline.
    const role = /^(?:we|and)\s+(?:\w+ly\s+)?(?:also\s+)?(?:evaluate|benchmark|test|assess)/i.test(m[0]) ? 'USES' : 'COMPARES';
    const rest = ctx.text.slice((m.index ?? 0) + m[0].length);
    for (const name of leadingList(rest, { single })) {
      // `compare them with QCD predictions`: what is compared is the predictions, not a method named QCD.
      const next = rest.slice(rest.indexOf(name) + name.length);
      if (/^\s+\p{Ll}+s\b/u.test(next) && !METHOD_SUFFIX.test(next)) continue;
      // `outperform IBM translation models`: a maker or a setting before a kind of model, not its name.
      if (new RegExp(String.raw`^\s+(?:\p{Ll}[\p{Ll}-]*\s+){1,2}${METHOD_NOUN}\b`, 'u').test(next)) continue;
      // `a speed-up over a SUN 4`: an indefinite article takes a thing, not a named method.
      if (/^\s*(?:a|an)\s/i.test(rest) && /^over\b/i.test(m[0].trim().split(/\s+/).at(-1) ?? '')) continue;
      if (!lexiconEntry('Dataset', name) && !DATASET_HEAD.test(name)) add(ctx, 'Method', name, 'compared', role);
    }
  }
}

/** Whether a token (or a version after it, `wav2vec 2.0`) could join a name another rule found: the same key, as written or canonical. */
function isKnown(known: Set<string>, token: string, next: string): boolean {
  const name = cleanName(token);
  return known.has(normalKey(name)) || known.has(normalKey(canonicalName('Method', name))) || /^\s+\d\.\d/.test(next);
}

/**
 * Every other name-shaped token, typed as a method; weak unless cued by what follows. Its
 * candidates (`name-like`, `method-cue`) sit under the linking threshold: alone they link nothing,
 * they only add a role, a sentence or a spelling to a name another rule found. So it runs last,
 * over the whole paper, and with `known` (the keys the other rules found) it skips every other
 * token before any work on it.
 */
const LOWER_WORD = /^\p{Ll}+$/u;
/** `+'’.-/`: may join letters and digits inside a TOKEN (`+` may also end one). */
const isTokenJoiner = (c: number): boolean => c === 43 || c === 39 || c === 0x2019 || c === 46 || c === 45 || c === 47;
const isAsciiLower = (c: number): boolean => c >= 97 && c <= 122;

export function nameLikeRule(ctx: SentenceContext): void {
  // The sentence's TOKEN matches, read by a scan of character codes. Tokens of ASCII lower-case letters
  // only are counted and dropped at once: they are never name-like (isNameLike's first test).
  const text = ctx.text;
  const n = text.length;
  const texts: string[] = [];
  const starts: number[] = [];
  let tokens = 0;
  let lowerWords = 0;
  for (let i = 0; i < n; ) {
    const first = letterOrDigit(text, i);
    if (!first) {
      i++;
      continue;
    }
    let end = i + first; // after the last letter, digit or `+`
    let notLower = isAsciiLower(text.charCodeAt(i)) ? n : i; // first character that is not a-z
    let nonAscii = first === 1 && text.charCodeAt(i) < 128 ? n : i; // first character outside ASCII
    for (let j = end; j < n; ) {
      const c = text.charCodeAt(j);
      const size = c === 43 ? 1 : letterOrDigit(text, j);
      if (size) {
        if (notLower === n && !isAsciiLower(c)) notLower = j;
        if (nonAscii === n && c >= 128) nonAscii = j;
        j += size;
        end = j;
      } else if (isTokenJoiner(c)) {
        if (notLower === n) notLower = j;
        if (nonAscii === n && c >= 128) nonAscii = j;
        j++;
      } else break;
    }
    tokens++;
    const ordinary = notLower >= end; // a-z only
    if (ordinary || (nonAscii < end && LOWER_WORD.test(text.slice(i, end)))) lowerWords++;
    if (!ordinary) {
      texts.push(text.slice(i, end));
      starts.push(i);
    }
    i = end;
  }
  if (tokens > 8 && lowerWords / tokens < 0.4) return; // a header or reference list, not prose
  // Tokens inside a longer name this sentence already gave (`PASCAL` in `PASCAL VOC 2007`) are not names of their own.
  // Read once, when the first token gets that far (nothing is added to this sentence before then).
  let covered: string[] | undefined;
  for (let k = 0; k < texts.length; k++) {
    const token = texts[k] as string; // TOKEN ends in a letter, digit or `+`: nothing to trim
    const at = starts[k] as number;
    if (!isNameLike(token) || (ctx.known && !isKnown(ctx.known, token, ctx.text.slice(at + token.length, at + token.length + 8)))) continue;
    covered ??= ctx.out.filter((c) => c.sentence === ctx.index && c.surface.includes(' ')).map((c) => c.surface);
    if (lexiconEntry('Dataset', token) || covered.some((c) => c.includes(token))) continue;
    const after = ctx.text.slice(at + token.length);
    const rule: Rule = METHOD_SUFFIX.test(after) ? 'method-cue' : 'name-like'; // `X-based` builds on X, it does not say X is a method
    // `wav2vec 2.0`, `GPT 3.5`: a one-digit version is part of the name, not a score.
    const version = /^\s+(\d\.\d)(?![\d.%]|\s*%)/.exec(after)?.[1];
    const role = /-(?:based|like|style)$/.test(token) ? 'USES' : methodRole(ctx.text.slice(0, at)); // `our RAVEN-based model` is not RAVEN
    add(ctx, 'Method', version ? `${token} ${version}` : token, rule, role);
  }
}
