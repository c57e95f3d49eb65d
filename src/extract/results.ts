import type { ExtractedEntity, ExtractedResult } from './types.js';
import { normalKey } from '../resolve/index.js';

/**
 * Result tuples stated in the abstract: `achieves 52.8% AP on COCO`,
 * `an intersection-over-union score of 71.8% on the Cityscapes dataset`.
 * The data set is the one named in the same sentence after the value; the
 * method is a method named before it, else the paper's proposed method.
 */

const METRIC = String.raw`(?:top-?[15]\s+(?:accuracy|error(?:\s+rate)?)|mean\s+average\s+precision|average\s+precision|mAP(?:@?[\d.:]+)?|AP(?:50|75|_?\{?\w+\}?)?|mIoU|IoU|intersection[- ]over[- ]union(?:\s+score)?|accuracy|error\s+rate|error|F1(?:[- ]score)?|F-?score|F-measure|BLEU(?:-\d)?(?:\s+score)?|ROUGE(?:-[12L])?|EM|exact\s+match|PSNR|SSIM|FID|perplexity|AUC|NDCG(?:@\d+)?|MRR|hit\s+rate|recall(?:@\d+)?|precision(?:@\d+)?|WER|word\s+error\s+rate|EER|Dice(?:\s+score)?|CIDEr|METEOR|SPICE|MOTA|PCK(?:h)?)`;
const VALUE = String.raw`(\d{1,3}(?:\.\d+)?\s?%|\d{1,3}\.\d+|\d{1,3}(?=\s))`;

const VALUE_METRIC = new RegExp(String.raw`${VALUE}\s*(?:absolute\s+|relative\s+)?(?:\(\s*)?(${METRIC})\b`, 'gi');
const METRIC_VALUE = new RegExp(String.raw`\b(${METRIC})\s*(?:score\s+)?(?:of|=|:|at|reaches|reaching|is|was)\s+(?:about\s+|around\s+|up to\s+)?${VALUE}`, 'gi');

export function findResults(sentences: string[], entities: ExtractedEntity[]): ExtractedResult[] {
  const methods = entities.filter((e) => e.type === 'Method');
  const proposed = methods.find((e) => e.role === 'PROPOSES');
  const datasets = entities.filter((e) => e.type === 'Dataset');
  const out: ExtractedResult[] = [];
  const patterns = new Map<string, RegExp>();
  for (const sentence of sentences) {
    const hits: Array<{ value: string; metric: string; at: number }> = [];
    for (const m of sentence.matchAll(VALUE_METRIC)) hits.push({ value: m[1] ?? '', metric: m[2] ?? '', at: m.index ?? 0 });
    for (const m of sentence.matchAll(METRIC_VALUE)) hits.push({ value: m[2] ?? '', metric: m[1] ?? '', at: m.index ?? 0 });
    for (const hit of hits) {
      const dataset = nearest(sentence, datasets, hit.at, 'after', patterns) ?? nearest(sentence, datasets, hit.at, 'before', patterns);
      const method = nearest(sentence, methods, hit.at, 'before', patterns) ?? proposed;
      const value = hit.value.replace(/\s+/g, '');
      const score = Number.parseFloat(value);
      const result: ExtractedResult = { metric: hit.metric.replace(/\s+/g, ' '), value, evidence: sentence };
      if (method) result.method = method.name;
      if (dataset) result.dataset = dataset.name;
      if (Number.isFinite(score)) result.score = score;
      if (result.dataset || result.method) out.push(result);
    }
  }
  const seen = new Set<string>();
  return out.filter((r) => {
    const key = [r.method, r.dataset, normalKey(r.metric), r.value].join('|');
    return seen.has(key) ? false : (seen.add(key), true);
  });
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The entity whose name or alias occurs closest to `at` on one side (`patterns`: compiled forms, reused within a paper). */
function nearest(
  sentence: string,
  entities: ExtractedEntity[],
  at: number,
  side: 'before' | 'after',
  patterns: Map<string, RegExp>,
): ExtractedEntity | undefined {
  let best: { entity: ExtractedEntity; distance: number } | undefined;
  for (const entity of entities) {
    for (const form of [entity.name, ...entity.aliases]) {
      if (form.length < 2) continue;
      // Whole words only: `MLP` is not named inside `S2-MLPv2`, but `S2-MLPv2` is inside `S2-MLPv2-Medium`.
      let pattern = patterns.get(form);
      if (!pattern) patterns.set(form, (pattern = new RegExp(String.raw`(?<![\w-])${escape(form)}(?!\w)`, 'g')));
      const found = [...sentence.matchAll(pattern)].map((m) => m.index ?? 0);
      const i = side === 'after' ? found.find((x) => x >= at) ?? -1 : found.filter((x) => x <= at).pop() ?? -1;
      if (i < 0) continue;
      const distance = Math.abs(i - at);
      if (!best || distance < best.distance) best = { entity, distance };
    }
  }
  return best?.entity;
}
