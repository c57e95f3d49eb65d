import { parentPort } from 'node:worker_threads';
import { extractFindings, type ExtractInput, type Findings } from './paper.js';

/** A batch to extract: what extraction reads of each record (see stream.ts). */
export interface Request {
  seq: number;
  inputs: ExtractInput[];
}

/** Each record's findings, in the order received, or why the batch failed. */
export type Reply = { seq: number; findings: Findings[] } | { seq: number; error: string };

/** One extraction worker: answers each batch with its findings, in the order received. */
parentPort?.on('message', (m: Request) => {
  let reply: Reply;
  try {
    reply = { seq: m.seq, findings: m.inputs.map(extractFindings) };
  } catch (error) {
    reply = { seq: m.seq, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  parentPort?.postMessage(reply);
});
