import type { EntityLinkResolvers, Role } from '../generated.js';

export const EntityLink: EntityLinkResolvers = {
  role: (link) => link.role as Role,
  paper: async (link, _, ctx) => (await ctx.loaders.paper.load(link.paperId))!,
};
