import type { Candidate } from './candidate.js';
import type { AcronymDefinition } from './acronyms.js';
import type { ExtractedEntity, Role } from './types.js';
import { KeySet, PhraseIndex, words, type Word } from './phrases.js';
import { allMatches } from './patterns.js';
import { METRIC_LEXICON, type MetricEntry } from '../resolve/lexicon/metrics.js';
import { normalKey } from '../resolve/key.js';

/**
 * Metrics a paper reports results in: known metrics (the lexicon, with their
 * direction), phrases headed by a measure word (`tagging accuracy`, `miss rate`),
 * and `in terms of X`. A metric next to a number or in a sentence about the
 * paper's own results is MEASURED_BY; a metric only named in passing is MENTIONS.
 */

export const METRICS = new PhraseIndex(METRIC_LEXICON);

/** Words that make a metric lower-is-better wherever they occur in its name. */
const LOWER_IS_BETTER = /(?:error|loss|perplexity|latency|runtime|run-time|time|cost|complexity|distance|divergence|miss|false|flops|macs|parameters|params|memory|regret|wer|cer|fid|eer|mae|mse|rmse|nll|bpc|bpd|ppl|ter)\b/i;

/** `accuracy`, `error rate`, `hit rate`: measure words that end a metric phrase. */
const HEAD = /^(?:accuracy|accuracies|error|errors|precision|recall|rate|rates)$/i;
const HEAD_KEYS = new KeySet(['accuracy', 'accuracies', 'error', 'errors', 'precision', 'recall', 'rate', 'rates']);
/** Rates that are measures; `learning rate`, `dropout rate`, `sampling rate` are settings. */
const RATE_OK = /^(?:error|miss|success|recognition|detection|hit|acceptance|rejection|positive|negative|match|matching|retrieval|identification|verification|failure|accept|reject|frame|bit|compression)$/i;
/** Errors that are measured (`top-1 error`, `3D error`); `minor errors`, `ASR errors` are mistakes. */
const ERROR_OK = /^(?:top-?\d|rank-?\d|classification|recognition|test|testing|validation|training|prediction|generalization|reconstruction|localization|tagging|parsing|word|character|phoneme|phone|label|bit|frame|sentence|relative|absolute|squared|mean|average|overall|[23]D|angular|pose|position|depth|endpoint|end-point|rotation|alignment)$/i;
/** Modifiers that narrow nothing: `classification accuracy` is reported as accuracy. */
const PLAIN = /^(?:classification|recognition|test|testing|overall|average|mean|validation|prediction|model|final|tagging|identification|verification)$/i;
const MODIFIER = /^(?:[a-z][a-z0-9-]*|top-?\d|rank-?\d|[A-Z]{2,5})$/;
const NOT_MODIFIER = /^(?:the|a|an|its|our|their|this|of|in|on|for|and|or|with|high|higher|low|lower|better|best|good|state-of-the-art|competitive|improved|superior|comparable|similar|same|strong|reasonable|excellent|promising|significant|remarkable|outstanding|impressive|notable|considerable|substantial|higher|great|greater|increased|reduced|more|less|by|to|at|is|are|was|were|be|has|have|achieves|achieve|obtain|obtains|reach|reaches|improves|improve|boost|boosts|through|both|either|increase|increases|degrade|degrades|hurt|hurts|harm|harms|maintain|maintains|preserve|preserves|keep|keeps|yield|yields|give|gives|human|from|without|when|while|whose|which|that|only|also|still|even|much|very|high-level|low-level|overall-level)$/i;

/** `mixed precision`, `16-bit precision`: numeric precision, not a measure. */
const NUMERIC_PRECISION = /\b(?:mixed|half|single|double|full|numerical|floating-point|arbitrary|machine|reduced|low|\d+-bit)\s+$/i;
/** Acronyms that are metrics only beside a number or their long form (`EM` is also expectation–maximisation). */
const AMBIGUOUS = new Set(['EM', 'MOS', 'FPS', 'PER', 'TER', 'AP', 'MCC', 'Acc', 'ADE', 'PCK', 'Dice', 'ASR', 'IS', 'LAS', 'UAS']);
const NUMBER_NEAR = /\d/;

const MEASURED = /\d|\b(?:we|our|achiev\w*|outperform\w*|report\w*|results?|improv\w*|evaluat\w*|measured?|in terms of)\b/i;

export function metricRole(sentence: string): Role {
  return MEASURED.test(sentence) ? 'MEASURED_BY' : 'MENTIONS';
}

/** Whether larger values are better: the lexicon's word, else read from the name. */
export function higherIsBetter(name: string): boolean {
  const known = METRICS.lookup(name);
  return known ? known.higherIsBetter : !LOWER_IS_BETTER.test(name);
}

