import { elidedVersions, leadingList, leadingName, trailingList, trailingName } from '../names.js';
import { DATASET_NOUN, METHOD_HEAD, METHOD_NOUN, OWN, METRIC_HEAD, TASK_HEAD, allMatches, isNameLike } from '../patterns.js';
import { isUnit } from '../false-friends.js';
import { lexiconEntry, normalKey } from '../../resolve/index.js';
import { findAcronyms } from '../acronyms.js';
import { METHOD_SUFFIX, PROPOSE_OWN, add, datasetRole, anyOf, methodRole, type SentenceContext } from './context.js';

/**
 * Rules that read data sets: known names (the gazetteer, which also knows
 * methods), `X, Y and Z datasets`, `datasets such as X`, and `evaluated on X`.
 */

// Compiled once: rules run on every sentence of every abstract.
const LISTED = new RegExp(String.raw`\b(${METHOD_NOUN}|${DATASET_NOUN}|works?|attempts?|tasks?|metrics?|studies)\s*,?\s*(?:such as|like|including|e\.g\.,?|i\.e\.,?|\(|:)\s*|\b(datasets|data sets|benchmarks|corpora)\s+(?=\p{Lu})`, 'giu');
const EVAL_CUE = /\b(?:experiment\w*|evaluat\w*|result\w*|achiev\w*|reach\w*|outperform\w*|accuracy|state-of-the-art|test\w*|score\w*|error|report\w*|obtain\w*|improv\w*|surpass\w*|perform\w*|benchmark\w*)\b/i;
const EVAL_ON = /(?<!\b(?:based|rel(?:y|ies|ying)|focus(?:es|ed|ing)?|depends?|built|draws?|conditioned|work(?:s|ing)?|impact)\s)\b(?:on|over|across)\s+(?:the\s+)?(?:(?:challenging|popular|standard|public|large-scale|well-known|widely used|benchmark|several|two|three|four|five|multiple|various)\s+)*/gi;
const SUBSET_AFTER = new RegExp(String.raw`^\s+(\p{Ll}[\p{L}-]+)\s+(?:${DATASET_NOUN}|sets?|subsets?|splits?|tracks?|suites?|domains?)\b`, 'u');
/** Splits and sizes are not parts with names of their own (`the COCO test set`). */
const SPLIT_WORD = /^(?:test|testing|train|training|validation|val|dev|development|evaluation|held-out|full|entire|whole|same|original|public|standard|benchmark|data|and|or|of|in|on)$/;
const CUED = new RegExp(String.raw`^\s*(?:${DATASET_NOUN}|(?:test|validation|dev|development)\s+(?:set|split)s?)\b`, 'i');
const DATA_NOUN = new RegExp(String.raw`\b${DATASET_NOUN}\b`, 'gi');
const IS_DATA_NOUN = new RegExp(String.raw`^${DATASET_NOUN}$`, 'i');
/** Literals every match of DATA_NOUN contains at a word start (see anyOf): a noun added to DATASET_NOUN goes here too. */
const DATA_NOUN_WORDS = anyOf(['data', 'benchmark', 'corp', 'collection']);

/**
 * Known names. A hit glued to a longer token (`Tree-LSTM`, `Pretty-CLEVR`) is
 * another name and is left to the shape rule; capitalised neighbours
 * (`LSUN Bedrooms`, `OpenAI GPT`) are kept as the surface met in this paper,
 * unless they make a metric or task (`Inception Score`).
 */
/** A known model and its size: `RoBERTa-base`, `T5-large`, `ViT-Huge`. */
const MODEL_SIZE = /(?<![\p{L}\p{N}-])(\p{L}[\p{L}\p{N}.]*)-(?:base|large|small|tiny|mini|medium|huge|giant|xl|xxl|Base|Large|Small|Tiny|Mini|Medium|Huge|Giant|XL|XXL)(?![\p{L}\p{N}-])/gu;
/** A data set's variant: a known name and a capitalised suffix (`ImageNet-A`, `CIFAR-10-C`, `ImageNet-V2`, `ImageNet-Sketch`; not `-Based`, `-pretrained`). */
const VARIANT = /(?<![\p{L}\p{N}-])(\p{L}[\p{L}\p{N}]*(?:-\d+)?)-(\p{Lu}{1,3}|[Vv]\d+|(?!(?:Based|Like|Style|Trained|Pretrained|Scale|Size|Level|Only|Free|Aware|Specific|Wide)\b)\p{Lu}\p{Ll}{2,})(?![\p{L}\p{N}-])/gu;

