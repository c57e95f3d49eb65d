import type { Rule } from './candidate.js';
import type { EntityType } from './types.js';

/**
 * How often each rule is right, per entity type: the precision of entities whose strongest rule it
 * is, fitted on the tuning part of both gold sets only (`papergraph eval --split tune --rules`; the
 * held-out third is scored by test/unit/calibration.test.ts). Each rate is (correct + 0.8) /
 * (linked + 1): rules seen a handful of times are pulled toward the overall 0.8 instead of
 * claiming 1.0 from two lucky links. (With a prior of two links, the 0.9+ band read 0.93 where
 * its links were right 95% of the time on the tuning part itself: too strong a pull for rules
 * seen fifty times.) Rules that see only a name's shape (`name-like`,
 * `acronym-other`, `acronym-plural`, a generic class such as `CNN`) sit under the linking
 * threshold: they are not evidence that a token names a method on their own.
 * `weight` decides the type when rules disagree (`X dataset` beats a bare name).
 */
export const RULE_CONFIDENCE: Record<EntityType, Partial<Record<Rule, number>>> = {
  // Fitted on the tuning part of both gold sets (eval --split tune --rules), pooled.
  Task: {
    'task-cue': 0.9, // 36/40
    'task-lexicon': 0.89, // 165/185 (a task name before `system`, `output`… no longer counts)
    'task-acronym': 0.8, // 4/5
    'task-phrase': 0.72, // 119/165 (no verb or preposition opens a phrase)
  },
  Metric: {
    'metric-phrase': 0.85, // 23/27 (a modifier before a one-word measure now names it: `parsing accuracy`)
    'metric-lexicon': 0.73, // 74/101
    'metric-cue': 0.45, // not seen on the tuning part
  },
  Method: {
    acronym: 0.96, // 48/50 on the tuning part
    title: 0.95, // 3/3
    lexicon: 0.87, // 14/16
    proposed: 0.9, // 20/22
    named: 0.92, // 13/14
    listed: 0.83, // 20/24
    // 5/7 with the eponym rule (`Viterbi decoding`, `Thompson sampling`): rare in machine-learning prose; the
    // gold names two of its misses by a longer span (`SRI toolkit`, `experimental computer program SPRINT`).
    tool: 0.72,
    compared: 0.63, // 3/5 (`over a SUN 4` and `IBM translation models` no longer read as names)
    'method-cue': 0.45, // 11/26 when it led: `NE system`, `IBM models` name a task or a maker as often as a method
    'acronym-plural': 0.35,
    'lexicon-generic': 0.3,
    'acronym-other': 0.3,
    'name-like': 0.3,
  },
  Dataset: {
    acronym: 0.96, // 4/4
    proposed: 0.93, // 2/2
    named: 0.93, // 2/2
    'eval-on': 0.85, // 12/14
    lexicon: 0.88, // 53/60 (a known data set's part kept as an alias: `COCO keypoints`)
    'dataset-list': 0.83, // 10/12
    'lexicon-cued': 0.75, // 12/16
    title: 0.75,
    'dataset-cue': 0.85, // 12/14 (with the resource-name rule, `Czech National Corpus`)
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
  tool: 2,
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

/**
 * Which rule speaks for an entity when several saw it: the most specific first. The order is
 * fixed, not derived from the rates, so fitting a rate never changes which entities it is
 * fitted on.
 */
export const RULE_PRECEDENCE: readonly Rule[] = [
  'acronym', 'proposed', 'named', 'lexicon-cued', 'lexicon', 'listed', 'tool', 'dataset-list', 'title', 'eval-on', 'dataset-cue',
  'compared', 'method-cue', 'affiliation', 'institution-text', 'company', 'acronym-plural', 'lexicon-generic', 'acronym-other', 'name-like',
  'task-lexicon', 'task-cue', 'task-acronym', 'task-phrase', 'metric-lexicon', 'metric-phrase', 'metric-cue',
];

const rank = (r: Rule): number => RULE_PRECEDENCE.indexOf(r);

/** Rules in precedence order, the one that sets confidence first. */
export function byPrecedence(rules: Iterable<Rule>): Rule[] {
  return [...rules].sort((a, b) => rank(a) - rank(b));
}

/**
 * The fitted rate of the leading rule. Support from more rules or more sentences is not added: on
 * the tuning part it did not raise precision (lexicon data sets named twice were right less often
 * than those named once), and a name seen only by its shape gets nothing from repetition — `LHC`
 * written five times in a physics abstract is still not a method.
 */
export function combine(type: EntityType, rules: Set<Rule>): number {
  const lead = byPrecedence(rules)[0];
  return lead ? ruleConfidence(type, lead) : 0;
}
