/**
 * The sentence rules, in the order they run on each sentence. Method rules
 * are in rules/methods.ts, data-set rules (and the gazetteer) in
 * rules/datasets.ts, what they share in rules/context.ts. The acronym rule
 * runs first over all sentences (see paper.ts), so a task defined anywhere is
 * suppressed everywhere.
 */
import { bracketNameRule, compareRule, nameLikeRule, namingRule, proposalRule, toolRule } from './rules/methods.js';
import { datasetCueRule, evalOnRule, gazetteerRule, listRule, resourceRule, variantRule } from './rules/datasets.js';
import type { SentenceRule } from './rules/context.js';

export { acronymRule, bracketNameRule, compareRule, nameLikeRule, namingRule, proposalRule, toolRule } from './rules/methods.js';
export { datasetCueRule, evalOnRule, gazetteerRule, listRule, resourceRule } from './rules/datasets.js';
export type { SentenceContext, SentenceRule } from './rules/context.js';

/** Known names first, then cues, then bare name shapes (which skip tokens a longer name already covers). */
export const SENTENCE_RULES: SentenceRule[] = [gazetteerRule, variantRule, proposalRule, namingRule, bracketNameRule, resourceRule, datasetCueRule, listRule, compareRule, toolRule, evalOnRule];
/** Bare name shapes: run over every sentence after the others, with the keys they found (see nameLikeRule). */
export const SHAPE_RULE: SentenceRule = nameLikeRule;
