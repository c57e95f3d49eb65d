import { int, type Database } from '../db/database.js';
import type {
  ComparisonCellModel,
  EntityModel,
  LeaderboardModel,
  LinkModel,
  NodeModel,
  PaperModel,
  PathModel,
  ResultModel,
  SearchHitModel,
  YearCountModel,
} from './models.js';
import { cooccurrenceDirections } from '../graph/cooccurrence.js';
import { typeOfUid, type EntityType } from '../graph/vocabulary.js';
import type { RankedPage } from './args.js';
import type { NestedPage } from './lookahead.js';

/** One page of a ranked co-occurrence list, where it starts in the list, and the list's length. */
export interface CooccurringPage {
  edges: Array<{ node: EntityModel; paperCount: number }>;
  start: number;
  total: number;
}

/** A page fetched ahead for an entity on another page: whose, which list, which page. */
export type NestedCooccurringPage = CooccurringPage & NestedPage & { uid: string };

export interface StatsRow {
  papers: number;
  methods: number;
  datasets: number;
  institutions: number;
  tasks: number;
  metrics: number;
  results: number;
  /** Some paper was invented by `papergraph generate`. */
  synthetic: boolean;
}

/** Keyset position in a newest-first paper list. */
export interface PaperCursor {
  sort: string;
  id: string;
}

/** Which papers of a newest-first list to read: between the cursors, `limit` of them from one end. */
export interface PaperWindow {
  after: PaperCursor | null;
  before: PaperCursor | null;
  limit: number;
  /** Read from the `before` end (Relay's `last`); rows then come oldest first. */
  backward: boolean;
}

export type PaperFilterParams = {
  text: string | null;
  anchor: string | null;
  /** Entities the candidates must also link to (all named ones but the anchor). */
  others: string[];
  role: string | null;
  from: string | null;
  to: string | null;
};

/**
 * Batched reads, one per cypher/api-*.cypher file. Every function takes many keys and returns
 * rows grouped by key; the DataLoaders put them back in key order.
 */
export class Repository {
  constructor(private readonly db: Database) {}

  async stats(): Promise<StatsRow> {
    const [row] = await this.db.read<StatsRow>('stats');
    return row ?? { papers: 0, methods: 0, datasets: 0, institutions: 0, tasks: 0, metrics: 0, results: 0, synthetic: false };
  }

  async papersByIds(ids: readonly string[]): Promise<Map<string, PaperModel>> {
    const rows = await this.db.read<{ id: string; paper: PaperModel }>('api-papers-by-id', { ids });
    return new Map(rows.map((row) => [row.id, row.paper]));
  }

  async entitiesByUids(uids: readonly string[]): Promise<Map<string, EntityModel>> {
    const rows = await this.db.read<{ uid: string; entity: EntityModel }>('api-entities-by-uid', { uids });
    return new Map(rows.map((row) => [row.uid, row.entity]));
  }

  /**
   * Papers and entities by `<Typename>:<readable id>` key (see global-id.ts), mixed types in one
   * round trip. A key whose type and object do not agree finds nothing: an entity uid names its type.
   */
  async nodes(keys: readonly string[]): Promise<Map<string, NodeModel>> {
    const params = keys.map((key) => (key.startsWith('Paper:') ? { key, paper: key.slice('Paper:'.length) } : { key, uid: key }));
    const rows = await this.db.read<{ key: string; paper: PaperModel | null; entity: EntityModel | null }>('api-nodes', { keys: params });
    return new Map(rows.map((row) => [row.key, (row.paper ?? row.entity)!]));
  }

  /** `requests`: each name with its candidate ids (`<Type>:<key>`), best first. */
  async entitiesByAlias(requests: ReadonlyArray<{ name: string; ids: string[] }>): Promise<Map<string, EntityModel>> {
    const rows = await this.db.read<{ name: string; entity: EntityModel }>('api-entities-by-alias', { requests });
    return new Map(rows.map((row) => [row.name, row.entity]));
  }

  async linksByPapers(ids: readonly string[]): Promise<Map<string, LinkModel[]>> {
    return groupBy(await this.db.read<LinkModel>('api-links-by-paper', { ids }), (row) => row.paperId);
  }

