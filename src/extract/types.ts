import type { PaperRecord } from '../ingest/record.js';

import type { EntityType, LinkSource, Role } from '../graph/vocabulary.js';

export type { EntityType, Role } from '../graph/vocabulary.js';

export interface ExtractedEntity {
  type: EntityType;
  /** Canonical display name (`CIFAR-10`). */
  name: string;
  /** Normalised key of the canonical name, unique per type (see src/resolve). */
  key: string;
  /** Other surface forms met in this paper or known to the lexicon (`CIFAR10`). */
  aliases: string[];
  role: Role;
  /** The sentence that supports the link. */
  evidence: string;
  /** In [0, 1]; higher is more often right on the gold set. */
  confidence: number;
  /** Names of the extraction rules that support the link, strongest first (provenance). */
  rules?: string[];
  /** Number of sentences that name the entity. */
  sentences?: number;
  /**
   * Where the link comes from: `text` (a sentence of the abstract, the default), `title`, or
   * `header` (an affiliation line of the dump, outside the abstract).
   */
  source?: LinkSource;
  /** Metrics only: true when larger values are better, false when smaller are. */
  higherIsBetter?: boolean;
}

export type { LinkSource } from '../graph/vocabulary.js';

/** An absolute score, or a change against a baseline. */
export type ResultKind = 'ABSOLUTE' | 'DELTA';

export interface ExtractedResult {
  /** Names as the paper's entities give them (canonical name or alias of a linked entity). */
  method?: string;
  dataset?: string;
  task?: string;
  metric: string;
  /** As written (`52.8%`, `+0.2`). */
  value: string;
  /** Numeric value when it parses. */
  score?: number;
  /** Unit written after the number (`%`, `×`, `ms`). */
  unit?: string;
  /** Absolute score or delta; absent means ABSOLUTE (older extractor output). */
  kind?: ResultKind;
  evidence: string;
  /** In [0, 1]: how often a tuple with this support is right. */
  confidence?: number;
}

/** What `extract` writes, one per paper: the record plus what was found in it. */
export interface ExtractedPaper extends PaperRecord {
  entities: ExtractedEntity[];
  results: ExtractedResult[];
  /** Version of the extractor that produced the links (stored on every relationship). */
  extractor: string;
}
