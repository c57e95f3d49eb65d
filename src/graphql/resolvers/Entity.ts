import type { GraphQLResolveInfo } from 'graphql';
import { API_TYPE, type EntityType } from '../../graph/vocabulary.js';
import { nestedPages } from '../lookahead.js';
import { paperPage, rankedPage, type PageArgs } from '../args.js';
import type { Context } from '../context.js';
import type { EntityResolvers } from '../generated.js';
import { entityGlobalId } from '../global-id.js';
import type { EntityModel } from '../models.js';
import { paperConnection, paperLimit, rankedConnection } from './connections.js';

/** Fields every entity type shares. */
export const entityFields = {
  id: (e: EntityModel) => entityGlobalId(e.uid),
  uid: (e: EntityModel) => e.uid,
  aliases: (e: EntityModel) => e.aliases ?? [],
  type: (e: EntityModel) => API_TYPE[e.type],
  paperCount: (e: EntityModel) => e.paperCount ?? 0,
  trend: (e: EntityModel, _: unknown, ctx: Context) => ctx.loaders.trend.load(e.uid),
  papers: async (e: EntityModel, args: PageArgs & { role?: string | null }, ctx: Context) => {
    const page = paperPage(args);
    const { after, before, backward } = page;
    const found = await ctx.loaders.entityPapers.load({ uid: e.uid, role: args.role ?? null, after, before, limit: paperLimit(page), backward });
    return paperConnection(found.papers, page, async () => found.total);
  },
};

/** Resolver of a ranked list of entities of `type` sharing papers with the parent. */
export const cooccurring = (type: EntityType) => async (e: EntityModel, args: PageArgs, ctx: Context, info: GraphQLResolveInfo) => {
  const page = rankedPage(args);
  const nested = nestedPages(info, type);
  return rankedConnection(await ctx.loaders.cooccurring.load({ uid: e.uid, type, ...page, nested }));
};

export const Entity: EntityResolvers = {
  __resolveType: (e) => e.type,
};
