import type { Rule } from './candidate.js';
import type { EntityType } from './types.js';

/**
 * How often each rule is right, per entity type: the precision of entities whose strongest rule it
 * is, fitted on the tuning part of both gold sets only (`papergraph eval --split tune --rules`; the
 * held-out third is scored by test/unit/calibration.test.ts). Each rate is (correct + 2·0.8) /
 * (linked + 2): rules seen a handful of times are pulled toward the overall 0.8 instead of
 * claiming 1.0 from two lucky links. Rules that see only a name's shape (`name-like`,
 * `acronym-other`, `acronym-plural`, a generic class such as `CNN`) sit under the linking
 * threshold: they are not evidence that a token names a method on their own.
 * `weight` decides the type when rules disagree (`X dataset` beats a bare name).
 */
export const RULE_CONFIDENCE: Record<EntityType, Partial<Record<Rule, number>>> = {
  Task: {},
  Metric: {},
  Method: {
    acronym: 0.93, // 47/50 on the tuning part
    lexicon: 0.9, // 11/12
    proposed: 0.87, // 21/24
    named: 0.84, // 11/13
    listed: 0.84, // 22/26
    title: 0.8, // 4/5
    'method-cue': 0.66, // 11/17
    compared: 0.58, // 3/6
    'acronym-plural': 0.35,
    'lexicon-generic': 0.3,
    'acronym-other': 0.3,
    'name-like': 0.3,
  },
  Dataset: {
    acronym: 0.93, // 4/4
    proposed: 0.9, // 2/2
    named: 0.9, // 2/2
    'dataset-list': 0.86, // 7/8
    lexicon: 0.83, // 49/59
    'dataset-cue': 0.77, // 10/13
    'eval-on': 0.76, // 9/12
    'lexicon-cued': 0.76, // 12/16
    title: 0.75,
  },
  // Not in the gold sets. A header line is parsed by pattern, outside the abstract, and may name a
  // department or a second affiliation: it is trusted less than a name the text states.
  Institution: {
    'institution-text': 0.85,
    affiliation: 0.75,
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

/**
 * The strongest rule's fitted rate. Support from more rules or more sentences is not added: on the
 * tuning part it did not raise precision (lexicon data sets named twice were right less often
 * than those named once), and a name seen only by its shape gets nothing from repetition — `LHC`
 * written five times in a physics abstract is still not a method.
 */
export function combine(type: EntityType, rules: Set<Rule>, _sentences: number): number {
  return Math.max(0, ...[...rules].map((r) => ruleConfidence(type, r)));
}
