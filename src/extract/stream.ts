import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { PaperRecord } from '../ingest/record.js';
import type { ExtractedPaper } from './types.js';
import { extractPaper } from './paper.js';

/**
 * Extraction across cores. Records go out in fixed-size batches, round-robin;
 * each worker answers its batches in the order it got them, and we yield
 * batches in sequence, so output order and content do not depend on the
 * number of workers. At most two batches per worker are in flight, so memory
 * stays flat however long the input is.
 */

const BATCH = 16;

export interface StreamOptions {
  /** Worker threads; default one per core. 1 runs in this thread. */
  workers?: number;
}

/** Compiled code runs workers; under a TypeScript runner (no worker.js) we stay in-thread. */
function workerUrl(): URL | null {
  const url = new URL('./worker.js', import.meta.url);
  return url.protocol === 'file:' && existsSync(fileURLToPath(url)) ? url : null;
}

export async function* extractStream(records: AsyncIterable<PaperRecord>, options: StreamOptions = {}): AsyncGenerator<ExtractedPaper> {
  const count = Math.max(1, Math.floor(options.workers ?? availableParallelism()));
  const url = workerUrl();
  if (count === 1 || !url) {
    for await (const record of records) yield extractPaper(record);
    return;
  }
  yield* extractInWorkers(records, count, url);
}

/** The pool itself, for any number of workers (also 1: the benchmark compares pools of 1 and 2 on equal terms). */
export async function* extractInWorkers(records: AsyncIterable<PaperRecord>, count: number, url: URL | null = workerUrl()): AsyncGenerator<ExtractedPaper> {
  if (!url) throw new Error('extract: worker.js not found next to stream.js (run the compiled code in dist/)');
  const pool = Array.from({ length: count }, () => new Worker(url));
  const waiting = new Map<number, { resolve: (p: ExtractedPaper[]) => void; reject: (e: unknown) => void }>();
  for (const worker of pool) {
    worker.on('message', (m: { seq: number; papers: ExtractedPaper[] }) => {
      waiting.get(m.seq)?.resolve(m.papers);
      waiting.delete(m.seq);
    });
    worker.on('error', (error) => {
      for (const w of waiting.values()) w.reject(error);
      waiting.clear();
    });
  }
  const inFlight: Promise<ExtractedPaper[]>[] = [];
  let seq = 0;
  const send = (batch: PaperRecord[]): void => {
    const id = seq++;
    inFlight.push(new Promise((resolve, reject) => waiting.set(id, { resolve, reject })));
    (pool[id % count] as Worker).postMessage({ seq: id, records: batch });
  };
  try {
    let batch: PaperRecord[] = [];
    for await (const record of records) {
      batch.push(record);
      if (batch.length < BATCH) continue;
      send(batch);
      batch = [];
      if (inFlight.length >= count * 2) yield* (await inFlight.shift()) as ExtractedPaper[];
    }
    if (batch.length) send(batch);
    while (inFlight.length) yield* (await inFlight.shift()) as ExtractedPaper[];
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
}
