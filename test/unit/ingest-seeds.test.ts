import { existsSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PaperRecord, Reject } from '../../src/ingest/index.js';
import { collect } from '../fixtures/ingest/collect.js';

// The seed dumps are shared beside the repository, not copied into it.
const seeds = path.resolve(import.meta.dirname, '../../../shared/seeds');
const present = existsSync(seeds);
if (!present) console.warn(`ingest-seeds: ${seeds} is absent, so the seed-corpus tests are skipped`);

describe.skipIf(!present)('readRecords on the seed dumps', () => {
  let records: PaperRecord[] = [];
  let rejects: Reject[] = [];
  const starting = (opening: string): PaperRecord => {
    const found = records.filter((record) => record.abstract.startsWith(opening));
    expect(found, opening).toHaveLength(1);
    return found[0]!;
  };
  const inSeed = (prefix: string): PaperRecord[] => records.filter((record) => path.basename(record.source.file).startsWith(prefix));

  beforeAll(async () => {
    ({ records, rejects } = await collect([path.join(seeds, '*.txt')]));
  });

  it('reads the 45 abstracts as 44 papers, merging the security-competition abstract', () => {
    expect(rejects).toEqual([]);
    expect(records).toHaveLength(45);
    expect(new Set(records.map((record) => record.id)).size).toBe(44);
    const duplicates = records.filter((record) => record.duplicate);
    expect(duplicates).toHaveLength(1);
    const [repeat] = duplicates;
    expect(repeat!.abstract).toMatch(/^The security of artificial intelligence/);
    expect(repeat!.sources.map((source) => path.basename(source.file).slice(0, 3))).toEqual(['000', '001']);
    expect(records.filter((record) => record.id === repeat!.id)).toHaveLength(2);
  });

  it('attaches each arXiv id and Created date of seed 003 to the abstract before it', () => {
    expect(inSeed('003').map((record) => record.arxivId)).toHaveLength(8);
    const pairs: Array<[string, string, string]> = [
      ['Translation distance based', '2204.10245', '2022-04-21'],
      ['By injecting a small number', '2202.11203', '2022-02-18'],
      ['It is well-known that the Hessian', '2201.13011', '2022-01-31'],
      ['Recently, MLP-based vision backbones', '2108.01072', '2021-08-02'],
      ['In the past decade, we have witnessed', '2106.14882', '2021-06-28'],
      ['Neural networks of ads systems', '2003.05622', '2020-03-12'],
      ['In this paper, we consider the problem of open information', '1904.12535', '2019-04-29'],
    ];
    for (const [opening, arxivId, published] of pairs) {
      expect(starting(opening)).toMatchObject({ id: arxivId, arxivId, published });
    }
    expect(new Set(inSeed('003').map((record) => record.arxivId)).size).toBe(8);
  });

  it('keeps comment lines as comments, not as text', () => {
    expect(starting('By injecting a small number').comment).toBe('Backdoor Attack');
    expect(starting('It is well-known that the Hessian').comment).toBe('23 Pages, 19 Figures');
    expect(inSeed('003').filter((record) => record.comment)).toHaveLength(2);
  });

  it('gives the 10 records of seed 004 its affiliation header', () => {
    const seed004 = inSeed('004');
    expect(seed004).toHaveLength(10);
    for (const record of seed004)
      expect(record.affiliations).toEqual(['Department of Mathematics, Hong Kong University of Science and Technology']);
    expect(records.filter((record) => record.affiliations.length > 0)).toHaveLength(10);
  });

  it('marks the Chinese abstract zh and the rest en', () => {
    const chinese = records.filter((record) => record.language === 'zh');
    expect(chinese).toHaveLength(1);
    expect(chinese[0]!.source).toMatchObject({ line: 1 });
    expect(path.basename(chinese[0]!.source.file)).toMatch(/^001/);
    expect(records.filter((record) => record.language === 'en')).toHaveLength(44);
  });

  it('never stores a header, marker or metadata line as an abstract', () => {
    for (const record of records) {
      expect(record.abstract).not.toMatch(/translated by|谷歌翻译/i);
      expect(record.abstract).not.toMatch(/^(?:Abstract:|arXiv:|Created:|Department of)/);
      expect(record.abstract.length).toBeGreaterThan(200);
    }
    expect(inSeed('001').every((record) => record.machineTranslated)).toBe(true);
  });

  it('cleans LaTeX without destroying math, and finds links without trailing punctuation', () => {
    const sceneGraph = starting('Scene graph generation');
    expect(sceneGraph.abstract).not.toMatch(/\\textit|\\url/);
    expect(sceneGraph.urls).toEqual(['https://github.com/waxnkw/IETrans-SGG.pytorch']);
    expect(starting('Recently, MLP-based vision backbones').abstract).toContain('S$^2$-MLPv2');
    expect(records.find((record) => record.abstract.startsWith('The security of artificial intelligence'))!.urls).toEqual([
      'https://www.zgc-aisc.com/en',
    ]);
    expect(records.find((record) => record.language === 'zh')!.urls).toEqual(['https://github.com/persiamml/persia']);
    expect(starting('By injecting a small number').urls).toEqual(['https://github.com/v-mipeng/LabelSmoothedAttack.git']);
  });

  it('records the first line of each record as its source', () => {
    expect(starting('Scene graph generation').source.line).toBe(6);
    expect(starting('Translation distance based').source.line).toBe(1);
    expect(starting('Neural networks of ads systems').source.line).toBe(35);
  });
});