  async resultsByPapers(ids: readonly string[]): Promise<Map<string, ResultModel[]>> {
    const rows = await this.db.read<{ paperId: string; result: ResultModel }>('api-results-by-paper', { ids });
    const grouped = groupBy(rows, (row) => row.paperId);
    return new Map([...grouped].map(([id, group]) => [id, group.map((row) => row.result)]));
  }

  /** `metric`: a Metric uid, or null for every metric. */
  async datasetResults(uids: readonly string[], metric: string | null, limit: number): Promise<Map<string, ResultModel[]>> {
    const rows = await this.db.read<{ uid: string; results: ResultModel[] }>('api-dataset-results', { uids, metric, limit: int(limit) });
    return new Map(rows.map((row) => [row.uid, row.results]));
  }

  /** Boards of datasets (`api-leaderboards`) or tasks (`api-task-leaderboards`), grouped by request id, most entries first. */
  async leaderboards(
    name: 'api-leaderboards' | 'api-task-leaderboards',
    requests: ReadonlyArray<{ id: string; limit: number } & Record<string, unknown>>,
  ): Promise<Map<string, LeaderboardModel[]>> {
    type Row = Omit<LeaderboardModel, 'datasetUid' | 'metricUid' | 'taskUid'> & {
      id: string;
      board: { dataset: string; metric: string; task: string | null };
    };
    const rows = await this.db.read<Row>(name, { requests: requests.map((r) => ({ ...r, limit: int(r.limit) })) });
    const boards = groupBy(rows, (row) => row.id);
    return new Map(
      [...boards].map(([id, group]) => [
        id,
        group
          .map(({ board, higherIsBetter, size, entries }) => ({
            datasetUid: board.dataset,
            metricUid: board.metric,
            taskUid: board.task,
            higherIsBetter,
            size,
            entries: [...entries].sort((a, b) => a.rank - b.rank),
          }))
          .sort((a, b) => b.size - a.size || order(a.metricUid, b.metricUid) || order(a.datasetUid, b.datasetUid) || order(a.taskUid, b.taskUid)),
      ]),
    );
  }

  /** Per metric uid, whether larger values are better as stored (null when not stored) and its name. */
  async metricDirections(uids: readonly string[]): Promise<Map<string, { name: string; higherIsBetter: boolean | null }>> {
    const rows = await this.db.read<{ uid: string; name: string; higherIsBetter: boolean | null }>('api-metric-directions', { uids });
    return new Map(rows.map((row) => [row.uid, row]));
  }

  /** The best absolute result per method, dataset and metric (`datasets` null: any dataset; `metric` null: any). */
  async compare(methods: string[], datasets: string[] | null, metric: string | null): Promise<ComparisonCellModel[]> {
    return this.db.read<ComparisonCellModel>('api-compare', { methods, datasets, metric });
  }

  /** Per method, a page of its results, newest paper first, and their number. */
  async methodResults(
    uids: readonly string[],
    filter: { dataset: string | null; metric: string | null },
    offset: number,
    limit: number,
  ): Promise<Map<string, { results: ResultModel[]; total: number }>> {
    const rows = await this.db.read<{ uid: string; results: ResultModel[]; total: number }>('api-method-results', {
      uids,
      ...filter,
      offset: int(offset),
      limit: int(limit),
    });
    return new Map(rows.map((row) => [row.uid, row]));
  }

  /** Per entity, a page of its papers in the page's direction (backward pages come oldest first). */
  async entityPapers(
    uids: readonly string[],
    role: string | null,
    page: PaperWindow,
  ): Promise<Map<string, { papers: PaperModel[]; total: number }>> {
    const rows = await this.db.read<{ uid: string; papers: PaperModel[]; total: number }>('api-entity-papers', {
      uids,
      role,
      ...page,
      limit: int(page.limit),
    });
    return new Map(rows.map((row) => [row.uid, row]));
  }