/** Names joined by slashes: `Switchboard/CallHome`. */
const SLASHED = /(?<![\p{L}\p{N}/-])\p{L}[\p{L}\p{N}-]*(?:\/\p{L}[\p{L}\p{N}-]*)+(?![\p{L}\p{N}/])/gu;

/**
 * Known names the gazetteer leaves alone because they are glued to more: a data set's variant (`ImageNet-A`,
 * `CIFAR-10-C`) and a model's size (`RoBERTa-base`) are entities of their own; names joined by slashes (`the
 * Switchboard/CallHome portion`) are each linked when the lexicon knows every one of them.
 */
export function variantRule(ctx: SentenceContext): void {
  if (ctx.text.includes('/')) {
    for (const m of allMatches(SLASHED, ctx.text)) {
      const parts = m[0].split('/');
      // add() splits the joined name into its parts (one place for that); here only when every part is known.
      if (parts.every((p) => { const e = lexiconEntry('Dataset', p); return e && !e.needsCue; })) add(ctx, 'Dataset', m[0], 'lexicon', datasetRole(ctx.text.slice(0, m.index ?? 0), false));
    }
  }
  if (!ctx.text.includes('-')) return;
  // `RoBERTa-base`: a size of a known model is a model of its own, as a version is.
  for (const m of /-(?:base|large|small|tiny|mini|medium|huge|giant|xx?l)\b/i.test(ctx.text) ? allMatches(MODEL_SIZE, ctx.text) : []) {
    const entry = lexiconEntry('Method', m[1] ?? '');
    if (entry && !entry.generic && !lexiconEntry('Method', m[0])) add(ctx, 'Method', m[0], 'lexicon', methodRole(ctx.text.slice(0, m.index ?? 0)));
  }
  // Cheap test first: a hyphen before a capital or a version (most hyphens join lower-case words).
  if (!/-(?:\p{Lu}|[Vv]\d)/u.test(ctx.text)) return;
  for (const m of allMatches(VARIANT, ctx.text)) {
    const [whole, base] = [m[0], m[1] ?? ''];
    const entry = lexiconEntry('Dataset', base);
    if (!entry || entry.needsCue || lexiconEntry('Dataset', whole) || lexiconEntry('Method', whole)) continue;
    // `Fisher-Rao`, `Navier-Stokes`: a plain word and a capitalised word are a pair of surnames, not a variant.
    if (/^\p{Lu}\p{Ll}+$/u.test(base) && /^\p{Lu}\p{Ll}/u.test(m[2] ?? '')) continue;
    add(ctx, 'Dataset', whole, 'lexicon', datasetRole(ctx.text.slice(0, m.index ?? 0), false));
  }
}

/** What makes the number after a name a count (`Transformer 6 layers`), not a version. */
const COUNT_NEXT = /^\s*(?:layers?|blocks?|heads?|times|models?|epochs?|GPUs?|million|billion|[MBK]\b|%|x\b|×)/i;

