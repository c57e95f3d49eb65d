/** A stated result as the loader writes it and the API reads it back. */
export interface ResultRow {
  key: string;
  paperId: string;
  metric: string;
  value: string;
  score: number | null;
  evidence: string;
  methodUid: string | null;
  datasetUid: string | null;
}
