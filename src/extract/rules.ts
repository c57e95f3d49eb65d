import type { Candidate, Rule } from './candidate.js';
import type { EntityType, Role } from './types.js';
import { findAcronyms, type AcronymDefinition } from './acronyms.js';
import type { GazetteerHit } from './plugin.js';
import { leadingList, leadingName, trailingList, trailingName, cleanName } from './names.js';
import { DATASET_HEAD, DATASET_NOUN, METHOD_HEAD, METHOD_NOUN, METRIC_HEAD, OWN, TASK_HEAD, TOKEN, isGenericPhrase, isNameLike } from './patterns.js';
import { lexiconEntry, normalKey } from '../resolve/index.js';
import { NOT_A_NAME } from '../resolve/lexicon/stop.js';

/**
 * Sentence rules for methods and data sets. Each returns candidates; merging,
 * typing conflicts and confidence are decided later from all of a paper's
 * candidates (merge.ts), so a rule only says what it saw.
 */

export interface SentenceContext {
  text: string;
  /** Gazetteer names in this sentence (plugin.ts, one parse per paper). */
  hits: GazetteerHit[];
  /** Acronym definitions of this sentence, found once. */
  acronyms?: AcronymDefinition[];
  index: number;
  /** Short forms defined as tasks or metrics in this paper (`KBQA`): never entities. */
  suppressed: Set<string>;
  out: Candidate[];
}

const PROPOSE = /\b(?:(?:we|this (?:paper|work|report|study))\s+(?:\w+ly\s+)?(?:also\s+|further\s+|then\s+)?|and\s+(?:then\s+)?)(?:propose|introduce|present|develop|design|devise|build|construct|create|release|collect|contribute|describe|put forward|formulate|establish|curate|provide)(?:s|d|ed)?\s+/gi;
const NAMING = /\b(?:(?:term|terms|termed|name|names|call|calls)\b[^.;]{0,80}?\bas|called|named(?! entit)|termed|dubbed|namely|coined|denoted as|referred to as|we call it|we term it|we name it)\s+/gi;
const COMPARE = new RegExp(String.raw`\b(?:outperform\w*|surpass\w*|beat\w*|exceed\w*|superior to|better than|compared (?:with|to|against)|comparisons? (?:with|to|against)|competitive with|on par with|comparable to|(?:close|similar) to (?:that|those) of|versus|vs\.?|over)\s+(?:(?:the|other|previous|existing|strong|recent|popular|current|mainstream|baseline|prior|state-of-the-art|several|many|all|both)\s+)*(?:${METHOD_NOUN}\s*,?\s*)?(?:(?:such as|like|including|e\.g\.,?)\s+)?`, 'gi');
const LISTED = new RegExp(String.raw`\b(${METHOD_NOUN}|${DATASET_NOUN}|works?|attempts?|tasks?|metrics?|studies)\s*,?\s*(?:such as|like|including|e\.g\.,?|i\.e\.,?|\(|:)\s*`, 'gi');
const EVAL_CUE = /\b(?:experiment\w*|evaluat\w*|result\w*|achiev\w*|outperform\w*|accuracy|state-of-the-art|test\w*|score\w*|error|report\w*|obtain\w*|improv\w*|surpass\w*|perform\w*|benchmark\w*)\b/i;
const EVAL_ON = /\b(?:on|over|across)\s+(?:the\s+)?(?:(?:challenging|popular|standard|public|large-scale|well-known|widely used|benchmark|several|two|three|four|five|multiple|four|various)\s+)*/gi;
const METHOD_SUFFIX = new RegExp(String.raw`^(?:-based|-like|-style|\s+(?:${METHOD_NOUN}|series|family|layers?|loss|modules?|blocks?|embeddings?))\b`, 'i');
// Compiled once: rules run on every sentence of every abstract.
const CUED = new RegExp(String.raw`^\s*(?:${DATASET_NOUN})\b`, 'i');
const DATA_AFTER = new RegExp(String.raw`^[\s,(]*(?:a|an|the)?\s*(?:[\w-]+\s+){0,7}${DATASET_NOUN}\b`, 'i');
const DATA_BEFORE = new RegExp(String.raw`${DATASET_NOUN}[^.;]{0,25}$`, 'i');
const DATA_NOUN = new RegExp(String.raw`\b${DATASET_NOUN}\b`, 'gi');
const IS_DATA_NOUN = new RegExp(String.raw`^${DATASET_NOUN}$`, 'i');
const TRAINED_ON = /\b(?:pre-?train\w*|train\w*|fine-?tun\w*|learn\w*)\s+(?:\w+\s+){0,3}(?:on|with|using)\s+(?:the\s+)?$/i;

