import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

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
