import { describe, expect, it } from 'vitest';
import { extractPaper } from '../../src/extract/index.js';
import type { ExtractedPaper } from '../../src/extract/index.js';
import { findMetrics, higherIsBetter } from '../../src/extract/metrics.js';
import { METRICS } from '../../src/extract/metrics.js';
import { record } from '../fixtures/extract/record.js';

/** Metrics: canonical names and aliases, direction, and words that look like metrics but are not. */

const metrics = (paper: ExtractedPaper) => paper.entities.filter((e) => e.type === 'Metric');
const names = (sentence: string): string[] => findMetrics(sentence).map((m) => m.name);

describe('metric names', () => {
  it.each([
    ['Our model reaches 81.2% top-1 acc. on ImageNet.', ['top-1 accuracy']],
    ['It improves Top1 accuracy and top-5 error.', ['top-1 accuracy', 'top-5 error']],
    ['We report mAP and AP50 on COCO, and mean average precision on VOC.', ['mAP', 'AP50', 'mAP']],
    ['Detection AP rises to 52.8% while mIoU drops.', ['AP', 'mIoU']],
    ['The intersection-over-union score reaches 71.8%.', ['IoU']],
    ['F-measure, F1-score and macro-F1 are reported.', ['F1', 'F1', 'macro-F1']],
    ['It lowers the word error rate (WER) and the perplexity.', ['WER', 'WER', 'perplexity']],
    ['We obtain 28.4 BLEU and a tagging accuracy of 97.1%.', ['BLEU', 'accuracy']], // a tagger's accuracy is accuracy,
    ['The classification accuracy and the miss rate improve.', ['accuracy', 'miss rate']],
    ['A 1001-layer ResNet on CIFAR-10 (4.62% error).', ['error rate']],
    ['We compare methods in terms of robustness and speed.', ['robustness']],
  ])('%s', (sentence, expected) => expect(names(sentence)).toEqual(expected));

  it.each([
    ['Training uses mixed precision and a learning rate of 0.1 with dropout rate 0.5.'],
    ['We recall that the EM algorithm converges.'],
    ['The sampling rate is 16 kHz and the errors are minor.'],
    ['Top-5 candidates are kept; ASR errors propagate to the parser.'],
    ['The PER gene is expressed in mice.'],
  ])('no metric in: %s', (sentence) => expect(names(sentence)).toEqual([]));

  it('keeps mAP and AP apart unless the paper says they are one', () => {
    expect(METRICS.lookup('mAP')?.canonical).toBe('mAP');
    expect(METRICS.lookup('AP')?.canonical).toBe('AP');
    expect(METRICS.lookup('mean average precision')?.canonical).toBe('mAP');
    expect(METRICS.lookup('top-1 acc.')?.canonical).toBe('top-1 accuracy');
  });
});

describe('metric direction', () => {
  it.each([
    ['accuracy', true], ['BLEU', true], ['mAP', true], ['PSNR', true], ['speedup', true], ['FPS', true],
    ['WER', false], ['perplexity', false], ['FID', false], ['EER', false], ['MAE', false], ['RMSE', false],
    ['top-1 error', false], ['latency', false], ['inference time', false],
    // Not in the lexicon: read from the words.
    ['reconstruction error', false], ['training loss', false], ['Hausdorff distance', false], ['memory footprint', false],
    ['recognition rate', true], ['attack success rate', true],
  ])('%s: higher is better = %s', (name, direction) => expect(higherIsBetter(name as string)).toBe(direction));

  it('is set on every metric entity, with the lexicon spellings as aliases', () => {
    const paper = extractPaper(record('Our model reduces the word error rate by 12% and improves BLEU by 1.1 points.'));
    const wer = metrics(paper).find((m) => m.name === 'WER');
    expect(wer).toMatchObject({ higherIsBetter: false, role: 'MEASURED_BY' });
    expect(wer?.aliases).toContain('word error rate');
    expect(metrics(paper).find((m) => m.name === 'BLEU')?.higherIsBetter).toBe(true);
    expect(paper.entities.some((e) => e.type === 'Method' && /BLEU|WER/.test(e.name))).toBe(false);
  });
});
