import { parse, type LexiconEntry } from './datasets.js';
import { escapeRegExp } from '../../graph/regexp.js';

/**
 * Well-known evaluation metrics (general vocabulary). One entry a line:
 * `canonical|variant|…`. A leading `-` marks a metric where lower is better;
 * every other entry is higher-is-better. Capitalised variants (`AP`, `PER`) match
 * only with their capitals. `mAP` and `AP` are distinct metrics on purpose:
 * papers use both and they are only equal when the paper says so.
 */
const ENTRIES = `
accuracy|acc.|classification accuracy|Acc
top-1 accuracy|top-1 acc.|top-1 acc|top1 accuracy|top 1 accuracy|Top-1 accuracy|top-1 test accuracy|top-1 validation accuracy|top-1 classification accuracy
top-5 accuracy|top-5 acc.|top5 accuracy|top 5 accuracy|top-5 test accuracy|top-5 validation accuracy|top-5 classification accuracy
-top-1 error|top-1 error rate|top1 error|top-1 test error|top-1 validation error
-top-5 error|top-5 error rate|top5 error|top-5 test error|top-5 validation error
-error rate|error rates|classification error|classification error rate|test error
rank-1 accuracy|rank-1|Rank-1|rank-1 precision|rank-1 rate
F1|F1 score|F1-score|F1 scores|F-score|F-measure|F1-measure|F1 measure|F score
macro-F1|macro F1|macro-averaged F1|macro-average F1
micro-F1|micro F1|micro-averaged F1
precision
recall
AP|average precision
mAP|mean average precision|mean AP
AP50|AP@0.5
box AP|APbox|AP box|bbox AP
mask AP|APmask|AP mask|segm AP
AP75
mIoU|mIOU|mean IoU|mean IOU|mean IU|mean intersection-over-union|mean intersection over union
IoU|intersection-over-union|intersection over union|intersection-over-union score|Jaccard index
Dice|Dice score|Dice coefficient|DSC
AUC|area under the curve|ROC-AUC|AUROC|area under the ROC curve
BLEU|BLEU score|BLEU points|BLEU scores|Bleu
BLEU-1|BLEU1|B@1
BLEU-2|BLEU2|B@2
BLEU-3|BLEU3|B@3
BLEU-4|BLEU4|B@4
SacreBLEU
GLEU
chrF
METEOR
ROUGE|ROUGE score
ROUGE-1
ROUGE-2
ROUGE-L
CIDEr
SPICE
-TER|translation edit rate
-perplexity|PPL|ppl|perplexities
-bits per character|BPC|bpc|bits-per-character
-WER|word error rate|word error rates
-CER|character error rate
-PER|phoneme error rate|phone error rate
-EER|equal error rate
-mCE|mean corruption error|mean Corruption Error
-F1-all|Fl-all|F1-all error|Fl-all error
PQ|panoptic quality
J&F|J&F mean|J&F-mean
-D1-all|D1-all error|D1 error
-mFR|mean flip rate
-FID|Fréchet Inception Distance|Frechet Inception Distance
Inception Score|IS
-KID|Kernel Inception Distance
PSNR|peak signal-to-noise ratio
SSIM|structural similarity
-LPIPS
-MAE|mean absolute error
-MSE|mean squared error|mean square error
-RMSE|root mean squared error|root mean square error
-MAPE|mean absolute percentage error
NDCG|nDCG
MRR|mean reciprocal rank|MRR@10
human-normalized score|human normalized score|human-normalised score
median human-normalized score|median human normalized score|median human-normalised score
mean human-normalized score|mean human normalized score|mean human-normalised score
Hits@1
Hits@10
Recall@1|R@1
Recall@10|R@10
EM|exact match
UAS|unlabeled attachment score|unlabelled attachment score
LAS|labeled attachment score|labelled attachment score
MOTA
IDF1
HOTA
PCK|PCKh
PCK@0.2
PCKh@0.5
-ADE|average displacement error
-FDE|final displacement error
-EPE|end-point error|endpoint error|end-point-error|average end-point error
-miss rate|log-average miss rate
success rate
mean opinion score|MOS
Spearman correlation|Spearman's rank correlation|Spearman's correlation|Spearman's rho|Spearman rank correlation
Pearson correlation
Matthews correlation|MCC
FPS|fps|frames per second|frame rate
-latency|inference latency
throughput
speedup|speed-up|times faster
compression ratio|compression rate
-inference time|running time|runtime|processing time|training time
-FLOPs|GFLOPs
-negative log-likelihood|NLL
log-likelihood
`;

export interface MetricEntry extends LexiconEntry {
  higherIsBetter: boolean;
}

export const METRIC_LEXICON: MetricEntry[] = parse(ENTRIES.replace(/^-/gm, '')).map((entry) => ({
  ...entry,
  higherIsBetter: !new RegExp(`^-${escapeRegExp(entry.canonical)}(?:\\||$)`, 'm').test(ENTRIES),
}));

