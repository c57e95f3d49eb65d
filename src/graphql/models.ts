import type { EntityType } from '../graph/vocabulary.js';
import type { ResultRow } from '../graph/rows.js';

/** What resolvers receive as parents: rows as the Cypher in cypher/api-*.cypher returns them. */
export interface PaperModel {
  id: string;
  arxivId: string | null;
  title: string | null;
  abstract: string;
  published: string | null;
  year: number | null;
  language: string;
  authors: string[] | null;
  categories: string[] | null;
  urls: string[] | null;
  /** `file:line` strings, first source first. */
  sources: string[] | null;
}

export interface EntityModel {
  uid: string;
  type: EntityType;
  key: string;
  name: string;
  aliases: string[] | null;
  paperCount: number | null;
}

/** What `node`/`nodes` resolve to: a paper or an entity (entities have a `uid`, papers none). */
export type NodeModel = PaperModel | EntityModel;

export interface LinkModel {
  paperId: string;
  role: string;
  evidence: string;
  confidence: number;
  /** `text`, `title` or `header` (src/graph/vocabulary.ts LINK_SOURCES). */
  source: string;
  entity: EntityModel;
}

/** A stated result, as the loader wrote it. */
export type ResultModel = ResultRow;

export interface PageInfoModel {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

export interface PaperConnectionModel {
  edges: Array<{ cursor: string; node: PaperModel }>;
  pageInfo: PageInfoModel;
  /** Counted only when a client asks for it. */
  totalCount: () => Promise<number>;
}

export interface RankedConnectionModel {
  edges: Array<{ cursor: string; node: EntityModel; paperCount: number }>;
  pageInfo: PageInfoModel;
  totalCount: number;
}

export interface SearchHitModel {
  entity: EntityModel;
  score: number;
}

export interface PathStepModel {
  from: EntityModel;
  paper: PaperModel;
  to: EntityModel;
  fromRole: string;
  toRole: string;
  fromEvidence: string;
  toEvidence: string;
}

export interface PathModel {
  length: number;
  steps: PathStepModel[];
}

export interface YearCountModel {
  year: number;
  papers: number;
}


/** A leaderboard: the board's entities by uid, its entries best first. */
export interface LeaderboardModel {
  datasetUid: string;
  metricUid: string;
  taskUid: string | null;
  higherIsBetter: boolean;
  /** Methods on the whole board (entries are the first of them). */
  size: number;
  entries: LeaderboardEntryModel[];
}

export interface LeaderboardEntryModel {
  rank: number;
  result: ResultModel;
}

/** One cell of a comparison: a method's best result on a dataset in a metric. */
export interface ComparisonCellModel {
  methodUid: string;
  datasetUid: string;
  metricUid: string;
  best: ResultModel;
}

export interface ComparisonModel {
  methods: EntityModel[];
  datasets: EntityModel[];
  unknown: string[];
  cells: ComparisonCellModel[];
}

export interface ResultConnectionModel {
  edges: Array<{ cursor: string; node: ResultModel }>;
  pageInfo: PageInfoModel;
  totalCount: number;
}