  /**
   * Ranked co-occurring entities for several (entity, type) requests at once, keyed `uid|type`;
   * with `nested` pages, also those of every entity on each page (`children`), in the same query.
   */
  async cooccurring(
    requests: ReadonlyArray<{ uid: string; type: EntityType; nested: readonly NestedPage[] }>,
    window: RankedPage,
  ): Promise<{ pages: Map<string, CooccurringPage>; children: NestedCooccurringPage[] }> {
    type Row = CooccurringPage & { uid: string; type: string; children: NestedCooccurringPage[] };
    const page = (type: EntityType, ofType: string, at: RankedPage) => ({
      type,
      ...cooccurrenceDirections(ofType, type),
      offset: int(at.offset),
      limit: int(at.limit),
      fromEnd: at.fromEnd,
    });
    const directed = requests.map((r) => ({
      uid: r.uid,
      ...page(r.type, typeOfUid(r.uid), window),
      nested: r.nested.map((n) => page(n.type, r.type, n)),
    }));
    const nested = directed.some((r) => r.nested.length > 0);
    const rows = await this.db.read<Row>(nested ? 'api-cooccurring-nested' : 'api-cooccurring', { requests: directed });
    return {
      pages: new Map(rows.map((row) => [`${row.uid}|${row.type}`, { edges: row.edges, start: row.start, total: row.total }])),
      children: rows.flatMap((row) => row.children),
    };
  }

  async trends(uids: readonly string[]): Promise<Map<string, YearCountModel[]>> {
    const rows = await this.db.read<{ uid: string; trend: YearCountModel[] }>('api-trend', { uids });
    return new Map(rows.map((row) => [row.uid, row.trend]));
  }

  async proposedIn(uids: readonly string[]): Promise<Map<string, PaperModel[]>> {
    const rows = await this.db.read<{ uid: string; papers: PaperModel[] }>('api-proposed-in', { uids });
    return new Map(rows.map((row) => [row.uid, row.papers]));
  }

  /** A page of papers matching the filter in the page's direction (backward pages come oldest first). */
  async papers(filter: PaperFilterParams, page: PaperWindow): Promise<PaperModel[]> {
    const { backward, ...bounds } = page;
    const rows = await this.db.read<{ paper: PaperModel }>(backward ? 'api-papers-backward' : 'api-papers', {
      ...filter,
      ...bounds,
      limit: int(page.limit),
    });
    return rows.map((row) => row.paper);
  }

  async papersCount(filter: PaperFilterParams): Promise<number> {
    const [row] = await this.db.read<{ total: number }>('api-papers-count', filter);
    return row?.total ?? 0;
  }

  /** `ids`: the typed text's `<Type>:<key>` per type; `prefixes`: the same when long enough to match by prefix. */
  async search(query: string, prefix: string, types: string[] | null, limit: number, ids: string[] = [], prefixes: string[] = []): Promise<SearchHitModel[]> {
    return this.db.read<SearchHitModel>('api-search', { query, prefix, types, limit: int(limit), ids, prefixes });
  }

  async path(from: string, to: string, maxLinks: number): Promise<PathRow | null> {
    const [row] = await this.db.read<PathRow>('api-path', { from, to });
    return row && row.links.length <= maxLinks ? row : null;
  }
}

export interface PathRow {
  nodes: Array<{ paper?: PaperModel; entity?: EntityModel }>;
  links: Array<{ role: string; evidence: string }>;
}

/** Turns entity–paper–entity rows into steps. */
export function pathSteps(row: PathRow): PathModel {
  const steps: PathModel['steps'] = [];
  for (let i = 0; i + 2 < row.nodes.length; i += 2) {
    const [from, paper, to] = [row.nodes[i]?.entity, row.nodes[i + 1]?.paper, row.nodes[i + 2]?.entity];
    const [fromLink, toLink] = [row.links[i], row.links[i + 1]];
    if (!from || !paper || !to || !fromLink || !toLink) throw new Error('path does not alternate entity and paper');
    steps.push({
      from,
      paper,
      to,
      fromRole: fromLink.role,
      toRole: toLink.role,
      fromEvidence: fromLink.evidence,
      toEvidence: toLink.evidence,
    });
  }
  return { length: steps.length, steps };
}

/** Nulls last, then text order: a total order for sorting boards. */
const order = (a: string | null, b: string | null): number => (a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? -1 : 1);

function groupBy<T>(rows: T[], keyOf: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return groups;
}
