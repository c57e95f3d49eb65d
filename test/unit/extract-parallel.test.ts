import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { PaperRecord } from '../../src/ingest/record.js';
import type { ExtractedPaper } from '../../src/extract/index.js';
import { record } from '../fixtures/extract/record.js';

/**
 * Workers load compiled JS (dist/extract/worker.js), so the parallel path is
 * tested through the compiled CLI. Output must not depend on the worker count.
 */
const FIXTURE = resolve('test/fixtures/extract/abstracts.txt');
const SEEDS = resolve('../shared/seeds');
const inputs = existsSync(SEEDS) ? [FIXTURE, SEEDS] : [FIXTURE];

function extract(workers: number): string {
  return execFileSync('node', ['bin/papergraph.js', 'extract', ...inputs, '--workers', String(workers), '--quiet'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

describe('extract --workers', () => {
  it('writes the same NDJSON, in the same order, with 1, 2 and 3 workers', () => {
    const one = extract(1);
    expect(one.trim().split('\n').length).toBeGreaterThan(5);
    expect(extract(2)).toBe(one);
    expect(extract(3)).toBe(one);
  });

  it('writes one ExtractedPaper a line with the record fields', () => {
    const first = JSON.parse(extract(2).split('\n')[0] ?? '{}') as Record<string, unknown>;
    expect(first).toMatchObject({ id: expect.any(String), abstract: expect.any(String), entities: expect.any(Array), results: expect.any(Array), extractor: expect.any(String) });
    expect((first.entities as Array<{ name: string }>).map((e) => e.name)).toContain('GraphFlow');
  });
});

/** The pool itself, loaded from dist/ (workers run compiled code), against in-thread extraction. */
describe('extractStream worker pool', () => {
  type Stream = typeof import('../../src/extract/stream.js');
  type Paper = typeof import('../../src/extract/paper.js');
  const dist = (file: string): string => pathToFileURL(resolve('dist/extract', file)).href;
  const load = async (): Promise<{ stream: Stream; paper: Paper }> => ({
    stream: (await import(dist('stream.js'))) as Stream,
    paper: (await import(dist('paper.js'))) as Paper,
  });
  const lines = readFileSync(FIXTURE, 'utf8').split('\n').filter((t) => t.trim());
  const records = Array.from({ length: 40 }, (_, i) => record(lines[i % lines.length] ?? '', { id: `r${i}`, title: i % 3 ? `Paper ${i}` : undefined, language: i % 7 === 6 ? 'zh' : 'en' }));
  async function* source(): AsyncGenerator<PaperRecord> {
    yield* records;
  }
  const collect = async (it: AsyncIterable<ExtractedPaper>): Promise<ExtractedPaper[]> => {
    const out: ExtractedPaper[] = [];
    for await (const p of it) out.push(p);
    return out;
  };

  it.each([
    [1, 1],
    [2, 3],
    [3, 7],
    [2, 128],
  ])('gives in-thread papers, in order, with %i workers and batches of %i', async (workers, batch) => {
    const { stream, paper } = await load();
    const expected = records.map((r) => paper.extractPaper(r));
    const got = await collect(stream.extractInWorkers(source(), workers, { batch, rampUp: 0 }));
    expect(got).toEqual(expected);
    expect(got.map((p) => JSON.stringify(p))).toEqual(expected.map((p) => JSON.stringify(p))); // same key order too
  });

  it('runs one worker in this thread unless asked to run it in the background', async () => {
    const { stream, paper } = await load();
    const expected = records.map((r) => paper.extractPaper(r));
    expect(await collect(stream.extractStream(source(), { workers: 1 }))).toEqual(expected);
    expect(await collect(stream.extractStream(source(), { workers: 1, background: true, batch: 4 }))).toEqual(expected);
  });

  it('starts further workers only once the input is long enough to repay their warm-up', async () => {
    const { stream, paper } = await load();
    const expected = records.map((r) => paper.extractPaper(r));
    const run = async (rampUp: number | undefined, workers = 3, batch = 4): Promise<number[]> => {
      const started: number[] = [];
      const got = await collect(stream.extractInWorkers(source(), workers, { batch, onWorker: (n) => started.push(n), ...(rampUp === undefined ? {} : { rampUp }) }));
      expect(got).toEqual(expected);
      return started;
    };
    expect(stream.RAMP_UP).toBeGreaterThan(records.length);
    expect(await run(undefined)).toEqual([1]); // 40 records: one worker is cheaper than three warm-ups
    expect(await run(0)).toEqual([1, 2, 3]);
    expect(await run(10)).toEqual([1, 2, 3]); // the second once more than 10 records are read, the third more than 20
    expect(await run(15)).toEqual([1, 2, 3]);
    expect(await run(20)).toEqual([1, 2]); // the third would need more than 40
    expect(await run(40)).toEqual([1]);
    // Batches of 6: 36 records in full batches, then a tail of 4. The tail makes 40 read, but only a full batch starts a worker.
    expect(await run(37, 2, 6)).toEqual([1]);
    expect(await run(35, 2, 6)).toEqual([1, 2]);
  });

  it('stops cleanly when the consumer stops early', async () => {
    const { stream } = await load();
    let n = 0;
    for await (const p of stream.extractStream(source(), { workers: 2, batch: 2 })) {
      expect(p.id).toBe(`r${n}`);
      if (++n === 5) break;
    }
    expect(n).toBe(5);
  });

  it('fails the stream, in order, when a batch fails in a worker', async () => {
    const { stream } = await load();
    const broken = { ...records[5], abstract: null } as unknown as PaperRecord;
    async function* bad(): AsyncGenerator<PaperRecord> {
      yield* records.slice(0, 5);
      yield broken;
      yield* records.slice(6);
    }
    const seen: string[] = [];
    const run = async (): Promise<void> => {
      for await (const p of stream.extractInWorkers(bad(), 2, { batch: 5, rampUp: 0 })) seen.push(p.id);
    };
    await expect(run()).rejects.toThrow(/extract worker/);
    expect(seen).toEqual(['r0', 'r1', 'r2', 'r3', 'r4']);
  });

  it('defaults to one worker per core, less the reserved ones, at least one', async () => {
    const { stream } = await load();
    expect(stream.defaultWorkers()).toBe(availableParallelism());
    expect(stream.defaultWorkers(1)).toBe(Math.max(1, availableParallelism() - 1));
    expect(stream.defaultWorkers(1000)).toBe(1);
  });
});
