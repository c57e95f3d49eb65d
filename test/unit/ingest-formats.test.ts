import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRecords } from '../../src/ingest/index.js';
import { collect, fixtures } from '../fixtures/ingest/collect.js';

const fixture = (name: string): string => path.join(fixtures, name);

describe('text dump conventions (conventions.txt)', async () => {
  const { records, rejects } = await collect([fixture('conventions.txt')]);
  const byOpening = (opening: string) => records.find((record) => record.abstract.startsWith(opening))!;

  it('reads every abstract and rejects nothing', () => {
    expect(rejects).toEqual([]);
    expect(records.map((record) => record.source.line)).toEqual([3, 7, 16, 19, 23, 24]);
  });

  it.each([
    [
      'We study sparse routing',
      { machineTranslated: true, affiliations: ['School of Computing, Northfield University, Avalon'], language: 'en' },
    ],
    [
      'We introduce KiteNet, a lightweight detector',
      { id: '2301.01234', arxivId: '2301.01234', published: '2023-01-05', comment: 'Accepted at an imaginary workshop, 9 pages' },
    ],
    ['Graph contrastive learning', { id: 'hep-th/9901001', arxivId: 'hep-th/9901001' }],
    ['Speech recognisers', { title: 'Lakeside Models of Speech', published: '2019-07-30' }],
    [
      'Dieses Papier',
      {
        language: 'und-Latn',
        affiliations: ['Department of Physics, Eastmoor Institute of Technology', 'Research Laboratory, Quillon Inc.'],
      },
    ],
    ['Это исследование', { language: 'und-Cyrl' }],
  ])('%s…', (opening, expected) => {
    expect(byOpening(opening)).toMatchObject(expected);
  });

  it('unwraps LaTeX text commands, keeps math, trims links', () => {
    const kite = byOpening('We introduce KiteNet');
    expect(kite.abstract).toContain('code is at https://github.com/example/kitenet. It reaches $52.8\\%$ AP on COCO with S$^2$-style');
    expect(kite.urls).toEqual(['https://github.com/example/kitenet', 'https://example.org/kite']);
  });

  it('gives text without an id a stable hash id', () => {
    expect(byOpening('We study sparse routing').id).toMatch(/^sha256:[0-9a-f]{16}$/);
  });
});

describe('JSON lines', () => {
  it('reads arXiv snapshot fields and merges a later version by arXiv id', async () => {
    const { records, rejects } = await collect([fixture('snapshot.jsonl')]);
    expect(rejects).toEqual([]);
    expect(records[0]).toMatchObject({
      id: '2105.00001',
      title: 'Sparse Things in Dense Places',
      abstract: expect.stringMatching(/^We look at sparse things in dense places and find that they are everywhere/),
      published: '2021-05-03',
      comment: '12 pages',
      authors: ['Ada Writer', 'Bo Reader', 'Cy Editor Jr'],
      categories: ['cs.LG', 'stat.ML'],
      source: { line: 1 },
    });
    expect(records[1]).toMatchObject({ id: 'math/0309136', authors: ['Dee Solver', 'Eve Prover'], published: '2008-11-13' });
    expect(records[2]).toMatchObject({ id: '2105.00001', duplicate: true, sources: [{ line: 1 }, { line: 3 }] });
  });

  it('leaves repeats alone when dedupe is off', async () => {
    const records = [];
    for await (const record of readRecords([fixture('snapshot.jsonl')], { dedupe: false })) records.push(record);
    expect(records.map((record) => [record.id, record.duplicate, record.sources.length])).toEqual([
      ['2105.00001', undefined, 1],
      ['math/0309136', undefined, 1],
      ['2105.00001', undefined, 1],
    ]);
  });

  it('keeps a given non-arXiv id and reads a .json array written one object a line', async () => {
    const { records, rejects } = await collect([fixture('plain.json')]);
    expect(rejects).toEqual([]);
    expect(records.map((record) => [record.id, record.title, record.source.line])).toEqual([
      ['00aa11bb22cc33dd44ee55ff66778899aabbccdd', 'A Plain Record', 2],
      ['ffeeddccbbaa99887766554433221100ffeeddcc', 'Another Plain Record', 3],
    ]);
    expect(records[0]!.arxivId).toBeUndefined();
  });

  it('rejects bad lines with clear reasons and keeps the good ones around them', async () => {
    const { records, rejects } = await collect([fixture('bad.jsonl')]);
    expect(records.map((record) => record.id)).toEqual(['good-1', 'good-2']);
    expect(rejects.map((reject) => [reject.line, reject.reason.replace(/:.*/, '')])).toEqual([
      [2, 'invalid JSON'],
      [3, 'not a JSON object (array)'],
      [4, 'JSON object without "abstract"'],
      [5, '"abstract" is a number, not a string'],
      [6, 'empty "abstract"'],
    ]);
    expect(rejects.every((reject) => reject.file === fixture('bad.jsonl'))).toBe(true);
  });
});

describe('stray metadata in a text dump (orphans.txt)', () => {
  it('reports lines that belong to no abstract and keeps the abstract', async () => {
    const { records, rejects } = await collect([fixture('orphans.txt')]);
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ published: '2021-01-05', source: { line: 3 } });
    expect(records[0]!.arxivId).toBeUndefined();
    expect(rejects.map((reject) => [reject.line, reject.reason])).toEqual([
      [1, 'arXiv line with no abstract before it'],
      [2, 'line too short for an abstract (28 characters) and not after one'],
      [4, 'malformed Created date "2021-02-30" (want YYYY-MM-DD)'],
      [6, 'malformed arXiv id "not-an-id"'],
    ]);
  });
});
