import { describe, expect, it } from 'vitest';
import { extractPaper } from '../../src/extract/index.js';
import type { ExtractedResult } from '../../src/extract/index.js';
import { findValues } from '../../src/extract/values.js';
import { record } from '../fixtures/extract/record.js';

/**
 * Result tuples: each row is an abstract and the results it states (the fields given must match;
 * `results: []` means nothing may be read as a result). False friends are rows of their own.
 */

type Expected = Partial<Pick<ExtractedResult, 'method' | 'dataset' | 'task' | 'metric' | 'value' | 'unit' | 'kind'>>;
const results = (text: string): ExtractedResult[] => extractPaper(record(text)).results;

const ROWS: Array<[string, string, Expected[]]> = [
  [
    'value then metric, the paper\'s own method by name',
    'The resulting object detector, named RTMDet, achieves 52.8% AP on COCO with 300+ FPS on an NVIDIA 3090 GPU.',
    [{ method: 'RTMDet', dataset: 'COCO', metric: 'AP', value: '52.8%', unit: '%', kind: 'ABSOLUTE' }, { method: 'RTMDet', metric: 'FPS', value: '300+' }],
  ],
  [
    'metric then value, "our model" is the proposed method',
    'We propose GraphFlow, a message-passing network. On the Tox21 dataset, our model reaches an accuracy of 92.1%.',
    [{ method: 'GraphFlow', dataset: 'Tox21', metric: 'accuracy', value: '92.1%', kind: 'ABSOLUTE' }],
  ],
  [
    'metric implied by the sentence, a parenthesised delta, several data sets',
    'We propose LatticeSeg for Chinese word segmentation. In terms of F1, our model obtains 96.9 (+0.2) on PKU, 98.3 on CITYU and 97.5 on MSR.',
    [
      { method: 'LatticeSeg', dataset: 'PKU', metric: 'F1', value: '96.9', kind: 'ABSOLUTE' },
      { method: 'LatticeSeg', dataset: 'PKU', metric: 'F1', value: '+0.2', kind: 'DELTA' },
      { method: 'LatticeSeg', dataset: 'CITYU', metric: 'F1', value: '98.3', kind: 'ABSOLUTE' },
      { method: 'LatticeSeg', dataset: 'MSR', metric: 'F1', value: '97.5', kind: 'ABSOLUTE' },
    ],
  ],
  [
    "a baseline's figure in brackets takes the measure of the paper's own figure before it",
    'We propose KiteNet. Our model achieves 85.3% accuracy on SST-2, outperforming RoBERTa-base (82.1%).',
    [
      { method: 'KiteNet', dataset: 'SST-2', metric: 'accuracy', value: '85.3%', kind: 'ABSOLUTE' },
      { method: 'RoBERTa-base', dataset: 'SST-2', metric: 'accuracy', value: '82.1%', kind: 'ABSOLUTE' },
    ],
  ],
  [
    "a rival's figure after `while X reaches`, and a margin after the metric that follows a value",
    'We propose KiteNet. KiteNet obtains 41.2 mAP on COCO, 2.3 points higher than Mask R-CNN. On ImageNet, our model reaches a top-1 accuracy of 80.1%, while ResNet-50 reaches 76.1%.',
    [
      { method: 'KiteNet', dataset: 'COCO', metric: 'mAP', value: '41.2', kind: 'ABSOLUTE' },
      { method: 'KiteNet', dataset: 'COCO', metric: 'mAP', value: '2.3', kind: 'DELTA' },
      { method: 'KiteNet', dataset: 'ImageNet', metric: 'top-1 accuracy', value: '80.1%', kind: 'ABSOLUTE' },
      { method: 'ResNet-50', dataset: 'ImageNet', metric: 'top-1 accuracy', value: '76.1%', kind: 'ABSOLUTE' },
    ],
  ],
  [
    'an absolute improvement is a delta',
    'We propose CPT. On RefCOCO, CPT brings a 17.3% absolute accuracy improvement in the one-shot setting.',
    [{ method: 'CPT', dataset: 'RefCOCO', metric: 'accuracy', value: '17.3%', kind: 'DELTA' }],
  ],
  [
    '"improves by" is a delta',
    'We introduce TinyBERT-X. On GLUE, TinyBERT-X improves the accuracy by 2.1 points over BERT-base.',
    [{ method: 'TinyBERT-X', dataset: 'GLUE', metric: 'accuracy', value: '2.1', kind: 'DELTA' }],
  ],
  [
    'a speed-up is a result with its metric',
    'We introduce ZOOMER. ZOOMER achieves up to 14x speedup on the Taobao dataset.',
    [{ method: 'ZOOMER', dataset: 'Taobao', metric: 'speedup', value: '14×', unit: '×' }],
  ],
  [
    "a baseline's number in parentheses is the baseline's result",
    'We propose PVT. PVT reaches 79.8% top-1 accuracy on ImageNet, outperforming ResNet-50 (76.1%).',
    [
      { method: 'PVT', dataset: 'ImageNet', metric: 'top-1 accuracy', value: '79.8%' },
      { method: 'ResNet-50', dataset: 'ImageNet', metric: 'top-1 accuracy', value: '76.1%' },
    ],
  ],
  [
    'from A to B: B is the paper\'s, A is not',
    'We propose SVDNet. On the Market-1501 dataset, rank-1 accuracy is improved from 73.8% to 82.3%.',
    [{ dataset: 'Market-1501', metric: 'rank-1 accuracy', value: '73.8%' }, { method: 'SVDNet', dataset: 'Market-1501', metric: 'rank-1 accuracy', value: '82.3%' }],
  ],
  [
    'values and data sets paired by "respectively"',
    'We propose DualNet. DualNet obtains word error rates of 5.8% and 11.0% on Switchboard and CallHome, respectively.',
    [{ method: 'DualNet', dataset: 'Switchboard', metric: 'WER', value: '5.8%' }, { method: 'DualNet', dataset: 'CallHome', metric: 'WER', value: '11.0%' }],
  ],
  [
    'a lower-is-better metric inside parentheses',
    'We report improved results using a 1001-layer ResNet on CIFAR-10 (4.62% error).',
    [{ method: 'ResNet', dataset: 'CIFAR-10', metric: 'error rate', value: '4.62%' }],
  ],
  [
    'a value in brackets after a data set is that data set\'s, not the next one\'s',
    'We train a deep ResNet on SVHN (1.7% error) and STL-10, and on Tiny ImageNet.',
    [{ method: 'ResNet', dataset: 'SVHN', metric: 'error rate', value: '1.7%' }],
  ],
  [
    'a reduction on a metric is a delta of it; a value with its own measure is not carried along',
    'We propose Isolation and Induction (InI), a defence against model stealing. On MNIST, InI gives up to 48% reduction on stealing accuracy, and 73.8% relative standard deviation reduction.',
    [{ method: 'InI', dataset: 'MNIST', metric: 'accuracy', value: '48%', kind: 'DELTA' }],
  ],
  // False friends.
  ['sizes and physical quantities are not scores', 'We propose ResFed. To reach 70% accuracy with a 4.08 MB CNN on CIFAR-10, traffic drops from 587.61 Mb to 6.79 Mb at 16 kHz.', []],
  ['a target is not a result', 'To reach an accuracy of 70% on CIFAR-10, FedZip saves 99% of the total communication volume.', []],
  ['a threshold is not a result', 'We propose BoxNet. Detections are kept on COCO when the IoU exceeds 0.5.', []],
  ['years, counts and names with digits', 'We propose TopNet, trained for 90 epochs on 8 GPUs with 300 proposals per image on COCO 2017 and ResNet-50 features; top-5 candidates are kept.', []],
  ['a share of the data is not a score', 'We propose LabelLite. With only 10% of the labels of CIFAR-100, LabelLite trains in 3.5 days.', []],
  ['a number without a metric is not a result', 'We propose MemNet. MemNet is 2.5 times larger and uses 12 layers on SQuAD.', []],
  [
    'no measure written: the usual measure of the task the sentence names; a value placed on a name of its own is not the previous data set\'s',
    'We propose SegLat for Chinese word segmentation (CWS). SegLat achieves state-of-the-art results of 97.1 (+0.3) on PKU, 98.0 on CITYU and 96.2 on ZX for the CWS task.',
    [
      { method: 'SegLat', dataset: 'PKU', metric: 'F1', value: '97.1', kind: 'ABSOLUTE' },
      { method: 'SegLat', dataset: 'PKU', metric: 'F1', value: '+0.3', kind: 'DELTA' },
      { method: 'SegLat', dataset: 'CITYU', metric: 'F1', value: '98.0' },
    ],
  ],
  [
    "a figure set against the paper's belongs to the method named after it (`compared to X for Y`)",
    'We present OrcaQA. On SQuAD v1.1, OrcaQA obtains 90.4 F1, compared to 87.9 F1 for BERT-large.',
    [
      { method: 'OrcaQA', dataset: 'SQuAD 1.1', metric: 'F1', value: '90.4' },
      { method: 'BERT-large', dataset: 'SQuAD 1.1', metric: 'F1', value: '87.9' },
    ],
  ],
  [
    'a data set between the metric and its value (`the word error rate on X to 2.1%`), and a decimal comma',
    'We propose LexTag. Our approach reduces the word error rate on LibriSpeech test-clean to 2.6% and on test-other to 5.1%. The precision rate for LexTag is 96,5%.',
    [
      { dataset: 'LibriSpeech', metric: 'WER', value: '2.6%' },
      { dataset: 'LibriSpeech', metric: 'WER', value: '5.1%' },
      { method: 'LexTag', metric: 'precision', value: '96,5%' },
    ],
  ],
  [
    'a data set that opens the metric (`MultiNLI accuracy to 85.2%`); a delta in brackets between does not move it',
    'We introduce MagpieLM. It pushes the MultiNLI accuracy to 85.2% (3.1% absolute improvement) and SQuAD v1.1 Test F1 to 91.0 (1.2 point absolute improvement).',
    [
      { method: 'MagpieLM', dataset: 'MultiNLI', metric: 'accuracy', value: '85.2%', kind: 'ABSOLUTE' },
      { method: 'MagpieLM', dataset: 'SQuAD 1.1', metric: 'F1', value: '91.0', kind: 'ABSOLUTE' },
    ],
  ],
  [
    'figures in brackets after each data set, the measure written once before them',
    'We propose OtterNet. OtterNet achieves state-of-the-art accuracy on CIFAR-100 (90.2%), SVHN (98.1%) and STL-10 (85.0%).',
    [
      { method: 'OtterNet', dataset: 'CIFAR-100', metric: 'accuracy', value: '90.2%' },
      { method: 'OtterNet', dataset: 'SVHN', metric: 'accuracy', value: '98.1%' },
      { method: 'OtterNet', dataset: 'STL-10', metric: 'accuracy', value: '85.0%' },
    ],
  ],
  [
    'two lists in step without `respectively`, the measure the usual one of the task the paper addresses',
    'We propose SwiftSeg for semantic segmentation. We evaluate SwiftSeg on PASCAL VOC 2012 and Cityscapes, achieving test set performance of 87.5% and 81.3% without post-processing.',
    [
      { method: 'SwiftSeg', dataset: 'PASCAL VOC 2012', metric: 'mIoU', value: '87.5%' },
      { method: 'SwiftSeg', dataset: 'Cityscapes', metric: 'mIoU', value: '81.3%' },
    ],
  ],
  [
    'a report that goes on in the next sentence stays on its data set',
    'We propose KestrelDet. At 60 FPS, KestrelDet gets 75.1 mAP on VOC 2007. At 35 FPS, KestrelDet gets 77.9 mAP, outperforming SSD.',
    [
      { method: 'KestrelDet', dataset: 'PASCAL VOC 2007', metric: 'mAP', value: '75.1' },
      { method: 'KestrelDet', dataset: 'PASCAL VOC 2007', metric: 'mAP', value: '77.9' },
    ],
  ],
  [
    'a data set spelled another way than its name (`HMDB-51`), no measure written in an action recognition paper',
    'We introduce a new Two-Stream Ibis Video Network (IVN) for action recognition. After pre-training on Kinetics, IVN models reach 81.2% on HMDB-51 and 97.1% on UCF-101.',
    [
      { method: 'IVN', dataset: 'HMDB51', metric: 'accuracy', value: '81.2%' },
      { method: 'IVN', dataset: 'UCF101', metric: 'accuracy', value: '97.1%' },
    ],
  ],
  [
    'a name given after `called`, new metrics (UAS, LAS)',
    'Our parser, called Deep Tern, gets 95.1% UAS and 93.4% LAS on the English PTB dataset.',
    [
      { method: 'Deep Tern', dataset: 'Penn Treebank', metric: 'UAS', value: '95.1%' },
      { method: 'Deep Tern', dataset: 'Penn Treebank', metric: 'LAS', value: '93.4%' },
    ],
  ],
  [
    'two figures in one (`1.9/3.8 WER`) share the measure written after them',
    'We propose LoonASR. Using all labelled data of LibriSpeech, LoonASR achieves 1.9/3.8 WER on the clean/other test sets.',
    [
      { method: 'LoonASR', dataset: 'LibriSpeech', metric: 'WER', value: '1.9' },
      { method: 'LoonASR', dataset: 'LibriSpeech', metric: 'WER', value: '3.8' },
    ],
  ],
  [
    '`percent` written out; `our` owns the figure after a compared name (`the same size as BERT-large, our single model`)',
    'We propose GrebeNet. With the same size as ResNet-152, our GrebeNet model achieves 3.11 percent top-5 error on ImageNet.',
    [{ method: 'GrebeNet', dataset: 'ImageNet', metric: 'top-5 error', value: '3.11%' }],
  ],
  [
    'a known name with a version number is a method of its own',
    'This paper describes Tacotron 3, a speech synthesis model. On LJSpeech, our model achieves a mean opinion score (MOS) of 4.49.',
    [{ method: 'Tacotron 3', metric: 'mean opinion score', value: '4.49' }],
  ],
  [
    'the paper\'s method when it is the only one the sentence names, not its subject',
    'We present PlumeFormer, a vision backbone. These qualities of PlumeFormer suit many tasks, including image classification (86.1 top-1 accuracy on ImageNet-1K).',
    [{ method: 'PlumeFormer', dataset: 'ImageNet-1K', metric: 'top-1 accuracy', value: '86.1' }],
  ],
  [
    'the only data set the paper works with, though it does not evaluate on it by name',
    'We present CraneCLR. CraneCLR outperforms previous methods for self-supervised learning on ImageNet. A linear classifier on CraneCLR features achieves 75.9% top-1 accuracy.',
    [{ method: 'CraneCLR', dataset: 'ImageNet', metric: 'top-1 accuracy', value: '75.9%' }],
  ],
];

