import { GraphQLError } from 'graphql';
import { MODEL_TYPE, dateBound, nodeIds, pageSize, paperIdOf, paperPage, searchQuery } from '../args.js';
import type { Context } from '../context.js';
import type { PaperFilter, QueryResolvers } from '../generated.js';
import { fromGlobalId, nodeKey } from '../global-id.js';
import { pathSteps, type PaperFilterParams } from '../repository.js';
import { compare, leaderboard } from '../results.js';
import { paperConnection, paperLimit } from './connections.js';
import { candidateIds } from '../loaders.js';
import { ENTITY_TYPES, keyOfUid, type EntityType } from '../../graph/vocabulary.js';

/** Shortest typed key matched as a prefix of entity keys (shorter ones match too much to help). */
const MIN_KEY_PREFIX = 3;

const NOTHING = Symbol('no paper can match');

/** Resolves entity names to uids; a name that matches no entity means no paper can match. */
async function filterParams(filter: PaperFilter | null | undefined, ctx: Context): Promise<PaperFilterParams | typeof NOTHING> {
  const named = [
    ['Method', filter?.method],
    ['Dataset', filter?.dataset],
    ['Institution', filter?.institution],
  ] as const;
  const wanted = named.filter((entry): entry is readonly [(typeof entry)[0], string] => typeof entry[1] === 'string');
  const entities = await Promise.all(wanted.map(([type, name]) => ctx.loaders.entityByName.load({ type, name })));
  if (entities.some((entity) => entity === null)) return NOTHING;
  const uids = entities.map((entity) => entity!.uid);
  const text = filter?.text?.trim() ? searchQuery(filter.text).query.replace(/~1/g, '') : null;
  const anchor = text === null ? (uids[0] ?? null) : null;
  return {
    text,
    anchor,
    others: anchor === null ? uids : uids.slice(1),
    role: uids.length > 0 ? (filter?.role ?? null) : null,
    from: dateBound(filter?.from, false),
    to: dateBound(filter?.to, true),
  };
}

export const Query: QueryResolvers = {
  stats: (_, __, ctx) => ctx.repo.stats(),
  paper: (_, args, ctx) => {
    const ref = fromGlobalId(args.id);
    if (ref === null) return ctx.loaders.paper.load(paperIdOf(args.id));
    return ref.type === 'Paper' ? ctx.loaders.paper.load(ref.id) : null;
  },
  node: (_, args, ctx) => {
    const ref = fromGlobalId(args.id);
    return ref ? ctx.loaders.node.load(nodeKey(ref)) : null;
  },
  nodes: (_, args, ctx) =>
    Promise.all(
      nodeIds(args.ids).map((id) => {
        const ref = fromGlobalId(id);
        return ref ? ctx.loaders.node.load(nodeKey(ref)) : null;
      }),
    ),
  method: (_, args, ctx) => ctx.loaders.entityByName.load({ type: 'Method', name: args.name }),
  dataset: (_, args, ctx) => ctx.loaders.entityByName.load({ type: 'Dataset', name: args.name }),
  institution: (_, args, ctx) => ctx.loaders.entityByName.load({ type: 'Institution', name: args.name }),
  entity: (_, args, ctx) => ctx.loaders.entityByName.load({ type: MODEL_TYPE[args.type], name: args.name }),
  task: (_, args, ctx) => ctx.loaders.entityByName.load({ type: 'Task', name: args.name }),
  metric: (_, args, ctx) => ctx.loaders.entityByName.load({ type: 'Metric', name: args.name }),
  leaderboard: (_, args, ctx) => leaderboard(args, ctx),
  compare: (_, args, ctx) => compare(args, ctx),

  papers: async (_, args, ctx) => {
    const page = paperPage(args);
    const params = await filterParams(args.filter, ctx);
    if (params === NOTHING) return paperConnection([], page, async () => 0);
    const rows = await ctx.repo.papers(params, {
      after: page.after,
      before: page.before,
      limit: paperLimit(page),
      backward: page.backward,
    });
    return paperConnection(rows, page, () => ctx.repo.papersCount(params));
  },

  search: (_, args, ctx) => {
    const limit = pageSize(args.first, 10);
    const { query, prefix } = searchQuery(args.text);
    const types = args.types?.length ? args.types.map((type) => MODEL_TYPE[type]) : null;
    // Case, spaces and hyphens do not matter: the typed text's entity keys, exact and as prefixes.
    const ids = (types ?? ENTITY_TYPES).flatMap((type) => candidateIds(type as EntityType, args.text));
    const prefixes = ids.filter((id) => keyOfUid(id).length >= MIN_KEY_PREFIX);
    return ctx.repo.search(query, prefix, types, limit, ids, prefixes);
  },

  path: async (_, args, ctx) => {
    const maxHops = args.maxHops ?? 3;
    if (!Number.isInteger(maxHops) || maxHops < 1 || maxHops > 4) {
      throw new GraphQLError('maxHops must be between 1 and 4', { extensions: { code: 'BAD_USER_INPUT' } });
    }
    const [from, to] = await Promise.all(
      [args.from, args.to].map((ref) => ctx.loaders.entityByName.load({ type: MODEL_TYPE[ref.type], name: ref.name })),
    );
    if (!from || !to) return null;
    if (from.uid === to.uid) return { length: 0, steps: [] };
    const row = await ctx.repo.path(from.uid, to.uid, maxHops * 2);
    return row ? pathSteps(row) : null;
  },
};
