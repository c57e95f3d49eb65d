import type { ExtractedEntity, ExtractedResult, ResultKind } from './types.js';
import { findMetrics, higherIsBetter, type MetricMention } from './metrics.js';
import { words, type Word } from './phrases.js';
import { findValues, type Value } from './values.js';
import { mentionsIn, ownMethod, type Mention } from './result-names.js';
import { DATASET_METRIC, USUAL_METRIC } from '../resolve/lexicon/tasks.js';
import { METHOD_NOUN } from './patterns.js';
import { elidedVersions } from './names.js';
import { normalKey } from '../resolve/key.js';

/**
 * Result tuples stated in the abstract: method × dataset × task × metric × value.
 * A value is a result when a metric is attached to it: written beside it
 * (`28.4 BLEU`, `(4.62% error)`, `BLEU score of 41.8`), carried along a chain
 * (`from 1.06 to 0.99`, `96.9 (+0.2) on PKU, 98.3 on CITYU`), or implied by the
 * paper when it reports in a single metric. Deltas (`+0.2`, `improves by 2.1`)
 * are DELTA; targets and thresholds are not results. The data set is the one
 * named after the value (else before it, else the paper's only one); the method
 * is a baseline when the value follows it in parentheses or the `from` of a
 * `from A to B`, otherwise the subject's, which for `our model` / `we` is the
 * paper's own method.
 */

