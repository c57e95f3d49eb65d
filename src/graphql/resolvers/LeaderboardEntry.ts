import type { LeaderboardEntryResolvers } from '../generated.js';

export const LeaderboardEntry: LeaderboardEntryResolvers = {
  method: async (entry, _, ctx) => (await ctx.loaders.entity.load(entry.result.methodUid!))!,
};
