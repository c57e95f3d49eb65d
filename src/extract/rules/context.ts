import type { Candidate, Rule } from '../candidate.js';
import type { EntityType, Role } from '../types.js';
import type { AcronymDefinition } from '../acronyms.js';
import type { GazetteerHit } from '../plugin.js';
import type { Word } from '../phrases.js';
import { cleanName } from '../names.js';
import { METHOD_NOUN, METRIC_HEAD, OWN, TASK_HEAD, allMatches, isGenericPhrase } from '../patterns.js';
import { lexiconEntry, normalKey } from '../../resolve/index.js';
import { NOT_A_NAME } from '../../resolve/lexicon/stop.js';
import { escapeRegExp } from '../../graph/regexp.js';
import { INSTRUMENT_HEAD, isFalseFriend } from '../false-friends.js';

/**
 * What every sentence rule shares: the sentence it reads, the one way to add a
 * candidate (with the filters every candidate passes), and how roles are read.
 * Each rule only says what it saw; merging, typing conflicts and confidence are
 * decided later from all of a paper's candidates (merge.ts).
 */

export interface SentenceContext {
  text: string;
  /** Gazetteer names in this sentence (plugin.ts, one parse per paper). */
  hits: GazetteerHit[];
  /** Acronym definitions of this sentence, found once. */
  acronyms?: AcronymDefinition[];
  /** Words of this sentence for the task and metric lexicons, cut once (tasks-metrics.ts). */
  words?: Word[];
  index: number;
  /** The sentence before this one (`For example, X, Y and Z …` names examples of a class it names). */
  previous?: string;
  /** Short forms defined as tasks or metrics in this paper (`KBQA`): never entities. */
  suppressed: Set<string>;
  /**
   * Short forms this paper defines by a long form that is no data set (`continuous speech
   * recognition (CSR)`): `CSR corpora` are corpora for CSR, not a data set named CSR.
   */
  notData?: Set<string>;
  /** Keys of the names every other rule found in the paper; set for the shape rule, which runs last (see nameLikeRule). */
  known?: Set<string>;
  out: Candidate[];
}

export type SentenceRule = (ctx: SentenceContext) => void;

/**
 * A prefilter for a long case-insensitive cue pattern: the alternation of literals one of which every
 * match of the pattern contains, each at a word start. A sentence it does not match cannot match
 * the pattern; it pays where the pattern is slow to rule a sentence out and few sentences pass.
 */
export function anyOf(words: readonly string[]): RegExp {
  return new RegExp(String.raw`\b(?:${words.map(escapeRegExp).join('|')})`, 'i');
}

export const METHOD_SUFFIX = new RegExp(String.raw`^(?:\s+(?:${METHOD_NOUN}|series|family|layers?|loss|modules?|blocks?|embeddings?))\b`, 'i');
const TRAINED_ON = /\b(?:pre-?train\w*|train\w*|fine-?tun\w*|learn\w*)\s+(?:\w+\s+){0,3}(?:on|with|using)\s+(?:the\s+)?$/i;
/** The paper's own work: `we propose …`, `this paper introduces …`. */
export const PROPOSE_OWN = /\b(?:we|our|this (?:paper|work))\b.*\b(?:propose|purpose|introduce|present|construct|collect|build|release|create|contribute)\w*\b/i;

/**
 * A known data set's challenge is its data when the paper reports on it (`a 2.6% mAP boost on VOC2012
 * object detection challenge`); one the paper took part in is an event (`won 1st place in the BraTS
 * 2018 challenge`, `the COCO 2016 challenge winners`).
 */
const CONTEST_AFTER = /^\s*(?:[\w-]+\s+){0,2}(?:challenges?|competitions?|contests?)\b/i;
const CHALLENGE_AFTER = /^\s*(?:[\w-]+\s+){0,3}challenges?\b/i;
const EVALUATED_ON = /\b(?:on|over|across)\s+(?:the\s+)?$/i;

