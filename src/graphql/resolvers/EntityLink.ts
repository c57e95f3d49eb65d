import type { EntityLinkResolvers, LinkSource, Role } from '../generated.js';

export const EntityLink: EntityLinkResolvers = {
  role: (link) => link.role as Role,
  source: (link) => link.source.toUpperCase() as LinkSource,
  paper: async (link, _, ctx) => (await ctx.loaders.paper.load(link.paperId))!,
};
