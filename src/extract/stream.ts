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
 * Payloads are compact: a worker gets only what extraction reads of each
 * record (title, abstract, language, affiliations) and answers with entities
 * and results, both as plain objects (structured clone: measured at half the
 * CPU of JSON strings, which both sides must stringify and parse). The records
 * themselves never cross threads; they are joined with their findings here.
 */

/** Records per batch: large enough that messaging costs little, small enough to keep two per worker in flight. */
export const BATCH = 128;

/**
 * Records read before each further worker starts. A worker spends about a
 * second of CPU loading and JIT-compiling the extractor (bench/extract.mjs),
 * which on a short input costs more than the worker saves: a second worker
 * starts once more than 2,048 records have proved the input long, a third
 * after 4,096 (checked batch by batch).
 */
export const RAMP_UP = 2048;

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
  /** Records read before each further worker starts (default RAMP_UP; 0 starts them all at once). */
  rampUp?: number;
  /** Called as each worker thread starts, with how many are running. */
  onWorker?: (running: number) => void;
}

/** How the pool itself runs. */
export type PoolOptions = Pick<StreamOptions, 'batch' | 'rampUp' | 'onWorker'> & {
  /** The worker script (default: worker.js next to this file). */
  url?: URL | null;
};

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
  yield* extractInWorkers(records, count, { ...options, url });
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
  reply: Promise<Findings[]>;
}

/** The pool itself, for any number of workers (also 1: the benchmark compares pools of 1 and 2 on equal terms). */
export async function* extractInWorkers(records: AsyncIterable<PaperRecord>, count: number, options: PoolOptions = {}): AsyncGenerator<ExtractedPaper> {
  const url = options.url === undefined ? workerUrl() : options.url;
  if (!url) throw new Error('extract: worker.js not found next to stream.js (run the compiled code in dist/)');
  const size = Math.max(1, Math.floor(options.batch ?? BATCH));
  const rampUp = Math.max(0, Math.floor(options.rampUp ?? RAMP_UP));
  const pool: Slot[] = [];
  const waiting = new Map<number, { resolve: (findings: Findings[]) => void; reject: (e: unknown) => void }>();
  let failure: unknown;
  let closing = false;
  const fail = (error: unknown): void => {
    failure ??= error;
    for (const w of waiting.values()) w.reject(error);
    waiting.clear();
  };
  const start = (): void => {
    const slot: Slot = { worker: new Worker(url), busy: 0 };
    slot.worker.on('message', (m: Reply) => {
      slot.busy--;
      const w = waiting.get(m.seq);
      waiting.delete(m.seq);
      if ('error' in m) w?.reject(new Error(`extract worker: ${m.error}`));
      else w?.resolve(m.findings);
    });
    slot.worker.on('error', fail);
    slot.worker.on('exit', (code) => {
      if (!closing) fail(new Error(`extract: a worker exited (code ${code}) with batches in flight`));
    });
    pool.push(slot);
    options.onWorker?.(pool.length);
  };

  const inFlight: Pending[] = [];
  let seq = 0;
  let read = 0;
  const send = (batch: PaperRecord[]): void => {
    if (failure) throw failure;
    read += batch.length;
    // The first worker starts with the first batch; each further one once more than `rampUp` records
    // per running worker have been read, on a full batch (a short tail is not worth a cold start).
    while (pool.length < count && (pool.length === 0 || (batch.length === size && read > pool.length * rampUp))) start();
    const id = seq++;
    const slot = pool.reduce((a, b) => (b.busy < a.busy ? b : a));
    slot.busy++;
    const reply = new Promise<Findings[]>((resolve, reject) => waiting.set(id, { resolve, reject }));
    reply.catch(() => undefined); // awaited in its turn; a failure must not surface early as an unhandled rejection
    const request: Request = { seq: id, inputs: batch.map(inputOf) };
    slot.worker.postMessage(request);
    inFlight.push({ records: batch, reply });
  };
  const receive = async (): Promise<ExtractedPaper[]> => {
    const { records: batch, reply } = inFlight.shift() as Pending;
    const findings = await reply;
    return batch.map((record, i) => withFindings(record, findings[i] as Findings));
  };

  try {
    let batch: PaperRecord[] = [];
    for await (const record of records) {
      batch.push(record);
      if (batch.length < size) continue;
      send(batch);
      batch = [];
      if (inFlight.length >= pool.length * 2) yield* await receive();
    }
    if (batch.length) send(batch);
    while (inFlight.length) yield* await receive();
  } finally {
    closing = true;
    await Promise.all(pool.map((slot) => slot.worker.terminate()));
  }
}