function isEvent(text: string, at: number, surface: string, name: string): boolean {
  const after = text.slice(at + surface.length);
  if (!EVENT_AFTER.test(after)) return false;
  return !(CHALLENGE_AFTER.test(after) && EVALUATED_ON.test(text.slice(0, at)) && lexiconEntry('Dataset', name));
}
/** `the WMT 2014 English-to-German translation task`, `BraTS 2018 challenge`: an event or task, not the data. */
const EVENT_AFTER = /^\s*(?:and\s+[\w-]+\s+)?(?:[\w-]+\s+){0,3}(?:tasks?|competitions?|challenges?|contests?)\b/i;

/** What follows a product name: `NVIDIA 3090 GPU` is hardware, not a data set or a method. */
const HARDWARE_AFTER = /^\s*(?:GPUs?|CPUs?|TPUs?|cards?|devices?|machines?|cores?|chips?|servers?|phones?|clusters?)\b/i;

const HARDWARE_NAME = /^(?:(?:NVIDIA|Nvidia)\s+)?(?:Tesla|Titan|GeForce|Quadro|Jetson|Xeon|Ryzen|RTX|GTX)\b|^(?:[AHVPTK]\d{2,3}|TPUv\d)$/;

const HARDWARE_NEAR = /\b(?:memory|storage|disks?|HDDs?|DRAM|NVMe|flash|bandwidth|I\/O|RAM)\b/i;

/** Nouns of procedures that the sciences name after people: `Kalman filter`, `Runge-Kutta scheme`. */
export const PROCEDURE_HEAD = String.raw`(?:algorithm|method|scheme|filter|filtering|sampler|sampling|sieve|estimator|decomposition|test|transform|regression|iteration|integrator|quadrature|decoding|search|smoothing|correction)`;
const EPONYM_SHAPE = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$/u;
const EPONYM_AFTER = new RegExp(String.raw`^\s+(${PROCEDURE_HEAD.slice(3, -1)})\b`);
const TOOL_MODEL_AFTER = /^\s+((?:[a-z][a-z-]*\s+){0,2}model)\b/;