/** `the WMT 2014 English-to-German translation task`, `BraTS 2018 challenge`: an event or task, not the data. */
const EVENT_AFTER = /^\s*(?:and\s+[\w-]+\s+)?(?:[\w-]+\s+){0,3}(?:tasks?|competitions?|challenges?|contests?)\b/i;

/** What follows a product name: `NVIDIA 3090 GPU` is hardware, not a data set or a method. */
const HARDWARE_AFTER = /^\s*(?:GPUs?|CPUs?|TPUs?|cards?|devices?|machines?|cores?|chips?|servers?|phones?|clusters?)\b/i;

function add(ctx: SentenceContext, type: EntityType, surface: string, rule: Rule, role: Role, alias?: string): void {
  // `CIFAR10/100` names two data sets.
  const pair = /^(.*?[A-Za-z][-\s]?)(\d+)\/(\d+)$/.exec(surface);
  if (pair) {
    for (const n of [pair[2], pair[3]]) add(ctx, type, `${pair[1]}${n}`, rule, role);
    return;
  }
  const name = cleanName(surface);
  const words = name.split(/[\s-]+/);
  if (words.length >= 2 && (TASK_HEAD.test(words.at(-1) ?? '') || METRIC_HEAD.test(words.at(-1) ?? '')) && !lexiconEntry(type, name)) return;
  if (HARDWARE_AFTER.test(ctx.text.slice(ctx.text.indexOf(surface) + surface.length))) return;
  const key = normalKey(name);
  if (!key || ctx.suppressed.has(key) || isGenericPhrase(name)) return;
  if (NOT_A_NAME.has(key) && !lexiconEntry(type, name)) return;
  if (type === 'Dataset' && rule !== 'dataset-list' && EVENT_AFTER.test(ctx.text.slice(ctx.text.indexOf(surface) + surface.length))) return;
  ctx.out.push({ type, surface: name, rule, role, sentence: ctx.index, ...(alias ? { alias } : {}) });
}

/** PROPOSES when the paper speaks of the name as its own. */
function methodRole(before: string): Role {
  return /(?:\bour|\bproposed|\bthe resulting|\bwe (?:propose|introduce|present|call|term|name)\w*)\s+(?:[\w-]+\s+){0,3}$/i.test(before) ? 'PROPOSES' : 'USES';
}

function datasetRole(before: string, own: boolean): Role {
  if (own) return 'PROPOSES';
  return TRAINED_ON.test(before) ? 'USES' : 'EVALUATES_ON';
}

export function acronymRule(ctx: SentenceContext): void {
  ctx.acronyms ??= findAcronyms(ctx.text);
  for (const { short, long } of ctx.acronyms) {
    const head = long.split(/[\s-]+/).pop() ?? '';
    const known = lexiconEntry('Method', short) ?? lexiconEntry('Method', long);
    const before = ctx.text.slice(0, ctx.text.indexOf(long));
    if (TASK_HEAD.test(head) || METRIC_HEAD.test(head)) {
      ctx.suppressed.add(normalKey(short));
      ctx.suppressed.add(normalKey(short.replace(/s$/, '')));
    } else if (DATASET_HEAD.test(long) || lexiconEntry('Dataset', short)) {
      add(ctx, 'Dataset', short, 'acronym', datasetRole(before, PROPOSE_OWN.test(before)), long);
    } else if (known) {
      add(ctx, 'Method', short, known.generic ? 'lexicon-generic' : 'lexicon', methodRole(before), long);
    } else if (TASK_HEAD.test(head) || METRIC_HEAD.test(head) || isGenericPhrase(long)) {
      ctx.suppressed.add(normalKey(short));
      ctx.suppressed.add(normalKey(short.replace(/s$/, '')));
    } else if (/s$/.test(short) && /s$/.test(head)) {
      add(ctx, 'Method', short, 'acronym-plural', 'USES', long);
    } else {
      const rule: Rule = METHOD_HEAD.test(head) ? 'acronym' : 'acronym-other';
      add(ctx, 'Method', short, rule, methodRole(before), long);
    }
  }
}
const PROPOSE_OWN = /\b(?:we|our|this (?:paper|work))\b.*\b(?:propose|introduce|present|construct|collect|build|release|create|contribute)\w*\b/i;

