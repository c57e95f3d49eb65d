import { parentPort } from 'node:worker_threads';
import type { PaperRecord } from '../ingest/record.js';
import { extractPaper } from './paper.js';

/** One extraction worker: answers each batch with its papers, in the order received. */
parentPort?.on('message', (m: { seq: number; records: PaperRecord[] }) => {
  parentPort?.postMessage({ seq: m.seq, papers: m.records.map(extractPaper) });
});