export function add(ctx: SentenceContext, type: EntityType, surface: string, rule: Rule, role: Role, alias?: string, named = false): void {
  // `CIFAR10/100` names two data sets.
  const pair = /^(.*?[A-Za-z][-\s]?)(\d+)\/(\d+)$/.exec(surface);
  if (pair) {
    for (const n of [pair[2], pair[3]]) add(ctx, type, `${pair[1]}${n}`, rule, role, undefined, named);
    return;
  }
  // `the Switchboard/CallHome portion`, `CIFAR/Cars/Flowers datasets`: names joined by slashes are each their own; only
  // the ones the lexicon knows are linked (a bare `Cars` is a word), never the joined string.
  if (type === 'Dataset' && /^[^\s/]+(?:\/[^\s/]+)+$/.test(surface) && !lexiconEntry(type, surface)) {
    for (const part of surface.split('/')) if (lexiconEntry(type, part)) add(ctx, type, part, rule, role, undefined, named);
    return;
  }
  const cleaned = cleanName(surface);
  const at = Math.max(0, ctx.text.indexOf(surface));
  // `compare with the Arellano-Bond estimator`, `using Gibbs sampling`: an eponym keeps its procedure noun.
  const rest = type === 'Method' && EPONYM_SHAPE.test(cleaned) ? ctx.text.slice(at + surface.length) : '';
  // After a tool cue a model is a procedure too (`modelled with a Cox proportional hazards model`).
  const procedure = rest ? (EPONYM_AFTER.exec(rest) ?? (rule === 'tool' ? TOOL_MODEL_AFTER.exec(rest) : null))?.[1] : undefined;
  const name = procedure ? `${cleaned} ${procedure}` : cleaned;
  const words = name.split(/[\s-]+/);
  if (words.length >= 2 && (TASK_HEAD.test(words.at(-1) ?? '') || METRIC_HEAD.test(words.at(-1) ?? '')) && !lexiconEntry(type, name)) return;
  if (HARDWARE_AFTER.test(ctx.text.slice(at + surface.length))) return;
  // `at 65 FPS on Tesla V100`, `a Titan X`: hardware by its own name.
  if (HARDWARE_NAME.test(name)) return;
  // `GPU High-Bandwidth Memory, CPU main memory and SSD`: among storage words an acronym is hardware (the disk, not the detector).
  if (type !== 'Institution' && HARDWARE_NEAR.test(ctx.text.slice(Math.max(0, at - 50), at + surface.length + 50)) && /^\p{Lu}{2,5}$/u.test(name)) return;
  const key = normalKey(name);
  if (!key || ctx.suppressed.has(key) || isGenericPhrase(name)) return;
  if (NOT_A_NAME.has(key) && !lexiconEntry(type, name)) return;
  // `compare them with Planck 2018`: one capitalised word and a year is a citation or a data release, not a method.
  if (type === 'Method' && /^\p{Lu}\p{Ll}+\s(?:19|20)\d\d$/u.test(name) && !lexiconEntry(type, name)) return;
  // Units, formulas, catalogue objects, instruments and citations are never methods or data sets.
  // A definition's long form says what an acronym is (`Isolation and Induction (InI)` is no indium iodide).
  if (type !== 'Institution' && !alias && !lexiconEntry(type, name) && isFalseFriend(name, ctx.text, at)) return;
  // `our detector, called Deep Underground Array`: an instrument, not a method (a `Detector` may be either: `Single Shot MultiBox Detector`).
  if (type === 'Method' && !alias && INSTRUMENT_HEAD.test(name) && !lexiconEntry(type, name)) return;
  if (type === 'Dataset' && rule !== 'dataset-list' && isEvent(ctx.text, at, surface, name)) return;
  // `beats the COCO 2016 challenge winners`: a contest is no method.
  if (type === 'Method' && CONTEST_AFTER.test(ctx.text.slice(at + surface.length))) return;
  // A tool cue (`was analysed with X`) states the paper's own procedure, passive or not.
  ctx.out.push({ type, surface: name, rule, role: rule === 'tool' ? role : backgroundRole(ctx.text, type, role), sentence: ctx.index, ...(alias ? { alias } : {}), ...(named ? { named } : {}) });
}

/** Verbs by which a paper puts a name forward (`purposed` is a frequent typo of `proposed`). */
export const PROPOSAL_VERB = String.raw`(?:propos|purpos|introduc|present|develop|design|devis|build|construct|creat|releas|contribut|formulat|establish|put(?:s|ting)? forward|call|term|nam|dub|coin|obtain)\w*`;
/** Subjects that are the paper itself, and subjects that are someone else (`Zhang et al. proposed`). */
const OWN_SUBJECT = /\b(?:we|our|ours|us|this (?:paper|work|report|study|article|thesis)|here|the (?:proposed|resulting|presented))\b/gi;
const OTHER_SUBJECT = /\b(?:et al\b\.?|they|their|previous(?:ly)?|prior (?:work|studies|methods?)|existing|recent (?:work|studies)|researchers|others|authors of)\b|\[\d+(?:[,–-]\s*\d+)*\]|\(\s*\p{Lu}[^()]*?(?:19|20)\d{2}\s*\)/giu;
/** A proposal verb, then up to six words that describe rather than relate (`a new backdoor attack`, not `to use`). */
const GAP = String.raw`(?:(?!(?:to|use[sd]?|using|with|on|in|at|based|from|of|by|that|which|who|for|and|or|over|than|upon|via|into|is|are|was|were|its|their|outperform\w*|surpass\w*|beat\w*|exceed\w*|achiev\w*|improv\w*|compar\w*|evaluat\w*)\b)[\p{Ll}“”"'][\w“”"'-]*,?\s+)`;
const NAME_END = new RegExp(String.raw`\b${PROPOSAL_VERB}\s+(?:as\s+)?${GAP}{0,6}$`, 'u'); // no `i`: with it \p{Ll} would match capitals too

