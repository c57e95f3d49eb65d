import { GraphQLError } from 'graphql';
import type { MutationResolvers } from '../generated.js';

/** Per-call limits, stated in the SDL and README; the server's body limit for keyed requests fits them. */
export const MAX_INGEST = 50;
export const MAX_ABSTRACT = 20_000;

export const Mutation: MutationResolvers = {
  ingest: async (_, { input }, ctx) => {
    if (!ctx.ingest.enabled || !ctx.ingest.service) {
      throw new GraphQLError('Ingestion over the API is disabled: the server has no PAPERGRAPH_API_KEY.', {
        extensions: { code: 'FORBIDDEN' },
      });
    }
    if (!ctx.ingest.authorized) {
      throw new GraphQLError('ingest needs the header Authorization: Bearer <PAPERGRAPH_API_KEY>.', {
        extensions: { code: 'UNAUTHENTICATED' },
      });
    }
    const { abstracts } = input;
    if (abstracts.length < 1 || abstracts.length > MAX_INGEST) {
      throw new GraphQLError(`ingest takes 1 to ${MAX_INGEST} abstracts a call`, { extensions: { code: 'BAD_USER_INPUT' } });
    }
    const outcome = await ctx.ingest.service.ingest(abstracts, ctx.requestId);
    ctx.entityCache.clear();
    return {
      results: outcome.items.map((item) => ({
        index: item.index,
        status: item.status,
        paperId: item.status === 'REJECTED' ? null : item.paperId,
      })),
      received: abstracts.length,
      written: outcome.written,
      unchanged: outcome.unchanged,
      links: outcome.links,
      userErrors: outcome.items.flatMap((item) =>
        item.status === 'REJECTED'
          ? [{ path: ['input', 'abstracts', String(item.index), item.field], code: item.code, message: item.message }]
          : [],
      ),
    };
  },
};