export function gazetteerRule(ctx: SentenceContext): void {
  const hits = ctx.hits.filter((h): h is { tag: 'Dataset' | 'Method'; text: string } => h.tag !== 'Company');
  const datasetSpans = hits.filter((h) => h.tag === 'Dataset' && h.text.includes(' ')).map((h) => h.text);
  for (const hit of hits) {
    const entry = lexiconEntry(hit.tag, hit.text);
    const at = ctx.text.indexOf(hit.text);
    if (!entry || at < 0) continue;
    const before = ctx.text.slice(0, at);
    const after = ctx.text.slice(at + hit.text.length);
    if (/[\p{L}\p{N}][-/]?$/u.test(before) || /^-?[\p{L}\p{N}]/u.test(after)) continue;
    if (hit.tag === 'Method' && datasetSpans.some((d) => d.includes(hit.text))) continue; // `CNN` in `CNN / Daily Mail`
    const cued = CUED.test(after);
    if (entry.needsCue && !cued) continue;
    if (hit.tag === 'Method' && !entry.variants.includes(hit.text) && /^[A-Z]/.test(entry.canonical) && hit.text === hit.text.toLowerCase()) continue;
    // `4.08 MB CNN`: a unit after a number is not part of the name.
    const leftRaw = /((?:\p{Lu}[\p{L}\p{N}]*\s+){1,2})$/u.exec(before)?.[1] ?? '';
    const left = isUnit(leftRaw.trim().split(/\s+/)[0] ?? '') || /\d\s*$/.test(before.slice(0, before.length - leftRaw.length)) ? '' : leftRaw;
    // A number runs a name on (`COCO 2017`, `Tacotron 2`), a score after it does not (`SST-5 54.7%`, `on PKU 96.9`).
    const right = /^((?:\s+(?:\p{Lu}[\p{L}\p{N}-]*|\d(?:[\w.]*\w)?(?!\w|\.\d|\s?%)(?<!\d\d\.\d+))){1,3})/u.exec(after)?.[1] ?? '';
    const spanned = `${/^(?:The|A|An|On|In|We|Our|For|With|By|And|Both|Using)\s/.test(left) ? '' : left}${hit.text}${right}`.trim();
    const head = spanned.split(/[\s-]+/).pop() ?? '';
    if (spanned !== hit.text && TASK_HEAD.test(head)) continue;
    // `SQuAD v1.1 Test F1`: a measure after the name is what is reported on it, not part of the name.
    const extended = spanned !== hit.text && METRIC_HEAD.test(head) ? hit.text : spanned;
    // A longer known name (`Faster R-CNN` around `R-CNN`) is its own entity, not a spelling of this one.
    // `Vision Transformer Contrastive Network` ends in a method head of its own: a new, longer name, not a spelling of ViT.
    // `Tacotron 2`, `wav2vec 3.0`: a known name with a version number is another method, not a spelling of it.
    const version = hit.tag === 'Method' && left === '' && /^\s+v?\d+(?:\.\d+)*$/.test(right) && !COUNT_NEXT.test(after.slice(right.length));
    const own = hit.tag === 'Method' && extended !== hit.text && right.trim() !== '' && (METHOD_HEAD.test(head) || version);
    // A version is found like its family (its role is a default a cue may overrule); a longer own name is named.
    if (own && !lexiconEntry('Method', extended)) add(ctx, 'Method', extended, version ? 'lexicon' : 'named', methodRole(before.slice(0, before.length - left.length)));
    if (version) continue;
    // `the COCO keypoints dataset`: a lower-case word between a known data set and its noun names the part used.
    const part = hit.tag === 'Dataset' && extended === hit.text ? SUBSET_AFTER.exec(after)?.[1] : undefined;
    const surfaced = part && !SPLIT_WORD.test(part) ? `${hit.text} ${part}` : extended;
    const alias = surfaced !== hit.text && !own && !lexiconEntry(hit.tag, surfaced) ? surfaced : undefined;
    const generic = entry.generic || hit.text === hit.text.toLowerCase();
    if (hit.tag === 'Dataset') {
      add(ctx, 'Dataset', hit.text, cued ? 'lexicon-cued' : 'lexicon', datasetRole(before, false), alias);
      // `F1 on SQuAD 1.1 and 2.0, respectively`: the other known versions the name elides, where figures are paired
      // with them (elsewhere a bare `2012` is too easily a year to link on its own).
      if (/\d$/.test(hit.text) && /\brespectively\b/.test(ctx.text)) for (const v of elidedVersions(hit.text, after)) if (lexiconEntry('Dataset', v.name)) add(ctx, 'Dataset', v.name, 'lexicon', datasetRole(before, false));
    } else if (generic) add(ctx, 'Method', hit.text, 'lexicon-generic', 'USES', alias); // nobody proposes `CNN`
    else add(ctx, 'Method', hit.text, 'lexicon', own ? 'USES' : methodRole(before), alias); // the longer own name builds on it
  }
}

