import type { ExtractedPaper, ExtractedResult } from './types.js';
import { namesMatch, type GoldCluster, type GoldPaper, type GoldType } from './evaluate.js';

/**
 * Scoring of result tuples as /work/shared/gold/README.md defines it: only the
 * gold tuples whose score is written in the abstract count. A tuple is found
 * when one extracted result of the same paper has the same score (as a number:
 * `71.8%` = 71.8) and a matching data set; of those, the method, the metric and
 * the task are scored separately. A gold name matches as the README's name rule
 * says, against the tuple's name or a surface form of the paper's salient
 * cluster of that name (as salient recall does); an extracted name stands for
 * its linked entity, with the entity's aliases.
 */

export interface ResultCounts {
  /** Gold tuples whose score appears in the abstract. */
  inAbstract: number;
  /** Of those, found with the right score and data set. */
  found: number;
  /** Of the found, with the right method / metric / task as well. */
  method: number;
  metric: number;
  task: number;
  /**
   * Of the found, those whose gold method is written in the abstract (a salient mention of it, or its
   * name): the ones an extractor of the abstract can credit. `FRRN`, named only in the title's long
   * form, or `Microsoft_2016b` for `our automated system`, are not.
   */
  methodNamed?: number;
  /** Of those, with the right method. */
  methodNamedRight?: number;
}

type Field = 'method' | 'dataset' | 'metric' | 'task';
const FIELD_TYPE: Record<Field, GoldType> = { method: 'methods', dataset: 'datasets', metric: 'metrics', task: 'tasks' };
const ENTITY_TYPE = { method: 'Method', dataset: 'Dataset', metric: 'Metric', task: 'Task' } as const;

/** The number a score string means: `71.8%` → 71.8, `+0.2` → 0.2. */
export function scoreOf(text: string | number | undefined): number | undefined {
  if (typeof text === 'number') return text;
  const n = Number.parseFloat((text ?? '').replace(/[^\d.+-]/g, ''));
  return Number.isFinite(n) ? n : undefined;
}

export function evaluateResults(pairs: Array<{ gold: GoldPaper; paper: ExtractedPaper }>): ResultCounts {
  const counts: ResultCounts = { inAbstract: 0, found: 0, method: 0, metric: 0, task: 0, methodNamed: 0, methodNamedRight: 0 };
  for (const { gold, paper } of pairs) {
    const goldNames = (field: Field, name: string | undefined): string[] => {
      if (!name) return [];
      const cluster: GoldCluster | undefined = gold.salient?.[FIELD_TYPE[field]]?.find((c) => c.cluster === name);
      return [name, name.replace(/_/g, ' '), ...(cluster?.mentions ?? [])];
    };
    const ourNames = (field: Field, r: ExtractedResult): string[] => {
      const name = r[field];
      if (!name) return [];
      const entity = paper.entities.find((e) => e.type === ENTITY_TYPE[field] && (e.name === name || e.aliases.includes(name)));
      return [name, ...(entity ? [entity.name, ...entity.aliases] : [])];
    };
    const agree = (field: Field, r: ExtractedResult, goldName: string | undefined): boolean => {
      const theirs = goldNames(field, goldName);
      return ourNames(field, r).some((a) => theirs.some((b) => namesMatch(a, b)));
    };
    for (const tuple of gold.results ?? []) {
      if (!tuple.scoreInAbstract) continue;
      counts.inAbstract++;
      const score = scoreOf(tuple.score);
      const hits = paper.results.filter((r) => score !== undefined && Math.abs((r.score ?? scoreOf(r.value) ?? NaN) - score) < 1e-6 && agree('dataset', r, tuple.dataset));
      if (hits.length === 0) continue;
      counts.found++;
      const rightMethod = hits.some((r) => agree('method', r, tuple.method));
      if (rightMethod) counts.method++;
      if (namedIn(gold, tuple.method)) {
        counts.methodNamed = (counts.methodNamed ?? 0) + 1;
        if (rightMethod) counts.methodNamedRight = (counts.methodNamedRight ?? 0) + 1;
      }
      if (hits.some((r) => agree('metric', r, tuple.metric))) counts.metric++;
      if (hits.some((r) => agree('task', r, tuple.task))) counts.task++;
    }
  }
  return counts;
}

/** Whether the abstract writes the gold method: a salient mention of it, or a run of up to six words that matches its name by the README rule. */
function namedIn(gold: GoldPaper, method: string | undefined): boolean {
  if (!method) return false;
  const cluster = gold.salient?.methods?.find((c) => c.cluster === method);
  if (cluster && cluster.mentions.length > 0) return true;
  const name = method.replace(/_/g, ' ');
  const words = gold.abstract.split(/\s+/).map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''));
  for (let i = 0; i < words.length; i++) for (let n = 1; n <= 6 && i + n <= words.length; n++) if (namesMatch(words.slice(i, i + n).join(' '), name)) return true;
  return false;
}

/** One line for `papergraph eval`. */
export function formatResultCounts(c: ResultCounts): string {
  const of = (n: number, d: number): string => `${n}/${d}`;
  const named = c.methodNamed === undefined ? '' : `; right method where the abstract names it ${of(c.methodNamedRight ?? 0, c.methodNamed)}`;
  return `result tuples in abstracts: ${c.inAbstract}; found (score + dataset) ${of(c.found, c.inAbstract)}; of those, right method ${of(c.method, c.found)}, metric ${of(c.metric, c.found)}, task ${of(c.task, c.found)}${named}\n`;
}
