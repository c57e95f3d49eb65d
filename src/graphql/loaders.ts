import DataLoader from 'dataloader';
import { normalKey } from '../graph/key.js';
import type { EntityType } from '../graph/vocabulary.js';
import { EntityCache } from './entity-cache.js';
import type { EntityModel, LeaderboardModel, LinkModel, NodeModel, PaperModel, ResultModel, YearCountModel } from './models.js';
import type { NestedPage } from './lookahead.js';
import type { RankedPage } from './args.js';
import type { CooccurringPage, PaperWindow, Repository } from './repository.js';

/** Keys that carry page arguments: batched per identical arguments, one query per group. */
interface PageKey {
  uid: string;
}

/**
 * A loader whose keys share arguments within groups: each group becomes one query over all of
 * its uids. Results come back by uid and are returned in key order (missing → fallback).
 */
function groupedLoader<K extends PageKey, V>(
  batching: boolean,
  groupOf: (key: K) => string,
  fetch: (uids: string[], sample: K, keys: K[]) => Promise<Map<string, V>>,
  fallback: () => V,
  idOf: (key: K) => string = (key) => key.uid,
): DataLoader<K, V, string> {
  return new DataLoader<K, V, string>(
    async (keys) => {
      const groups = new Map<string, K[]>();
      for (const key of keys) groups.set(groupOf(key), [...(groups.get(groupOf(key)) ?? []), key]);
      const answers = new Map<string, V>();
      await Promise.all(
        [...groups.entries()].map(async ([group, members]) => {
          const unique = [...new Map(members.map((m) => [idOf(m), m])).values()];
          const rows = await fetch([...new Set(members.map((m) => m.uid))], members[0]!, unique);
          for (const member of members) answers.set(`${group}|${idOf(member)}`, rows.get(idOf(member)) ?? fallback());
        }),
      );
      return keys.map((key) => answers.get(`${groupOf(key)}|${idOf(key)}`) ?? fallback());
    },
    { cacheKeyFn: (key) => `${groupOf(key)}|${idOf(key)}`, batch: batching, cache: batching },
  );
}

/** A loader from plain string keys; rows map by key, so database order never matters. */
function keyedLoader<V>(
  batching: boolean,
  fetch: (keys: readonly string[]) => Promise<Map<string, V>>,
  fallback: () => V,
): DataLoader<string, V> {
  return new DataLoader<string, V>(
    async (keys) => {
      const rows = await fetch(keys);
      return keys.map((key) => rows.get(key) ?? fallback());
    },
    { batch: batching, cache: batching },
  );
}

export interface EntityPapersKey extends PageKey, PaperWindow {
  role: string | null;
}
export interface CooccurringKey extends PageKey, RankedPage {
  type: EntityType;
  /** Pages to fetch ahead for every entity on this page (see lookahead.ts); not part of the cache key. */
  nested?: readonly NestedPage[];
}
export interface ResultsKey extends PageKey {
  metric: string | null;
  limit: number;
}
export interface NameKey {
  type: EntityType;
  name: string;
}

const nameKey = (key: NameKey): string => `${key.type}\u0000${key.name}`;
const splitName = (name: string): [EntityType, string] => {
  const at = name.indexOf('\u0000');
  return [name.slice(0, at) as EntityType, name.slice(at + 1)];
};

/**
 * Candidate ids for a name: its normalised key, which is an entity's uid or one of its Alias nodes
 * (the loader writes one for the name and every alias, lexicon spellings included), so case,
 * spaces and hyphens never matter (`top1 accuracy`, `ResNet 50`).
 */
export function candidateIds(type: EntityType, name: string): string[] {
  const key = normalKey(name);
  return key ? [`${type}:${key}`] : [];
}

/** A board request of `api-leaderboards`: uids (metric and task optional), one board per task when `byTask`. */
export interface BoardKey {
  dataset: string;
  metric: string | null;
  task: string | null;
  byTask: boolean;
  limit: number;
}

/** Method results filtered by dataset and metric uids, a page from `offset`. */
export interface MethodResultsKey extends PageKey {
  dataset: string | null;
  metric: string | null;
  offset: number;
  limit: number;
}

export type Loaders = ReturnType<typeof createLoaders>;

/**
 * One set per request (see Context), so nothing is cached across users or requests.
 * `batching: false` makes every load its own query: the N+1 baseline the API benchmark measures.
 */
