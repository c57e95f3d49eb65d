import { describe, expect, it } from 'vitest';
import { inferHigherIsBetter } from '../../src/graph/direction.js';
import { pairDeltas } from '../../src/graph/cooccurrence.js';
import { planBatch } from '../../src/load/plan.js';
import { LEADERBOARD_PAPERS, paper, result } from '../fixtures/leaderboards/papers.js';

describe('planBatch: tasks, metrics and results', () => {
  const plan = planBatch(LEADERBOARD_PAPERS);
  const entity = (uid: string) => plan.entities.find((e) => e.uid === uid);
  const results = (paperId: string) => plan.results.filter((r) => r.paperId === paperId);

  it('plans Task and Metric nodes with their labels, and a direction on metrics only', () => {
    expect(entity('Task:imageclassification')).toMatchObject({ label: 'Task', name: 'image classification', higherIsBetter: null });
    expect(entity('Metric:top1accuracy')).toMatchObject({ label: 'Metric', name: 'top-1 accuracy', higherIsBetter: true });
    expect(entity('Metric:perplexity')).toMatchObject({ label: 'Metric', higherIsBetter: false });
    expect(entity('Method:resnet50')?.higherIsBetter).toBeNull();
  });

  it('links tasks and metrics by their roles', () => {
    const links = plan.links.filter((l) => l.paperId === 'lb:resnet').map((l) => `${l.type} ${l.uid}`);
    expect(links).toEqual(
      expect.arrayContaining(['ADDRESSES Task:imageclassification', 'MEASURED_BY Metric:top1accuracy', 'PROPOSES Method:resnet50']),
    );
  });

  it('points each result at the entities it names, through aliases', () => {
    const [vit, baseline, delta] = results('lb:vit');
    expect(vit).toMatchObject({
      methodUid: 'Method:vitb16',
      datasetUid: 'Dataset:imagenet',
      taskUid: 'Task:imageclassification',
      metricUid: 'Metric:top1accuracy',
      metric: 'top-1 acc.',
      score: 81.8,
      unit: '%',
      kind: 'ABSOLUTE',
      confidence: 0.8,
    });
    expect(baseline).toMatchObject({ methodUid: 'Method:resnet50', score: 77 });
    expect(delta).toMatchObject({ kind: 'DELTA', value: '+4.8', unit: null });
  });

  it('creates and links the metric of a result the extractor did not link', () => {
    expect(entity('Metric:top1accuracy')?.aliases).toContain('top-1 acc.');
    const deit = plan.links.filter((l) => l.paperId === 'lb:deit' && l.uid.startsWith('Metric:'));
    expect(deit).toEqual([expect.objectContaining({ uid: 'Metric:top1accuracy', type: 'MEASURED_BY', evidence: results('lb:deit')[0]!.evidence })]);
    expect(plan.entitySets.get('lb:deit')).toContain('Metric:top1accuracy');
    // Only one node for a metric the batch meets under two spellings.
    expect(plan.entities.filter((e) => e.uid === 'Metric:top1accuracy')).toHaveLength(1);
    expect(plan.aliases).toContainEqual({ id: 'Metric:top1accuracy', uid: 'Metric:top1accuracy' });
  });

  it('leaves out entities a result names but the paper does not link, except the metric', () => {
    const [r] = planBatch([
      paper('x', '2020-01-01', [['Dataset', 'SetX', 'EVALUATES_ON']], [result('Ghost', 'SetX', 'BLEU', '30.1', { task: 'translation' })]),
    ]).results;
    expect(r).toMatchObject({ methodUid: null, taskUid: null, datasetUid: 'Dataset:setx', metricUid: 'Metric:bleu' });
  });

  it('defaults kind and confidence for older extractor output', () => {
    const [r] = planBatch([paper('y', '2020', [], [{ metric: 'F1', value: '88.5', score: 88.5, evidence: 'F1 of 88.5.' }])]).results;
    expect(r).toMatchObject({ kind: 'ABSOLUTE', confidence: 0.5, unit: null, metricUid: 'Metric:f1' });
  });

  it('counts co-occurrence pairs of the new types', () => {
    const pairs = pairDeltas([{ before: [], after: plan.entitySets.get('lb:resnet')! }]).map((d) => `${d.from}>${d.to}`);
    expect(pairs).toEqual(
      expect.arrayContaining([
        'Method:resnet50>Task:imageclassification',
        'Dataset:imagenet>Task:imageclassification',
        'Dataset:imagenet>Metric:top1accuracy',
        'Task:imageclassification>Metric:top1accuracy',
      ]),
    );
    expect(pairs).not.toContain('Method:resnet50>Metric:top1accuracy');
  });
});

describe('inferHigherIsBetter: one rule for every metric without a stated direction', () => {
  it.each([
    ['top-1 accuracy', true],
    ['BLEU', true],
    ['F1', true],
    ['mAP', true],
    ['Hits@10', true],
    ['frames per second', true],
    ['success rate', true],
    ['top-5 error', false],
    ['error rate', false],
    ['WER', false],
    ['word error rate', false],
    ['perplexity', false],
    ['FID', false],
    ['latency', false],
    ['inference time', false],
    ['NLL loss', false],
    ['bits per character', false],
    ['PER', false],
    ['EER', false],
    ['RMSE', false],
  ])('%s → %s', (name, up) => {
    expect(inferHigherIsBetter(name)).toBe(up);
  });
});