/**
 * A capitalised resource noun ends a proper name: `Czech National Corpus`, `Prague Dependency
 * Treebank 2.0`, `Longman Dictionary of Contemporary English`, `EuroWordNet`. The words before it
 * are capitalised too (a language adjective may open the name), the name is never a sentence's
 * opening word alone.
 */
const RESOURCE = /(?<![\p{L}\p{N}-])((?:(?:\p{Lu}[\p{L}\p{N}'’.-]*|of|the)\s+){1,5})(Corpus|Treebank|TreeBank|Thesaurus|Dictionary|Encyclopa?edia|Database|Hansards?)((?:\s+of(?:\s+\p{Lu}[\p{L}]*){1,3})?(?:\s+v?\d+(?:\.\d+)?)?)(?![\p{L}\p{N}-]|\s+\p{Lu}\p{Ll})|(?<![\p{L}\p{N}-])(\p{Lu}[\p{L}]*WordNet|WordNet|BalkaNet)(?![\p{L}\p{N}-])/gu;
const OPENING = /^(?:The|A|An|In|On|Our|This|These|We|For|From|With|Using|Both|Each|All|Its|Their|Of|the|of)$/;

const HAS_RESOURCE = /Corpus|Tree[Bb]ank|Thesaurus|Dictionary|Encyclop|Database|Hansard|WordNet|BalkaNet/;

export function resourceRule(ctx: SentenceContext): void {
  if (!HAS_RESOURCE.test(ctx.text)) return; // most sentences name no resource: skip the long pattern
  for (const m of allMatches(RESOURCE, ctx.text)) {
    let words = (m[1] ?? '').trim().split(/\s+/).filter(Boolean);
    while (words.length && OPENING.test(words[0] ?? '')) words = words.slice(1);
    const name = m[4] ?? (words.length ? `${words.join(' ')} ${m[2]}${m[3] ?? ''}` : '');
    if (!name || (!m[4] && words.every((w) => /^(?:English|German|French|Chinese|Japanese|Czech|Arabic|Spanish|Korean|Russian|Italian)$/.test(w)))) continue;
    const before = ctx.text.slice(0, m.index);
    add(ctx, 'Dataset', name, 'dataset-cue', datasetRole(before, PROPOSE_OWN.test(before) && !/\b(?:from|of|with|on)\s+(?:the\s+)?$/i.test(before)));
  }
}

const EVALUATED_ON_END = /\b(?:on|from|of|over|across)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$/i;

export function datasetCueRule(ctx: SentenceContext): void {
  if (!DATA_NOUN_WORDS.test(ctx.text)) return;
  const defined = (ctx.acronyms ??= findAcronyms(ctx.text)).map((d) => d.long);
  for (const m of allMatches(DATA_NOUN, ctx.text)) {
    // A word of a defined long form, or a capitalised one a name runs on past (`ATIS Data COllection
    // Working group`), is part of that name, not a cue.
    if (defined.some((long) => { const at = ctx.text.indexOf(long); return at >= 0 && at <= (m.index ?? 0) && (m.index ?? 0) < at + long.length; })) continue;
    if (/^\p{Lu}/u.test(m[0]) && /^\s+\p{Lu}\p{L}*\s+\p{Ll}/u.test(ctx.text.slice((m.index ?? 0) + m[0].length))) continue;
    const before = ctx.text.slice(0, m.index);
    // `X, Y and Z datasets` is a list; `the X and Y benchmark` is one name we cannot split safely.
    const plural = /(?:s|corpora)$/i.test(m[0]);
    const last = trailingName(before, { single: true });
    const names = plural ? trailingList(before, { single: true }) : last && !/\band\s+$/.test(before.slice(0, before.lastIndexOf(last))) ? [last] : [];
    names.forEach((name, i) => {
      if (ctx.notData?.has(normalKey(name))) return; // `CSR corpora`: corpora for the CSR the paper defined
      // `achieving 88.6% on the Stanford Natural Language Inference Dataset`: what a result is on is not proposed, however long its name.
      const lead = before.slice(0, Math.max(0, before.lastIndexOf(name)));
      const own = PROPOSE_OWN.test(before) && !/\b(?:on|from|of)\s+(?:the\s+)?[^,]*$/i.test(before.slice(-40)) && !EVALUATED_ON_END.test(lead.slice(-40));
      add(ctx, 'Dataset', name, i === names.length - 1 ? 'dataset-cue' : 'dataset-list', datasetRole(before, own));
    });
    // Apposition: `a large-scale dataset, “CompCars”, that …`.
    const after = ctx.text.slice((m.index ?? 0) + m[0].length);
    const apposed = /^\s*,\s*[“"]?([^,;“”"()]+?)[”"]?\s*(?:[,(]|$)/.exec(after);
    const name = apposed && leadingName(apposed[1] ?? '', { single: true });
    if (name && name === (apposed[1] ?? '').trim()) add(ctx, 'Dataset', name, 'named', OWN.test(before) ? 'PROPOSES' : 'EVALUATES_ON');
    // `human parsing benchmark LIP, …`: a name right after a singular data noun, closing the phrase (not `benchmark Problem 3`).
    if (!plural && /^\s+\p{Lu}/u.test(after)) {
      const next = leadingName(after, { single: true });
      if (next && ((!/\s/.test(next) && isNameLike(next)) || lexiconEntry('Dataset', next)) && after.trimStart().startsWith(next) && /^\s*(?:[,;.)]|and\b|$)/.test(after.trimStart().slice(next.length)) && !lexiconEntry('Method', next)) add(ctx, 'Dataset', next, 'dataset-cue', datasetRole(before, false));
    }
  }
  // `on the LIP validation set`, `the Hub5'00 test set`: the name of a split's data set.
  if (/\b(?:test|validation|val|dev|development)\s+(?:set|split)/i.test(ctx.text)) {
    for (const m of allMatches(SPLIT_NOUN, ctx.text)) {
      const before = ctx.text.slice(0, m.index);
      const name = trailingName(before, { single: true });
      if (name && !ctx.notData?.has(normalKey(name)) && /\b(?:the|on|of|in)\s+\S*\s*$/i.test(before.slice(0, before.length - name.length - 1) + ' ')) add(ctx, 'Dataset', name, 'dataset-cue', datasetRole(before, false));
    }
  }
}
const SPLIT_NOUN = /\b(?:test|validation|val|dev|development)\s+(?:set|split)s?\b/gi;

export function listRule(ctx: SentenceContext): void {
  for (const m of allMatches(LISTED, ctx.text)) {
    const noun = (m[1] ?? m[2] ?? '').toLowerCase(); // m[2]: the names follow the plural noun directly (`on benchmarks X, Y and Z`)
    if (/^(?:tasks?|metrics?)$/.test(noun)) continue;
    const isData = IS_DATA_NOUN.test(noun);
    const before = ctx.text.slice(0, m.index);
    const rest = ctx.text.slice((m.index ?? 0) + m[0].length);
    // `social networks such as BlogCatalog, Flickr, and YouTube` lists data sets, whatever its noun.
    const mates = dataMates(rest);
    for (const name of mates ?? leadingList(rest)) {
      if (isData || mates) add(ctx, 'Dataset', name, 'dataset-list', datasetRole(before, false));
      else add(ctx, 'Method', name, 'listed', 'USES');
    }
  }
  examplesRule(ctx);
  // The same after any noun (`social graphs such as BlogCatalog, Orkut and Digg`).
  if (!EXAMPLES.test(ctx.text)) return;
  for (const m of allMatches(EXAMPLES_AT, ctx.text)) {
    for (const name of dataMates(ctx.text.slice((m.index ?? 0) + m[0].length)) ?? []) add(ctx, 'Dataset', name, 'dataset-list', datasetRole(ctx.text.slice(0, m.index), false));
  }
}

/**
 * `… pre-training models (VLPMs) have shown … . For example, ERNIE-ViL, Oscar and UNIMO trained VLPMs …`:
 * a sentence that opens with `for example` lists examples of the class the text around it names.
 * With a class of methods there, a list of two or more names, half of them at least shaped like names
 * (or known), names methods; a known data set makes it a list of data sets; a company, a list of bodies.
 */
const FOR_EXAMPLE = /^(?:For (?:example|instance)|E\.g\.|As examples)\s*,?\s*/;
const METHOD_CLASS = /\b(?:models?|methods?|approach(?:es)?|architectures?|algorithms?|frameworks?|techniques?|networks?|baselines?|LLMs|PLMs)\b/i;

function examplesRule(ctx: SentenceContext): void {
  const opening = FOR_EXAMPLE.exec(ctx.text);
  if (!opening) return;
  const rest = ctx.text.slice(opening[0].length);
  const data = dataMates(rest);
  if (data) {
    for (const name of data) add(ctx, 'Dataset', name, 'dataset-list', 'MENTIONS');
    return;
  }
  const names = leadingList(rest, { single: true });
  if (names.length < 2 || !METHOD_CLASS.test(`${ctx.previous ?? ''} ${ctx.text}`)) return;
  if (names.some((n) => ctx.hits.some((h) => h.tag === 'Company' && h.text === n))) return;
  const shaped = names.filter((n) => lexiconEntry('Method', n) || n.split(/\s+/).some(isNameLike)).length;
  if (shaped * 2 < names.length) return; // half of them at least
  for (const name of names) add(ctx, 'Method', name, 'listed', 'MENTIONS'); // examples of the field, not what the paper uses
}

const EXAMPLES = /\b(?:such as|including|e\.g\.)/i;
const EXAMPLES_AT = /\b(?:such as|including|e\.g\.,?)\s*/gi;

/** A list that holds a known data set and no known method is a list of data sets; its plain capitalised words count too. */
function dataMates(text: string): string[] | undefined {
  const names = leadingList(text, { single: true });
  return names.length >= 2 && names.some((n) => lexiconEntry('Dataset', n)) && !names.some((n) => lexiconEntry('Method', n)) ? names : undefined;
}

const GAIN_BEFORE = /\b(?:improv\w*|gains?|advantages?|outperform\w*|better|superior\w*|margin|speed-?ups?|increases?|reductions?|boosts?|wins?|edge)\b[^.;]{0,60}$/i;
const CLAUSE_VERB = /^\s+(?:\w+ly\s+)?(?:achiev|obtain|outperform|reach|improv|yield|gets?\b|shows?\b|attain|surpass|sets?\b|beats?\b)/;
export function evalOnRule(ctx: SentenceContext): void {
  if (!EVAL_CUE.test(ctx.text)) return;
  for (const m of allMatches(EVAL_ON, ctx.text)) {
    // `an improvement of 16% over NGCF`: what a gain is over is a rival, not data.
    if (/^over\b/i.test(m[0]) && GAIN_BEFORE.test(ctx.text.slice(Math.max(0, (m.index ?? 0) - 80), m.index))) continue;
    const before = ctx.text.slice(0, (m.index ?? 0) + m[0].length);
    const rest = ctx.text.slice((m.index ?? 0) + m[0].length);
    // `imaged on a Zeiss LSM 880`: one of a kind of thing is a device, not a named data set (`on an ImageNet-5K set` is one).
    if (/^(?:a|an)\s/i.test(rest) && !/^(?:a|an)\s+[^,;.]{0,40}?\b(?:sets?|data\s?sets?|corpus|corpora|benchmarks?|collections?|splits?)\b/i.test(rest)) continue;
    const names = leadingList(rest, { single: true });
    // A plain capitalised word counts in a list that also holds a known data set (`on PubMed, Cora and Reddit`).
    const listed = names.length >= 2 && names.some((n) => lexiconEntry('Dataset', n));
    for (const [i, name] of names.entries()) {
      const at = ctx.text.indexOf(name);
      const next = ctx.text.slice(at + name.length);
      // `On KITTI, RAFT achieves …`: a name after a bare comma that a verb follows is the clause's subject, not the next
      // item of a list (`on PubMed, Cora and Reddit show` is a list).
      if (i > 0 && CLAUSE_VERB.test(next) && /,\s*$/.test(ctx.text.slice(0, at))) break;
      if (lexiconEntry('Method', name) || METHOD_SUFFIX.test(next) || !(listed || name.split(' ').some(isNameLike))) continue;
      add(ctx, 'Dataset', name, 'eval-on', datasetRole(before, false));
    }
  }
}
