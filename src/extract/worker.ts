import { parentPort } from 'node:worker_threads';
import { extractFindings, type ExtractInput } from './paper.js';

/** A batch to extract: the JSON of the records' inputs (see stream.ts). */
export interface Request {
  seq: number;
  json: string;
}

/** The JSON of each record's findings, in the order received, or why the batch failed. */
export type Reply = { seq: number; json: string } | { seq: number; error: string };

/** One extraction worker: answers each batch with its findings, in the order received. */
parentPort?.on('message', (m: Request) => {
  let reply: Reply;
  try {
    const inputs = JSON.parse(m.json) as ExtractInput[];
    reply = { seq: m.seq, json: JSON.stringify(inputs.map(extractFindings)) };
  } catch (error) {
    reply = { seq: m.seq, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  parentPort?.postMessage(reply);
});
