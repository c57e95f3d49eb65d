import { GraphQLError } from 'graphql';
import { MODEL_TYPE } from '../args.js';
import type { Context, LinkEvent } from '../context.js';
import type { Role, SubscriptionResolvers } from '../generated.js';

const unavailable = () =>
  new GraphQLError('Subscriptions are served over graphql-ws at ws://<host>/graphql.', { extensions: { code: 'BAD_REQUEST' } });

export const Subscription: SubscriptionResolvers = {
  paperLinked: {
    subscribe: async function* (_, { entity, roles }, ctx) {
      if (!ctx.links) throw unavailable();
      const found = await ctx.loaders.entityByName.load({ type: MODEL_TYPE[entity.type], name: entity.name });
      if (!found) {
        throw new GraphQLError(`No ${entity.type.toLowerCase()} is named "${entity.name}".`, { extensions: { code: 'BAD_USER_INPUT' } });
      }
      const wanted = roles?.length ? new Set<string>(roles) : null;
      const stop = new AbortController();
      try {
        for await (const event of ctx.links.listen(stop.signal)) {
          if (event.uid === found.uid && (!wanted || wanted.has(event.role))) yield event;
        }
      } finally {
        stop.abort();
      }
    },
    // Fresh rows for every event: the subscription's loaders live as long as it does.
    resolve: async (event: LinkEvent | undefined, _args: unknown, ctx: Context) => {
      // Over HTTP graphql-js runs a subscription like a query, with no event: point to WebSocket.
      if (!event) throw unavailable();
      const [paper, entity] = await Promise.all([
        ctx.loaders.paper.clear(event.paperId).load(event.paperId),
        ctx.loaders.entity.clear(event.uid).load(event.uid),
      ]);
      if (!paper || !entity) throw new GraphQLError('The linked paper or entity is gone.', { extensions: { code: 'NOT_FOUND' } });
      return { paper, entity, role: event.role as Role, evidence: event.evidence };
    },
  } as SubscriptionResolvers['paperLinked'],
};