/** Between a metric and its value: `BLEU score of`, `accuracy is improved from`, `PER to`, `mAP of Faster-RCNN on MS-COCO from`. */
const METRIC_TO_VALUE = /^\)?[\s\w-]{0,3}(?:\s*(?:score|scores|points?|value|rate))?\s*(?:\(\s*[^()]{0,12}\)\s*)?(?:\(\s*(?:absolute|relative)\s+)?(?:(?:improvements?|gains?)\s+)?(?:(?:of|for)\s+(?:the\s+)?[\w.-]+(?:\s+[\w.-]+){0,2}?\s+(?=(?:on|in)\s))?(?:(?:on|in|for)\s+(?:the\s+)?[\w.-]+(?:\s+[\w.-]+){0,2}\s*(?=to\b|of\b|is\b|was\b|=|:|\(|,?\s*from\b))?(?:of|=|:|is|was|are|were|at|reaches|reached|reaching|improved|improves|increased|reduced|reduces|decreased|drops|goes|from|to|by|as high as|as low as|around|about|over|up to|nearly|approximately|roughly|\(|,|\s)*(?:(?:of|from|to|by|up to|around|about)\s+)*$/i;
/** Between a value and its metric: `28.4 BLEU`, `17.3% absolute accuracy improvement`, `62.42 (GLEU)`. */
const VALUE_TO_METRIC =
  /^\s*\(?\s*(?:(?:(?:absolute|relative|average|higher|lower|better|more|less|improvements?|gains?|increases?|reductions?|boost|in)\s+){0,2}|(?:(?:absolute|relative)\s+)?(?:improvements?|gains?|increases?|reductions?|drops?|decreases?|boost)\s+(?:in|on|of)\s+(?:the\s+)?(?:[\w-]+\s+)?)$/i;
/** A target or threshold: `to reach an accuracy of 70%`, `until the accuracy exceeds 90%`. */
const TARGET = /(?:(?<!\b(?:able|managed|manages|manage)\s)\bto\s+(?:reach|achieve|attain|hit|obtain|get)|\b(?:target|threshold|until|at least|required|requires|needed|needs|necessary|goal|budget|when|whenever|if)\b)[^.;]{0,40}$/i;
const CLAIM = /\b(?:state[- ]of[- ]the[- ]art|sota|new record|best)\b[^.;]{0,30}$/i;
/** A change, not a level: `by 2 BLEU`, `+0.2`, `2.1% improvement`, `5.5 points more than`, `lower error (absolute 7.8%)`. */
const DELTA_BEFORE = /(?:\b(?:by|of up to|gains? of|improvements? of|increases? of|reductions? of|margin of)\s+(?:over\s+|about\s+|around\s+|up to\s+|nearly\s+|almost\s+|more than\s+|an average of\s+)?|\(\s*(?:absolute|relative)\s+)$/i;
const DELTA_AFTER = /^\s*(?:\(\s*)?(?:[\w-]+\s+){0,2}?(?:absolute\s+|relative\s+)?(?:(?:[\w-]+\s+)?(?:improvements?|gains?|increases?|boost|reduction|drop|decrease)|(?:points?\s+)?(?:more|higher|better|lower|less|over|above)\b)/i;
const FROM_TO = /\bfrom\s*$/i;
/** The improved figure of `from A to B`: the paper's own. */
const TO_SIDE = /\bfrom\s+[+\-−]?\d[\d.,]*\s*%?\s*(?:\([^()]{0,30}\)\s*)?(?:to|→|->)\s*$/i;
const RESPECTIVELY = /\brespectively\b/i;
/**
 * What may follow a value whose metric is carried over or implied: punctuation, a preposition, a
 * conjunction, a comparison (`2.3 points higher than`). `73.8% relative standard deviation reduction` names its own measure.
 */
const OPEN_AFTER =
  /^\s*(?:$|[,;:.)(]|(?:on|for|in|at|and|or|to|respectively|with|without|vs\.?|versus|while|compared|over|than|when|after|using|by|from|level)\b|(?:points?\s+)?(?:more|higher|better|lower|less|above|below)\s+than\b)/i;
/** `speeds up mel-spectrogram generation by 270x`, `a speed-up of 3x`. */
const SPEEDS_UP = /\b(?:speeds?\s+up|accelerat\w*|speed-?ups?\s+of)\b[^.;,]{0,120}?(?:\bby\s+|\bof\s+)?(?:up\s+to\s+|about\s+|nearly\s+)?$/i;
/** Two measures written as alternatives: `bpc / perplexity`, `BLEU or METEOR`. */
const ALTERNATIVE = /^\s*(?:\/|or)\s*$/;
const UNKNOWN_SCORE = /\b(?:score|scores|index|ratio|value|rank|ranking)\s*(?:of|is|was|=|:)?\s*$/i;
/** A sentence that states an outcome: an implied metric needs one (`to train a 4.08 … model` states none). */
const OUTCOME = /\b(?:achiev\w*|obtain\w*|reach\w*|yield\w*|scor\w*|report\w*|attain\w*|gets?|got|sets?|establish\w*|improv\w*|outperform\w*|surpass\w*|results?|performance|performs?|gains?|accuracy)\b/i;
/** `, while ResNet-50 reaches`, `, whereas the baseline obtains`, `, above WaveNet at`: a rival's figure in the same measure. */
const RIVAL = /^[\s,;]*(?:(?:while|whereas|and|but|compared\s+(?:to|with))\s+[^,;:]{0,40}?\s+(?:reach(?:es|ed)?|achiev(?:es|ed)|obtain(?:s|ed)|gets?|got|scor(?:es|ed)|yield(?:s|ed)|attain(?:s|ed)|has|had|is|was|at)|(?:(?:and|but)\s+)?(?:above|below|ahead of|behind|over|than)\s+[^,;:]{0,40}?\s+at)\s+(?:only\s+|just\s+|about\s+|around\s+)?$/i;
/** `on SST-2, outperforming BERT-base (`: a baseline's figure in brackets after its name. */
const BASELINE_PAREN = /^\s*\)?[^;:()]{0,60}\(\s*$/;
const CONNECTOR = /^[\s,;()]*(?:(?:and|or|to|vs\.?|versus|from|while|with|but)\s+)*(?:(?:on|for|in|at)\s+[^;:]{0,40}?[,;]?\s*(?:and|or|to|from)?\s*(?:from\s+)?)?$/i;

/**
 * `sentenceWords`: each sentence's words if already cut (the task and metric rules did), else cut here.
 * `titleMethod`: the name before the title's colon, the paper's own when the abstract proposes nothing by name.
 */
export function findResults(sentences: string[], entities: ExtractedEntity[], title = '', sentenceWords: Array<Word[] | undefined> = [], titleMethod?: string): ExtractedResult[] {
  const out: ExtractedResult[] = [];
  const linked = (type: ExtractedEntity['type']) => entities.filter((e) => e.type === type);
  const linkedDatasets = linked('Dataset');
  const linkedMethods = linked('Method');
  const metricNames = new Set(linked('Metric').flatMap((e) => [e.name, ...e.aliases]));
  const measured = linked('Metric').filter((e) => e.role === 'MEASURED_BY');
  const paperMetric = measured.length === 1 ? measured[0]?.name : undefined;
  const evaluated = linked('Dataset').filter((e) => e.role === 'EVALUATES_ON');
  // The paper's one data set: the one it evaluates on, else the only one it works with (`… learning on ImageNet`), else
  // the one it makes (`We present the Stanford Question Answering Dataset (SQuAD) … an F1 score of 51.0%`).
  const worked = linked('Dataset').filter((e) => e.role !== 'MENTIONS' && e.role !== 'PROPOSES');
  const made = linked('Dataset').filter((e) => e.role === 'PROPOSES');
  const paperDataset = evaluated.length === 1 ? evaluated[0]?.name : evaluated.length === 0 && worked.length === 1 ? worked[0]?.name : worked.length === 0 && made.length === 1 ? made[0]?.name : undefined;
  const own = ownMethod(entities, sentences, title, titleMethod) ?? titleMethod;
  const addressed = linked('Task').filter((e) => e.role === 'ADDRESSES');
  // The usual measure of what the paper addresses, when its tasks agree on one (`achieving 89.0% and 82.1%` in a segmentation paper).
  const usual = new Set(addressed.map((t) => USUAL_METRIC[t.name]).filter(Boolean));
  const paperTaskMetric = usual.size === 1 ? [...usual][0] : undefined;
  let previousDatasets: Mention[] = [];
  /** Where and in what the previous sentence's results were placed. */
  let lastResults: Array<{ dataset: string; metric: string }> = [];
  for (const [i, sentence] of sentences.entries()) {
    const values = findValues(sentence);
    const lastDatasets = previousDatasets;
    previousDatasets = withElided(sentence, mentionsIn(sentence, linkedDatasets), linkedDatasets);
    if (values.length === 0) {
      lastResults = [];
      continue;
    }
    const metrics = findMetrics(sentence, sentenceWords[i] ?? words(sentence)).filter((m) => metricNames.has(m.name));
    const datasets = previousDatasets;
    const methods = mentionsIn(sentence, linkedMethods, true);
    const tasks = mentionsIn(sentence, addressed);
    const taskMetric = tasks.map((t) => USUAL_METRIC[t.entity.name]).find(Boolean) ?? paperTaskMetric;
    // `It achieves 57.9 AP50`: a sentence of results that opens with a pronoun goes on about the paper's method.
    // `By comparison, the state-of-the-art … model achieves a WER of 8.0%`: a rival's figure, not the paper's.
    const rivalSentence = /^(?:By|In|For) comparison\b/i.test(sentence) && !OWN_SUBJECT.test(sentence);
    const ownSubject = !rivalSentence && (/\b(?:we|our|ours|the proposed|this (?:paper|work|model|method|approach))\b/i.test(sentence) || PRONOUN_SUBJECT.test(sentence));
    // The measure written right after each figure, read once.
    const afterOf = values.map((v) => metricAfter(sentence, v, metrics));
    const listed = listedMetrics(sentence, metrics, values);
    // `83.0%, 72.5% and 79.0% accuracy`: figures listed before one measure share it.
    for (let k = values.length - 2; k >= 0; k--) {
      const [v, next] = [values[k]!, values[k + 1]!];
      if (listed.has(v) || !LIST_GAP.test(sentence.slice(v.end, next.start)) || afterOf[k]) continue;
      const shared = listed.get(next) ?? afterOf[k + 1];
      if (shared) listed.set(v, shared);
    }
    let previous: { value: Value; metric: string; end: number; fromData: boolean; choices?: { names: string[]; fallback: string } } | undefined;
    /** The last figure given in a score we do not know (`GLUE score of 90.3 and 88.9 on SuperGLUE`): its list goes on in it. */
    let unknownBefore: Value | undefined;
    const found: Array<{ value: Value; index: number; metric: string; how: number; at?: MetricMention }> = [];
    for (const [index, value] of values.entries()) {
      const before = sentence.slice(0, value.start);
      // `to reach an accuracy of 70%` is a target; `to achieve state-of-the-art results: 43.5% AP` states the outcome.
      if (TARGET.test(before) && !CLAIM.test(before.slice(-60))) continue;
      // `SQuAD 1.1 and 2.0`, `ResNet 50`: a number inside a linked name, or another version of it, is no score.
      if (datasets.some((d) => d.start <= value.start && value.end <= d.end) || methods.some((m) => m.start <= value.start && value.end <= m.end)) continue;
      // `SQuAD 1.1 and 2.0`: a bare number shaped like the version a data set's name ends in is another version (`OntoNotes 5.0
      // and 87.4` is a score).
      if (!value.unit && /^\d{1,2}\.\d$/.test(value.text) && datasets.some((d) => /^\s*(?:and|or|\/)\s*$/.test(sentence.slice(d.end, value.start)) && shapeOf(/\d+(?:\.\d+)?$/.exec(sentence.slice(d.start, d.end))?.[0] ?? '') === shapeOf(value.text))) continue;
      const after = value.pairEnd ? metricAfter(sentence, { ...value, end: value.pairEnd }, metrics) : afterOf[index];
      const inStep = listed.get(value);
      const metric = inStep ?? after ?? metricBefore(sentence, value, metrics);
      const open = OPEN_AFTER.test(sentence.slice(value.pairEnd ?? value.end));
      // The chain runs from the previous value, or from its metric when that was written after it (`41.2 mAP on COCO, 2.3 points higher`).
      const gap = previous ? sentence.slice(previous.end, value.start) : '';
      const chained = open && previous && (CONNECTOR.test(gap) || RIVAL.test(gap) || BASELINE_PAREN.test(gap)) ? previous.metric : undefined;
      // The paper's one measure, else the usual measure of the task the sentence names (`… on AS for the CWS task`).
      // Not where the sentence names a score we do not know (`an average GLUE score of 90.3`).
      const unknown = UNKNOWN_SCORE.test(before.slice(-30)) || (unknownBefore !== undefined && CONNECTOR.test(sentence.slice(unknownBefore.end, value.start)));
      if (unknown) unknownBefore = value;
      const implied = open && OUTCOME.test(sentence) && !unknown && value.unit !== '×' && (value.unit === '%' || /\./.test(value.text)) ? paperMetric ?? taskMetric : undefined;
      // `WER of 2.1%/4.3%`: the second of a pair is measured as the first.
      const partner = previous && inRun(previous.value, value) ? previous.metric : undefined;
      // `at 59 FPS`: a frame rate is measured in frames per second, whatever came before.
      const rate = value.unit === 'fps' && metricNames.has('FPS') ? 'FPS' : undefined;
      // The usual measure of the data set the figure is placed on: for a figure whose measure is not written
      // (`on MNLI by +0.9% (90.2% vs. 91.1%)`), and to choose between two written together (`bpc / perplexity … 0.99 on enwik8`).
      const dataMetric = (): string | undefined => {
        const d = datasetFor(sentence, value, values[index + 1], values[index + 1], datasets, methods, metrics);
        return d ? DATASET_METRIC[d.entity.name] : undefined;
      };
      // Two measures written as alternatives (`bpc / perplexity from … on enwik8, … on WikiText-103`): the value's data set
      // says which, else the one written nearest; the chain carries both.
      const alternatives = metric ? metrics.filter((m) => m === metric || ALTERNATIVE.test(m.end <= metric.start ? sentence.slice(m.end, metric.start) : sentence.slice(metric.end, m.start))) : [];
      const choices = metric ? (alternatives.length > 1 ? { names: alternatives.map((m) => m.name), fallback: metric.name } : undefined) : chained ? previous?.choices : undefined;
      const chosen = choices ? dataMetric() : undefined;
      const pick = choices ? (chosen && choices.names.includes(chosen) ? chosen : choices.fallback) : undefined;
      // A written measure is carried along the chain (`45.2 AP on COCO and 40.1 on Cityscapes`); one read off a data set is
      // not carried to the next (`on MNLI by +0.9%, on SQuAD v2.0 by +2.3%`).
      const carried = previous?.fromData ? undefined : chained;
      const usualOfData = !metric && !partner && open && OUTCOME.test(sentence) && value.unit !== '×' ? dataMetric() : undefined;
      const name = inStep?.name ?? partner ?? rate ?? pick ?? metric?.name ?? carried ?? usualOfData ?? implied ?? (value.unit === '×' && (/^\s*(?:faster|speed-?up|acceleration)/i.test(sentence.slice(value.end)) || SPEEDS_UP.test(before.slice(-140))) ? 'speedup' : undefined);
      if (!name) continue;
      // `in 50 ms`: a time is measured only in a measure of time, never carried over from a score.
      if (value.unit === 'ms' && !/latency|time|speed|delay/i.test(name)) continue;
      found.push({ value, index, metric: name, how: metric ? 1 : chained ? 0.85 : 0.6, ...(metric ? { at: metric } : {}) });
      previous = { value, metric: name, end: after ? after.end : value.end, fromData: name === usualOfData, ...(choices ? { choices } : {}) };
    }
    const pairs = respectively(sentence, found, datasets.length ? datasets : lastDatasets);
    const carry = lastResults.length > 0 && datasets.length === 0 && new Set(lastResults.map((r) => r.dataset)).size === 1 ? lastResults[0] : undefined;
    lastResults = [];
    let lastPrior = false;
    const sides = versusSides(sentence, found);
    const slashed = slashPairs(sentence, found, datasets);
    const parallel = parallelRuns(sentence, found.map((f) => f.value), values, datasets);
    // The data set each figure's statement places it on, read only when the rules before it say nothing (most figures).
    const placedAt = new Map<number, Mention | null | undefined>();
    const placed = (k: number): Mention | null | undefined => {
      if (!placedAt.has(k)) placedAt.set(k, datasetFor(sentence, found[k]!.value, found[k + 1]?.value, values[found[k]!.index + 1], datasets, methods, metrics));
      return placedAt.get(k);
    };
    // `92.4% and 96.8% accuracy on the cross-subject and cross-view benchmarks of NTU RGB+D`: a figure listed before
    // another that is placed on a data set (after both) is on it too.
    const sharedForward = (k: number): Mention | undefined => {
      const [here, there] = [found[k]!.value, found[k + 1]?.value];
      const on = there ? placed(k + 1) : undefined;
      return there && on && on.start >= there.end && LIST_GAP.test(sentence.slice(here.end, there.start)) ? on : undefined;
    };
    let lastMethod: string | undefined;
    let lastBaseline: string | undefined;
    let lastKind = 'ABSOLUTE' as ResultKind;
    for (const [k, { value, metric, how, at }] of found.entries()) {
      // `7.2%/14.6%`: the second of a pair is the same system's figure as the first.
      const second = k > 0 && inRun(found[k - 1]!.value, value);
      const dataset = slashed.get(value) ?? pairs?.[k] ?? parallel.get(value) ?? namedBefore(sentence, at, value, datasets) ?? (placed(k) === undefined ? sharedForward(k) : placed(k));
      // `(90.2% vs. 91.1%)` in a claim of improvement: the better figure is the subject's, the other the compared one's.
      const side = sides.get(value);
      const prior: boolean = side === undefined ? priorFigure(sentence, value, found[k - 1]?.value, lastPrior) : !side;
      lastPrior = prior;
      const baseline = side === false ? comparedIn(sentence, methods, own) ?? baselineOf(sentence, value, methods) ?? '' : side === true ? undefined : baselineOf(sentence, value, methods) ?? (prior ? '' : undefined);
      const improved = TO_SIDE.test(sentence.slice(0, value.start));
      // The paper's method when it is the subject, or the only method the sentence names (`These qualities of Swin Transformer … (87.3 top-1 …)`).
      const onlyOwn = methods.length > 0 && methods.every((m) => m.entity.name === own);
      // `compared to 2.1% and 4.9% for X`, `by 0.6, 0.9 and 1.8 points`: a figure listed after another is of the same kind and owner.
      // Not a figure that writes its own measure after it (`by 1.1 points and 24.54 BLEU on …` starts a new statement).
      const inList = k > 0 && LIST_GAP.test(sentence.slice(found[k - 1]!.value.end, value.start)) && !(at && at.start >= value.end);
      const method = second || (inList && lastBaseline !== undefined) ? lastMethod : baseline ?? (improved ? own : undefined) ?? subjectOf(sentence, value, methods, own, ownSubject) ?? (rivalSentence ? '' : ownSubject || methods.length === 0 || onlyOwn ? own : undefined);
      lastMethod = method;
      lastBaseline = inList && lastBaseline !== undefined ? lastBaseline : baseline;
      const kind: ResultKind = value.signed || DELTA_BEFORE.test(sentence.slice(0, value.start)) || DELTA_AFTER.test(sentence.slice(value.end)) || (inList && lastKind === 'DELTA') ? 'DELTA' : 'ABSOLUTE';
      lastKind = kind;
      const task = tasks[0]?.entity.name ?? (addressed.length === 1 ? addressed[0]?.name : undefined);
      // `… 76.8 mAP on VOC 2007. At 40 FPS, YOLOv2 gets 78.6 mAP`: the report goes on, on the same data, in the same
      // measure; not when the figure is placed elsewhere (`by 1.0 F1 on news`).
      const carried = carry && carry.metric === metric && kind === 'ABSOLUTE' && !/^[^.;]{0,40}?\b(?:on|in|for)\s+(?:the\s+)?\w/i.test(sentence.slice(value.end)) ? carry.dataset : undefined;
      const datasetName = dataset === null ? undefined : dataset?.entity.name ?? carried ?? listedOn(sentence, value, found[k + 1], metric, datasets) ?? paperDataset;
      if (datasetName) lastResults.push({ dataset: datasetName, metric });
      if (!datasetName && !method) continue;
      const result: ExtractedResult = { metric, value: value.text, score: value.score, kind, evidence: sentence };
      if (method) result.method = method;
      if (datasetName) result.dataset = datasetName;
      if (task) result.task = task;
      if (value.unit) result.unit = value.unit;
      result.confidence = Math.round(100 * how * (dataset ? 0.9 : carried && datasetName === carried ? 0.8 : 0.7) * (method ? 1 : 0.9)) / 100;
      out.push(result);
    }
  }
  const seen = new Set<string>();
  return out.filter((r) => {
    const key = [r.method, r.dataset, r.metric, r.value, r.kind].join('|');
    return seen.has(key) ? false : (seen.add(key), true);
  });
}

/**
 * `top-1 and top-5 error rates of 37.5% and 17.0%`, `ROUGE-1/ROUGE-2/ROUGE-L scores of 44.17/21.47/41.11`: a list of
 * measures, then as many figures, in step.
 */
function listedMetrics(sentence: string, metrics: MetricMention[], values: Value[]): Map<Value, MetricMention> {
  const out = new Map<Value, MetricMention>();
  for (let i = 0; i + 1 < metrics.length; i++) {
    if (i > 0 && METRIC_JOIN.test(sentence.slice(metrics[i - 1]!.end, metrics[i]!.start))) continue; // not the start of a list
    const list = [metrics[i]!];
    while (i + list.length < metrics.length && METRIC_JOIN.test(sentence.slice(list.at(-1)!.end, metrics[i + list.length]!.start))) list.push(metrics[i + list.length]!);
    if (list.length < 2) continue;
    const tail = list.at(-1)!;
    const first = values.findIndex((v) => v.start >= tail.end && /^\s*(?:scores?\s+)?(?:of|:|=|are|were|is|was|at)?\s*$/.test(sentence.slice(tail.end, v.start)));
    const run = first < 0 ? [] : values.slice(first, first + list.length);
    if (run.length !== list.length || !run.every((v, k) => k === 0 || inRun(run[0]!, v) || LIST_GAP.test(sentence.slice(run[k - 1]!.end, v.start)))) continue;
    run.forEach((v, k) => out.set(v, list[k]!));
    // `EM/F1 of 88.9/94.6 on SQuAD 1.1 and 86.2/89.0 on SQuAD 2.0`: a later slash run as long, with no measure written
    // between, is in step with the same list.
    let end = run.at(-1)!.end;
    for (const head of values.filter((v) => v.start > end && v.pairEnd !== undefined)) {
      if (head.start < end || metrics.some((m) => m.start >= end && m.start < head.start)) break;
      const later = values.filter((v) => v === head || inRun(head, v));
      if (later.length !== list.length) break;
      later.forEach((v, k) => out.set(v, list[k]!));
      end = later.at(-1)!.end;
    }
  }
  return out;
}
const METRIC_JOIN = /^\s*(?:and|or|\/|,)\s*$/;

function metricAfter(sentence: string, value: Value, metrics: MetricMention[]): MetricMention | undefined {
  // `87.8% ImageNet top-1 accuracy`: a capitalised name may stand between (case-sensitive: not `and`).
  return metrics.find((m) => m.start >= value.end && VALUE_TO_METRIC.test(sentence.slice(value.end, m.start).replace(/^(\s*)\p{Lu}[\p{L}\p{N}-]*(?=\s)/u, '$1')));
}

function metricBefore(sentence: string, value: Value, metrics: MetricMention[]): MetricMention | undefined {
  const m = [...metrics].reverse().find((x) => x.end <= value.start);
  return m && value.start - m.end <= 40 && METRIC_TO_VALUE.test(sentence.slice(m.end, value.start)) ? m : undefined;
}

/** `F1 on SQuAD 1.1 and 2.0, respectively`: the bare `2.0` names the linked `SQuAD 2.0`. */
function withElided(sentence: string, mentions: Mention[], datasets: ExtractedEntity[]): Mention[] {
  const out = [...mentions];
  for (const m of mentions) {
    const surface = sentence.slice(m.start, m.end);
    if (!/\d$/.test(surface)) continue;
    for (const v of elidedVersions(surface, sentence.slice(m.end))) {
      const key = normalKey(v.name);
      const entity = datasets.find((d) => normalKey(d.name) === key || d.aliases.some((a) => normalKey(a) === key));
      if (entity) out.push({ entity, start: m.end + v.start, end: m.end + v.end });
    }
  }
  return out.length === mentions.length ? mentions : out.sort((a, b) => a.start - b.start);
}

/**
 * The data set a value is on: the one named after it in the same statement (before the next value that
 * is not its `to`), else the nearest before it; `null` when the sentence places it on something else
 * (no fallback to the paper's data set then); undefined when nothing says.
 */
function datasetFor(sentence: string, value: Value, next: Value | undefined, nextAny: Value | undefined, datasets: Mention[], methods: Mention[], metrics: MetricMention[]): Mention | null | undefined {
  // `from A to B on D`, `from 36.5 AP to 39.8 AP on D`, `0.87 vs. 0.81 on D` and `96.9 (+0.2) on PKU`: the next value belongs to this one's statement.
  const joined = (v: Value) => inRun(value, v) || /^\s*%?\s*(?:[\w@-]+\s+)?(?:to|→|->|vs\.?|versus)\s*$/.test(sentence.slice(value.end, v.start)) || (v.signed && /^\s*\(\s*$/.test(sentence.slice(value.end, v.start)));
  const chainedTo = next && joined(next);
  // Any value after it that is not part of its statement ends its reach (`80.5% (7.7% point improvement), MultiNLI …`).
  const stop = nextAny && nextAny !== next && !joined(nextAny) && !/^\s*\(\s*[^()]{0,12}$/.test(sentence.slice(value.end, nextAny.start)) ? nextAny : next && !chainedTo ? next : undefined;
  const limit = stop ? stop.start : sentence.length;
  // `on CIFAR-10 (4.62% error) and CIFAR-100`: a value in brackets right after a data set is that data set's.
  const before = [...datasets].reverse().find((d) => d.end <= value.start);
  if (before && /^\s*\([^()]{0,30}$/.test(sentence.slice(before.end, value.start))) return before;
  // `Flowers (98.8%)`, `RoBERTa (82.1%)`: a value in brackets after a name that is no linked data set is not the last data set's.
  if (/\p{Lu}[\p{L}\p{N}+-]*\s*\(\s*$/u.test(sentence.slice(Math.max(0, value.start - 40), value.start)) && ![...methods, ...metrics].some((m) => /^\s*\(\s*$/.test(sentence.slice(m.end, value.start)))) return null;
  // The data set after the value, in the same statement: not past a comma or an `and` outside brackets (`93.2 (1.5 point
  // improvement) and SQuAD v2.0 Test F1 to 83.1`, `79.7% mIOU in the test set, and advances … on PASCAL-Context`).
  const after = datasets.find((d) => d.start >= value.end && d.start < limit && !STATEMENT_BREAK.test(sentence.slice(value.end, d.start).replace(/\([^()]*\)/g, '')));
  if (after) return after;
  // `…, and 96.9 (+0.2) on AS`: a value placed on a name of its own is not the last data set's.
  if (PLACED_ON.test(sentence.slice(value.end))) return null;
  const last = [...datasets].reverse().find((d) => d.end <= value.start);
  // `on several datasets (e.g., MNIST and CIFAR10) demonstrate … (up to 48% reduction …)`: a figure after a list is no one item's.
  const mates = last ? datasets.filter((d) => d !== last && d.entity !== last.entity && Math.abs(d.start - last.start) < 40 && LIST_JOIN.test(sentence.slice(Math.min(d.end, last.end), Math.max(d.start, last.start)))) : [];
  return mates.length ? null : last;
}
/** `, and`, `while`: a new statement; not `and` inside a noun phrase (`the cross-subject and cross-view benchmarks of D`). */
const STATEMENT_BREAK = /[,;]|\b(?:while|whereas|but)\b|\band\b(?!\s+[a-z][\w-]*\s+(?:benchmarks|settings|splits|sets|protocols|subsets|tracks|versions|portions|partitions)\s+of\b)/;
const LIST_JOIN = /^\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|\/\s*)$/;
const NAME_TO_METRIC = /^\s+(?:(?!(?:and|or|on|in|for|with|at|to|of|by|from|than|over)\b)[\w-]+\s+){0,3}$/i;
/** `MultiNLI accuracy to 86.7%`, `SQuAD v2.0 Test F1 to 83.1`: the data set that opens the metric the value is given in. */
function namedBefore(sentence: string, metric: MetricMention | undefined, value: Value, datasets: Mention[]): Mention | undefined {
  if (!metric || metric.end > value.start) return undefined;
  // `85.4% on PASCAL VOC 2012 and accuracy 80.2% on Cityscapes`: a value placed on a name is that name's.
  if (PLACED_ON.test(sentence.slice(value.end))) return undefined;
  return datasets.find((d) => d.end <= metric.start && NAME_TO_METRIC.test(sentence.slice(d.end, metric.start)) && !/[,;]/.test(sentence.slice(d.end, value.start)));
}

/**
 * `better than the best published F1 score of 81.8`, `over the previous best IS of 52.52 and FID of
 * 18.65`: an earlier figure the paper beats, whose owner it does not name. Not the `to` of `from A to B`.
 */
const PRIOR_OF = /\b(?:previous(?:ly)?|prior|best published|best reported|former|earlier|existing)\s+(?:(?:best|state[- ]of[- ]the[- ]art|published|reported|record|results?|top|single-model)\s+){0,3}(?:[\w-]+\s+){0,3}?(?:of|is|was|were|=|:|at|\()\s*$/i;
/** `comparable to a MOS of 4.58 for recorded speech`, `better than 80.1%`: a figure the paper's is set against (`more than 3.5 F1` is the paper's own). */
const RIVAL_OF = /\b(?:comparable to|compared (?:to|with)|close to|versus|vs\.?|against|(?<!\b(?:more|less|fewer|over|under)\s)than)\s+(?:(?:a|an|the|that of|those of)\s+)?(?:[\w-]+\s+){0,3}?(?:of\s+)?$/i;
/** `… IS of 52.52 and FID of 18.65`: the next figure of the same earlier result. */
const PRIOR_CHAIN = /^\s*%?\s*(?:,\s*)?(?:and\s+)?(?:[\w-]+\s+){0,3}?(?:of|=|:)\s*$/i;
function priorFigure(sentence: string, value: Value, previous: Value | undefined, previousPrior: boolean): boolean {
  const before = sentence.slice(0, value.start);
  if (TO_SIDE.test(before)) return false;
  if (RIVAL_OF.test(before.slice(-60))) return true;
  if (previousPrior && previous && PRIOR_CHAIN.test(sentence.slice(previous.end, value.start))) return true;
  return PRIOR_OF.test(before.slice(-80));
}

/** `…, and 96.9 (+0.2) on AS`: placed on a name; not on a machine (`68.9 FPS on Tesla V100`, `on an NVIDIA Titan Xp`). */
const PLACED_ON = /^\s*\)?\s*(?:\(\s*[+\-−]?[\d.]+\s*%?\s*\)\s*)?(?:on|in)\s+(?:the\s+)?(?!(?:(?:a|an|one|single|\d+)\s+)?(?:NVIDIA\s+|Nvidia\s+)?(?:Tesla|Titan|GeForce|Quadro|Jetson|Xeon|Ryzen|RTX|GTX|TPU|GPU|CPU|[AHVPTK]\d{2,3}\b))\p{Lu}/u;

/** `X% and Y% on A and B, respectively`: the i-th value goes with the i-th data set. */
function respectively(sentence: string, found: Array<{ value: Value }>, datasets: Mention[]): Array<Mention | undefined> | undefined {
  if (found.length < 2 || datasets.length < 2) return undefined;
  // `… respectively obtain 28.1 and 25.2 BLEU points, outperforming … by more than 11`: the listed run of figures as
  // long as the list of names, when the sentence has more figures than names.
  // Each listed run of figures as long as the list of names goes with it (`84.1%, 73.0% and 80.2% respectively, outperforming
  // GAT (83.0%, 72.5% and 79.0%)`), when the sentence has more figures than names.
  if (datasets.length < found.length && RESPECTIVELY.test(sentence)) {
    const out: Array<Mention | undefined> = found.map(() => undefined);
    let paired = false;
    for (const run of listedRuns(sentence, found.map((f) => f.value))) {
      if (run.length !== datasets.length) continue;
      run.forEach((k, i) => (out[k] = datasets[i]));
      paired = true;
    }
    return paired ? out : undefined;
  }
  if (RESPECTIVELY.test(sentence) && datasets.length === found.length) return found.map((_, i) => datasets[i]);
  // `on PASCAL VOC 2012 and Cityscapes, achieving … 89.0% and 82.1%`, `On UCF101 and HMDB51, X pre-trained on Kinetics
  // reaches 97.8% and 79.1%`: two lists in step, the names first (a list of names as long as the list of figures).
  const first = found[0]!.value;
  const last = found.at(-1)!.value;
  const listed = found.every(({ value }, i) => i === 0 || LIST_GAP.test(sentence.slice(found[i - 1]!.value.end, value.start)));
  if (!listed) return undefined;
  // `80.1% and 75.3% on ImageNet and COCO`: the names listed right after the figures, as many, in step.
  const after = listedRuns(sentence, datasets).map((run) => run.map((i) => datasets[i]!)).find((r) => r.length === found.length && r[0]!.start >= last.end && /^\s*%?\s*(?:[\w@-]+\s+){0,3}?(?:on|in|for)\s+(?:the\s+)?$/i.test(sentence.slice(last.end, r[0]!.start)));
  if (after && new Set(after.map((d) => d.entity)).size === after.length) return found.map((_, i) => after[i]);
  if (/^\s*(?:on|in|for)\b/i.test(sentence.slice(last.end))) return undefined;
  const names = listedRuns(sentence, datasets.filter((d) => d.end <= first.start)).map((run) => run.map((i) => datasets[i]!));
  const run = names.length === 1 || datasets.length === found.length ? names.find((r) => r.length === found.length) : undefined;
  return run && new Set(run.map((d) => d.entity)).size === run.length ? found.map((_, i) => run[i]) : undefined;
}

/**
 * `94.1% on SST-2, 90.3% on QNLI and 87.6% on MNLI, matching RoBERTa-base (94.8%, 92.8% and 87.6%)`, `37.8 BLEU on
 * WMT'16 … and 28.5 BLEU on IWSLT'17, gains of 3.1 and 2.4 BLEU`: a listed run of figures that names no data set
 * goes in step with the figures just before it, when each of those is placed on a data set of its own.
 */
function parallelRuns(sentence: string, found: Value[], values: Value[], datasets: Mention[]): Map<Value, Mention> {
  const out = new Map<Value, Mention>();
  if (found.length < 4 || datasets.length < 2) return out;
  /** The data set written right after a figure, before the next figure. */
  const writtenAfter = (v: Value): Mention | undefined => {
    const next = values.find((x) => x.start >= v.end);
    return datasets.find((d) => d.start >= v.end && (!next || d.start < next.start) && !/[;]/.test(sentence.slice(v.end, d.start)));
  };
  for (const run of listedRuns(sentence, found)) {
    const start = run[0]!;
    const n = run.length;
    if (start < n || run.some((k) => writtenAfter(found[k]!))) continue;
    const before = found.slice(start - n, start).map(writtenAfter);
    if (before.some((d) => !d) || new Set(before.map((d) => d!.entity)).size !== n) continue;
    run.forEach((k, i) => out.set(found[k]!, before[i]!));
  }
  return out;
}

const shapeOf = (number: string): string => number.replace(/\d/g, '9');

/** Runs of items (figures or names) joined as a list (`A, B and C`), each as the indices of its items, in order. */
function listedRuns(sentence: string, items: Array<{ start: number; end: number }>): number[][] {
  const runs: number[][] = [];
  items.forEach((item, i) => {
    const current = runs.at(-1);
    if (current && current.at(-1) === i - 1 && LIST_GAP.test(sentence.slice(items[i - 1]!.end, item.start))) current.push(i);
    else runs.push([i]);
  });
  return runs.filter((r) => r.length >= 2);
}
const LIST_GAP = /^\s*%?\s*(?:,\s*(?:and\s+)?|and\s+)$/;

const WHOSE = /^\s*(?:\([^()]{0,40}\))?\s*,?\s+(?:whose|which\s+(?:has|had|achieves|achieved|reaches|reached|gets|got|scores|scored))\s+(?:[\w-]+\s+){0,4}?(?:is|was|of|at)?\s*$/i;
const UNNAMED_BASELINE = /\b(?:baselines?|counterparts?|prior (?:art|work)|previous (?:best|work|methods?|state[- ]of[- ]the[- ]art)|state[- ]of[- ]the[- ]art)\s*\(\s*(?:[A-Za-z][\w@.-]*\s*[:=]?\s*)?$/i;
/** Between a method and its figure: an opening bracket and earlier figures of the same list, or `at`. */
const IN_BRACKETS_AFTER = /^\s*(?:(?:baseline|model|system|network|method)s?\s*)?(?:\(\s*(?:[+\-−]?[\d.]+\s*%?\s*(?:,\s*(?:and\s+)?|and\s+|;\s*))*|at\s+)$/;
/** `compared to 2.1% and 4.9% for the full-context Conformer`: after the figure (and the rest of its list), whose it is. */
const FOR_METHOD = /^\s*%?\s*(?:(?:,\s*(?:and\s+)?|and\s+|or\s+)[+\-−]?[\d.]+\s*%?\s*)*(?:[\w@-]+\s+){0,4}?(?:for|by|of|from)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?$/;
const COMPARED_BEFORE = /\b(?:compared\s+(?:to|with)|against|versus|vs\.?|than|over|while|whereas)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$/i;

/**
 * `2.95% WER using a beam-search decoder … and 3.86% WER with a greedy decoder on LibriSpeech test-clean`: figures
 * listed in one measure, the last placed on the sentence's one data set, are all on it.
 */
function listedOn(sentence: string, value: Value, next: { value: Value; metric: string } | undefined, metric: string, datasets: Mention[]): string | undefined {
  const entity = datasets[0]?.entity;
  if (!entity || !next || next.metric !== metric || datasets.some((d) => d.entity !== entity || d.start < value.end)) return undefined;
  return /[;:]|\b(?:while|whereas|but)\b/.test(sentence.slice(value.end, datasets[0]!.start)) || !/\band\b/.test(sentence.slice(value.end, next.value.start)) ? undefined : entity.name;
}

/** Whether `value` is a later figure of the slash run `first` belongs to (`2.1%/4.6%`, `44.17/21.47/41.11`). */
const inRun = (first: Value, value: Value): boolean => first.pairEnd !== undefined && value.start > first.start && value.end <= first.pairEnd;

/**
 * `7.2%/14.6% on the Switchboard/CallHome portion`: the figures of a slash run go with the names of a slash run of
 * the same length, in step; a later run with no names of its own (`and 6.8%/14.1% with shallow fusion`) with the same ones.
 */
function slashPairs(sentence: string, found: Array<{ value: Value }>, datasets: Mention[]): Map<Value, Mention> {
  const out = new Map<Value, Mention>();
  if (!found.some(({ value }) => value.pairEnd !== undefined)) return out;
  let last: Mention[] | undefined;
  for (let k = 0; k < found.length; k++) {
    const head = found[k]!.value;
    if (head.pairEnd === undefined || (k > 0 && inRun(found[k - 1]!.value, head))) continue;
    const run = [head];
    while (k + run.length < found.length && inRun(head, found[k + run.length]!.value)) run.push(found[k + run.length]!.value);
    const end = run.at(-1)!.end;
    const limit = found[k + run.length]?.value.start ?? sentence.length;
    const first = datasets.find((d) => d.start >= end && d.start < limit && !/;/.test(sentence.slice(end, d.start)));
    const names = first ? [first] : [];
    while (first && names.length < run.length) {
      const next = datasets.find((d) => d.start >= names.at(-1)!.end && /^\s*\/\s*$/.test(sentence.slice(names.at(-1)!.end, d.start)));
      if (!next) break;
      names.push(next);
    }
    if (names.length === run.length) last = names;
    const step = first ? (names.length === run.length ? names : undefined) : last?.length === run.length ? last : undefined;
    if (step) run.forEach((v, i) => out.set(v, step[i]!));
  }
  return out;
}

const VERSUS = /^\s*%?\s*(?:vs\.?|versus)\s*$/i;
/** Lower-case words: `BoostAttn` is a name, not a boost. */
const CLAIM_OF_GAIN = /\b(?:improv\w*|outperform\w*|surpass\w*|better|beat\w*|exceed\w*|gains?|boost\w*|advanc\w*|state[- ]of[- ]the[- ]art|reduc\w*)\b/;
/**
 * `improvements on MNLI by +0.9% (90.2% vs. 91.1%)`, `surpass the human performance (89.9 versus 89.8)`: in a
 * sentence that claims a gain, of two figures set against each other the better one (by its measure's direction)
 * is the subject's (true), the other the compared one's (false).
 */
function versusSides(sentence: string, found: Array<{ value: Value; metric: string }>): Map<Value, boolean> {
  const out = new Map<Value, boolean>();
  if (!/\b(?:vs|versus)\b/i.test(sentence) || !CLAIM_OF_GAIN.test(sentence)) return out;
  for (let k = 0; k + 1 < found.length; k++) {
    const [a, b] = [found[k]!, found[k + 1]!];
    if (a.metric !== b.metric || !VERSUS.test(sentence.slice(a.value.end, b.value.start)) || a.value.score === b.value.score) continue;
    const aBetter = (a.value.score > b.value.score) === higherIsBetter(a.metric);
    out.set(a.value, aBetter).set(b.value, !aBetter);
  }
  return out;
}

/** The method the sentence sets the paper's against (`Compared to RoBERTa-Large, …`, `outperforming BERT`). */
function comparedIn(sentence: string, methods: Mention[], own: string | undefined): string | undefined {
  return methods.find((m) => m.entity.name !== own && /\b(?:compared\s+(?:to|with)|than|over|outperform\w*|surpass\w*|beat\w*|against|versus|vs\.?)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$/i.test(sentence.slice(Math.max(0, m.start - 40), m.start)))?.entity.name;
}

/** `outperforming ResNet-50 (76.1%)`, `from 73.8% (ResNet-50) …`: the method the value belongs to as a baseline. */
function baselineOf(sentence: string, value: Value, methods: Mention[]): string | undefined {
  const before = sentence.slice(0, value.start);
  // `ResNet-50 (76.1%)`, `GAT (83.0%, 72.5% and 79.0%)`, `the Transformer Big baseline (28.7 and 42.6 BLEU)`, `WaveNet at 4.05`.
  const paren = methods.find((m) => m.end <= value.start && IN_BRACKETS_AFTER.test(sentence.slice(m.end, value.start)));
  if (paren) return paren.entity.name;
  // `improving over the latent diffusion baseline (FID 3.60)`: an unnamed baseline's figure is nobody's.
  if (UNNAMED_BASELINE.test(before.slice(-60))) return '';
  // `on par with NASNet (Zoph et al., 2018), whose test error is 2.65%`: the figure of the name the clause is about.
  const whose = methods.find((m) => m.end <= value.start && WHOSE.test(sentence.slice(m.end, value.start)));
  if (whose) return whose.entity.name;
  // `compared to 88.5 F1 for BERT-large`: a figure set against the paper's belongs to the method named after it.
  const owner = methods.find((m) => m.start >= value.end && FOR_METHOD.test(sentence.slice(value.end, m.start)));
  if (owner && COMPARED_BEFORE.test(before)) return owner.entity.name;
  if (FROM_TO.test(before)) {
    const named = methods.find((m) => m.start >= value.end && /^[^,;]{0,25}\bfor\s+$/.test(sentence.slice(value.end, m.start)));
    return named?.entity.name ?? '';
  }
  return undefined;
}

/**
 * The method named before the value that is not a compared baseline (`than X`, `outperforms X`, `the
 * same size as X`); when the paper speaks of its own between that name and the value (`as BERT-large,
 * our single model obtains`), its own method.
 */
function subjectOf(sentence: string, value: Value, methods: Mention[], own: string | undefined, ownSubject: boolean): string | undefined {
  // Not a compared baseline; a part the method is built with (`with a ResNet-101 backbone`, `using BERT`) only when
  // nothing else is named and the paper's own is not the subject (`We report results using a 1001-layer ResNet`).
  // `the superior performance of ShuffleNet over …`: what a performance is of is the subject (`a variant of X` is not).
  const named = methods.filter((m) => m.end <= value.start && !/\b(?:than|over|above|below|outperform\w*|surpass\w*|exceed\w*|beat\w*|compared\s+(?:to|with)|vs\.?|versus|against|including|such as|like|(?<!\b(?:performance|results?|accuracy|superiority|effectiveness|advantages?)\s)of|unlike|as)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$/i.test(sentence.slice(Math.max(0, m.start - 40), m.start)));
  // `versus 0.847 for XGBoost, running at 30 FPS`: the owner of a compared figure is not the subject of what follows.
  const subjects = named.filter((m) => !/\d\s*%?\s+(?:for|by|of)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$/i.test(sentence.slice(Math.max(0, m.start - 40), m.start)));
  const whole = subjects.filter((m) => !/\b(?:with|using|via|upon|on top of|based on)\s+(?:(?:the|a|an)\s+)?(?:[\w-]+\s+){0,2}$/i.test(sentence.slice(Math.max(0, m.start - 40), m.start)));
  const candidates = whole.length > 0 || (own && ownSubject) ? whole : subjects;
  // `compared to 57.5 AP50 in 198 ms by RetinaNet, … 3.8x faster`: the rival in a comparison is not the subject either.
  const eligible = candidates.filter((m) => !/\bcompared\s+(?:to|with)\b[^,;]*\bby\s+(?:the\s+)?$/i.test(sentence.slice(Math.max(0, m.start - 80), m.start)));
  // `Fast R-CNN trains the very deep VGG16 network 9x faster`: the name that opens the clause is its subject, one after
  // a verb and an article its object.
  const opening = eligible.find((m) => /(?:^|[;:]\s*|,\s+)(?:(?:the|our|this|a|an)\s+)?(?:[\w-]+\s+)?$/i.test(sentence.slice(Math.max(0, m.start - 30), m.start)) && !/[,;:]/.test(sentence.slice(m.end, value.start)));
  const tail = eligible.at(-1);
  // `DLA improves RetinaNet from 36.5 AP to 39.8 AP`: what an improving verb acts on is its object too.
  const last = opening && tail && tail !== opening && /\b(?:the|a|an|its|their|improves|improved|boosts|boosted|raises|raised|lifts|lifted|enhances|enhanced|helps|helped|pushes|pushed|brings|brought)\s+(?:[\w-]+\s+){0,3}$/i.test(sentence.slice(Math.max(0, tail.start - 30), tail.start)) ? opening : tail;
  if (last && own && last.entity.name !== own && OWN_SUBJECT.test(sentence.slice(last.end, value.start))) return own;
  // `We show the synergy between DINO and ViTs by achieving 80.1%`, `ResNet-50 trained with our method achieves`: with
  // the paper as the subject and no name opening the clause, the figure is the paper's method's.
  if (last && own && last.entity.name !== own && !opening && (OWN_OPENING.test(sentence) ? eligible.some((m) => m.entity.name === own) : TRAINED_WITH_OURS.test(sentence.slice(last.end, value.start)))) return own;
  return last?.entity.name;
}
const OWN_OPENING = /^(?:[\w\s-]{0,30},\s*)?(?:We|Our)\b/;
const TRAINED_WITH_OURS = /^\s*(?:(?:pre-?)?trained|fine-?tuned|equipped|learned|optimi[sz]ed)\s+(?:with|using|by)\s+our\b/i;
const PRONOUN_SUBJECT = /^(?:It|They)\s+(?:\w+ly\s+|also\s+|still\s+)?(?:achiev|obtain|reach|attain|gets?\b|yield|sets?\b|improv|outperform|surpass|runs?\b|scores?\b)/;
/** `we`, `our (single) model`: the paper as the subject; not `our ILSVRC submission`. */
const OWN_SUBJECT = new RegExp(String.raw`\bwe\b|\bours\b|\bour\s+(?:[\w-]+\s+){0,2}?${METHOD_NOUN}\b`, 'i');
