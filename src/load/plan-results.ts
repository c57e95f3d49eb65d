import type { EntityType, ExtractedEntity, ExtractedPaper } from '../extract/types.js';
import { normalKey } from '../graph/key.js';
import { UNSTATED_RESULT_CONFIDENCE, type ResultRow } from '../graph/rows.js';
import { entityUid } from '../graph/vocabulary.js';

/** A Metric a result names that the extractor did not link, with the sentence that names it. */
export interface StatedMetric {
  entity: Pick<ExtractedEntity, 'type' | 'key' | 'name' | 'aliases'>;
  evidence: string;
  confidence: number;
}

/**
 * The paper's entity of `type` that a result names as written (its canonical name, key or an
 * alias), or undefined: results point only at entities the paper links.
 */
function linkedEntity(paper: ExtractedPaper, type: EntityType, name: string | undefined): ExtractedEntity | undefined {
  if (!name) return undefined;
  const key = normalKey(name);
  if (!key) return undefined;
  return paper.entities.find(
    (e) => e.type === type && (e.key === key || normalKey(e.name) === key || e.aliases.some((a) => normalKey(a) === key)),
  );
}

const uidOf = (entity: ExtractedEntity | undefined): string | null => (entity ? entityUid(entity.type, entity.key) : null);

/**
 * One paper's result rows, each pointing at the method, dataset, task and metric entities it
 * names. A metric the extractor did not link becomes an entity of its own (keyed by its normalised
 * name, so every paper that writes `Top-1 accuracy` or `top1 accuracy` meets on one node).
 */
export function planResults(paper: ExtractedPaper): { results: ResultRow[]; metrics: StatedMetric[] } {
  const metrics = new Map<string, StatedMetric>();
  const results = paper.results.map((result, index): ResultRow => {
    const confidence = result.confidence ?? UNSTATED_RESULT_CONFIDENCE;
    let metricUid = uidOf(linkedEntity(paper, 'Metric', result.metric));
    const key = normalKey(result.metric);
    if (!metricUid && key) {
      metricUid = entityUid('Metric', key);
      if (!metrics.has(key)) {
        metrics.set(key, { entity: { type: 'Metric', key, name: result.metric.trim(), aliases: [] }, evidence: result.evidence, confidence });
      }
    }
    return {
      key: `${paper.id}#${index}`,
      paperId: paper.id,
      metric: result.metric,
      value: result.value,
      score: result.score ?? null,
      unit: result.unit ?? null,
      kind: result.kind ?? 'ABSOLUTE',
      evidence: result.evidence,
      confidence,
      methodUid: uidOf(linkedEntity(paper, 'Method', result.method)),
      datasetUid: uidOf(linkedEntity(paper, 'Dataset', result.dataset)),
      taskUid: uidOf(linkedEntity(paper, 'Task', result.task)),
      metricUid,
    };
  });
  return { results, metrics: [...metrics.values()] };
}
