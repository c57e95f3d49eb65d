import type { PaperRecord } from '../ingest/record.js';
import type { EntityType, ExtractedPaper } from './types.js';

/**
 * Scoring against the gold file exactly as /work/shared/gold/README.md defines
 * it. Matching is per paper and per type: a linked name is compared only with
 * that paper's annotations of the same type. The headline figures are micro
 * averages (counts pooled over papers); macro averages over papers are printed
 * beside them so the choice is visible.
 */

export interface GoldCluster {
  cluster: string;
  mentions: string[];
}

/** Annotated mention lists; SciREX uses `datasets`, SciERC `materials` (and adds `other`, `generic`). */
export type GoldMentions = Partial<Record<'methods' | 'datasets' | 'materials' | 'tasks' | 'metrics' | 'other' | 'generic', string[]>>;

export interface GoldPaper {
  id: string;
  title?: string;
  abstract: string;
  mentions: GoldMentions;
  /** SciREX only: the entities the paper's results are about. */
  salient?: Partial<Record<GoldType, GoldCluster[]>>;
  /** SciREX only: result tuples. */
  results?: Array<{ method?: string; dataset?: string; metric?: string; task?: string; score?: string; scoreInAbstract?: boolean }>;
}

export type GoldType = 'methods' | 'datasets' | 'tasks' | 'metrics';
export const GOLD_TYPES: readonly GoldType[] = ['methods', 'datasets', 'tasks', 'metrics'];
const TYPE_OF: Record<GoldType, EntityType> = { methods: 'Method', datasets: 'Dataset', tasks: 'Task', metrics: 'Metric' };

/** The annotated mentions of one type (SciERC calls datasets `materials`). */
export function goldMentions(gold: GoldPaper, type: GoldType): string[] {
  return type === 'datasets' ? [...(gold.mentions.datasets ?? []), ...(gold.mentions.materials ?? [])] : (gold.mentions[type] ?? []);
}

/** Lower-case, drop articles and data-set words, keep letters and digits, drop one final plural `s`. */
export function matchKey(name: string): string {
  return name
    .toLowerCase()
    .split(/\s+/)
    .filter((word) => !DROPPED.has(word.replace(/[^\p{L}\p{N}]+/gu, '')))
    .join(' ')
    .replace(/[^\p{L}\p{N}]+/gu, '')
    .replace(/s$/, '');
}

/** Articles and the data-set words the README drops, as whole words (`IJB-A` keeps its `A`). */
const DROPPED = new Set(['a', 'an', 'the', 'dataset', 'datasets', 'benchmark', 'benchmarks', 'corpus', 'corpora', 'challenge']);

/** Equal keys, or one contains the other and is at least half its length. */
export function namesMatch(a: string, b: string): boolean {
  const x = matchKey(a);
  const y = matchKey(b);
  if (!x || !y) return false;
  if (x === y) return true;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return long.includes(short) && short.length * 2 >= long.length;
}

export function goldRecord(gold: GoldPaper, line: number, file: string): PaperRecord {
  const source = { file, line };
  return { id: gold.id, title: gold.title, abstract: gold.abstract, language: 'en', authors: [], categories: [], affiliations: [], urls: [], source, sources: [source] };
}

/** Which part of a gold set a paper is in: a third, chosen by a hash of its id, is held back from tuning. */
export type Split = 'tune' | 'heldout';

export function splitOf(id: string): Split {
  let h = 0x811c9dc5; // FNV-1a: stable across runs and machines, unlike Math.random or object order
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193) >>> 0;
  return h % 3 === 0 ? 'heldout' : 'tune';
}

/** Precision per entity type and strongest rule: the figures confidence.ts is fitted to (on the tuning part only). */
export interface RuleRow {
  type: EntityType;
  rule: string;
  /** Supported by a second rule or a second sentence. */
  supported: boolean;
  predicted: number;
  correct: number;
}

export interface Counts {
  predicted: number;
  correct: number;
  salient: number;
  found: number;
}

export interface TypeScore {
  micro: Counts & { precision: number; recall: number; f1: number; typeErrors: number };
  macro: { precision: number; recall: number; f1: number; papersWithPredictions: number; papersWithSalient: number };
}

export interface CalibrationRow {
  from: number;
  to: number;
  predicted: number;
  correct: number;
  precision: number;
}

export interface EvalReport {
  papers: number;
  aggregation: 'micro';
  /** True when the gold names salient entities (SciREX); SciERC is exhaustive and has none. */
  salient: boolean;
  methods: TypeScore;
  datasets: TypeScore;
  tasks: TypeScore;
  metrics: TypeScore;
  calibration: CalibrationRow[];
  /** Expected calibration error: the link-weighted mean gap between a band's confidence and its precision. */
  ece: number;
  /** Precision per type and strongest rule, to fit confidence.ts on the tuning part. */
  rules: RuleRow[];
}

