/** An absolute score, or a change against a baseline. */
export type ResultKind = 'ABSOLUTE' | 'DELTA';

/** A stated result as the loader writes it and the API reads it back. */
export interface ResultRow {
  key: string;
  paperId: string;
  /** The metric as the paper wrote it; `metricUid` is the Metric entity it names. */
  metric: string;
  value: string;
  score: number | null;
  unit: string | null;
  kind: ResultKind;
  evidence: string;
  confidence: number;
  methodUid: string | null;
  datasetUid: string | null;
  taskUid: string | null;
  metricUid: string | null;
}

/** Older extractor output states no confidence for a result: an even chance says "unknown". */
export const UNSTATED_RESULT_CONFIDENCE = 0.5;
