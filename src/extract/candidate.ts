import type { EntityType, Role } from './types.js';

/** One place where a rule saw an entity; merged per (type, key) into an ExtractedEntity. */
export interface Candidate {
  type: EntityType;
  surface: string;
  /** A second name for the same thing (`Instance-wise Prompt Tuning` for `IPT`). */
  alias?: string;
  role: Role;
  /** Which rule fired; confidence is learned per rule (see confidence.ts). */
  rule: Rule;
  /** Index of the sentence, -1 for the title, -2 for an affiliation header. */
  sentence: number;
  /**
   * The sentence names this as the thing proposed (`we propose a new architecture, the Transformer,`):
   * a proposal even of a name the lexicon knows as a generic class.
   */
  named?: boolean;
}

export type Rule =
  | 'lexicon'
  | 'lexicon-generic'
  | 'lexicon-cued'
  | 'acronym'
  | 'acronym-plural'
  | 'acronym-other'
  | 'proposed'
  | 'named'
  | 'title'
  | 'dataset-cue'
  | 'dataset-list'
  | 'eval-on'
  | 'compared'
  | 'listed'
  | 'tool'
  | 'method-cue'
  | 'name-like'
  | 'affiliation'
  | 'institution-text'
  | 'company'
  | 'task-lexicon'
  | 'task-acronym'
  | 'task-phrase'
  | 'task-cue'
  | 'metric-lexicon'
  | 'metric-phrase'
  | 'metric-cue';