/** Whether the nearest subject before a cue is the paper itself (`we`, `this paper`), not a third party. */
export function ownSubject(before: string): boolean {
  const clause = before.slice(Math.max(before.lastIndexOf(';'), 0));
  const own = allMatches(OWN_SUBJECT, clause).at(-1)?.index ?? -1;
  const other = allMatches(OTHER_SUBJECT, clause).at(-1)?.index ?? -1;
  return own >= 0 && own > other;
}

/**
 * `our new X`, `the proposed X`; not `our detector with X` nor `Zhang et al. proposed a dataset called X`.
 * Between `our` and the name only describing words: an article opens a new noun phrase and a verb
 * in -s a clause (`Our proof combines the classification … (CFSG)` does not make CFSG ours), and
 * `our baseline, BERT,` is someone else's.
 */
const OWN_GAP = String.raw`(?:(?!(?:the|a|an|baselines?|\p{Ll}+(?<![su])s)\b)${GAP})`;
const OWN_BEFORE = new RegExp(String.raw`(?:\b[Oo]ur|\b(?:[Tt]he|[Oo]ur|[Tt]his|[Aa]n?)\s+(?:\p{Ll}+\s+)?proposed|\b[Tt]he resulting)\s+${OWN_GAP}{0,3}$`, 'u');

/** PROPOSES when the paper speaks of the name as its own: `our X`, `we propose (a new …) X`, `the proposed X`. */
export function methodRole(before: string): Role {
  // `the proposed X`, not `Zhang et al. proposed a dataset called X`.
  if (OWN_BEFORE.test(before.slice(-120))) return 'PROPOSES'; // end-anchored: a few words suffice, and the whole sentence would be scanned for each name
  return NAME_END.test(before.slice(-90)) && ownSubject(before) ? 'PROPOSES' : 'USES';
}

const SURVEYS = /\b(?:we|this (?:paper|work|survey|review|article|chapter))\s+(?:\w+ly\s+)?(?:also\s+)?(?:survey|review|discuss|summari[sz]e|overview|revisit|trace|catalog)\w*\b/i;
const EVALUATES = /\b(?:experiment\w*|evaluat\w*|results?|achiev\w*|outperform\w*|accuracy|state-of-the-art|test\w*|scores?|benchmark\w*|trained|train\w*|fine-?tun\w*|report\w*)\b/i;

/**
 * Background: a name in a sentence where the paper is not the subject (`ChatGPT and GPT-4 have
 * shown …`) or that surveys others' work (`we review ChatGPT and GPT-4`) is MENTIONS, not USES.
 */
function backgroundRole(sentence: string, type: EntityType, role: Role): Role {
  if (type === 'Institution' || (role !== 'USES' && role !== 'EVALUATES_ON')) return role;
  const cues = cuesOf(sentence);
  if ((cues.surveys ??= SURVEYS.test(sentence))) return 'MENTIONS';
  if ((cues.own ??= OWN.test(sentence))) return role;
  return role === 'EVALUATES_ON' && (cues.evaluates ??= EVALUATES.test(sentence)) ? role : role === 'USES' && (cues.evaluates ??= EVALUATES.test(sentence)) ? role : 'MENTIONS';
}

/** What backgroundRole read of the last sentence: a sentence's candidates come one after another, each asking the same. */
let lastCues: { sentence: string; surveys?: boolean; own?: boolean; evaluates?: boolean } = { sentence: '' };
function cuesOf(sentence: string): typeof lastCues {
  if (lastCues.sentence !== sentence) lastCues = { sentence };
  return lastCues;
}

/** PROPOSES for the paper's own data, USES for training data, else EVALUATES_ON. */
export function datasetRole(before: string, own: boolean): Role {
  if (own) return 'PROPOSES';
  return TRAINED_ON.test(before) ? 'USES' : 'EVALUATES_ON';
}