/**
 * Known names. A hit glued to a longer token (`Tree-LSTM`, `Pretty-CLEVR`) is
 * another name and is left to the shape rule; capitalised neighbours
 * (`LSUN Bedrooms`, `OpenAI GPT`) are kept as the surface met in this paper,
 * unless they make a metric or task (`Inception Score`).
 */
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
    const left = /((?:\p{Lu}[\p{L}\p{N}]*\s+){1,2})$/u.exec(before)?.[1] ?? '';
    const right = /^((?:\s+(?:\p{Lu}[\p{L}\p{N}-]*|\d[\w.]*)){1,3})/u.exec(after)?.[1] ?? '';
    const extended = `${/^(?:The|A|An|On|In|We|Our|For|With|By|And|Both|Using)\s/.test(left) ? '' : left}${hit.text}${right}`.trim();
    const head = extended.split(/[\s-]+/).pop() ?? '';
    if (extended !== hit.text && (METRIC_HEAD.test(head) || TASK_HEAD.test(head))) continue;
    // A longer known name (`Faster R-CNN` around `R-CNN`) is its own entity, not a spelling of this one.
    const alias = extended !== hit.text && !lexiconEntry(hit.tag, extended) ? extended : undefined;
    const generic = entry.generic || hit.text === hit.text.toLowerCase();
    if (hit.tag === 'Dataset') add(ctx, 'Dataset', hit.text, cued ? 'lexicon-cued' : 'lexicon', datasetRole(before, false), alias);
    else if (generic) add(ctx, 'Method', hit.text, 'lexicon-generic', 'USES', alias); // nobody proposes `CNN`
    else add(ctx, 'Method', hit.text, 'lexicon', methodRole(before), alias);
  }
}

