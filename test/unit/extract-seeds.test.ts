import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readRecords } from '../../src/ingest/index.js';
import { extractPaper } from '../../src/extract/index.js';
import type { EntityType, ExtractedPaper, Role } from '../../src/extract/index.js';

/** The examples named in the extraction issue, checked on the shared seed dumps (read, never copied). */
const SEEDS = resolve('../shared/seeds');

const EXPECTED: Array<[EntityType, string, Role]> = [
  ['Method', 'ZOOMER', 'PROPOSES'],
  ['Method', 'FedSkip', 'PROPOSES'],
  ['Method', 'LoRA-SP', 'PROPOSES'],
  ['Method', 'S2-MLPv2', 'PROPOSES'],
  ['Method', 'IPT', 'PROPOSES'],
  ['Method', 'RTMDet', 'PROPOSES'],
  ['Method', 'BERT-base', 'USES'],
  ['Dataset', 'WuDaoMM', 'PROPOSES'],
  ['Dataset', 'BR-5K', 'PROPOSES'],
  ['Dataset', 'SAOKE', 'PROPOSES'],
  ['Dataset', 'COCO', 'EVALUATES_ON'],
  ['Institution', 'Tsinghua University', 'MENTIONS'],
  ['Institution', 'Zhongguancun Laboratory', 'MENTIONS'],
  ['Institution', 'RealAI', 'MENTIONS'],
  ['Institution', 'Taobao', 'MENTIONS'],
  ['Method', 'FTROJAN', 'PROPOSES'],
  ['Method', 'MSD', 'PROPOSES'],
  ['Method', 'DCT', 'PROPOSES'],
  ['Method', 'GNN-SL', 'PROPOSES'],
  ['Method', 'LSBA', 'PROPOSES'],
  ['Method', 'BP', 'PROPOSES'],
  ['Method', 'CGRM', 'PROPOSES'],
  ['Method', 'InI', 'PROPOSES'],
  ['Method', 'Vision-Adversarial Loss', 'PROPOSES'],
  ['Method', 'Prompt-Robust Augmentation', 'PROPOSES'],
  ['Method', 'Attention-Decoupling Loss', 'PROPOSES'],
  ['Method', 'Vision Transformer Contrastive Network', 'PROPOSES'],
  ['Institution', 'Hong Kong University of Science and Technology', 'AFFILIATED_WITH'],
];

const NEVER = [
  'NVIDIA 3090 GPU', 'NVIDIA 3090', 'NVIDIA', 'AI', '3D', 'GPU', 'deep learning', 'neural networks', 'deep neural networks',
  'Artificial Intelligence Security Competition', 'AISC', 'Zhongguancun International Frontier Technology Innovation Competition',
  'Deepfake Security Competition', 'Face Recognition Security Competition', 'Institute for Artificial Intelligence',
  'Induction', 'MB CNN', 'Circulant Channel',
];

describe.runIf(existsSync(SEEDS))('extraction on the seed dumps', () => {
  const papers: ExtractedPaper[] = [];
  beforeAll(async () => {
    for await (const record of readRecords([SEEDS])) papers.push(extractPaper(record));
  });

  it.each(EXPECTED)('finds %s %s (%s)', (type, name, role) => {
    const hits = papers.flatMap((p) => p.entities).filter((e) => e.type === type && e.name === name);
    expect(hits.length, `${type} ${name}`).toBeGreaterThan(0);
    expect(hits.map((e) => e.role)).toContain(role);
  });

  it('links both names of an acronym definition to one entity', () => {
    const ipt = papers.flatMap((p) => p.entities).find((e) => e.name === 'IPT');
    expect(ipt?.aliases).toContain('Instance-wise Prompt Tuning');
  });

  it('states the RTMDet result on COCO', () => {
    const results = papers.flatMap((p) => p.results);
    expect(results).toContainEqual(expect.objectContaining({ method: 'RTMDet', dataset: 'COCO', metric: 'AP', value: '52.8%' }));
  });

  it('never reads a third party\'s data set as the paper\'s own (Zhang et al. proposed … RAVEN)', () => {
    const raven = papers.flatMap((p) => p.entities).filter((e) => e.name === 'RAVEN');
    expect(raven.length).toBeGreaterThan(0);
    expect(raven.map((e) => e.role)).not.toContain('PROPOSES');
  });

  it('never proposes ViT where a paper proposes its own longer name', () => {
    expect(papers.flatMap((p) => p.entities).filter((e) => e.name === 'ViT' && e.role === 'PROPOSES')).toEqual([]);
  });

  it('keeps Yelp-2013 and Yelp-2014 apart and SSD-the-disk out', () => {
    const names = papers.flatMap((p) => p.entities).map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(['Yelp-2013', 'Yelp-2014']));
    expect(papers.flatMap((p) => p.entities).filter((e) => e.name === 'SSD')).toEqual([]);
  });

  it('marks header affiliations as such', () => {
    const header = papers.flatMap((p) => p.entities).filter((e) => e.role === 'AFFILIATED_WITH');
    expect(header.length).toBeGreaterThan(0);
    for (const e of header) {
      expect(e.source).toBe('header');
      expect(e.evidence).toMatch(/^Affiliation line of the dump: /);
      expect(e.confidence).toBeLessThan(0.9);
    }
  });

  it.each(NEVER)('never links %s', (name) => {
    const hits = papers.flatMap((p) => p.entities).filter((e) => e.name.toLowerCase() === name.toLowerCase());
    expect(hits, name).toEqual([]);
  });

  it('reads non-English records with the lexicon and the translated cues only (名为Persia)', () => {
    const foreign = papers.filter((p) => p.language !== 'en');
    expect(foreign.length).toBeGreaterThan(0);
    for (const p of foreign) {
      expect(p.results).toEqual([]);
      for (const e of p.entities) expect(e.rules?.every((r) => ['lexicon', 'affiliation', 'named', 'proposed'].includes(r))).toBe(true);
    }
    expect(foreign.flatMap((p) => p.entities).find((e) => e.name === 'Persia')?.role).toBe('PROPOSES');
  });
});

if (!existsSync(SEEDS)) console.warn(`extract-seeds.test: ${SEEDS} is absent — seed checks skipped`);
