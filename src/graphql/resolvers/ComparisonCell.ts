import type { ComparisonCellResolvers } from '../generated.js';

export const ComparisonCell: ComparisonCellResolvers = {
  method: async (cell, _, ctx) => (await ctx.loaders.entity.load(cell.methodUid))!,
  dataset: async (cell, _, ctx) => (await ctx.loaders.entity.load(cell.datasetUid))!,
  metric: async (cell, _, ctx) => (await ctx.loaders.entity.load(cell.metricUid))!,
};