describe('result tuples', () => {
  it.each(ROWS)('%s', (_, text, expected) => {
    const found = results(text);
    if (expected.length === 0) expect(found).toEqual([]);
    for (const row of expected) expect(found, JSON.stringify(found.map(({ evidence: _e, ...r }) => r))).toContainEqual(expect.objectContaining(row));
    for (const r of found) {
      expect(r.evidence.length).toBeGreaterThan(0);
      expect(r.confidence).toBeGreaterThan(0);
      expect(r.confidence).toBeLessThanOrEqual(1);
    }
  });

  it('gives a value placed on a name that is no linked data set to no data set, not to the one before', () => {
    const found = results('We propose SegLat for Chinese word segmentation (CWS). SegLat achieves state-of-the-art results of 97.1 (+0.3) on PKU, 98.0 on CITYU and 96.2 on ZX for the CWS task.');
    expect(found.filter((r) => r.value === '96.2').map((r) => r.dataset)).toEqual([undefined]);
  });

  it('infers no measure from a task without one clear convention, nor without a task', () => {
    expect(results('We propose BoxNet for object detection. BoxNet achieves results of 41.3 on COCO.')).toEqual([]);
    expect(results('We propose SegLat. SegLat achieves results of 97.1 on PKU.')).toEqual([]);
  });

  it('does not carry a metric to a value that names its own measure', () => {
    const found = results('We propose Isolation and Induction (InI), a defence against model stealing. On MNIST, InI gives up to 48% reduction on stealing accuracy, and 73.8% relative standard deviation reduction.');
    expect(found.map((r) => r.value)).toEqual(['48%']);
  });

  it('gives an earlier figure the paper beats to no method: `the best published F1 score of`, `the previous best IS of … and FID of`', () => {
    const qa = results('We present WrenQA. On the SQuAD dataset, our single model achieves 86.1 F1 on the test set, significantly better than the best published F1 score of 83.0.');
    expect(qa.filter((r) => r.value === '86.1').map((r) => r.method)).toEqual(['WrenQA']);
    expect(qa.filter((r) => r.value === '83.0').map((r) => r.method)).toEqual([undefined]);
    const gan = results('Trained on ImageNet, our models (HeronGANs) achieve an Inception Score (IS) of 120.3 and FID of 9.1, improving over the previous best IS of 50.2 and FID of 19.5.');
    const owner = (value: string) => gan.filter((r) => r.value === value).map((r) => [r.method, r.metric]);
    expect(owner('120.3')).toEqual([['HeronGAN', 'Inception Score']]);
    expect(owner('9.1')).toEqual([['HeronGAN', 'FID']]);
    expect(owner('50.2')).toEqual([[undefined, 'Inception Score']]);
    expect(owner('19.5')).toEqual([[undefined, 'FID']]);
  });

  it('keeps the paper\'s own delta over a previous state of the art (`by 27% in MRR@10`, `than the previous … and more than 3.5 F1`)', () => {
    const found = results('We propose RerankX. RerankX outperforms the previous state of the art by 27% in MRR@10 on TREC-CAR, and attains 2.5 F1 higher than the previous best on CoNLL-2005 and more than 3.5 F1 on out-of-domain data.');
    expect(found.filter((r) => ['27%', '2.5', '3.5'].includes(r.value)).map((r) => r.method)).toEqual(['RerankX', 'RerankX', 'RerankX']);
  });

  it('does not carry a data set to the next sentence when the figure is placed elsewhere, nor give a figure after a list of data sets to one of them', () => {
    const news = results('We propose TernSRL and evaluate it on CoNLL-2005 and CoNLL-2012. On CoNLL-2012 we gain 2.5 F1. TernSRL also beats ELMo-based models by 1.0 F1 on news.');
    expect(news.filter((r) => r.value === '1.0').map((r) => r.dataset)).toEqual([undefined]);
    const list = results('We propose GuardX. Experiments on several visual datasets (e.g., MNIST and CIFAR-10) show up to 48% reduction in stealing accuracy.');
    expect(list.filter((r) => r.value === '48%').map((r) => r.dataset)).toEqual([undefined]);
  });

  it('gives a figure the paper sets its own against to no method (`comparable to a MOS of 4.58 for recorded speech`)', () => {
    const found = results('This paper describes Tacotron 3, a speech synthesis model. On LJSpeech, our model achieves a MOS of 4.49, comparable to a MOS of 4.58 for professionally recorded speech.');
    expect(found.map((r) => [r.value, r.method])).toEqual([['4.49', 'Tacotron 3'], ['4.58', undefined]]);
    // With neither a method nor a data set, the rival's figure is no result at all.
    expect(results('This paper describes Tacotron 3. Our model achieves a MOS of 4.49, comparable to a MOS of 4.58 for recorded speech.').map((r) => r.value)).toEqual(['4.49']);
    expect(extractPaper(record('This paper describes Tacotron 3, a speech synthesis model.')).entities.map((e) => e.name)).not.toContain('Tacotron');
  });

  it('credits the paper\'s figures to the name before the title\'s colon when the abstract names no method of its own, and links it from the title', () => {
    const text = 'We present region-based, fully convolutional networks for accurate object detection. We show competitive results on the PASCAL VOC datasets (e.g., 82.9% mAP on the 2007 set).';
    const paper = extractPaper(record(text, { title: 'R-FCX: Object Detection via Region-based Fully Convolutional Networks' }));
    expect(paper.results.map((r) => [r.method, r.value])).toEqual([['R-FCX', '82.9%']]);
    const entity = paper.entities.find((e) => e.name === 'R-FCX');
    expect(entity).toMatchObject({ type: 'Method', role: 'PROPOSES', source: 'title' });
    expect(entity?.evidence).toMatch(/^Title: R-FCX:/);
    // Not a title name the abstract defines as a task.
    const task = extractPaper(record('Named entity recognition (NER) is hard. Our model reaches 91.2 F1 on CoNLL-2003.', { title: 'NER: A Study of Tagging' }));
    expect(task.results.map((r) => [r.method, r.dataset])).toEqual([[undefined, 'CoNLL-2003']]);
    // No figure of its own, no link: the title alone does not make one when the abstract does not use the name.
    expect(extractPaper(record('We study detection.', { title: 'R-FCX: Object Detection' })).entities.map((e) => e.name)).not.toContain('R-FCX');
  });

  it('takes the proposal the title names first as the paper\'s own method', () => {
    const text = 'We introduce a Region Proposal Network (RPN) and merge it with Fast R-CNN into a single network, KiteRCNN. Our detection system has a frame rate of 5 fps on a GPU on PASCAL VOC 2007.';
    const found = extractPaper(record(text, { title: 'KiteRCNN: Towards Real-Time Object Detection with Region Proposal Networks' })).results;
    expect(found.map((r) => r.method)).toEqual(['KiteRCNN']);
  });

  it('reads no score in a number inside a linked name or in another version of it (`SQuAD 1.1 and 2.0`)', () => {
    const found = results('We propose OwlQA. OwlQA obtains 91.2 F1 on SQuAD 1.1 and 2.0 with one model.');
    expect(found.map((r) => r.value)).toEqual(['91.2']);
  });

  it('ends a figure\'s statement at a comma or an `and` outside brackets, and gives a figure after an unlinked name to no data set', () => {
    const squad = results('We introduce MagpieLM. It pushes SQuAD v1.1 question answering Test F1 to 92.8 (1.1 point absolute improvement) and SQuAD v2.0 Test F1 to 82.0.');
    expect(squad.map((r) => [r.value, r.dataset])).toEqual([['92.8', 'SQuAD 1.1'], ['82.0', 'SQuAD 2.0']]);
    const flowers = results('We propose OtterNet. OtterNet transfers well, with state-of-the-art accuracy on CIFAR-100 (90.2%), Blossoms (97.7%) and two other datasets.');
    expect(flowers.map((r) => [r.value, r.dataset])).toEqual([['90.2%', 'CIFAR-100'], ['97.7%', undefined]]);
  });

  it('measures a frame rate in FPS; a sentence of results that opens with `It` is about the paper\'s method, not the rival it is compared with', () => {
    const found = results('We present KestrelDet. KestrelDet gets 74.0% mAP on VOC2007 at 58 FPS. It achieves 57.1 AP50 in 50 ms, compared to 57.5 AP50 in 198 ms by RetinaNet, and is 3.9x faster.');
    expect(found.filter((r) => r.value === '58fps').map((r) => r.metric)).toEqual(['FPS']);
    expect(found.filter((r) => r.value === '57.1').map((r) => r.method)).toEqual(['KestrelDet']);
    expect(found.filter((r) => r.value === '57.5').map((r) => r.method)).toEqual(['RetinaNet']);
  });

  it('credits the name that opens the clause, not one after a verb and an article; a part it is built with only when nothing else is named', () => {
    const fast = results('This paper proposes a Quick Region-based Convolutional Network method (Quick R-CNN). Quick R-CNN trains the very deep VGG16 network 8x faster than R-CNN on PASCAL VOC 2012.');
    expect(fast.filter((r) => r.value === '8×').map((r) => r.method)).toEqual(['Quick R-CNN']);
    const backbone = results('We propose HeronDet. HeronDet with a ResNet-101 backbone achieves 45.2 AP on COCO.');
    expect(backbone.map((r) => r.method)).toEqual(['HeronDet']);
    const using = results('We report improved results using a 1001-layer ResNet on CIFAR-10 (4.71% error).');
    expect(using.map((r) => r.method)).toEqual(['ResNet']);
  });

  it('gives a rival\'s figure to the rival: `By comparison, …` and `X (…), whose test error is 2.70%`', () => {
    const rival = results('We present Listen, Parse and Spell (LPS), a speech recognizer. LPS achieves a WER of 13.9% on Switchboard. By comparison, the state-of-the-art hybrid model achieves a WER of 8.1%.');
    expect(rival.map((r) => [r.value, r.method])).toEqual([['13.9%', 'LPS'], ['8.1%', undefined]]);
    const whose = results('We propose FastNAS. On CIFAR-10, FastNAS finds a cell with a test error of 2.91%, on par with NASNet (Zoph et al., 2018), whose test error is 2.70%.');
    expect(whose.map((r) => [r.value, r.method])).toEqual([['2.91%', 'FastNAS'], ['2.70%', 'NASNet']]);
  });

  it('reads `we call our method X`, captioning BLEU-n, and a TeX em dash after a data set', () => {
    const found = results('We propose a simple detector that improves mAP by 30% relative to the previous best result on VOC 2012---achieving a mAP of 54.1%. We call our method R-CNN: Regions with CNN features. On COCO it reaches a BLEU-4 of 27.1.');
    expect(found.filter((r) => r.value === '54.1%').map((r) => [r.method, r.dataset])).toEqual([['R-CNN', 'PASCAL VOC 2012']]);
    expect(found.filter((r) => r.value === '27.1').map((r) => r.metric)).toEqual(['BLEU-4']);
  });

  it('shares a measure written once between two ranks (`top-1 and top-5 error rates of A and B`, `A top-1 and B top-5 error`)', () => {
    const listed = results('We propose GrebeNet. On the test data of ImageNet, we achieved top-1 and top-5 error rates of 37.2% and 16.8%.');
    expect(listed.map((r) => [r.value, r.metric])).toEqual([['37.2%', 'top-1 error'], ['16.8%', 'top-5 error']]);
    const inline = results('We propose GrebeNet. On ImageNet we report 21.0% top-1 and 5.4% top-5 error for single frame evaluation.');
    expect(inline.map((r) => [r.value, r.metric])).toEqual([['21.0%', 'top-1 error'], ['5.4%', 'top-5 error']]);
  });

  it('shares the measure after a list of figures, and finds data sets however their case is written (`Citeseer`)', () => {
    const found = results('We present HeronGAT. On Cora, Citeseer and Pubmed, HeronGAT reaches 83.2%, 72.9% and 79.3% accuracy respectively, and 0.971 micro-F1 on PPI.');
    expect(found.map((r) => [r.value, r.dataset, r.metric])).toEqual([
      ['83.2%', 'Cora', 'accuracy'],
      ['72.9%', 'CiteSeer', 'accuracy'],
      ['79.3%', 'PubMed', 'accuracy'],
      ['0.971', 'PPI', 'micro-F1'],
    ]);
  });

  it('implies no measure for figures given in a score it does not know (`an average GLUE score of 90.3 and 88.9 on SuperGLUE`); a score is no part of a name', () => {
    const found = results('We present OrcaT5. Our largest model obtains an average GLUE score of 90.1 and 88.7 on SuperGLUE, and reaches 43.2 ROUGE-1 on CNN/Daily Mail. On SST-5 it gets 54.1% accuracy.');
    expect(found.map((r) => [r.value, r.metric])).toEqual([['43.2', 'ROUGE-1'], ['54.1%', 'accuracy']]);
    const sst = extractPaper(record('On SST-5 54.1% accuracy is reached.')).entities.find((e) => e.name === 'SST');
    expect(sst?.aliases.filter((a) => /\d\d/.test(a))).toEqual([]);
  });

  it('reads `a framework we call SSDLite`, a version of a known family as its own model, and thresholds in a measure (`PCK@0.2`)', () => {
    const found = results('We describe a new mobile architecture, MobileNetV2, and a detection framework we call SSDLite. MobileNetV2 achieves 72.0% top-1 accuracy on ImageNet, and SSDLite with a MobileNetV2 backbone reaches 22.1 mAP on COCO.');
    expect(found.map((r) => [r.value, r.method])).toEqual([['72.0%', 'MobileNetV2'], ['22.1', 'SSDLite']]);
    expect(results('We present PoseNet3. It reaches 99.0 PCK@0.2 on FLIC and 90.9 PCKh@0.5 on MPII.').map((r) => r.metric)).toEqual(['PCK@0.2', 'PCKh@0.5']);
  });

  it('reads a frame rate after a score as FPS, a figure in brackets after a measure as a result, hardware as no data set nor a place, and an outcome after `to achieve state-of-the-art results:`', () => {
    const found = results('We present EgretDet. We combine these features to achieve state-of-the-art results: 43.1% AP (65.2% AP50) for the MS COCO dataset at a realtime speed of 64 FPS on Tesla V100. EgretDet also gives 28.0% AP at 140 FPS.');
    expect(found.map((r) => [r.value, r.metric, r.dataset])).toEqual([
      ['43.1%', 'AP', 'COCO'],
      ['65.2%', 'AP50', 'COCO'],
      ['64fps', 'FPS', 'COCO'], // the speed on COCO's images: a GPU after `on` places it on no other data
      ['28.0%', 'AP', 'COCO'],
      ['140fps', 'FPS', 'COCO'],
    ]);
    expect(extractPaper(record('It runs at 64 FPS on Tesla V100 and on a Titan X.')).entities.map((e) => e.name)).toEqual(['FPS']);
  });

  it('reads a data set between a figure and its measure (`87.6% ImageNet top-1 accuracy`), and `top-1 classification accuracy`', () => {
    const found = results('We present a family of ConvNet models dubbed LoomNeXt. LoomNeXts compete favorably with Transformers, achieving 87.6% ImageNet top-1 accuracy. LoomNeXt reaches 74.1% top-1 classification accuracy on ImageNet with a ResNet-50.');
    expect(found.map((r) => [r.value, r.dataset, r.metric])).toEqual([['87.6%', 'ImageNet', 'top-1 accuracy'], ['74.1%', 'ImageNet', 'top-1 accuracy']]);
  });

  it('reads a compression ratio (`a compression ratio over 700X`) in a sentence whose purpose clause is no target', () => {
    const found = results('We propose FedZap. To train a small CNN model on CIFAR-10 with 10 clients, our approach achieves a compression ratio over 650X in each round.');
    expect(found.map((r) => [r.method, r.dataset, r.metric, r.value])).toEqual([['FedZap', 'CIFAR-10', 'compression ratio', '650×']]);
  });

  it('pairs figures with versions a name elides (`SQuAD 1.1 and 2.0, respectively`), and links a bare version only there', () => {
    const found = results('We propose OwlQA. With the same data as BERT-large, our single model obtains 94.1% and 88.2% F1 on SQuAD 1.1 and 2.0, respectively.');
    expect(found.map((r) => [r.value, r.dataset, r.method])).toEqual([['94.1%', 'SQuAD 1.1', 'OwlQA'], ['88.2%', 'SQuAD 2.0', 'OwlQA']]);
    const names = extractPaper(record('Experiments are carried out on the PASCAL VOC 2007 and 2012 benchmarks.')).entities.map((e) => e.name);
    expect(names).toContain('PASCAL VOC 2007');
    expect(names).not.toContain('PASCAL VOC 2012');
  });

  it('reads `BLEU-1 score improvements on D, from A to B`: the earlier figure nobody\'s, the later the paper\'s', () => {
    const found = results('We present NIC, a caption generator. We also show BLEU-1 score improvements on Flickr30k, from 55 to 65, and on SBU, from 18 to 27.');
    expect(found.map((r) => [r.value, r.dataset, r.method, r.metric])).toEqual([
      ['55', 'Flickr30k', undefined, 'BLEU-1'],
      ['65', 'Flickr30k', 'NIC', 'BLEU-1'],
      ['18', 'SBU', undefined, 'BLEU-1'],
      ['27', 'SBU', 'NIC', 'BLEU-1'],
    ]);
  });

  it('reads an unwritten measure off the data set (`on MNLI by +1.2% (89.8% vs. 91.0%)`): the better of a `vs.` pair is the paper\'s, the other the compared method\'s, and that measure is not carried to the next data set', () => {
    const found = results('We propose KiteBERT, a pre-trained encoder. Compared to RoBERTa-Large, KiteBERT performs better, with gains on MNLI by +1.2% (89.8% vs. 91.0%) and on SQuAD v2.0 by +1.9% (87.1% vs. 89.0%).');
    expect(found.filter((r) => r.dataset === 'MultiNLI').map((r) => [r.value, r.method, r.metric, r.kind])).toEqual([
      ['+1.2%', 'KiteBERT', 'accuracy', 'DELTA'],
      ['89.8%', 'RoBERTa-Large', 'accuracy', 'ABSOLUTE'],
      ['91.0%', 'KiteBERT', 'accuracy', 'ABSOLUTE'],
    ]);
    // A data set the paper's own method states a figure on is one it evaluates on, though the sentence opens with a comparison.
    const kite = extractPaper(record('We propose KiteBERT, a pre-trained encoder. Compared to RoBERTa-Large, KiteBERT performs better, with gains on MNLI by +1.2% (89.8% vs. 91.0%).'));
    expect(kite.entities.find((e) => e.name === 'MultiNLI')?.role).toBe('EVALUATES_ON');
    // SQuAD has no one usual measure (EM or F1): no figure on it gets MNLI's.
    expect(found.filter((r) => r.dataset === 'SQuAD 2.0')).toEqual([]);
    // A lower-is-better measure: the smaller figure of the pair is the paper's.
    const wer = results('We present EchoASR. EchoASR improves over the baseline system on LibriSpeech (5.1 vs. 4.3 WER).');
    expect(wer.map((r) => [r.value, r.method])).toEqual([['5.1', undefined], ['4.3', 'EchoASR']]);
  });

  it('chooses between two measures written together by each figure\'s data set (`bpc / perplexity … on text8, … on WikiText-103`), else the one written nearest', () => {
    const found = results('We propose LoopLM, a recurrent language model. We improve bpc / perplexity from 1.10 to 1.02 on text8, from 21.0 to 19.4 on WikiText-103 and from 57.0 to 55.1 on Penn Treebank.');
    expect(found.map((r) => [r.value, r.dataset, r.metric, r.method])).toEqual([
      ['1.10', 'text8', 'bits per character', undefined],
      ['1.02', 'text8', 'bits per character', 'LoopLM'],
      ['21.0', 'WikiText-103', 'perplexity', undefined],
      ['19.4', 'WikiText-103', 'perplexity', 'LoopLM'],
      ['57.0', 'Penn Treebank', 'perplexity', undefined],
      ['55.1', 'Penn Treebank', 'perplexity', 'LoopLM'],
    ]);
  });

  it('pairs `A%/B%` with `X/Y` in step, keeps the pair for a later pair with no names of its own, and gives a previous state of the art\'s pair to no method', () => {
    const found = results('We present WarpAug, an augmentation policy for speech recognition. We reach 7.0%/14.2% WER on the Switchboard/CallHome portion, and 6.6%/13.9% with a language model, against the previous best system at 8.1%/17.0%.');
    expect(found.map((r) => [r.value, r.dataset, r.method])).toEqual([
      ['7.0%', 'Switchboard', 'WarpAug'],
      ['14.2%', 'CallHome', 'WarpAug'],
      ['6.6%', 'Switchboard', 'WarpAug'],
      ['13.9%', 'CallHome', 'WarpAug'],
      ['8.1%', 'Switchboard', undefined],
      ['17.0%', 'CallHome', undefined],
    ]);
    // The joined name is no data set of its own.
    const paper = extractPaper(record('We evaluate on the Switchboard/CallHome portion and on the CIFAR/Birds/Dogs benchmarks.'));
    expect(paper.entities.filter((e) => e.type === 'Dataset').map((e) => e.name).sort()).toEqual(['CallHome', 'Switchboard']);
  });

  it('pairs figures written first with data sets named after them, `respectively`, reading a split\'s data set (`the PIX validation set`) and a name after `benchmark`', () => {
    const found = results('We propose GridNet. We evaluate on the parsing benchmark PIX and on Cityscapes and ADE20K. Our GridNet achieves mIoU scores of 80.2%, 44.9% and 54.0% on the Cityscapes test set, the ADE20K validation set and the PIX validation set respectively.');
    expect(found.map((r) => [r.value, r.dataset, r.method])).toEqual([
      ['80.2%', 'Cityscapes', 'GridNet'],
      ['44.9%', 'ADE20K', 'GridNet'],
      ['54.0%', 'PIX', 'GridNet'],
    ]);
  });

  it('links a variant of a known data set as its own (`ImageNet-R`, `CIFAR-10-C`) with its own measure (`mean corruption error`), not a pair of surnames (`Fisher-Rao`)', () => {
    const paper = extractPaper(record('We propose FogMix. On ImageNet-R, FogMix raises top-1 accuracy from 40.2% to 47.9%, and it reduces CIFAR-10-C mean corruption error from 30.1 to 21.5. We use the Fisher-Rao metric.'));
    expect(paper.entities.filter((e) => e.type === 'Dataset').map((e) => e.name).sort()).toEqual(['CIFAR-10-C', 'ImageNet-R']);
    expect(paper.results.filter((r) => r.method === 'FogMix').map((r) => [r.value, r.dataset, r.metric])).toEqual([
      ['47.9%', 'ImageNet-R', 'top-1 accuracy'],
      ['21.5', 'CIFAR-10-C', 'mCE'],
    ]);
  });

  it('credits a size of the paper\'s method to it (`GridNeSt-101 achieves`) and reads a measure named before `of X on D from A to B`', () => {
    const found = results('We present GridNeSt, a split-attention backbone. GridNeSt-101 achieves 82.0% top-1 accuracy on ImageNet. With GridNeSt as the backbone we raise the mAP of Faster R-CNN on COCO from 40.0% to 43.1%.');
    expect(found.map((r) => [r.value, r.dataset, r.metric, r.method])).toEqual([
      ['82.0%', 'ImageNet', 'top-1 accuracy', 'GridNeSt'],
      ['40.0%', 'COCO', 'mAP', undefined],
      ['43.1%', 'COCO', 'mAP', 'GridNeSt'],
    ]);
  });

  it('reads `(absolute 6.1%)` after a comparison as a delta of the method whose performance it is', () => {
    const found = results('We introduce SwapNet, a network for phones. Experiments show the superior performance of SwapNet over other networks, e.g. lower top-1 error (absolute 6.1%) than MobileNet on ImageNet.');
    expect(found.map((r) => [r.value, r.method, r.metric, r.kind])).toEqual([['6.1%', 'SwapNet', 'top-1 error', 'DELTA']]);
  });

  it('takes the name before the title\'s colon over a proposal made on the side (`we also propose`), and figures listed before the sentence\'s one data set as on it', () => {
    const paper = extractPaper(record('We present a simple model for real-time instance segmentation that achieves 30.1 mAP on MS COCO. Finally, we also propose Quick NMS, a faster drop-in replacement for NMS.', { title: 'ZIPSEG: Real-time Instance Segmentation' }));
    expect(paper.results.map((r) => [r.value, r.method])).toEqual([['30.1', 'ZIPSEG']]);
    const listed = results('We present Coral, a convolutional acoustic model. We reach 3.0% WER using a beam-search decoder with a language model and 3.9% WER with a greedy decoder on LibriSpeech test-clean.');
    expect(listed.map((r) => [r.value, r.dataset])).toEqual([['3.0%', 'LibriSpeech'], ['3.9%', 'LibriSpeech']]);
  });

  it('credits the figures to a title that names a kind of model when the abstract writes it too, and places figures on the one data set a paper makes', () => {
    const paper = extractPaper(record('We present image synthesis results using score diffusion networks, a class of latent variable models. On CIFAR10 we obtain an FID score of 3.5.', { title: 'Annealed Score Diffusion Networks' }));
    expect(paper.results.map((r) => [r.value, r.method, r.dataset])).toEqual([['3.5', 'Annealed Score Diffusion Networks', 'CIFAR-10']]);
    expect(paper.entities.find((e) => e.name === 'Annealed Score Diffusion Networks')?.role).toBe('PROPOSES');
    // Not when the abstract does not write the title's words.
    expect(extractPaper(record('We present image synthesis results. On CIFAR10 we obtain an FID score of 3.5.', { title: 'Annealed Score Diffusion Networks' })).results.map((r) => r.method)).toEqual([undefined]);
    const made = extractPaper(record('We present the Bay Area Reading Dataset (BARD), a reading comprehension dataset of 90,000 questions. A logistic regression model achieves an F1 score of 48.2%.', { title: 'BARD: 90,000 Questions for Reading' }));
    expect(made.entities.filter((e) => e.name === 'BARD').map((e) => e.type)).toEqual(['Dataset']);
    expect(made.results.map((r) => [r.value, r.dataset])).toEqual([['48.2%', 'BARD']]);
  });

  it('types a name after `a dataset of … called` as a data set, and reads no method in a language pair before `test set` nor a count in `a 12 task benchmark`', () => {
    const paper = extractPaper(record('We train on a new dataset of millions of forum posts called ForumText. We reach 33.0 BLEU on the WMT\'14 English-German test set, and 70.2% on the 12 task Visual Task Adaptation Benchmark (VTAB).'));
    expect(paper.entities.filter((e) => e.name === 'ForumText').map((e) => e.type)).toEqual(['Dataset']);
    expect(paper.entities.filter((e) => e.type === 'Method').map((e) => e.name)).toEqual([]);
    expect(paper.results.find((r) => r.value === '70.2%')?.dataset).toBe('VTAB');
  });

  it('reads speed-ups (`speeds up decoding by 120x and synthesis by 30x`) and measures written briefly (`ppl`, `PQ`, `F1-all`, Spearman\'s correlation)', () => {
    const fast = results('Experiments on the LJSpeech dataset show that our model matches autoregressive ones. Compared with the autoregressive baseline, our model speeds up spectrogram decoding by 120x and the whole synthesis by 30x. We call our model RapidTTS.');
    expect(fast.map((r) => [r.value, r.metric, r.dataset, r.method])).toEqual([['120×', 'speedup', 'LJSpeech', 'RapidTTS'], ['30×', 'speedup', 'LJSpeech', 'RapidTTS']]);
    const brief = results('We present the Memo Transformer. It reaches 17.9 ppl on WikiText-103. We present OmniSeg, which sets a new state of the art for panoptic segmentation (56.9 PQ on COCO). On KITTI, FlowRNN achieves an F1-all error of 5.3%. We present PairCSE, which reaches 80.5% Spearman\'s correlation on STS-B.');
    expect(brief.map((r) => [r.value, r.metric])).toEqual([['17.9', 'perplexity'], ['56.9', 'PQ'], ['5.3%', 'F1-all'], ['80.5%', 'Spearman correlation']]);
  });

  it('reads `On KITTI, FlowRNN achieves` as a data set and its subject, not a list of two data sets; keeps a data set for a figure placed on a GPU', () => {
    const paper = extractPaper(record('We introduce Flow Recurrent Units (FRU), a network for optical flow. On KITTI, FRU achieves an EPE of 1.9. Our large model reaches 49.5% AP on COCO at 70.2 FPS on a Tesla V100, exceeding DetB by 1.6% AP.', { title: 'FRU: Flow Recurrent Units' }));
    expect(paper.entities.filter((e) => e.type === 'Dataset').map((e) => e.name).sort()).toEqual(['COCO', 'KITTI']);
    expect(paper.results.map((r) => [r.value, r.dataset, r.method])).toEqual([['1.9', 'KITTI', 'FRU'], ['49.5%', 'COCO', 'FRU'], ['70.2fps', 'COCO', 'FRU'], ['1.6%', 'COCO', 'FRU']]);
  });

  it('pairs the listed run of figures with the names `respectively` when the sentence has one more figure, a delta', () => {
    const found = results('On the WMT\'14 English-French and WMT\'16 German-English benchmarks, our systems respectively obtain 27.5 and 24.8 BLEU points, outperforming the state of the art by more than 10 BLEU points.');
    expect(found.map((r) => [r.value, r.dataset, r.kind])).toEqual([['27.5', 'WMT 2014', 'ABSOLUTE'], ['24.8', 'WMT 2016', 'ABSOLUTE']]);
  });

  it('credits the paper\'s method when the paper is the subject and no name opens the clause (`We show … between KiteDINO and ViTs by achieving`, `ResNet-50 trained with our method achieves`)', () => {
    const paper = results('We propose KiteDINO, a self-distillation method. We show the synergy between KiteDINO and ViTs by achieving 79.5% top-1 accuracy on ImageNet. With 10% of labels, ResNet-50 trained with our method achieves 76.0% top-1 accuracy on ImageNet.');
    expect(paper.map((r) => [r.value, r.method])).toEqual([['79.5%', 'KiteDINO'], ['76.0%', 'KiteDINO']]);
  });

  it('pairs a slash run of figures with a slash list of measures (`ROUGE-1/ROUGE-2/ROUGE-L scores of 43.9/20.8/40.6`)', () => {
    const found = results('We propose SumBird, a pre-trained summarizer. On CNN/DailyMail, SumBird achieves ROUGE-1/ROUGE-2/ROUGE-L scores of 43.9/20.8/40.6, and on XSum it reaches 46.0 ROUGE-1.');
    expect(found.map((r) => [r.value, r.metric, r.dataset])).toEqual([
      ['43.9', 'ROUGE-1', 'CNN/Daily Mail'],
      ['20.8', 'ROUGE-2', 'CNN/Daily Mail'],
      ['40.6', 'ROUGE-L', 'CNN/Daily Mail'],
      ['46.0', 'ROUGE-1', 'XSum'],
    ]);
  });

  it('reads ranking measures at any cut-off (`Recall@20`, `NDCG@50`) and human-normalized scores, and no data set in what a gain is over', () => {
    const paper = extractPaper(record('We propose FlatGF, a linear graph filter. On the Gowalla, Yelp2018 and Amazon-Book datasets, FlatGF reaches Recall@20 of 0.1801, 0.0633 and 0.0402, respectively, a relative improvement of about 15% on average over NGCF. On the Atari 100k benchmark, FlatQ achieves a median human-normalized score of 0.402.'));
    expect(paper.results.filter((r) => r.kind === 'ABSOLUTE').map((r) => [r.value, r.metric, r.dataset])).toEqual([
      ['0.1801', 'Recall@20', 'Gowalla'],
      ['0.0633', 'Recall@20', 'Yelp2018'],
      ['0.0402', 'Recall@20', 'Amazon-Book'],
      ['0.402', 'median human-normalized score', 'Atari'],
    ]);
    expect(paper.entities.filter((e) => e.name === 'NGCF').map((e) => e.type)).toEqual(['Method']);
    expect(results('We propose RankNet2. It reaches an NDCG@50 of 0.412 on MovieLens.').map((r) => r.metric)).toEqual(['NDCG@50']);
  });

  it('gives a bracketed list of figures after a method to it, in step with the names `respectively`, and a figure `at` after a method to that method', () => {
    const found = results('We present HopGNN. On Cora, Citeseer and Pubmed, HopGNN reaches classification accuracies of 84.0%, 73.1% and 80.0% respectively, outperforming GAT (83.0%, 72.5% and 79.0%).');
    expect(found.map((r) => [r.value, r.dataset, r.method])).toEqual([
      ['84.0%', 'Cora', 'HopGNN'],
      ['73.1%', 'CiteSeer', 'HopGNN'],
      ['80.0%', 'PubMed', 'HopGNN'],
      ['83.0%', 'Cora', 'GAT'],
      ['72.5%', 'CiteSeer', 'GAT'],
      ['79.0%', 'PubMed', 'GAT'],
    ]);
    const at = results('We propose FlowVoc, a vocoder. On the LJSpeech dataset, FlowVoc obtains a mean opinion score of 4.30, above WaveNet at 4.02, while running 18 times faster.');
    expect(at.map((r) => [r.value, r.method, r.metric])).toEqual([['4.30', 'FlowVoc', 'mean opinion score'], ['4.02', 'WaveNet', 'mean opinion score'], ['18', 'FlowVoc', 'speedup']]);
  });

  it('gives a figure listed after another its kind and owner (`by 0.5, 0.8 and 1.6 points`, `compared to 2.0% and 4.8% for X`), not a figure that writes its own measure', () => {
    const deltas = results('We present SpanX. It obtains F1 scores of 93.5 on CoNLL-2003, 91.0 on OntoNotes 5.0 and 87.0 on ACE 2005, improving over the previous best model by 0.5, 0.8 and 1.6 points respectively.');
    expect(deltas.map((r) => [r.value, r.dataset, r.kind])).toEqual([
      ['93.5', 'CoNLL-2003', 'ABSOLUTE'],
      ['91.0', 'OntoNotes', 'ABSOLUTE'],
      ['87.0', 'ACE 2005', 'ABSOLUTE'],
      ['0.5', 'CoNLL-2003', 'DELTA'],
      ['0.8', 'OntoNotes', 'DELTA'],
      ['1.6', 'ACE 2005', 'DELTA'],
    ]);
    const owner = results('We present StreamASR. On LibriSpeech, StreamASR achieves word error rates of 2.5% and 5.7%, compared to 2.0% and 4.8% for the full-context Conformer.');
    expect(owner.map((r) => [r.value, r.method])).toEqual([['2.5%', 'StreamASR'], ['5.7%', 'StreamASR'], ['2.0%', 'Conformer'], ['4.8%', 'Conformer']]);
    const next = results('Our best model achieves 24.1 BLEU on LDC2015E86, outperforming the state of the art by 1.0 points and 24.3 BLEU on LDC2017T10.');
    expect(next.find((r) => r.value === '24.3')?.kind).toBe('ABSOLUTE');
  });

  it('pairs figures with a list of names written first though another name stands between (`On UCF101 and HMDB51, X pre-trained on Kinetics reaches`), and credits `X improves Y from A to B` to X', () => {
    const found = results('We present ShiftViT. On UCF101 and HMDB51, ShiftViT pre-trained on Kinetics-400 reaches 97.0% and 78.2% accuracy.');
    expect(found.map((r) => [r.value, r.dataset])).toEqual([['97.0%', 'UCF101'], ['78.2%', 'HMDB51']]);
    const improves = results('We propose QAssign, a label assignment. With a ResNet-50 backbone, QAssign improves RetinaNet from 36.0 AP to 39.1 AP on COCO.');
    expect(improves.map((r) => [r.value, r.method])).toEqual([['36.0', undefined], ['39.1', 'QAssign']]);
  });

  it('reads box and mask AP apart, a later slash run in step with the same list of measures (`EM/F1 of 88.0/93.9 on A and 85.5/88.2 on B`), and an unnamed baseline\'s bracketed figure as nobody\'s', () => {
    const det = results('We present QueryDet. QueryDet reaches 45.8 box AP and 40.0 mask AP on COCO, more accurate than Mask R-CNN (38.8 mask AP).');
    expect(det.map((r) => [r.value, r.metric, r.method])).toEqual([['45.8', 'box AP', 'QueryDet'], ['40.0', 'mask AP', 'QueryDet'], ['38.8', 'mask AP', 'Mask R-CNN']]);
    const qa = results('We propose SpanMatch. SpanMatch obtains an EM/F1 of 88.0/93.9 on SQuAD 1.1 and 85.5/88.2 on SQuAD 2.0.');
    expect(qa.map((r) => [r.value, r.metric, r.dataset])).toEqual([
      ['88.0', 'EM', 'SQuAD 1.1'],
      ['93.9', 'F1', 'SQuAD 1.1'],
      ['85.5', 'EM', 'SQuAD 2.0'],
      ['88.2', 'F1', 'SQuAD 2.0'],
    ]);
    const gen = results('We propose FastDiff. On ImageNet, FastDiff achieves an FID of 2.5, improving over the latent diffusion baseline (FID 3.7).');
    expect(gen.map((r) => [r.value, r.method])).toEqual([['2.5', 'FastDiff'], ['3.7', undefined]]);
  });

  it('puts a listed run of figures that names no data set in step with the figures placed on data sets just before it, and links a known model\'s size (`RoBERTa-base`)', () => {
    const paper = extractPaper(record('We introduce GateAdapter. GateAdapter achieves an accuracy of 93.9% on SST-2, 90.0% on QNLI and 87.1% on MNLI, close to full fine-tuning of RoBERTa-base (94.8%, 92.8% and 87.6%).'));
    expect(paper.results.map((r) => [r.value, r.dataset, r.method])).toEqual([
      ['93.9%', 'SST-2', 'GateAdapter'],
      ['90.0%', 'QNLI', 'GateAdapter'],
      ['87.1%', 'MultiNLI', 'GateAdapter'],
      ['94.8%', 'SST-2', 'RoBERTa-base'],
      ['92.8%', 'QNLI', 'RoBERTa-base'],
      ['87.6%', 'MultiNLI', 'RoBERTa-base'],
    ]);
    expect(paper.entities.filter((e) => e.name === 'RoBERTa-base').map((e) => e.type)).toEqual(['Method']);
    const mt = results('We present mSeq. mSeq obtains a BLEU score of 37.0 on the WMT\'16 English-Romanian test set and 28.0 BLEU on IWSLT\'17 English-French, gains of 3.0 and 2.2 BLEU over random initialization.');
    expect(mt.map((r) => [r.value, r.dataset, r.kind])).toEqual([['37.0', 'WMT 2016', 'ABSOLUTE'], ['28.0', 'IWSLT 2017', 'ABSOLUTE'], ['3.0', 'WMT 2016', 'DELTA'], ['2.2', 'IWSLT 2017', 'DELTA']]);
  });

  it('reads measures the tokenizer splits or a modifier names (`J&F`, `D1-all`, `execution accuracy`), not a verb or a comparison before one', () => {
    const found = results('We propose VosMem. VosMem obtains J&F scores of 85.2 on DAVIS 2017, and ranks first on KITTI 2015 with a D1-all error of 1.61%. On the Spider development set VosMem achieves 78.0% exact match accuracy and 81.1% execution accuracy.');
    expect(found.map((r) => [r.value, r.metric, r.dataset])).toEqual([
      ['85.2', 'J&F', 'DAVIS'],
      ['1.61%', 'D1-all', 'KITTI 2015'],
      ['78.0%', 'EM', 'Spider'],
      ['81.1%', 'execution accuracy', 'Spider'],
    ]);
    const metricsOf = (text: string) => extractPaper(record(text)).entities.filter((e) => e.type === 'Metric').map((e) => e.name).sort();
    expect(metricsOf('It reaches an overall accuracy of 93.0% and a parsing accuracy of 91.2%, and both accuracy and precision degrade accuracy less.')).toEqual(['accuracy', 'parsing accuracy', 'precision']);
    expect(metricsOf('We report the absolute relative error and a 17.3% absolute accuracy improvement.')).toEqual(['accuracy', 'relative error']);
  });

  it('reads no data set in a sentence-opening preposition (`Across 12 OpenML benchmarks`), no score in a rank or a GPU\'s model number, and no claim in a name (`BoostAttn`)', () => {
    const paper = extractPaper(record('We propose BoostAttn. Across 12 OpenML benchmarks BoostAttn has an average rank of 2.1, and on the Higgs dataset it reaches an AUC of 0.853 versus 0.847 for XGBoost, running at 30 FPS on an RTX 3090.'));
    expect(paper.entities.filter((e) => e.type === 'Dataset').map((e) => e.name).sort()).toEqual(['Higgs', 'OpenML']);
    expect(paper.results.map((r) => [r.value, r.method, r.metric])).toEqual([['0.853', 'BoostAttn', 'AUC'], ['0.847', 'XGBoost', 'AUC'], ['30fps', 'BoostAttn', 'FPS']]);
  });

  it('shares the data set a listed figure is placed on with the one listed before it, and pairs figures with names listed right after them', () => {
    const shared = results('We introduce SkelNet. SkelNet achieves 91.9% and 96.0% accuracy on the cross-subject and cross-view benchmarks of NTU RGB+D, and 88.0% on NTU RGB+D 120.');
    expect(shared.map((r) => [r.value, r.dataset])).toEqual([['91.9%', 'NTU RGB+D'], ['96.0%', 'NTU RGB+D'], ['88.0%', 'NTU RGB+D 120']]);
    const inStep = results('We propose FooNet. FooNet achieves 80.1% and 75.3% accuracy on ImageNet and CIFAR-100.');
    expect(inStep.map((r) => [r.value, r.dataset])).toEqual([['80.1%', 'ImageNet'], ['75.3%', 'CIFAR-100']]);
  });

  it('names in results are names or aliases of entities the paper links', () => {
    const paper = extractPaper(record('We propose PVT. PVT reaches 79.8% top-1 acc. on ImageNet-1k, outperforming ResNet-50 (76.1%).'));
    const linked = (type: string) => paper.entities.filter((e) => e.type === type).flatMap((e) => [e.name, ...e.aliases]);
    expect(paper.results.length).toBeGreaterThan(0);
    for (const r of paper.results) {
      if (r.method) expect(linked('Method')).toContain(r.method);
      if (r.dataset) expect(linked('Dataset')).toContain(r.dataset);
      expect(linked('Metric')).toContain(r.metric);
    }
  });
});

describe('values', () => {
  it.each([
    ['52.8% AP and 28.4 BLEU, +0.2 F1, 14x faster, 5fps', ['52.8%', '28.4', '+0.2', '14×', '5fps']],
    ['ResNet-50, CIFAR-10, VOC2007, top-5, 3D, in 2014 with 8 GPUs', []],
    ['1,800 images and 25 layers but 1,250 points more', ['1,250']],
    // Two figures in one (`clean/other`), and `percent` written out; not fractions nor dates.
    ['1.8/3.3 WER, then 2.1%/4.3% and 3.08 percent top-5 error', ['1.8', '3.3', '2.1%', '4.3%', '3.08%']],
    ['on 3/4 of the data, 1/2 of the runs, 12/05/2020', []],
  ])('%s', (text, expected) => expect(findValues(text).map((v) => v.text)).toEqual(expected));
});