export interface MetricMention {
  /** Canonical name (`top-1 accuracy`). */
  name: string;
  surface: string;
  start: number;
  end: number;
  rule: Candidate['rule'];
}

/** Metric mentions of one sentence, left to right. `defined`: the paper's acronyms with their long forms. */
export function findMetrics(sentence: string, ws: Word[] = words(sentence), defined?: Map<string, string>): MetricMention[] {
  const out: MetricMention[] = [];
  const taken = new Set<number>();
  /** Words the lexicon found as a one-word measure (`accuracy`): a modifier before one may still name a longer one (`execution accuracy`). */
  const alone = new Set<number>();
  for (const hit of METRICS.find(sentence, ws)) {
    const entry: MetricEntry = hit.entry;
    if (/^precision$/i.test(hit.surface) && NUMERIC_PRECISION.test(sentence.slice(0, hit.start))) continue;
    if (/^recall$/i.test(hit.surface) && /\bwe\s+$/i.test(sentence.slice(0, hit.start))) continue;
    if (AMBIGUOUS.has(hit.surface)) {
      const long = defined?.get(hit.surface);
      const near = sentence.slice(Math.max(0, hit.start - 16), hit.end + 16);
      if (long ? !METRICS.lookup(long) : !NUMBER_NEAR.test(near)) continue;
    }
    for (let i = hit.from; i < hit.to; i++) taken.add(i);
    if (hit.to - hit.from === 1) alone.add(hit.from);
    out.push({ name: entry.canonical, surface: hit.surface, start: hit.start, end: hit.end, rule: 'metric-lexicon' });
  }
  for (let i = 1; i < ws.length; i++) {
    const head = ws[i] as Word;
    if (!HEAD_KEYS.hasWord(head) || (taken.has(i) && !alone.has(i)) || !HEAD.test(head.text)) continue;
    const mod = ws[i - 1] as Word;
    if (!/^[\s-]+$/.test(sentence.slice(mod.end, head.start)) || !MODIFIER.test(mod.text) || NOT_MODIFIER.test(mod.text)) continue;
    // `absolute relative error` is a measure; `a 17.3% absolute accuracy improvement` is accuracy.
    if (/^(?:absolute|relative)$/i.test(mod.text) && !/^errors?$/i.test(head.text)) continue;
    // `exact match accuracy`: a modifier that ends a longer measure (`exact match`) modifies nothing more.
    if (taken.has(i - 1) && !alone.has(i - 1)) continue;
    if (/^rates?$/i.test(head.text) && !RATE_OK.test(mod.text)) continue;
    if (/^errors?$/i.test(head.text) && !ERROR_OK.test(mod.text)) continue;
    if (/(?:ing|ed|ly)$/.test(mod.text) && !/^(?:tagging|matching|parsing)$/i.test(mod.text)) continue;
    const known = taken.has(i - 1) ? undefined : METRICS.lookup(`${mod.text} ${head.text}`);
    const surface = sentence.slice(mod.start, head.end);
    const base = head.text.toLowerCase().replace(/^accuracies$/, 'accuracy').replace(/s$/, '');
    const name = known?.canonical ?? (PLAIN.test(mod.text) && base !== 'rate' ? (base === 'error' ? 'error rate' : base) : surface.toLowerCase().replace(/(?:accuracies|errors|rates)$/, (s) => s.replace(/ies$/, 'y').replace(/s$/, '')));
    // `classification accuracy` replaces the bare `accuracy` the lexicon found in it.
    const inner = out.findIndex((m) => m.start === head.start);
    if (inner >= 0) out.splice(inner, 1);
    out.push({ name, surface, start: mod.start, end: head.end, rule: known ? 'metric-lexicon' : 'metric-phrase' });
  }
  // `(4.62% error)`: a bare `error` after a percentage is the error rate it states. The `%` and `error` tests
  // are the pattern's literals (most sentences lack one): a change to the pattern goes there too.
  for (const m of sentence.includes('%') && sentence.includes('error') ? sentence.matchAll(/\d\s?%\s+(errors?)\b/g) : []) {
    const start = (m.index ?? 0) + m[0].length - (m[1] ?? '').length;
    if (!out.some((x) => x.start <= start && x.end > start)) out.push({ name: 'error rate', surface: m[1] ?? '', start, end: start + (m[1] ?? '').length, rule: 'metric-phrase' });
  }
  // `top-1 and top-5 error rates`, `21.2% top-1 and 5.6% top-5 error`: the first rank shares the measure written after the second.
  for (const m of sentence.includes('top') ? allMatches(SHARED_HEAD, sentence) : []) {
    const name = METRICS.lookup(`${m[1]} ${(m[3] ?? '').replace(/rates$/i, 'rate')}`)?.canonical;
    const start = m.index ?? 0;
    if (name && !out.some((x) => x.start <= start && x.end > start)) out.push({ name, surface: m[1] ?? '', start, end: start + (m[1] ?? '').length, rule: 'metric-lexicon' });
  }
  for (const m of !sentence.includes('in terms of') ? [] : sentence.matchAll(/\bin terms of\s+((?:[a-z][a-z0-9-]*\s?){1,3}?)(?=\s*(?:,|\.|;|\band\b|\bas\b|\bon\b|\bwith\b|\bcompared\b|$))/g)) {
    const phrase = (m[1] ?? '').trim();
    const start = (m.index ?? 0) + m[0].indexOf(phrase);
    if (!phrase || out.some((x) => x.start <= start && x.end > start) || phrase.split(' ').some((w) => NOT_MODIFIER.test(w) || /^(?:both|either|all|each|terms?)$/.test(w))) continue;
    out.push({ name: METRICS.lookup(phrase)?.canonical ?? phrase, surface: phrase, start, end: start + phrase.length, rule: 'metric-cue' });
  }
  // `Recall@20`, `NDCG@10`, `HR@5`: a ranking measure at a cut-off, whatever the cut-off.
  for (const m of sentence.includes('@') ? allMatches(AT_CUTOFF, sentence) : []) {
    const start = m.index ?? 0;
    if (out.some((x) => x.start <= start && x.end > start)) continue;
    const name = METRICS.lookup(m[0])?.canonical ?? `${AT_BASE[(m[1] ?? '').toLowerCase()] ?? m[1]}@${m[2]}`;
    out.push({ name, surface: m[0], start, end: start + m[0].length, rule: 'metric-lexicon' });
  }
  // `J&F` (video object segmentation): the tokenizer drops `&`, so it is read here, over the `F score` inside it.
  for (const m of sentence.includes('&') ? allMatches(J_AND_F, sentence) : []) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    for (let k = out.length - 1; k >= 0; k--) if (out[k]!.start < end && out[k]!.end > start) out.splice(k, 1);
    out.push({ name: 'J&F', surface: m[0], start, end, rule: 'metric-lexicon' });
  }
  return out.sort((a, b) => a.start - b.start);
}

