import { describe, expect, it } from 'vitest';
import { extractPaper } from '../../src/extract/index.js';
import type { EntityType, Role } from '../../src/extract/index.js';
import type { PaperRecord } from '../../src/ingest/record.js';

/** The error patterns of issue 11, one table each, with their false friends. Sentences are written for the tests. */
const record = (abstract: string, extra: Partial<PaperRecord> = {}): PaperRecord => {
  const source = { file: 'fixture', line: 1 };
  return { id: 'x', abstract, language: 'en', authors: [], categories: [], affiliations: [], urls: [], source, sources: [source], ...extra };
};
const find = (text: string, name: string, type?: EntityType) =>
  extractPaper(record(text)).entities.find((e) => e.name === name && (!type || e.type === type));

type Row = [text: string, name: string, role: Role | null];

const check = ([text, name, role]: Row): void => {
  const e = find(text, name);
  if (role === null) expect(e, `${name} should not be linked`).toBeUndefined();
  else expect(e?.role, `${name} in ${JSON.stringify(extractPaper(record(text)).entities.map((x) => `${x.name}:${x.role}`))}`).toBe(role);
};

describe('1. a long form ending in a task-like word does not suppress the proposal', () => {
  it.each<Row>([
    ['In this paper, we propose a general training framework named multi-stage distillation learning (MSDL), which mines knowledge.', 'MSDL', 'PROPOSES'],
    ['We propose a debiasing method, named counterfactual contrastive learning (CCL), to alleviate both problems.', 'CCL', 'PROPOSES'],
    ['We introduce graph attention sequence labeling (GA-SL), which augments a tagger with retrieved examples.', 'GA-SL', 'PROPOSES'],
    ['To address this, we propose a novel Bayesian Secrecy (BS) framework for restoration attacks.', 'BS', 'PROPOSES'],
    // False friends: a task defined without a proposal stays a task.
    ['We study visual question answering (VQA) with features from a ResNet.', 'VQA', null],
    ['Named entity recognition (NER) is a core task of information extraction.', 'NER', null],
  ])('%s → %s', (...row) => check(row));
});

describe('2. ownership is bound to the subject of the proposal', () => {
  it.each<Row>([
    ['Zhang et al. proposed a dataset called PUZZLE which tests abstract reasoning.', 'PUZZLE', 'EVALUATES_ON'],
    ['Previously proposed Fair Robust Tuning (FRT) reweights classes to improve fairness.', 'FRT', 'MENTIONS'],
    ['Models are used on the web with a tool called WebLens.', 'WebLens', 'MENTIONS'],
    ['We release a tool called WebLens for browsing the web.', 'WebLens', 'PROPOSES'],
  ])('%s → %s', (...row) => check(row));
});

describe('3. a proposal is found widely and not undone later', () => {
  it.each<Row>([
    ['In this paper, we propose a new backdoor attack KTROJAN through the frequency domain. We evaluate KTROJAN on several datasets.', 'KTROJAN', 'PROPOSES'],
    ['This paper proposes a Corpus Expansion - Retrieval Method (CERM) with a pre-trained model. We compare CERM with mT5.', 'CERM', 'PROPOSES'],
    ['In this paper, we purposed Vision Transformer Relational Network which builds on earlier work.', 'Vision Transformer Relational Network', 'PROPOSES'],
    ['In this paper, we purposed Vision Transformer Relational Network which builds on earlier work.', 'ViT', 'USES'],
  ])('%s → %s', (...row) => check(row));

  it('takes the evidence from the sentence that proposes', () => {
    const e = find('In this paper, we propose a new attack KTROJAN through the frequency domain. We evaluate KTROJAN on several datasets.', 'KTROJAN');
    expect(e?.evidence).toMatch(/^In this paper, we propose/);
  });
});

