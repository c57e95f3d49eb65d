import { normalKey } from '../../graph/key.js';
import { UNSTATED_RESULT_CONFIDENCE } from '../../graph/rows.js';
import type { ResultResolvers } from '../generated.js';
import type { EntityModel, ResultModel } from '../models.js';

/** Results loaded before metrics were entities name theirs only as written. */
const writtenMetric = (r: ResultModel): EntityModel => {
  const key = normalKey(r.metric);
  return { uid: `Metric:${key}`, type: 'Metric', key, name: r.metric, aliases: [], paperCount: null };
};

export const Result: ResultResolvers = {
  paper: async (r, _, ctx) => (await ctx.loaders.paper.load(r.paperId))!,
  method: (r, _, ctx) => (r.methodUid ? ctx.loaders.entity.load(r.methodUid) : null),
  dataset: (r, _, ctx) => (r.datasetUid ? ctx.loaders.entity.load(r.datasetUid) : null),
  task: (r, _, ctx) => (r.taskUid ? ctx.loaders.entity.load(r.taskUid) : null),
  metric: async (r, _, ctx) => (r.metricUid ? await ctx.loaders.entity.load(r.metricUid) : null) ?? writtenMetric(r),
  unit: (r) => r.unit ?? null,
  kind: (r) => r.kind ?? 'ABSOLUTE',
  confidence: (r) => r.confidence ?? UNSTATED_RESULT_CONFIDENCE,
};