const J_AND_F = /\bJ\s?&\s?F(?:[\s-]mean)?\b/g;
const AT_CUTOFF = /(?<![\w@])(Recall|R|NDCG|nDCG|HR|Hit|HitRate|Hits|MRR|P|Precision|MAP|mAP|Acc|Accuracy)@(\d{1,4})\b/gi;
/** The one spelling of each ranking measure's name before `@k`. */
const AT_BASE: Readonly<Record<string, string>> = { recall: 'Recall', r: 'Recall', ndcg: 'NDCG', hr: 'HR', hit: 'HR', hitrate: 'HR', hits: 'Hits', mrr: 'MRR', p: 'Precision', precision: 'Precision', map: 'MAP', acc: 'Accuracy', accuracy: 'Accuracy' };

const SHARED_HEAD = /\b(top-?\d)\s+(?:and|or|\/)\s+(?:[\d.]+\s*%\s+)?(top-?\d)\s+(error rates?|error|accuracy)\b/gi;

export function metricCandidates(sentence: string, index: number, ws: Word[], acronyms: AcronymDefinition[], defined: Map<string, string>): Candidate[] {
  for (const { short, long } of acronyms) defined.set(short, long);
  const found = findMetrics(sentence, ws, defined);
  const role = found.length ? metricRole(sentence) : 'MENTIONS';
  return found.map((m) => ({
    type: 'Metric' as const,
    surface: m.name,
    role,
    rule: m.rule,
    sentence: index,
    ...(normalKey(m.name) !== normalKey(m.surface) ? { alias: m.surface } : {}),
  }));
}

/** Sets each metric's direction and adds the lexicon's spellings of tasks and metrics to their aliases. */
export function describeMetrics(entities: ExtractedEntity[], lexiconVariants: (e: ExtractedEntity) => string[]): void {
  for (const e of entities) {
    if (e.type !== 'Metric' && e.type !== 'Task') continue;
    const aliases = new Set([...e.aliases, ...lexiconVariants(e)]);
    e.aliases = [...aliases].filter((a) => normalKey(a) !== e.key).sort();
    if (e.type === 'Metric') e.higherIsBetter = higherIsBetter(e.name);
  }
}
