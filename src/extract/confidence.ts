import type { Rule } from './candidate.js';
import type { EntityType } from './types.js';

/**
 * How often each rule is right, per entity type: the precision of entities
 * whose best rule it is, measured on the SciREX dev set and rounded. These
 * are rule-level rates, not fitted per entity, so they carry to new papers.
 * `weight` decides the type when rules disagree (`X dataset` beats a bare name).
 */
export const RULE_CONFIDENCE: Record<EntityType, Partial<Record<Rule, number>>> = {
  Task: {
    'task-acronym': 0.85,
    'task-lexicon': 0.8,
    'task-cue': 0.7,
    'task-phrase': 0.6,
  },
  Metric: {
    'metric-lexicon': 0.8,
    'metric-phrase': 0.6,
    'metric-cue': 0.45,
  },
  Method: {
    proposed: 0.95,
    named: 0.95,
    acronym: 0.93,
    title: 0.9,
    'acronym-other': 0.85,
    listed: 0.85,
    lexicon: 0.8,
    'lexicon-generic': 0.7,
    compared: 0.55,
    'acronym-plural': 0.45,
    'name-like': 0.38,
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
  'task-acronym': 3,
  'task-lexicon': 3,
  'task-cue': 2,
  'task-phrase': 2,
  'metric-lexicon': 3,
  'metric-phrase': 2,
  'metric-cue': 1,
};

export function ruleWeight(rule: Rule): number {
  return WEIGHT[rule] ?? 1;
}

export function ruleConfidence(type: EntityType, rule: Rule): number {
  return RULE_CONFIDENCE[type][rule] ?? 0.4;
}

/** Best rule's rate, raised a little by independent support (more rules, more sentences). */
export function combine(type: EntityType, rules: Set<Rule>, sentences: number): number {
  const rates = [...rules].map((r) => ruleConfidence(type, r)).sort((a, b) => b - a);
  const best = rates[0] ?? 0;
  // A name written in several sentences is rarely an accident of shape: repetition counts most.
  const support = 0.08 * (rates.length - 1) + 0.1 * Math.min(3, sentences - 1);
  return Math.round(Math.min(0.99, best + (1 - best) * support) * 100) / 100;
}
