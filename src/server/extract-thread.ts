import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { PROJECT_ROOT } from '../config.js';
import { extractFindings, type ExtractInput, type Findings } from '../extract/paper.js';
import type { Reply, Request } from '../extract/worker.js';

/**
 * One long-lived extraction thread for the ingest mutation, speaking the protocol of
 * src/extract/worker.ts, so that extracting a call's abstracts never blocks the event loop that
 * answers queries (and the worker's ~1 s warm-up is paid once per server, not once per call).
 * Calls queue on the one thread: a server that ingests over HTTP is not a bulk loader.
 */
export class ExtractThread {
  private worker: Worker | undefined;
  private seq = 0;
  private readonly waiting = new Map<number, { resolve: (f: Findings[]) => void; reject: (e: unknown) => void }>();

  constructor(private readonly url: URL | null = workerUrl()) {}

  /** True when a compiled worker exists; otherwise extraction runs in this thread. */
  get threaded(): boolean {
    return this.url !== null;
  }

  async extract(inputs: ExtractInput[]): Promise<Findings[]> {
    if (!this.url) return inputs.map(extractFindings);
    const worker = this.start(this.url);
    const seq = this.seq++;
    const reply = new Promise<Findings[]>((resolve, reject) => this.waiting.set(seq, { resolve, reject }));
    worker.postMessage({ seq, inputs } satisfies Request);
    return reply;
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    await worker?.terminate();
  }

  private start(url: URL): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(url);
    worker.on('message', (m: Reply) => {
      const w = this.waiting.get(m.seq);
      this.waiting.delete(m.seq);
      if ('error' in m) w?.reject(new Error(`extract worker: ${m.error}`));
      else w?.resolve(m.findings);
    });
    const fail = (error: unknown) => {
      if (this.worker === worker) this.worker = undefined;
      for (const w of this.waiting.values()) w.reject(error);
      this.waiting.clear();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`extract worker exited (code ${code})`)));
    worker.unref();
    this.worker = worker;
    return worker;
  }
}

/** The compiled worker: beside this file's compiled twin, or in dist/ when the sources run under a TypeScript runner. */
function workerUrl(): URL | null {
  const beside = new URL('../extract/worker.js', import.meta.url);
  if (beside.protocol === 'file:' && existsSync(fileURLToPath(beside))) return beside;
  const built = path.join(PROJECT_ROOT, 'dist', 'extract', 'worker.js');
  return existsSync(built) ? pathToFileURL(built) : null;
}
