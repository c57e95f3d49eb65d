import { GraphQLError } from 'graphql';
import { inferHigherIsBetter } from '../graph/direction.js';
import type { EntityType } from '../graph/vocabulary.js';
import { offsetCursor, pageSize, readOffsetCursor, type PageArgs } from './args.js';
import type { Context } from './context.js';
import type { ComparisonModel, EntityModel, LeaderboardModel, ResultConnectionModel } from './models.js';

const badInput = (message: string) => new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });

/** Entities by loose name (alias-aware, case-, space- and hyphen-insensitive); null for a name not given. */
const byName = (ctx: Context, type: EntityType, name: string | null | undefined): Promise<EntityModel | null> =>
  name == null ? Promise.resolve(null) : ctx.loaders.entityByName.load({ type, name });

/** Whether larger values of a metric are better: as stored on its node, else read from its name. */
export async function metricDirection(metric: EntityModel, ctx: Context): Promise<boolean> {
  const stored = await ctx.loaders.metricDirection.load(metric.uid);
  return stored?.higherIsBetter ?? inferHigherIsBetter(stored?.name ?? metric.name);
}

/** `Query.leaderboard`: null when the dataset, metric or task is unknown; no entries when nothing is stated. */
export async function leaderboard(
  args: { dataset: string; metric: string; task?: string | null; first?: number | null },
  ctx: Context,
): Promise<LeaderboardModel | null> {
  const limit = pageSize(args.first);
  const [dataset, metric, task] = await Promise.all([
    byName(ctx, 'Dataset', args.dataset),
    byName(ctx, 'Metric', args.metric),
    byName(ctx, 'Task', args.task),
  ]);
  if (!dataset || !metric || (args.task != null && !task)) return null;
  const key = { dataset: dataset.uid, metric: metric.uid, task: task?.uid ?? null, byTask: false, limit };
  const [board] = await ctx.loaders.leaderboards.load(key);
  if (board) return board;
  const higherIsBetter = await metricDirection(metric, ctx);
  return { datasetUid: dataset.uid, metricUid: metric.uid, taskUid: key.task, higherIsBetter, size: 0, entries: [] };
}

/** `Dataset.leaderboards`: one board per task and metric with results. */
export const datasetLeaderboards = (dataset: EntityModel, first: number | null | undefined, ctx: Context) =>
  ctx.loaders.leaderboards.load({ dataset: dataset.uid, metric: null, task: null, byTask: true, limit: pageSize(first, 10) });

/** `Dataset.results`, with the metric looked up by loose name (an unknown one matches nothing). */
export async function datasetResults(dataset: EntityModel, args: { metric?: string | null; first?: number | null }, ctx: Context) {
  const limit = pageSize(args.first);
  const metric = await byName(ctx, 'Metric', args.metric);
  if (args.metric != null && !metric) return [];
  return ctx.loaders.datasetResults.load({ uid: dataset.uid, metric: metric?.uid ?? null, limit });
}

/** `Method.results`: newest paper first, optionally on one dataset or in one metric (loose names). */
export async function methodResults(
  method: EntityModel,
  args: PageArgs & { dataset?: string | null; metric?: string | null },
  ctx: Context,
): Promise<ResultConnectionModel> {
  const limit = pageSize(args.first);
  const offset = readOffsetCursor(args.after);
  const [dataset, metric] = await Promise.all([byName(ctx, 'Dataset', args.dataset), byName(ctx, 'Metric', args.metric)]);
  const unknown = (args.dataset != null && !dataset) || (args.metric != null && !metric);
  const page = unknown
    ? { results: [], total: 0 }
    : await ctx.loaders.methodResults.load({ uid: method.uid, dataset: dataset?.uid ?? null, metric: metric?.uid ?? null, offset, limit });
  const edges = page.results.map((node, i) => ({ cursor: offsetCursor(offset + i), node }));
  return {
    edges,
    pageInfo: { hasNextPage: offset + edges.length < page.total, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount: page.total,
  };
}

export const MAX_COMPARE_METHODS = 10;
export const MAX_COMPARE_DATASETS = 20;

/** `Query.compare`: the method × dataset table of best absolute results. */
export async function compare(
  args: { methods: readonly string[]; datasets?: readonly string[] | null; metric?: string | null },
  ctx: Context,
): Promise<ComparisonModel> {
  if (args.methods.length < 1 || args.methods.length > MAX_COMPARE_METHODS) throw badInput(`methods takes 1 to ${MAX_COMPARE_METHODS} names`);
  if (args.datasets && args.datasets.length > MAX_COMPARE_DATASETS) throw badInput(`datasets takes at most ${MAX_COMPARE_DATASETS} names`);
  const [methods, datasets, metric] = await Promise.all([
    Promise.all(args.methods.map((name) => byName(ctx, 'Method', name))),
    args.datasets ? Promise.all(args.datasets.map((name) => byName(ctx, 'Dataset', name))) : null,
    byName(ctx, 'Metric', args.metric),
  ]);
  const unknown = [
    ...args.methods.filter((_, i) => !methods[i]),
    ...(args.datasets ?? []).filter((_, i) => !datasets?.[i]),
    ...(args.metric != null && !metric ? [args.metric] : []),
  ];
  const found = unique(methods);
  const asked = datasets ? unique(datasets) : null;
  if (found.length === 0 || asked?.length === 0 || (args.metric != null && !metric)) {
    return { methods: found, datasets: asked ?? [], unknown, cells: [] };
  }
  const cells = await ctx.repo.compare(
    found.map((m) => m.uid),
    asked ? asked.map((d) => d.uid) : null,
    metric?.uid ?? null,
  );
  // Without datasets asked for: those with results for the most of the methods first.
  const table = asked ?? (await datasetsOf(cells, ctx));
  const column = new Map(table.map((d, i) => [d.uid, i]));
  const row = new Map(found.map((m, i) => [m.uid, i]));
  const kept = cells
    .filter((cell) => column.has(cell.datasetUid))
    .sort(
      (a, b) =>
        row.get(a.methodUid)! - row.get(b.methodUid)! ||
        column.get(a.datasetUid)! - column.get(b.datasetUid)! ||
        (a.metricUid < b.metricUid ? -1 : a.metricUid > b.metricUid ? 1 : 0),
    );
  return { methods: found, datasets: table, unknown, cells: kept };
}

async function datasetsOf(cells: ReadonlyArray<{ methodUid: string; datasetUid: string }>, ctx: Context): Promise<EntityModel[]> {
  const methodsOn = new Map<string, Set<string>>();
  for (const cell of cells) methodsOn.set(cell.datasetUid, (methodsOn.get(cell.datasetUid) ?? new Set()).add(cell.methodUid));
  const uids = [...methodsOn]
    .sort(([a, x], [b, y]) => y.size - x.size || (a < b ? -1 : 1))
    .slice(0, MAX_COMPARE_DATASETS)
    .map(([uid]) => uid);
  const entities = await ctx.loaders.entity.loadMany(uids);
  return entities.filter((e): e is EntityModel => e !== null && !(e instanceof Error));
}

/** Found entities in the order asked, each once. */
const unique = (entities: ReadonlyArray<EntityModel | null>): EntityModel[] =>
  [...new Map(entities.filter((e): e is EntityModel => e !== null).map((e) => [e.uid, e])).values()];