export function createLoaders(repo: Repository, batching = true, cache = new EntityCache()) {
  const entity = keyedLoader<EntityModel | null>(
    batching,
    (uids) => repo.entitiesByUids(uids),
    () => null,
  );
  const prime = (model: EntityModel) => entity.prime(model.uid, model);
  const primeAll = <T>(value: T, entities: (v: T) => EntityModel[]) => {
    entities(value).forEach(prime);
    return value;
  };
  // Grouped by page only, so an institution's methods and datasets come from one query. Pages
  // looked ahead for the entities on a page (`nested`) come back with it and are primed here, so
  // the nested resolvers find them without a second query.
  const cooccurring: DataLoader<CooccurringKey & { uid: string }, CooccurringPage, string> = groupedLoader(
    batching,
    (key) => JSON.stringify([key.offset, key.limit, key.fromEnd]),
    async (_uids, sample, keys) => {
      const requests = keys.map((k) => ({ uid: k.uid, type: k.type, nested: batching ? (k.nested ?? []) : [] }));
      const { pages, children } = await repo.cooccurring(requests, sample);
      for (const page of pages.values()) page.edges.forEach((edge) => prime(edge.node));
      for (const child of children) {
        const key = { uid: child.uid, type: child.type, offset: child.offset, limit: child.limit, fromEnd: child.fromEnd };
        cooccurring.prime(key, { edges: child.edges, start: child.start, total: child.total });
        child.edges.forEach((edge) => prime(edge.node));
      }
      return pages;
    },
    () => ({ edges: [], start: 0, total: 0 }),
    (key) => `${key.uid}|${key.type}`,
  );
  const paper = keyedLoader<PaperModel | null>(
    batching,
    (ids) => repo.papersByIds(ids),
    () => null,
  );
  return {
    paper,
    /** Papers and entities by `<Typename>:<readable id>` (global-id.ts `nodeKey`), any mix in one query. */
    node: keyedLoader<NodeModel | null>(
      batching,
      async (keys) => {
        const rows = await repo.nodes(keys);
        for (const [key, model] of rows) {
          if (key.startsWith('Paper:')) paper.prime(key.slice('Paper:'.length), model as PaperModel);
          else prime(model as EntityModel);
        }
        return rows;
      },
      () => null,
    ),
    entity,
    entityByName: new DataLoader<NameKey, EntityModel | null, string>(
      async (keys) => {
        const names = keys.map(nameKey);
        // Hits are read once, before the round trip: the cache may be cleared (a new ingest) or an
        // entry expire while the misses are fetched, and a hit must not turn into `null` then.
        const hits = names.map((name) => cache.get(name));
        const misses = names.filter((_, i) => !hits[i]);
        const rows =
          misses.length > 0
            ? await repo.entitiesByAlias(misses.map((name) => ({ name, ids: candidateIds(...splitName(name)) })))
            : new Map();
        for (const [name, entity] of rows) cache.set(name, entity);
        return names.map((name, i) => primeAll(hits[i] ?? rows.get(name) ?? null, (e) => (e ? [e] : [])));
      },
      { cacheKeyFn: nameKey, batch: batching, cache: batching },
    ),
    links: keyedLoader<LinkModel[]>(
      batching,
      async (ids) => primeAll(await repo.linksByPapers(ids), (rows) => [...rows.values()].flat().map((link) => link.entity)),
      () => [],
    ),
    results: keyedLoader<ResultModel[]>(
      batching,
      (ids) => repo.resultsByPapers(ids),
      () => [],
    ),
    trend: keyedLoader<YearCountModel[]>(
      batching,
      (uids) => repo.trends(uids),
      () => [],
    ),
    proposedIn: keyedLoader<PaperModel[]>(
      batching,
      (uids) => repo.proposedIn(uids),
      () => [],
    ),
    entityPapers: groupedLoader<EntityPapersKey, { papers: PaperModel[]; total: number }>(
      batching,
      (key) => JSON.stringify([key.role, key.after, key.before, key.limit, key.backward]),
      (uids, key) => repo.entityPapers(uids, key.role, { after: key.after, before: key.before, limit: key.limit, backward: key.backward }),
      () => ({ papers: [], total: 0 }),
    ),
    cooccurring,
    leaderboards: new DataLoader<BoardKey, LeaderboardModel[], string>(
      async (keys) => {
        const ids = keys.map((key) => JSON.stringify(key));
        const boards = await repo.leaderboards('api-leaderboards', keys.map((key, i) => ({ id: ids[i]!, ...key })));
        return ids.map((id) => boards.get(id) ?? []);
      },
      { cacheKeyFn: (key) => JSON.stringify(key), batch: batching, cache: batching },
    ),
    taskLeaderboards: groupedLoader<PageKey & { limit: number }, LeaderboardModel[]>(
      batching,
      (key) => String(key.limit),
      async (uids, { limit }) => {
        const boards = await repo.leaderboards('api-task-leaderboards', uids.map((task) => ({ id: task, task, limit })));
        return boards;
      },
      () => [],
    ),
    metricDirection: keyedLoader<{ name: string; higherIsBetter: boolean | null } | null>(
      batching,
      (uids) => repo.metricDirections(uids),
      () => null,
    ),
    methodResults: groupedLoader<MethodResultsKey, { results: ResultModel[]; total: number }>(
      batching,
      (key) => JSON.stringify([key.dataset, key.metric, key.offset, key.limit]),
      (uids, key) => repo.methodResults(uids, { dataset: key.dataset, metric: key.metric }, key.offset, key.limit),
      () => ({ results: [], total: 0 }),
    ),
    datasetResults: groupedLoader<ResultsKey, ResultModel[]>(
      batching,
      (key) => JSON.stringify([key.metric, key.limit]),
      (uids, key) => repo.datasetResults(uids, key.metric, key.limit),
      () => [],
    ),
  };
}