// The lowest bucket starts where linking starts (MIN_CONFIDENCE) and is wider: few links fall there
// (about 30 on the dev set), and narrower buckets of ~15 links are mostly noise.
const BUCKETS = [0.4, 0.7, 0.8, 0.9, 1.0001];
const f1 = (p: number, r: number): number => (p + r > 0 ? (2 * p * r) / (p + r) : 0);
const ratio = (a: number, b: number): number => (b > 0 ? a / b : 0);
const mean = (xs: number[]): number => (xs.length ? xs.reduce((s, x) => s + x, 0) / xs.length : 0);

/** An entity counts once; it is right when its name or any of its aliases matches a mention. */
export function evaluate(pairs: Array<{ gold: GoldPaper; paper: ExtractedPaper }>): EvalReport {
  const scored: Array<{ confidence: number; correct: boolean }> = [];
  const rules = new Map<string, RuleRow>();
  const byType = (type: GoldType): TypeScore => {
    const total: Counts = { predicted: 0, correct: 0, salient: 0, found: 0 };
    let typeErrors = 0;
    const precisions: number[] = [];
    const recalls: number[] = [];
    for (const { gold, paper } of pairs) {
      const entities = paper.entities.filter((e) => e.type === TYPE_OF[type]);
      const mentions = goldMentions(gold, type);
      const others = GOLD_TYPES.filter((t) => t !== type).flatMap((t) => goldMentions(gold, t));
      let correct = 0;
      for (const e of entities) {
        const names = [e.name, ...e.aliases];
        const ok = names.some((n) => mentions.some((m) => namesMatch(n, m)));
        scored.push({ confidence: e.confidence, correct: ok });
        const rule = e.rules?.[0] ?? '?';
        const supported = (e.rules?.length ?? 0) > 1 || (e.sentences ?? 1) > 1;
        const row = rules.get(`${e.type} ${rule} ${supported}`) ?? { type: e.type, rule, supported, predicted: 0, correct: 0 };
        row.predicted++;
        if (ok) row.correct++;
        rules.set(`${e.type} ${rule} ${supported}`, row);
        if (ok) correct++;
        else if (names.some((n) => others.some((m) => namesMatch(n, m)))) typeErrors++;
      }
      const names = entities.flatMap((e) => [e.name, ...e.aliases]);
      const salient = gold.salient?.[type] ?? [];
      const found = salient.filter((c) => [...c.mentions, c.cluster.replace(/_/g, ' ')].some((m) => names.some((n) => namesMatch(n, m)))).length;
      total.predicted += entities.length;
      total.correct += correct;
      total.salient += salient.length;
      total.found += found;
      if (entities.length) precisions.push(correct / entities.length);
      if (salient.length) recalls.push(found / salient.length);
    }
    const precision = ratio(total.correct, total.predicted);
    const recall = ratio(total.found, total.salient);
    const macroP = mean(precisions);
    const macroR = mean(recalls);
    return {
      micro: { ...total, precision, recall, f1: f1(precision, recall), typeErrors },
      macro: { precision: macroP, recall: macroR, f1: f1(macroP, macroR), papersWithPredictions: precisions.length, papersWithSalient: recalls.length },
    };
  };
  const [methods, datasets, tasks, metrics] = GOLD_TYPES.map(byType) as [TypeScore, TypeScore, TypeScore, TypeScore];
  const calibration = BUCKETS.slice(0, -1).map((from, i) => {
    const to = BUCKETS[i + 1] as number;
    const inside = scored.filter((s) => s.confidence >= from && s.confidence < to);
    const correct = inside.filter((s) => s.correct).length;
    return { from, to: Math.min(1, to), predicted: inside.length, correct, precision: ratio(correct, inside.length) };
  });
  const ece = calibrationError(scored);
  const salient = pairs.some(({ gold }) => gold.salient !== undefined);
  const ruleRows = [...rules.values()].sort((a, b) => a.type.localeCompare(b.type) || a.rule.localeCompare(b.rule) || Number(a.supported) - Number(b.supported));
  return { papers: pairs.length, aggregation: 'micro', salient, methods, datasets, tasks, metrics, calibration, ece, rules: ruleRows };
}

/** ECE over ten equal-width confidence bands: Σ (n_band / n) · |mean confidence − precision|. */
export function calibrationError(scored: Array<{ confidence: number; correct: boolean }>): number {
  if (scored.length === 0) return 0;
  let sum = 0;
  for (let band = 0; band < 10; band++) {
    const inside = scored.filter((s) => Math.min(9, Math.floor(s.confidence * 10)) === band);
    if (inside.length === 0) continue;
    const confidence = mean(inside.map((s) => s.confidence));
    const precision = inside.filter((s) => s.correct).length / inside.length;
    sum += (inside.length / scored.length) * Math.abs(confidence - precision);
  }
  return sum;
}
