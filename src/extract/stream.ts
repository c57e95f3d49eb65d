import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { PaperRecord } from '../ingest/record.js';
import type { ExtractedPaper } from './types.js';
import { extractPaper, withFindings, type ExtractInput, type Findings } from './paper.js';
import type { Reply, Request } from './worker.js';

/**
 * Extraction across cores. Records go out in batches of a hundred or so, each
 * to the worker with the fewest batches outstanding; batches are yielded in
 * the order they were sent, so output order and content do not depend on the
 * number of workers. At most two batches per worker are in flight, so memory
 * stays flat however long the input is.
 *
 * Payloads are compact: a worker gets one JSON string per batch holding only
 * what extraction reads (title, abstract, language, affiliations) and answers
 * with one JSON string of entities and results. The records themselves never
 * cross threads; they are joined with their findings here. Strings cross
 * threads as one flat copy, where a deep object graph is cloned field by field.
 */

/** Records per batch: large enough that messaging costs little, small enough to keep two per worker in flight. */
export const BATCH = 128;

export interface StreamOptions {
  /** Worker threads. Default: one per core, less `reserve`. 1 runs in this thread (unless `background`). */
  workers?: number;
  /**
   * Cores to leave to other work when `workers` is not given: an ingest that
   * shares the machine with its database passes 1 (two cores → one worker).
   */
  reserve?: number;
  /**
   * Run even a single worker in its own thread, so that extraction goes on
   * while the consumer waits on I/O (a loader writing to a database).
   */
  background?: boolean;
  /** Records per batch sent to a worker. */
  batch?: number;
}

/** The default worker count: one per core, less `reserve`, at least one. */
export function defaultWorkers(reserve = 0): number {
  return Math.max(1, availableParallelism() - Math.max(0, Math.floor(reserve)));
}

/** Compiled code runs workers; under a TypeScript runner (no worker.js) we stay in-thread. */
function workerUrl(): URL | null {
  const url = new URL('./worker.js', import.meta.url);
  return url.protocol === 'file:' && existsSync(fileURLToPath(url)) ? url : null;
}

export async function* extractStream(records: AsyncIterable<PaperRecord>, options: StreamOptions = {}): AsyncGenerator<ExtractedPaper> {
  const count = options.workers === undefined ? defaultWorkers(options.reserve) : Math.max(1, Math.floor(options.workers));
  const url = workerUrl();
  if ((count === 1 && !options.background) || !url) {
    for await (const record of records) yield extractPaper(record);
    return;
  }
  yield* extractInWorkers(records, count, url, options.batch);
}

/** The part of a record a worker needs. */
function inputOf(record: PaperRecord): ExtractInput {
  return { title: record.title, abstract: record.abstract, language: record.language, affiliations: record.affiliations };
}

interface Slot {
  worker: Worker;
  /** Batches sent and not yet answered. */
  busy: number;
}

interface Pending {
  records: PaperRecord[];
  reply: Promise<string>;
}

/** The pool itself, for any number of workers (also 1: the benchmark compares pools of 1 and 2 on equal terms). */
export async function* extractInWorkers(
  records: AsyncIterable<PaperRecord>,
  count: number,
  url: URL | null = workerUrl(),
  batchSize: number = BATCH,
): AsyncGenerator<ExtractedPaper> {
  if (!url) throw new Error('extract: worker.js not found next to stream.js (run the compiled code in dist/)');
  const size = Math.max(1, Math.floor(batchSize));
  const pool: Slot[] = Array.from({ length: count }, () => ({ worker: new Worker(url), busy: 0 }));
  const waiting = new Map<number, { resolve: (json: string) => void; reject: (e: unknown) => void }>();
  let failure: unknown;
  let closing = false;
  const fail = (error: unknown): void => {
    failure ??= error;
    for (const w of waiting.values()) w.reject(error);
    waiting.clear();
  };
  for (const slot of pool) {
    slot.worker.on('message', (m: Reply) => {
      slot.busy--;
      const w = waiting.get(m.seq);
      waiting.delete(m.seq);
      if ('error' in m) w?.reject(new Error(`extract worker: ${m.error}`));
      else w?.resolve(m.json);
    });
    slot.worker.on('error', fail);
    slot.worker.on('exit', (code) => {
      if (!closing) fail(new Error(`extract: a worker exited (code ${code}) with batches in flight`));
    });
  }

  const inFlight: Pending[] = [];
  let seq = 0;
  const send = (batch: PaperRecord[]): void => {
    if (failure) throw failure;
    const id = seq++;
    const slot = pool.reduce((a, b) => (b.busy < a.busy ? b : a));
    slot.busy++;
    const reply = new Promise<string>((resolve, reject) => waiting.set(id, { resolve, reject }));
    reply.catch(() => undefined); // awaited in its turn; a failure must not surface early as an unhandled rejection
    const request: Request = { seq: id, json: JSON.stringify(batch.map(inputOf)) };
    slot.worker.postMessage(request);
    inFlight.push({ records: batch, reply });
  };
  const receive = async (): Promise<ExtractedPaper[]> => {
    const { records: batch, reply } = inFlight.shift() as Pending;
    const findings = JSON.parse(await reply) as Findings[];
    return batch.map((record, i) => withFindings(record, findings[i] as Findings));
  };

  try {
    let batch: PaperRecord[] = [];
    for await (const record of records) {
      batch.push(record);
      if (batch.length < size) continue;
      send(batch);
      batch = [];
      if (inFlight.length >= count * 2) yield* await receive();
    }
    if (batch.length) send(batch);
    while (inFlight.length) yield* await receive();
  } finally {
    closing = true;
    await Promise.all(pool.map((slot) => slot.worker.terminate()));
  }
}
