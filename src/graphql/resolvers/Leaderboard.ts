import type { LeaderboardResolvers } from '../generated.js';

export const Leaderboard: LeaderboardResolvers = {
  dataset: async (board, _, ctx) => (await ctx.loaders.entity.load(board.datasetUid))!,
  metric: async (board, _, ctx) => (await ctx.loaders.entity.load(board.metricUid))!,
  task: (board, _, ctx) => (board.taskUid ? ctx.loaders.entity.load(board.taskUid) : null),
};
