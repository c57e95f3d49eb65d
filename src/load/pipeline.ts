import type { Database } from '../db/database.js';
import { extractStream } from '../extract/index.js';
import type { ExtractedPaper } from '../extract/types.js';
import { readRecords, type Reject } from '../ingest/index.js';
import { Channel } from './channel.js';
import { loadBatchIsolating } from './loader.js';

export interface Progress {
  records: number;
  written: number;
  unchanged: number;
  links: number;
  rejects: number;
  /** Characters of abstract text processed, to estimate progress against input size. */
  textBytes: number;
}

export interface LoadOptions {
  batchSize?: number;
  /** Called for every record the database rejects. */
  onReject?: (reject: Reject) => void;
  /** Records rejected before loading (unreadable input), counted into the totals. */
  upstreamRejects?: () => number;
  onProgress?: (progress: Progress) => void;
}

export interface IngestOptions extends LoadOptions {
  workers?: number;
}

export interface LoadSummary extends Progress {
  seconds: number;
}

/**
 * Loads extracted papers in batches. Gathering (which drives parsing and extraction in worker
 * threads) runs side by side with writing, up to two batches ahead, so the CPUs and the
 * database work at the same time while memory stays bounded.
 */
export async function loadPapers(db: Database, papers: AsyncIterable<ExtractedPaper>, options: LoadOptions = {}): Promise<LoadSummary> {
  const started = performance.now();
  const batchSize = options.batchSize ?? 1000;
  const progress: Progress = { records: 0, written: 0, unchanged: 0, links: 0, rejects: 0, textBytes: 0 };
  const totals = () => ({ ...progress, rejects: progress.rejects + (options.upstreamRejects?.() ?? 0) });
  const report = () => options.onProgress?.(totals());
  const batches = new Channel<ExtractedPaper[]>(2);
  const gathering = (async () => {
    let batch: ExtractedPaper[] = [];
    for await (const paper of papers) {
      batch.push(paper);
      progress.records += 1;
      progress.textBytes += paper.abstract.length + (paper.title?.length ?? 0);
      if (batch.length >= batchSize) {
        await batches.push(batch);
        batch = [];
      }
    }
    if (batch.length > 0) await batches.push(batch);
  })().then(
    () => batches.close(),
    (error: unknown) => batches.close(error),
  );
  try {
    for await (const batch of batches) {
      const outcome = await loadBatchIsolating(db, batch);
      progress.written += outcome.written;
      progress.unchanged += outcome.unchanged;
      progress.links += outcome.links;
      for (const reject of outcome.rejected) {
        progress.rejects += 1;
        const paper = batch.find((p) => p.id === reject.id);
        options.onReject?.({
          file: paper?.source.file ?? '?',
          line: paper?.source.line ?? 0,
          reason: `database rejected paper ${reject.id}: ${reject.reason}`,
        });
      }
      report();
    }
  } catch (error) {
    // Stop gathering too: its push throws, which ends the extraction stream and its workers.
    batches.cancel();
    await gathering.catch(() => {});
    throw error;
  }
  await gathering;
  await db.write('fulltext-refresh');
  report();
  return { ...totals(), seconds: (performance.now() - started) / 1000 };
}

/**
 * parse → extract → load, streamed. By default extraction runs in worker threads on all cores
 * but one (at least one thread, beside the loader), leaving a core to Neo4j.
 */
export async function ingestFiles(db: Database, inputs: string[], options: IngestOptions = {}): Promise<LoadSummary> {
  const unreadable = countRejects(options.onReject);
  const records = readRecords(inputs, { onReject: unreadable.onReject });
  const papers = extractStream(records, { workers: options.workers, reserve: 1, background: true });
  return loadPapers(db, papers, { ...options, upstreamRejects: () => unreadable.count });
}

/** Forwards rejects and counts them, for readers upstream of `loadPapers`. */
export function countRejects(forward?: (reject: Reject) => void): { readonly count: number; onReject: (reject: Reject) => void } {
  let count = 0;
  return {
    get count() {
      return count;
    },
    onReject: (reject) => {
      count += 1;
      forward?.(reject);
    },
  };
}
