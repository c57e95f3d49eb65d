import type { ResultResolvers } from '../generated.js';

export const Result: ResultResolvers = {
  method: (r, _, ctx) => (r.methodUid ? ctx.loaders.entity.load(r.methodUid) : null),
  dataset: (r, _, ctx) => (r.datasetUid ? ctx.loaders.entity.load(r.datasetUid) : null),
  task: () => null,
  // Until results link a Metric node, the metric is the name as written.
  metric: (r) => {
    const key = r.metric.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
    return { uid: `Metric:${key}`, type: 'Metric', key, name: r.metric, aliases: [], paperCount: null };
  },
  kind: () => 'ABSOLUTE',
  confidence: () => 0.5,
  paper: async (r, _, ctx) => (await ctx.loaders.paper.load(r.paperId))!,
};
