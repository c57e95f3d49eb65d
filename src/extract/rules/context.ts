import type { Candidate, Rule } from '../candidate.js';
import type { EntityType, Role } from '../types.js';
import type { AcronymDefinition } from '../acronyms.js';
import type { GazetteerHit } from '../plugin.js';
import { cleanName } from '../names.js';
import { METHOD_NOUN, METRIC_HEAD, TASK_HEAD, isGenericPhrase } from '../patterns.js';
import { lexiconEntry, normalKey } from '../../resolve/index.js';
import { NOT_A_NAME } from '../../resolve/lexicon/stop.js';

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
  index: number;
  /** Short forms defined as tasks or metrics in this paper (`KBQA`): never entities. */
  suppressed: Set<string>;
  out: Candidate[];
}

export type SentenceRule = (ctx: SentenceContext) => void;

export const METHOD_SUFFIX = new RegExp(String.raw`^(?:-based|-like|-style|\s+(?:${METHOD_NOUN}|series|family|layers?|loss|modules?|blocks?|embeddings?))\b`, 'i');
const TRAINED_ON = /\b(?:pre-?train\w*|train\w*|fine-?tun\w*|learn\w*)\s+(?:\w+\s+){0,3}(?:on|with|using)\s+(?:the\s+)?$/i;
/** The paper's own work: `we propose …`, `this paper introduces …`. */
export const PROPOSE_OWN = /\b(?:we|our|this (?:paper|work))\b.*\b(?:propose|introduce|present|construct|collect|build|release|create|contribute)\w*\b/i;

/** `the WMT 2014 English-to-German translation task`, `BraTS 2018 challenge`: an event or task, not the data. */
const EVENT_AFTER = /^\s*(?:and\s+[\w-]+\s+)?(?:[\w-]+\s+){0,3}(?:tasks?|competitions?|challenges?|contests?)\b/i;

/** What follows a product name: `NVIDIA 3090 GPU` is hardware, not a data set or a method. */
const HARDWARE_AFTER = /^\s*(?:GPUs?|CPUs?|TPUs?|cards?|devices?|machines?|cores?|chips?|servers?|phones?|clusters?)\b/i;

export function add(ctx: SentenceContext, type: EntityType, surface: string, rule: Rule, role: Role, alias?: string): void {
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
export function methodRole(before: string): Role {
  return /(?:\bour|\bproposed|\bthe resulting|\bwe (?:propose|introduce|present|call|term|name)\w*)\s+(?:[\w-]+\s+){0,3}$/i.test(before) ? 'PROPOSES' : 'USES';
}

/** PROPOSES for the paper's own data, USES for training data, else EVALUATES_ON. */
export function datasetRole(before: string, own: boolean): Role {
  if (own) return 'PROPOSES';
  return TRAINED_ON.test(before) ? 'USES' : 'EVALUATES_ON';
}
