import type { PaperRecord } from '../ingest/record.js';

export type EntityType = 'Method' | 'Dataset' | 'Institution';

/** What a paper does with an entity. Institutions are AFFILIATED or MENTIONS. */
export type Role = 'PROPOSES' | 'USES' | 'EVALUATES_ON' | 'AFFILIATED' | 'MENTIONS';

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
}

export interface ExtractedResult {
  method?: string;
  dataset?: string;
  metric: string;
  /** As written (`52.8%`). */
  value: string;
  /** Numeric value when it parses. */
  score?: number;
  evidence: string;
}

/** What `extract` writes, one per paper: the record plus what was found in it. */
export interface ExtractedPaper extends PaperRecord {
  entities: ExtractedEntity[];
  results: ExtractedResult[];
  /** Version of the extractor that produced the links (stored on every relationship). */
  extractor: string;
}
