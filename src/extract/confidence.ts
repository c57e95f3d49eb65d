import type { Rule } from './candidate.js';
import type { EntityType } from './types.js';

/**
 * How often each rule is right, per entity type: the precision of entities
 * whose best rule it is, measured on the SciREX dev set and rounded. These
 * are rule-level rates, not fitted per entity, so they carry to new papers.
 * `weight` decides the type when rules disagree (`X dataset` beats a bare name).
 */
export const RULE_CONFIDENCE: Record<EntityType, Partial<Record<Rule, number>>> = {
  Task: {},
  Metric: {},
  Method: {
    proposed: 0.95,
    named: 0.95,
    acronym: 0.93,
    title: 0.9,
    'acronym-other': 0.3,
    listed: 0.85,
    lexicon: 0.8,
    'lexicon-generic': 0.3,
    compared: 0.55,
    'acronym-plural': 0.35,
    'name-like': 0.3,
    'method-cue': 0.35,
  },
  Dataset: {
    proposed: 0.93,
    named: 0.93,
    acronym: 0.9,
    'lexicon-cued': 0.86,
    lexicon: 0.8,
    'dataset-cue': 0.8,
    title: 0.75,
    'eval-on': 0.65,
    'dataset-list': 0.55,
  },
  Institution: {
    affiliation: 0.95,
    'institution-text': 0.85,
    company: 0.7,
  },
};

const WEIGHT: Partial<Record<Rule, number>> = {
  lexicon: 5,
  'lexicon-generic': 3,
  'lexicon-cued': 6,
  'dataset-cue': 4,
  proposed: 4,
  named: 4,
  acronym: 3,
  title: 3,
  'dataset-list': 3,
  compared: 2,
  listed: 2,
  'method-cue': 2,
  'eval-on': 2,
  'name-like': 1,
  'acronym-other': 1,
  'acronym-plural': 1,
};

export function ruleWeight(rule: Rule): number {
  return WEIGHT[rule] ?? 1;
}

export function ruleConfidence(type: EntityType, rule: Rule): number {
  return RULE_CONFIDENCE[type][rule] ?? 0.4;
}

/** Rules that see only a name's shape: never evidence on their own that it is a method. */
const SHAPE_ONLY = new Set<Rule>(['name-like', 'acronym-other', 'acronym-plural']);

/**
 * Best rule's rate, raised a little by independent support (more rules, more sentences). A name
 * seen only by its shape gets no support from repetition: `LHC` written five times in a physics
 * abstract is still not a method.
 */
export function combine(type: EntityType, rules: Set<Rule>, sentences: number): number {
  const rates = [...rules].map((r) => ruleConfidence(type, r)).sort((a, b) => b - a);
  const best = rates[0] ?? 0;
  if ([...rules].every((r) => SHAPE_ONLY.has(r))) return best;
  const evidence = [...rules].filter((r) => !SHAPE_ONLY.has(r)).length;
  // A name written in several sentences is rarely an accident of shape: repetition counts most.
  const support = 0.08 * (evidence - 1) + 0.04 * (rates.length - evidence) + 0.1 * Math.min(3, sentences - 1);
  return Math.round(Math.min(0.99, best + (1 - best) * support) * 100) / 100;
}
