import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateCorpus, writeCorpus, type CorpusOptions } from '../../src/generate/index.js';
import { AREAS } from '../../src/generate/vocabulary/areas.js';
import { LABS, UNIVERSITIES } from '../../src/generate/vocabulary/institutions.js';
import { INVENTED_DATASETS, INVENTED_METHODS } from '../../src/generate/vocabulary/invented.js';
import { collect, tempFiles } from '../fixtures/ingest/collect.js';

const textOf = (options: CorpusOptions): string => [...generateCorpus(options)].map((item) => item.text).join('');

describe('generateCorpus', () => {
  it('is deterministic: the same seed gives the same bytes, another seed others', () => {
    for (const format of ['txt', 'jsonl', 'mixed'] as const) {
      const options = { count: 200, seed: 42, format, duplicateRate: 0.1, chineseRate: 0.1 };
      expect(textOf(options)).toBe(textOf(options));
      expect(textOf({ ...options, seed: 43 })).not.toBe(textOf(options));
    }
  });

  it('is lazy: a huge count costs nothing until records are taken', () => {
    const first = [];
    for (const item of generateCorpus({ count: 1e12, seed: 1 })) {
      first.push(item);
      if (first.length === 3) break;
    }
    expect(first.map((item) => item.paper.ordinal)).toEqual([0, 1, 2]);
  });

  it('draws from vocabularies of the promised size', () => {
    const methods = new Set([...AREAS.flatMap((area) => area.methods), ...INVENTED_METHODS]);
    const datasets = new Set([...AREAS.flatMap((area) => area.datasets), ...INVENTED_DATASETS]);
    expect(methods.size).toBeGreaterThanOrEqual(150);
    expect(datasets.size).toBeGreaterThanOrEqual(80);
    expect(new Set([...UNIVERSITIES, ...LABS]).size).toBeGreaterThanOrEqual(60);
  });

  it('has truth that is in the text, Zipf-like popularity and dates over 2015–2025', () => {
    const counts = new Map<string, number>();
    const years = new Set<string>();
    for (const { paper } of generateCorpus({ count: 2000, seed: 5 })) {
      for (const name of [...paper.truth.methods, ...paper.truth.datasets]) {
        expect(paper.abstract).toContain(name);
        counts.set(name, (counts.get(name) ?? 0) + 1);
      }
      expect(paper.truth.methods[0]).toBe(paper.truth.proposed);
      expect(paper.affiliation).toContain(paper.institution);
      years.add(paper.published.slice(0, 4));
    }
    const frequencies = [...counts.values()].sort((a, b) => b - a);
    expect(frequencies[0]!).toBeGreaterThan(10 * frequencies[Math.floor(frequencies.length / 2)]!);
    expect([...years].sort()).toEqual(Array.from({ length: 11 }, (_, i) => String(2015 + i)));
  });
});

describe('writeCorpus read back by readRecords', () => {
  it.each([
    ['txt', 0, 0],
    ['jsonl', 0, 0],
    ['txt', 0.1, 0.1],
    ['mixed', 0.1, 0.05],
  ] as const)('%s with %d duplicates and %d Chinese: exactly N records with the truth ids', async (format, duplicateRate, chineseRate) => {
    const dir = tempFiles({});
    const out = format === 'mixed' ? path.join(dir, 'corpus') : path.join(dir, `corpus.${format}`);
    const truthFile = path.join(dir, 'truth.ndjson');
    const summary = await writeCorpus({ count: 500, seed: 9, format, duplicateRate, chineseRate, out, truth: truthFile });
    const truth = readFileSync(truthFile, 'utf8')
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(truth).toHaveLength(500);
    const { records, rejects } = await collect([out]);
    expect(rejects).toEqual([]);
    expect(records).toHaveLength(500);
    expect(new Set(records.map((record) => record.id))).toEqual(new Set(truth.map((paper) => paper.id)));
    expect(records.filter((record) => !record.duplicate)).toHaveLength(summary.papers);
    if (duplicateRate > 0) expect(summary.papers).toBeLessThan(500);
    if (chineseRate > 0) expect(records.some((record) => record.language === 'zh' && record.machineTranslated)).toBe(true);
    if (format !== 'jsonl') {
      const withHeader = records.filter((record) => record.source.file.endsWith('.txt'));
      expect(withHeader.every((record) => record.affiliations.length === 1)).toBe(true);
    }
  });
});

describe('papergraph generate', () => {
  const run = (...args: string[]) => spawnSync('node', ['bin/papergraph.js', 'generate', ...args], { encoding: 'utf8', timeout: 20_000 });

  it('writes the same bytes for the same seed to stdout', () => {
    const first = run('--count', '50', '--seed', 'abc', '--format', 'jsonl');
    expect(first.status).toBe(0);
    expect(first.stdout.trimEnd().split('\n')).toHaveLength(50);
    expect(run('--count', '50', '--seed', 'abc', '--format', 'jsonl').stdout).toBe(first.stdout);
    expect(first.stderr).toMatch(/^generate: 50 records \(50 papers\)/);
  });

  it('refuses mixed output without a directory, and bad numbers', () => {
    expect(run('--count', '5', '--format', 'mixed').stderr).toMatch(/give --out DIR/);
    expect(run('--count', 'many').status).not.toBe(0);
    expect(run('--count', '5', '--duplicates', '2').stderr).toMatch(/share between 0 and 1/);
  });
});
