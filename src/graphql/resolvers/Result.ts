import type { ResultResolvers } from '../generated.js';

export const Result: ResultResolvers = {
  method: (r, _, ctx) => (r.methodUid ? ctx.loaders.entity.load(r.methodUid) : null),
  dataset: (r, _, ctx) => (r.datasetUid ? ctx.loaders.entity.load(r.datasetUid) : null),
  paper: async (r, _, ctx) => (await ctx.loaders.paper.load(r.paperId))!,
};