describe('4. name spans', () => {
  it('keeps every item of a proposed list', () => {
    const text = 'Concretely, we propose Vision-Shift Loss, Prompt-Stable Augmentation, and Token-Decoupling Loss.';
    for (const name of ['Vision-Shift Loss', 'Prompt-Stable Augmentation', 'Token-Decoupling Loss']) expect(find(text, name)?.role, name).toBe('PROPOSES');
  });

  it('keeps a name that runs on past its acronym as one entity', () => {
    const paper = extractPaper(record('We propose an improved structure termed as Circulant Group-Specific (CGS) token-mixing MLP, which is spatial-invariant.'));
    const methods = paper.entities.filter((e) => e.type === 'Method');
    expect(methods.map((e) => e.name)).toEqual(['CGS token-mixing MLP']);
    expect(methods[0]?.aliases).toContain('Circulant Group-Specific token-mixing MLP');
  });

  it('reads a long form with a conjunction whole', () => {
    const e = find('To address the problems, this paper proposes Separation and Induction (SnI), a training framework for defenses.', 'SnI');
    expect(e?.aliases).not.toContain('Induction');
  });
});

describe('6. roles besides PROPOSES and USES', () => {
  it.each<Row>([
    ['GraphFlow outperforms GraphSAGE and GIN on every benchmark.', 'GraphSAGE', 'COMPARES'],
    ['Large language models such as ChatGPT and GPT-4 have changed how people write.', 'GPT-4', 'MENTIONS'],
    ['We review ChatGPT and GPT-4 and their uses in education.', 'ChatGPT', 'MENTIONS'],
    ['We fine-tune BERT on the new corpus.', 'BERT', 'USES'],
  ])('%s → %s', (...row) => check(row));
});

describe('7. identity by spelling', () => {
  it('keeps Yelp-2013 and Yelp-2014 apart', () => {
    const names = extractPaper(record('Experiments on IMDb, Yelp-2013 and Yelp-2014 benchmarks show that our approach outperforms previous work.')).entities.map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(['Yelp-2013', 'Yelp-2014']));
  });

  it('reads SSD among storage words as the disk, not the detector', () => {
    expect(find('We propose a hierarchical workflow that uses GPU memory, CPU main memory and SSD as 3-layer storage.', 'SSD')).toBeUndefined();
    expect(find('We compare our detector with SSD and YOLOv3 on COCO.', 'SSD')?.role).toBe('COMPARES');
  });

  it('never makes a unit part of an alias', () => {
    const e = extractPaper(record('We train a 4.08 MB ResNet model on CIFAR-10 with 10 clients.')).entities.find((x) => x.name === 'ResNet');
    expect(e?.aliases.some((a) => /MB/.test(a))).toBe(false);
  });
});

describe('9. provenance of header affiliations', () => {
  it('marks them as header links, with evidence that says so and a lower confidence than text', () => {
    const paper = extractPaper(record('We propose FastDet.', { affiliations: ['Department of Computer Science, Stanford University, Stanford, CA'] }));
    const inst = paper.entities.find((e) => e.type === 'Institution');
    expect(inst).toMatchObject({ name: 'Stanford University', role: 'AFFILIATED_WITH', source: 'header' });
    expect(inst?.evidence).toMatch(/^Affiliation line of the dump: Department of Computer Science/);
    expect(inst?.confidence).toBeLessThan(0.85);
    expect(paper.entities.find((e) => e.name === 'FastDet')?.source).toBe('text');
  });
});

describe('non-English records: the cues translated', () => {
  it.each<[string, string, Role]>([
    ['在本文中，我们构建一个名为Persia的系统，用于训练巨大的推荐模型。', 'Persia', 'PROPOSES'],
    ['我们提出了一种新型FlowSeg方法。实验表明其效果良好。', 'FlowSeg', 'PROPOSES'],
    ['该领域常用称为BERT的模型。', 'BERT', 'USES'],
  ])('%s → %s', (text, name, role) => {
    const e = extractPaper(record(text, { language: 'zh' })).entities.find((x) => x.name === name);
    expect(e?.role).toBe(role);
  });
});