export function proposalRule(ctx: SentenceContext): void {
  const defined = (ctx.acronyms ??= findAcronyms(ctx.text)).map((d) => d.long);
  for (const m of ctx.text.matchAll(PROPOSE)) {
    const after = ctx.text.slice((m.index ?? 0) + m[0].length);
    if (/^and/i.test(m[0]) && !/\bwe\b/i.test(ctx.text.slice(0, m.index))) continue; // `…, and propose` needs a `we`
    // `we propose Instance-wise Prompt Tuning (IPT)`: the acronym rule links both names.
    if (defined.some((long) => { const i = after.indexOf(long); return i >= 0 && i < 40; })) continue;
    // Apposition: `we propose a unified knowledge expression form, SAOKE, to …`.
    const apposed = /^(?:a|an|the)\s+(?:[\w-]+\s+){0,6}?[\w-]+,\s+([^,;.()]+?)\s*[,.(]/.exec(after);
    const name = leadingName(after, { single: true }) ?? (apposed && leadingName(apposed[1] ?? '', { single: true }));
    if (!name) continue;
    const tail = after.slice(after.indexOf(name) + name.length, after.indexOf(name) + name.length + 90);
    const isData = DATA_AFTER.test(tail);
    add(ctx, isData ? 'Dataset' : 'Method', name, 'proposed', 'PROPOSES');
  }
}

export function namingRule(ctx: SentenceContext): void {
  for (const m of ctx.text.matchAll(NAMING)) {
    const at = m.index ?? 0;
    const name = leadingName(ctx.text.slice(at + m[0].length), { single: true });
    if (!name) continue;
    const before = ctx.text.slice(0, at);
    const own = OWN.test(ctx.text);
    const isData = DATA_BEFORE.test(before.slice(-60));
    if (isData) add(ctx, 'Dataset', name, 'named', own ? 'PROPOSES' : 'EVALUATES_ON');
    else add(ctx, 'Method', name, 'named', own ? 'PROPOSES' : 'USES');
  }
}

export function datasetCueRule(ctx: SentenceContext): void {
  for (const m of ctx.text.matchAll(DATA_NOUN)) {
    const before = ctx.text.slice(0, m.index);
    // `X, Y and Z datasets` is a list; `the X and Y benchmark` is one name we cannot split safely.
    const plural = /(?:s|corpora)$/i.test(m[0]);
    const last = trailingName(before, { single: true });
    const names = plural ? trailingList(before, { single: true }) : last && !/\band\s+$/.test(before.slice(0, before.lastIndexOf(last))) ? [last] : [];
    names.forEach((name, i) => {
      const own = PROPOSE_OWN.test(before) && !/\b(?:on|from|of)\s+(?:the\s+)?[^,]*$/i.test(before.slice(-40));
      add(ctx, 'Dataset', name, i === names.length - 1 ? 'dataset-cue' : 'dataset-list', datasetRole(before, own));
    });
    // Apposition: `a large-scale dataset, “CompCars”, that …`.
    const after = ctx.text.slice((m.index ?? 0) + m[0].length);
    const apposed = /^\s*,\s*[“"]?([^,;“”"()]+?)[”"]?\s*(?:[,(]|$)/.exec(after);
    const name = apposed && leadingName(apposed[1] ?? '', { single: true });
    if (name && name === (apposed[1] ?? '').trim()) add(ctx, 'Dataset', name, 'named', OWN.test(before) ? 'PROPOSES' : 'EVALUATES_ON');
  }
}

export function listRule(ctx: SentenceContext): void {
  for (const m of ctx.text.matchAll(LISTED)) {
    const noun = (m[1] ?? '').toLowerCase();
    if (/^(?:tasks?|metrics?)$/.test(noun)) continue;
    const isData = IS_DATA_NOUN.test(noun);
    const before = ctx.text.slice(0, m.index);
    for (const name of leadingList(ctx.text.slice((m.index ?? 0) + m[0].length))) {
      if (isData) add(ctx, 'Dataset', name, 'dataset-list', datasetRole(before, false));
      else add(ctx, 'Method', name, 'listed', 'USES');
    }
  }
}

export function compareRule(ctx: SentenceContext): void {
  for (const m of ctx.text.matchAll(COMPARE)) {
    // A strong cue reads one capitalised word as a name (`outperforms Conformer`); `over` is too common for that.
    const single = !/^over\b/i.test(m[0]);
    for (const name of leadingList(ctx.text.slice((m.index ?? 0) + m[0].length), { single })) {
      if (!lexiconEntry('Dataset', name)) add(ctx, 'Method', name, 'compared', 'USES');
    }
  }
}

export function evalOnRule(ctx: SentenceContext): void {
  if (!EVAL_CUE.test(ctx.text)) return;
  for (const m of ctx.text.matchAll(EVAL_ON)) {
    const before = ctx.text.slice(0, (m.index ?? 0) + m[0].length);
    const names = leadingList(ctx.text.slice((m.index ?? 0) + m[0].length), { single: true });
    // A plain capitalised word counts in a list that also holds a known data set (`on PubMed, Cora and Reddit`).
    const listed = names.length >= 2 && names.some((n) => lexiconEntry('Dataset', n));
    for (const name of names) {
      const next = ctx.text.slice(ctx.text.indexOf(name) + name.length);
      if (lexiconEntry('Method', name) || METHOD_SUFFIX.test(next) || !(listed || name.split(' ').some(isNameLike))) continue;
      add(ctx, 'Dataset', name, 'eval-on', datasetRole(before, false));
    }
  }
}

/** Every other name-shaped token, typed as a method; weak unless cued by what follows. */
export function nameLikeRule(ctx: SentenceContext): void {
  const tokens = [...ctx.text.matchAll(TOKEN)];
  const lowerWords = tokens.filter((m) => /^\p{Ll}+$/u.test(m[0])).length;
  if (tokens.length > 8 && lowerWords / tokens.length < 0.4) return; // a header or reference list, not prose
  // Tokens inside a longer name this sentence already gave (`PASCAL` in `PASCAL VOC 2007`) are not names of their own.
  const covered = ctx.out.filter((c) => c.sentence === ctx.index && c.surface.includes(' ')).map((c) => c.surface);
  for (const m of tokens) {
    const token = m[0].replace(/[.'’]+$/, '');
    if (!isNameLike(token) || lexiconEntry('Dataset', token) || covered.some((c) => c.includes(token))) continue;
    const at = m.index ?? 0;
    const after = ctx.text.slice(at + m[0].length);
    const rule: Rule = METHOD_SUFFIX.test(after) || /-(?:based|like|style)$/.test(token) ? 'method-cue' : 'name-like';
    // `wav2vec 2.0`, `GPT 3.5`: a one-digit version is part of the name, not a score.
    const version = /^\s+(\d\.\d)(?![\d.%]|\s*%)/.exec(after)?.[1];
    add(ctx, 'Method', version ? `${token} ${version}` : token, rule, methodRole(ctx.text.slice(0, at)));
  }
}
