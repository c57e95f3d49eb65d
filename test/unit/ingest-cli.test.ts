import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtures, tempFiles } from '../fixtures/ingest/collect.js';

// The compiled CLI in dist/ (built by the unit project's global setup).
const parse = (...args: string[]) => spawnSync('node', ['bin/papergraph.js', 'parse', ...args], { encoding: 'utf8', timeout: 20_000 });
const GOOD = 'A good abstract about counting sheep in aerial images, long enough to be read as one on its own line.';

describe('papergraph parse', () => {
  it('writes one JSON record a line and a summary on stderr', () => {
    const result = parse(path.join(fixtures, 'conventions.txt'), path.join(fixtures, 'snapshot.jsonl'));
    expect(result.status).toBe(0);
    const records = result.stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(records).toHaveLength(9);
    expect(records.map((record) => record.id)).toContain('2301.01234');
    expect(result.stderr).toBe('parse: 9 abstracts read, 8 papers (1 duplicate merged), 0 rejected\n');
  });

  it('reports each reject as file:line: reason, keeps the good records, and exits 0 unless --strict', () => {
    const dir = tempFiles({
      'a.txt': Buffer.concat([Buffer.from(`${GOOD}\n`), Buffer.from([0xc3, 0x28, 0x0a]), Buffer.from(GOOD.replace('good', 'fine'))]),
    });
    const missing = path.join(dir, 'missing.txt');
    const lenient = parse(dir, missing);
    expect(lenient.status).toBe(0);
    expect(lenient.stdout.trimEnd().split('\n')).toHaveLength(2);
    expect(lenient.stderr.split('\n')).toEqual([
      `${path.join(dir, 'a.txt')}:2: invalid UTF-8`,
      `${missing}:0: no such file or directory`,
      'parse: 2 abstracts read, 2 papers (0 duplicates merged), 2 rejected',
      '',
    ]);
    const strict = parse('--strict', dir, missing);
    expect(strict.status).toBe(2);
    expect(strict.stdout).toBe(lenient.stdout);
    expect(parse('--strict', '--quiet', dir).stderr).toBe('parse: 2 abstracts read, 2 papers (0 duplicates merged), 1 rejected\n');
  });

  it('takes a line cap and refuses a bad one', () => {
    const capped = parse('--max-line-bytes', '64', path.join(fixtures, 'plain.json'));
    expect(capped.stdout).toBe('');
    expect(capped.stderr).toMatch(/plain\.json:2: line longer than 64 bytes/);
    const bad = parse('--max-line-bytes', 'lots', path.join(fixtures, 'plain.json'));
    expect(bad.status).not.toBe(0);
    expect(bad.stderr).toMatch(/positive whole number/);
  });

  it('reads the seed dumps as 45 abstracts and 44 papers when they are present', () => {
    const seeds = path.resolve(import.meta.dirname, '../../../shared/seeds');
    const result = parse(path.join(seeds, '*.txt'));
    if (result.stderr.includes('no files match')) return console.warn('ingest-cli: seeds absent, skipped');
    expect(result.stderr).toBe('parse: 45 abstracts read, 44 papers (1 duplicate merged), 0 rejected\n');
  });
});
