import type { Reject } from './record.js';

/** A record as a format reader found it, before cleaning, ids and dedupe. */
export interface RawRecord {
  /** 1-based line of the record's first line. */
  line: number;
  abstract: string;
  givenId?: string;
  arxivId?: string;
  title?: string;
  published?: string;
  comment?: string;
  authors?: string[];
  categories?: string[];
  affiliations?: string[];
  machineTranslated?: true;
  /** Written by `papergraph generate` (a `Synthetic:` line or `"synthetic": true`). */
  synthetic?: true;
}

/** Reports one rejected line of the file being read. */
export type RejectLine = (line: number, reason: string) => void;

export type OnReject = (reject: Reject) => void;
