import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { PaperModel, EntityModel, LinkModel, ResultModel, ResultConnectionModel, LeaderboardModel, LeaderboardEntryModel, ComparisonModel, ComparisonCellModel, PaperConnectionModel, RankedConnectionModel, SearchHitModel, PathModel, PathStepModel } from './models.js';
import type { Context } from './context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /**
   * A calendar date, `YYYY-MM-DD`. As input (filter bounds) also a year `YYYY` or a month `YYYY-MM`,
   * which stand for the whole period.
   */
  Date: { input: string; output: string; }
  /** An absolute http or https URL (RFC 3986). */
  URL: { input: string; output: string; }
};

/** An abstract to ingest. */
export type AbstractInput = {
  /** The abstract text (at most 20,000 characters). */
  abstract: Scalars['String']['input'];
  /** Affiliation lines of the authors (`Department of …, … University`). */
  affiliations?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Paper id (an arXiv id is recognised); default: a hash of the text. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** Publication date, YYYY-MM-DD. */
  published?: InputMaybe<Scalars['String']['input']>;
  /** Title. */
  title?: InputMaybe<Scalars['String']['input']>;
};

/** A method × dataset table of best stated results. */
export type Comparison = {
  __typename?: 'Comparison';
  /** One cell per method, dataset and metric that has a result. */
  cells: Array<ComparisonCell>;
  /** The datasets of the table. */
  datasets: Array<Dataset>;
  /** The methods asked for that exist, in the order asked. */
  methods: Array<Method>;
  /** Names asked for that match no method or dataset. */
  unknown: Array<Scalars['String']['output']>;
};

/** The best result of one method on one dataset in one metric. */
export type ComparisonCell = {
  __typename?: 'ComparisonCell';
  /** Its best absolute result by the metric's direction. */
  best: Result;
  /** The dataset. */
  dataset: Dataset;
  /** The method. */
  method: Method;
  /** The metric. */
  metric: Metric;
};

/** A dataset, corpus or benchmark. */
export type Dataset = Entity & Node & {
  __typename?: 'Dataset';
  /** Other names met in papers or known to the lexicon (`CIFAR10`). */
  aliases: Array<Scalars['String']['output']>;
  /** Opaque global id (Relay); `uid` is the readable one. */
  id: Scalars['ID']['output'];
  /** Institutions named in the same papers, most shared papers first. */
  institutions: InstitutionConnection;
  /** One leaderboard per task and metric with results on this dataset, most entries first. */
  leaderboards: Array<Leaderboard>;
  /** Methods named in the same papers, most shared papers first. */
  methods: MethodConnection;
  /** Metrics its papers state results in, most shared papers first. */
  metrics: MetricConnection;
  /** Canonical name. */
  name: Scalars['String']['output'];
  /** Number of papers linked to it. */
  paperCount: Scalars['Int']['output'];
  /** Papers linked to it, newest first. */
  papers: PaperConnection;
  /** Results stated in abstracts on it, best first by each metric's direction (use `leaderboards` for one table per metric). */
  results: Array<Result>;
  /** Tasks named in the same papers, most shared papers first. */
  tasks: TaskConnection;
  /** Papers per publication year. */
  trend: Array<YearCount>;
  /** Always DATASET. */
  type: EntityType;
  /** Readable graph id `Dataset:<key>` (stays readable when `id` is opaque). */
  uid: Scalars['String']['output'];
};


/** A dataset, corpus or benchmark. */
export type DatasetInstitutionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A dataset, corpus or benchmark. */
export type DatasetLeaderboardsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A dataset, corpus or benchmark. */
export type DatasetMethodsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A dataset, corpus or benchmark. */
export type DatasetMetricsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A dataset, corpus or benchmark. */
export type DatasetPapersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  role?: InputMaybe<Role>;
};


/** A dataset, corpus or benchmark. */
export type DatasetResultsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  metric?: InputMaybe<Scalars['String']['input']>;
};


/** A dataset, corpus or benchmark. */
export type DatasetTasksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of datasets ranked by shared papers. */
export type DatasetConnection = {
  __typename?: 'DatasetConnection';
  /** Datasets on this page. */
  edges: Array<DatasetEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** Number of datasets over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A dataset on a ranked page. */
export type DatasetEdge = {
  __typename?: 'DatasetEdge';
  /** Opaque position of this edge. */
  cursor: Scalars['String']['output'];
  /** The dataset. */
  node: Dataset;
  /** Papers it shares with the entity the list belongs to. */
  paperCount: Scalars['Int']['output'];
};

/** Something papers link to: a method, dataset, institution, task or metric. */
export type Entity = {
  /** Other names met in papers or known to the lexicon. */
  aliases: Array<Scalars['String']['output']>;
  /** Opaque global id (Relay); `uid` is the readable one. */
  id: Scalars['ID']['output'];
  /** Canonical name. */
  name: Scalars['String']['output'];
  /** Number of papers linked to it (any role). */
  paperCount: Scalars['Int']['output'];
  /** Papers linked to it, newest first. */
  papers: PaperConnection;
  /** Papers per publication year, oldest year first. */
  trend: Array<YearCount>;
  /** The entity's type. */
  type: EntityType;
  /** Readable graph id `<Type>:<key>` (stays readable when `id` is opaque). */
  uid: Scalars['String']['output'];
};


/** Something papers link to: a method, dataset, institution, task or metric. */
export type EntityPapersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  role?: InputMaybe<Role>;
};

/** A paper's link to an entity. */
export type EntityLink = {
  __typename?: 'EntityLink';
  /**
   * How often links like this one are right: the precision measured, on labelled abstracts held
   * out from rule writing, of links with this support (0.9 means about nine in ten are right).
   * Links under 0.55 are not made.
   */
  confidence: Scalars['Float']['output'];
  /** The entity. */
  entity: Entity;
  /** The sentence of the abstract that supports the link; for other sources it says where the link came from (`Title: …`, `Affiliation line of the dump: …`). */
  evidence: Scalars['String']['output'];
  /** The paper. */
  paper: Paper;
  /** What the paper does with it. */
  role: Role;
  /** Where the link comes from: a sentence of the abstract, the title, or an affiliation line outside it. */
  source: LinkSource;
};

/** Names an entity by type and name or alias. */
export type EntityRef = {
  /** Name or alias, case-insensitive. */
  name: Scalars['String']['input'];
  /** The entity's type. */
  type: EntityType;
};

/** The kinds of entity papers link to. */
export type EntityType =
  /** A dataset, corpus or benchmark. */
  | 'DATASET'
  /** A university, laboratory, institute or company. */
  | 'INSTITUTION'
  /** A method, model, algorithm or architecture. */
  | 'METHOD'
  /** A measure results are stated in (`top-1 accuracy`, `BLEU`, `WER`). */
  | 'METRIC'
  /** A problem papers address (`image classification`, `named entity recognition`). */
  | 'TASK';

/** The input of `ingest`. */
export type IngestInput = {
  /** The abstracts to add or update, 1 to 50. */
  abstracts: Array<AbstractInput>;
};

/** What `ingest` did: one result per abstract, in input order, and the problems found. */
export type IngestPayload = {
  __typename?: 'IngestPayload';
  /** Paper → entity links written. */
  links: Scalars['Int']['output'];
  /** Abstracts received. */
  received: Scalars['Int']['output'];
  /** One per input abstract: `results[i]` is about `abstracts[i]`. */
  results: Array<IngestResult>;
  /** Papers already in the graph unchanged. */
  unchanged: Scalars['Int']['output'];
  /** Problems with single abstracts; each `path` points into the input. */
  userErrors: Array<UserError>;
  /** Papers written (new or changed). */
  written: Scalars['Int']['output'];
};

/** What happened to one input abstract. */
export type IngestResult = {
  __typename?: 'IngestResult';
  /** Its position in `input.abstracts`, from 0. */
  index: Scalars['Int']['output'];
  /** The paper's id; null when rejected. */
  paperId?: Maybe<Scalars['ID']['output']>;
  /** WRITTEN, UNCHANGED or REJECTED (see `userErrors` for why). */
  status: IngestStatus;
};

/** What happened to one input abstract. */
export type IngestStatus =
  /** Not ingested; a `userErrors` entry says why. */
  | 'REJECTED'
  /** Already in the graph with the same content. */
  | 'UNCHANGED'
  /** Written: new, or changed since it was last loaded. */
  | 'WRITTEN';

/** A university, laboratory, institute or company. */
export type Institution = Entity & Node & {
  __typename?: 'Institution';
  /** Other names met in papers. */
  aliases: Array<Scalars['String']['output']>;
  /** Datasets named in its papers, most shared papers first. */
  datasets: DatasetConnection;
  /** Opaque global id (Relay); `uid` is the readable one. */
  id: Scalars['ID']['output'];
  /** Methods named in its papers, most shared papers first. */
  methods: MethodConnection;
  /** Canonical name. */
  name: Scalars['String']['output'];
  /** Number of papers linked to it. */
  paperCount: Scalars['Int']['output'];
  /** Papers linked to it, newest first. */
  papers: PaperConnection;
  /** Papers per publication year. */
  trend: Array<YearCount>;
  /** Always INSTITUTION. */
  type: EntityType;
  /** Readable graph id `Institution:<key>` (stays readable when `id` is opaque). */
  uid: Scalars['String']['output'];
};


/** A university, laboratory, institute or company. */
export type InstitutionDatasetsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A university, laboratory, institute or company. */
export type InstitutionMethodsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A university, laboratory, institute or company. */
export type InstitutionPapersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  role?: InputMaybe<Role>;
};

/** A page of institutions ranked by shared papers. */
export type InstitutionConnection = {
  __typename?: 'InstitutionConnection';
  /** Institutions on this page. */
  edges: Array<InstitutionEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** Number of institutions over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An institution on a ranked page. */
export type InstitutionEdge = {
  __typename?: 'InstitutionEdge';
  /** Opaque position of this edge. */
  cursor: Scalars['String']['output'];
  /** The institution. */
  node: Institution;
  /** Papers it shares with the entity the list belongs to. */
  paperCount: Scalars['Int']['output'];
};

/** The best result of each method on one dataset in one metric, best first by the metric's direction. */
export type Leaderboard = {
  __typename?: 'Leaderboard';
  /** The dataset. */
  dataset: Dataset;
  /** One entry per method: its best absolute result; ties by earliest paper. */
  entries: Array<LeaderboardEntry>;
  /** True when larger values rank first. */
  higherIsBetter: Scalars['Boolean']['output'];
  /** The metric entries are ranked by. */
  metric: Metric;
  /** The task, when the board is for one task. */
  task?: Maybe<Task>;
};

/** One method's place on a leaderboard. */
export type LeaderboardEntry = {
  __typename?: 'LeaderboardEntry';
  /** The method. */
  method: Method;
  /** 1 for the best. */
  rank: Scalars['Int']['output'];
  /** Its best result on the board. */
  result: Result;
};

/** Where a link comes from. */
export type LinkSource =
  /** An affiliation header line of the dump, outside the abstract (less certain than the text). */
  | 'HEADER'
  /** A sentence of the abstract. */
  | 'TEXT'
  /** The paper's title. */
  | 'TITLE';

/** A method, model, algorithm or architecture. */
export type Method = Entity & Node & {
  __typename?: 'Method';
  /** Other names met in papers. */
  aliases: Array<Scalars['String']['output']>;
  /** Datasets named in the same papers, most shared papers first. */
  datasets: DatasetConnection;
  /** Opaque global id (Relay); `uid` is the readable one. */
  id: Scalars['ID']['output'];
  /** Institutions named in the same papers, most shared papers first. */
  institutions: InstitutionConnection;
  /** Canonical name. */
  name: Scalars['String']['output'];
  /** Number of papers linked to it. */
  paperCount: Scalars['Int']['output'];
  /** Papers linked to it, newest first. */
  papers: PaperConnection;
  /** The papers that introduce it, oldest first. */
  proposedIn: Array<Paper>;
  /** Other methods named in the same papers, most shared papers first. */
  relatedMethods: MethodConnection;
  /** Results stated for it in abstracts (its own and as a baseline), newest paper first. */
  results: ResultConnection;
  /** Tasks named in the same papers, most shared papers first. */
  tasks: TaskConnection;
  /** Papers per publication year. */
  trend: Array<YearCount>;
  /** Always METHOD. */
  type: EntityType;
  /** Readable graph id `Method:<key>` (stays readable when `id` is opaque). */
  uid: Scalars['String']['output'];
};


/** A method, model, algorithm or architecture. */
export type MethodDatasetsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A method, model, algorithm or architecture. */
export type MethodInstitutionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A method, model, algorithm or architecture. */
export type MethodPapersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  role?: InputMaybe<Role>;
};


/** A method, model, algorithm or architecture. */
export type MethodRelatedMethodsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/** A method, model, algorithm or architecture. */
export type MethodResultsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  dataset?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  metric?: InputMaybe<Scalars['String']['input']>;
};


/** A method, model, algorithm or architecture. */
export type MethodTasksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of methods ranked by shared papers. */
export type MethodConnection = {
  __typename?: 'MethodConnection';
  /** Methods on this page. */
  edges: Array<MethodEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** Number of methods over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A method on a ranked page. */
export type MethodEdge = {
  __typename?: 'MethodEdge';
  /** Opaque position of this edge. */
  cursor: Scalars['String']['output'];
  /** The method. */
  node: Method;
  /** Papers it shares with the entity the list belongs to. */
  paperCount: Scalars['Int']['output'];
};

/** A measure results are stated in (`top-1 accuracy`, `BLEU`, `WER`). */
export type Metric = Entity & Node & {
  __typename?: 'Metric';
  /** Other names met in papers (`top-1 acc.` for top-1 accuracy). */
  aliases: Array<Scalars['String']['output']>;
  /** Datasets with results in this metric, most shared papers first. */
  datasets: DatasetConnection;
  /** True when a larger value is better (accuracy, BLEU), false when smaller is (error, perplexity, WER, FID). */
  higherIsBetter: Scalars['Boolean']['output'];
  /** Opaque global id (Relay); `uid` is the readable one. */
  id: Scalars['ID']['output'];
  /** Canonical name. */
  name: Scalars['String']['output'];
  /** Number of papers linked to it. */
  paperCount: Scalars['Int']['output'];
  /** Papers linked to it, newest first. */
  papers: PaperConnection;
  /** Tasks whose papers state results in it, most shared papers first. */
  tasks: TaskConnection;
  /** Papers per publication year. */
  trend: Array<YearCount>;
  /** Always METRIC. */
  type: EntityType;
  /** Readable graph id `Metric:<key>` (stays readable when `id` is opaque). */
  uid: Scalars['String']['output'];
};


/** A measure results are stated in (`top-1 accuracy`, `BLEU`, `WER`). */
export type MetricDatasetsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A measure results are stated in (`top-1 accuracy`, `BLEU`, `WER`). */
export type MetricPapersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  role?: InputMaybe<Role>;
};


/** A measure results are stated in (`top-1 accuracy`, `BLEU`, `WER`). */
export type MetricTasksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A page of metrics ranked by shared papers. */
export type MetricConnection = {
  __typename?: 'MetricConnection';
  /** Metrics on this page. */
  edges: Array<MetricEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** Number of metrics over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An metric on a ranked page. */
export type MetricEdge = {
  __typename?: 'MetricEdge';
  /** Opaque position of this edge. */
  cursor: Scalars['String']['output'];
  /** The metric. */
  node: Metric;
  /** Papers it shares with the entity the list belongs to. */
  paperCount: Scalars['Int']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Runs the ingestion pipeline (extract in a worker thread, then load) on the given abstracts.
   * Requires `Authorization: Bearer <PAPERGRAPH_API_KEY>`; disabled when the server has no key
   * configured. 1 to 50 abstracts a call, each at most 20,000 characters: the largest such call
   * fits the 4 MB body limit that requests carrying the key get (others: 100 kB). Problems with
   * single abstracts are `userErrors`; the others are still ingested.
   */
  ingest: IngestPayload;
};


export type MutationIngestArgs = {
  input: IngestInput;
};

/** An object with a global id (Relay object identification): fetch it again with `node(id:)`. */
export type Node = {
  /** Opaque global id; stable, but not for reading (see `uid` and `paperId` for readable ids). */
  id: Scalars['ID']['output'];
};

/**
 * Relay page information. Paging forward (`first`/`after`), `hasNextPage` is exact and
 * `hasPreviousPage` says whether `after` was given; backward (`last`/`before`), `hasPreviousPage` is
 * exact and `hasNextPage` says whether `before` was given. Ranked lists know both exactly.
 */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last edge; pass it as `after` for the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** Whether another page follows this one. */
  hasNextPage: Scalars['Boolean']['output'];
  /** Whether another page comes before this one. */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** Cursor of the first edge; pass it as `before` for the previous page. */
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** A research paper, as read from an abstract dump. */
export type Paper = Node & {
  __typename?: 'Paper';
  /** The abstract, cleaned. */
  abstract: Scalars['String']['output'];
  /** arXiv id, when known. */
  arxivId?: Maybe<Scalars['String']['output']>;
  /** Authors, when the input had them. */
  authors: Array<Scalars['String']['output']>;
  /** arXiv categories, when known. */
  categories: Array<Scalars['String']['output']>;
  /** The paper's links to entities, optionally only of one type or role. */
  entities: Array<EntityLink>;
  /** Opaque global id (Relay); `paperId` is the readable one. */
  id: Scalars['ID']['output'];
  /** Language code (`en`, `zh`) or script tag (`und-Cyrl`). */
  language: Scalars['String']['output'];
  /** Readable paper id: the arXiv id without version when known, else the given id, else `sha256:<hash>` of the text. */
  paperId: Scalars['String']['output'];
  /** Publication date, when known. */
  published?: Maybe<Scalars['Date']['output']>;
  /** Results the abstract states. */
  results: Array<Result>;
  /** Where the paper was first read. */
  source: Source;
  /** Every place the paper was read (duplicates are merged). */
  sources: Array<Source>;
  /** Title, when the input had one. */
  title?: Maybe<Scalars['String']['output']>;
  /** Code and data links found in the text (absolute: a link written `www.…` gets `https://`). */
  urls: Array<Scalars['URL']['output']>;
  /** Publication year, when known. */
  year?: Maybe<Scalars['Int']['output']>;
};


/** A research paper, as read from an abstract dump. */
export type PaperEntitiesArgs = {
  role?: InputMaybe<Role>;
  type?: InputMaybe<EntityType>;
};

/** A page of papers. */
export type PaperConnection = {
  __typename?: 'PaperConnection';
  /** Papers on this page, each with its cursor. */
  edges: Array<PaperEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** Number of papers matching, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A paper on a page. */
export type PaperEdge = {
  __typename?: 'PaperEdge';
  /** Opaque position of this edge. */
  cursor: Scalars['String']['output'];
  /** The paper. */
  node: Paper;
};

/** Restrictions on `papers`; all given ones must hold. */
export type PaperFilter = {
  /** Papers linked to this dataset (name or alias). */
  dataset?: InputMaybe<Scalars['String']['input']>;
  /** Published on or after this date (`2024`, `2024-05` or `2024-05-17`: the start of that period). */
  from?: InputMaybe<Scalars['Date']['input']>;
  /** Papers linked to this institution (name or alias). */
  institution?: InputMaybe<Scalars['String']['input']>;
  /** Papers linked to this method (name or alias). */
  method?: InputMaybe<Scalars['String']['input']>;
  /** With method/dataset/institution: only links of this role. */
  role?: InputMaybe<Role>;
  /** Full-text words that must appear in the title or abstract. */
  text?: InputMaybe<Scalars['String']['input']>;
  /** Published on or before this date (`2024`, `2024-05` or `2024-05-17`: the end of that period). */
  to?: InputMaybe<Scalars['Date']['input']>;
};

/** A paper newly linked to a followed entity. */
export type PaperLinkEvent = {
  __typename?: 'PaperLinkEvent';
  /** The entity it now links to. */
  entity: Entity;
  /** The sentence that supports the link. */
  evidence: Scalars['String']['output'];
  /** The paper. */
  paper: Paper;
  /** What the paper does with it. */
  role: Role;
};

/** A connection between two entities: entity → paper → entity → … → entity. */
export type Path = {
  __typename?: 'Path';
  /** Number of papers on the path. */
  length: Scalars['Int']['output'];
  /** Each paper on the path with the two entities it links. */
  steps: Array<PathStep>;
};

/** One paper on a path, linking two entities, with the evidence for both links. */
export type PathStep = {
  __typename?: 'PathStep';
  /** Entity the step starts from. */
  from: Entity;
  /** Sentence supporting the link to `from`. */
  fromEvidence: Scalars['String']['output'];
  /** What the paper does with `from`. */
  fromRole: Role;
  /** The paper linking both. */
  paper: Paper;
  /** Entity the step reaches. */
  to: Entity;
  /** Sentence supporting the link to `to`. */
  toEvidence: Scalars['String']['output'];
  /** What the paper does with `to`. */
  toRole: Role;
};

/**
 * papergraph: a knowledge graph of research literature. Papers are linked to the methods,
 * datasets and institutions their abstracts name, each link with its role and the sentence
 * that supports it.
 */
export type Query = {
  __typename?: 'Query';
  /**
   * The method × dataset table: for each of a few methods and each dataset, the best result
   * stated in any abstract (per metric). Datasets default to those any of the methods has results on.
   */
  compare: Comparison;
  /** A dataset or benchmark by name or alias, case-insensitive (`cifar10` is `CIFAR-10`). */
  dataset?: Maybe<Dataset>;
  /** Any entity by type and name or alias. */
  entity?: Maybe<Entity>;
  /** An institution by name or alias, case-insensitive. */
  institution?: Maybe<Institution>;
  /** Best first by the metric's direction: one entry per method (its best result), ties by earliest paper. */
  leaderboard?: Maybe<Leaderboard>;
  /** A method or model by name or alias, case-insensitive (`bert`, `BERT-base`). */
  method?: Maybe<Method>;
  /** A metric by name or alias, case-, space- and hyphen-insensitive (`top1 accuracy`). */
  metric?: Maybe<Metric>;
  /** Any object by its global id (Relay object identification); null when the id names nothing. */
  node?: Maybe<Node>;
  /** One object per id, in the order given: null for an id that names nothing or is not a global id. */
  nodes: Array<Maybe<Node>>;
  /** A paper by its global id (`Paper.id`), its readable id (`Paper.paperId`) or arXiv id (any version suffix, e.g. `2204.10245v2`). */
  paper?: Maybe<Paper>;
  /** Papers matching every given filter, newest first (Relay connection). */
  papers: PaperConnection;
  /** The shortest connection between two entities through papers, or null when there is none within `maxHops` papers. */
  path?: Maybe<Path>;
  /** Typeahead over entity names and aliases (prefix and fuzzy), best first. */
  search: Array<SearchHit>;
  /** Counts of papers and entities in the graph. */
  stats: Stats;
  /** A task by name or alias, case-, space- and hyphen-insensitive (`ner` is named entity recognition). */
  task?: Maybe<Task>;
};


/**
 * papergraph: a knowledge graph of research literature. Papers are linked to the methods,
 * datasets and institutions their abstracts name, each link with its role and the sentence
 * that supports it.
 */
export type QueryCompareArgs = {
  datasets?: InputMaybe<Array<Scalars['String']['input']>>;
  methods: Array<Scalars['String']['input']>;
  metric?: InputMaybe<Scalars['String']['input']>;
};


/**
 * papergraph: a knowledge graph of research literature. Papers are linked to the methods,
 * datasets and institutions their abstracts name, each link with its role and the sentence
 * that supports it.
 */
export type QueryDatasetArgs = {
  name: Scalars['String']['input'];
};


/**
 * papergraph: a knowledge graph of research literature. Papers are linked to the methods,
 * datasets and institutions their abstracts name, each link with its role and the sentence
 * that supports it.
 */
export type QueryEntityArgs = {
  name: Scalars['String']['input'];
  type: EntityType;
};


/**
 * papergraph: a knowledge graph of research literature. Papers are linked to the methods,
 * datasets and institutions their abstracts name, each link with its role and the sentence
 * that supports it.
 */
export type QueryInstitutionArgs = {
  name: Scalars['String']['input'];
};


/**
 * papergraph: a knowledge graph of research literature. Papers are linked to the methods,
 * datasets and institutions their abstracts name, each link with its role and the sentence
 * that supports it.
 */
export type QueryLeaderboardArgs = {
  dataset: Scalars['String']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  metric: Scalars['String']['input'];
  task?: InputMaybe<Scalars['String']['input']>;
};


/**
 * papergraph: a knowledge graph of research literature. Papers are linked to the methods,
 * datasets and institutions their abstracts name, each link with its role and the sentence
 * that supports it.
 */
export type QueryMethodArgs = {
  name: Scalars['String']['input'];
};


/**
 * papergraph: a knowledge graph of research literature. Papers are linked to the methods,
 * datasets and institutions their abstracts name, each link with its role and the sentence
 * that supports it.
 */
export type QueryMetricArgs = {
  name: Scalars['String']['input'];
};


/**
 * papergraph: a knowledge graph of research literature. Papers are linked to the methods,
 * datasets and institutions their abstracts name, each link with its role and the sentence
 * that supports it.
 */
export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


/**
 * papergraph: a knowledge graph of research literature. Papers are linked to the methods,
 * datasets and institutions their abstracts name, each link with its role and the sentence
 * that supports it.
 */
export type QueryNodesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


/**
 * papergraph: a knowledge graph of research literature. Papers are linked to the methods,
 * datasets and institutions their abstracts name, each link with its role and the sentence
 * that supports it.
 */
export type QueryPaperArgs = {
  id: Scalars['ID']['input'];
};


/**
 * papergraph: a knowledge graph of research literature. Papers are linked to the methods,
 * datasets and institutions their abstracts name, each link with its role and the sentence
 * that supports it.
 */
export type QueryPapersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PaperFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * papergraph: a knowledge graph of research literature. Papers are linked to the methods,
 * datasets and institutions their abstracts name, each link with its role and the sentence
 * that supports it.
 */
export type QueryPathArgs = {
  from: EntityRef;
  maxHops?: InputMaybe<Scalars['Int']['input']>;
  to: EntityRef;
};


/**
 * papergraph: a knowledge graph of research literature. Papers are linked to the methods,
 * datasets and institutions their abstracts name, each link with its role and the sentence
 * that supports it.
 */
export type QuerySearchArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  text: Scalars['String']['input'];
  types?: InputMaybe<Array<EntityType>>;
};


/**
 * papergraph: a knowledge graph of research literature. Papers are linked to the methods,
 * datasets and institutions their abstracts name, each link with its role and the sentence
 * that supports it.
 */
export type QueryTaskArgs = {
  name: Scalars['String']['input'];
};

/** A result an abstract states: method × dataset × task × metric × value. */
export type Result = {
  __typename?: 'Result';
  /** How sure the extractor is that the method, dataset, metric and value belong together, 0 to 1. */
  confidence: Scalars['Float']['output'];
  /** The dataset it is measured on. */
  dataset?: Maybe<Dataset>;
  /** The sentence that states it. */
  evidence: Scalars['String']['output'];
  /** An absolute score, or a change against a baseline. */
  kind: ResultKind;
  /** The method it is credited to (the paper's own, or a baseline whose number the abstract gives). */
  method?: Maybe<Method>;
  /** The metric it is measured in. */
  metric: Metric;
  /** The paper that states it. */
  paper: Paper;
  /** The value as a number (`52.8`), when it parses. */
  score?: Maybe<Scalars['Float']['output']>;
  /** The task it is stated for, when the abstract says. */
  task?: Maybe<Task>;
  /** Unit as written after the number (`%`, `×`, `ms`), when there is one. */
  unit?: Maybe<Scalars['String']['output']>;
  /** The value as written (`52.8%`, `+0.2`, `14×`). */
  value: Scalars['String']['output'];
};

/** A page of results. */
export type ResultConnection = {
  __typename?: 'ResultConnection';
  /** Results on this page. */
  edges: Array<ResultEdge>;
  /** Paging information. */
  pageInfo: PageInfo;
  /** Number of results in the whole list. */
  totalCount: Scalars['Int']['output'];
};

/** A result on a page. */
export type ResultEdge = {
  __typename?: 'ResultEdge';
  /** Cursor of this edge. */
  cursor: Scalars['String']['output'];
  /** The result. */
  node: Result;
};

/** Whether a result is a score or a change in score. */
export type ResultKind =
  /** A score reached (`76.1% top-1 accuracy`). */
  | 'ABSOLUTE'
  /** A change against a baseline (`+0.2 F1`, `improves by 17.3% absolute`). */
  | 'DELTA';

/** What a paper does with an entity (the relationship type in the graph). */
export type Role =
  /** The problem the paper works on (tasks). */
  | 'ADDRESSES'
  /** The paper's authors are affiliated with it (institutions; from an affiliation line, source HEADER). */
  | 'AFFILIATED_WITH'
  /** A baseline the paper compares against or outperforms. */
  | 'COMPARES'
  /** A dataset or benchmark the paper reports results on. */
  | 'EVALUATES_ON'
  /** A measure the paper states results in (metrics). */
  | 'MEASURED_BY'
  /** Background: named but not proposed, used or evaluated on; for institutions, named in the text. */
  | 'MENTIONS'
  /** The paper's own contribution: the paper (we, this paper) is the subject of the proposal or naming. */
  | 'PROPOSES'
  /** A method or data the paper works with (builds on, applies, trains on). */
  | 'USES';

/** A typeahead hit. */
export type SearchHit = {
  __typename?: 'SearchHit';
  /** The entity found. */
  entity: Entity;
  /** Relevance, higher is better. */
  score: Scalars['Float']['output'];
  /** Its type. */
  type: EntityType;
};

/** A file and line of an input dump. */
export type Source = {
  __typename?: 'Source';
  /** Input file path as given to the ingester. */
  file: Scalars['String']['output'];
  /** 1-based line of the record's first line. */
  line: Scalars['Int']['output'];
};

/** Counts by type. */
export type Stats = {
  __typename?: 'Stats';
  /** Number of distinct datasets and benchmarks. */
  datasets: Scalars['Int']['output'];
  /** Number of distinct institutions. */
  institutions: Scalars['Int']['output'];
  /** Number of distinct methods and models. */
  methods: Scalars['Int']['output'];
  /** Number of distinct metrics. */
  metrics: Scalars['Int']['output'];
  /** Number of papers. */
  papers: Scalars['Int']['output'];
  /** Number of stated results. */
  results: Scalars['Int']['output'];
  /** Whether any paper was invented by `papergraph generate` (a synthetic demo or benchmark corpus, not real research). */
  synthetic: Scalars['Boolean']['output'];
  /** Number of distinct tasks. */
  tasks: Scalars['Int']['output'];
};

/**
 * Live updates over the graphql-ws protocol at the same URL (`ws://host/graphql`). The server
 * polls the graph's ingest watermark (PAPERGRAPH_POLL_MS, default 1 s), so links written by
 * this server's `ingest` mutation and by a `papergraph ingest` run elsewhere arrive alike.
 */
export type Subscription = {
  __typename?: 'Subscription';
  /**
   * One event for each new link from a paper to the entity (a paper re-ingested unchanged, or
   * re-linked to an entity it already named, fires nothing). Fails with BAD_USER_INPUT when no
   * entity has that name.
   */
  paperLinked: PaperLinkEvent;
};


/**
 * Live updates over the graphql-ws protocol at the same URL (`ws://host/graphql`). The server
 * polls the graph's ingest watermark (PAPERGRAPH_POLL_MS, default 1 s), so links written by
 * this server's `ingest` mutation and by a `papergraph ingest` run elsewhere arrive alike.
 */
export type SubscriptionPaperLinkedArgs = {
  entity: EntityRef;
  roles?: InputMaybe<Array<Role>>;
};

/** A problem papers address (`image classification`, `text-video retrieval`). */
export type Task = Entity & Node & {
  __typename?: 'Task';
  /** Other names met in papers (`NER` for named entity recognition). */
  aliases: Array<Scalars['String']['output']>;
  /** Datasets named in the same papers, most shared papers first. */
  datasets: DatasetConnection;
  /** Opaque global id (Relay); `uid` is the readable one. */
  id: Scalars['ID']['output'];
  /** One leaderboard per dataset and metric with results stated for this task, most entries first. */
  leaderboards: Array<Leaderboard>;
  /** Methods named in the same papers, most shared papers first. */
  methods: MethodConnection;
  /** Metrics its papers state results in, most shared papers first. */
  metrics: MetricConnection;
  /** Canonical name. */
  name: Scalars['String']['output'];
  /** Number of papers linked to it. */
  paperCount: Scalars['Int']['output'];
  /** Papers linked to it, newest first. */
  papers: PaperConnection;
  /** Papers per publication year. */
  trend: Array<YearCount>;
  /** Always TASK. */
  type: EntityType;
  /** Readable graph id `Task:<key>` (stays readable when `id` is opaque). */
  uid: Scalars['String']['output'];
};


/** A problem papers address (`image classification`, `text-video retrieval`). */
export type TaskDatasetsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A problem papers address (`image classification`, `text-video retrieval`). */
export type TaskLeaderboardsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A problem papers address (`image classification`, `text-video retrieval`). */
export type TaskMethodsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A problem papers address (`image classification`, `text-video retrieval`). */
export type TaskMetricsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A problem papers address (`image classification`, `text-video retrieval`). */
export type TaskPapersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  role?: InputMaybe<Role>;
};

/** A page of tasks ranked by shared papers. */
export type TaskConnection = {
  __typename?: 'TaskConnection';
  /** Tasks on this page. */
  edges: Array<TaskEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** Number of tasks over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** An task on a ranked page. */
export type TaskEdge = {
  __typename?: 'TaskEdge';
  /** Opaque position of this edge. */
  cursor: Scalars['String']['output'];
  /** The task. */
  node: Task;
  /** Papers it shares with the entity the list belongs to. */
  paperCount: Scalars['Int']['output'];
};

/** A problem with part of a mutation's input; the rest of the input was still processed. */
export type UserError = {
  __typename?: 'UserError';
  /** What kind of problem. */
  code: UserErrorCode;
  /** What is wrong, for people. */
  message: Scalars['String']['output'];
  /** Where in the input, field names and list positions (`["input", "abstracts", "3", "abstract"]`). */
  path: Array<Scalars['String']['output']>;
};

/** Kinds of input problems. */
export type UserErrorCode =
  /** The abstract has no readable text. */
  | 'EMPTY'
  /** The database refused the paper. */
  | 'REJECTED'
  /** The text is over its length limit. */
  | 'TOO_LONG';

/** Number of papers in one year. */
export type YearCount = {
  __typename?: 'YearCount';
  /** Papers published that year. */
  papers: Scalars['Int']['output'];
  /** Publication year. */
  year: Scalars['Int']['output'];
};

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;




/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = ResolversObject<{
  Entity:
    | ( EntityModel )
    | ( EntityModel )
    | ( EntityModel )
    | ( EntityModel )
    | ( EntityModel )
  ;
  Node:
    | ( EntityModel )
    | ( EntityModel )
    | ( EntityModel )
    | ( EntityModel )
    | ( PaperModel )
    | ( EntityModel )
  ;
}>;

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AbstractInput: AbstractInput;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Comparison: ResolverTypeWrapper<ComparisonModel>;
  ComparisonCell: ResolverTypeWrapper<ComparisonCellModel>;
  Dataset: ResolverTypeWrapper<EntityModel>;
  DatasetConnection: ResolverTypeWrapper<RankedConnectionModel>;
  DatasetEdge: ResolverTypeWrapper<Omit<DatasetEdge, 'node'> & { node: ResolversTypes['Dataset'] }>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  Entity: ResolverTypeWrapper<EntityModel>;
  EntityLink: ResolverTypeWrapper<LinkModel>;
  EntityRef: EntityRef;
  EntityType: EntityType;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  IngestInput: IngestInput;
  IngestPayload: ResolverTypeWrapper<IngestPayload>;
  IngestResult: ResolverTypeWrapper<IngestResult>;
  IngestStatus: IngestStatus;
  Institution: ResolverTypeWrapper<EntityModel>;
  InstitutionConnection: ResolverTypeWrapper<RankedConnectionModel>;
  InstitutionEdge: ResolverTypeWrapper<Omit<InstitutionEdge, 'node'> & { node: ResolversTypes['Institution'] }>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Leaderboard: ResolverTypeWrapper<LeaderboardModel>;
  LeaderboardEntry: ResolverTypeWrapper<LeaderboardEntryModel>;
  LinkSource: LinkSource;
  Method: ResolverTypeWrapper<EntityModel>;
  MethodConnection: ResolverTypeWrapper<RankedConnectionModel>;
  MethodEdge: ResolverTypeWrapper<Omit<MethodEdge, 'node'> & { node: ResolversTypes['Method'] }>;
  Metric: ResolverTypeWrapper<EntityModel>;
  MetricConnection: ResolverTypeWrapper<RankedConnectionModel>;
  MetricEdge: ResolverTypeWrapper<Omit<MetricEdge, 'node'> & { node: ResolversTypes['Metric'] }>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Node: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Node']>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Paper: ResolverTypeWrapper<PaperModel>;
  PaperConnection: ResolverTypeWrapper<PaperConnectionModel>;
  PaperEdge: ResolverTypeWrapper<Omit<PaperEdge, 'node'> & { node: ResolversTypes['Paper'] }>;
  PaperFilter: PaperFilter;
  PaperLinkEvent: ResolverTypeWrapper<Omit<PaperLinkEvent, 'entity' | 'paper'> & { entity: ResolversTypes['Entity'], paper: ResolversTypes['Paper'] }>;
  Path: ResolverTypeWrapper<PathModel>;
  PathStep: ResolverTypeWrapper<PathStepModel>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Result: ResolverTypeWrapper<ResultModel>;
  ResultConnection: ResolverTypeWrapper<ResultConnectionModel>;
  ResultEdge: ResolverTypeWrapper<Omit<ResultEdge, 'node'> & { node: ResolversTypes['Result'] }>;
  ResultKind: ResultKind;
  Role: Role;
  SearchHit: ResolverTypeWrapper<SearchHitModel>;
  Source: ResolverTypeWrapper<Source>;
  Stats: ResolverTypeWrapper<Stats>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Subscription: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Task: ResolverTypeWrapper<EntityModel>;
  TaskConnection: ResolverTypeWrapper<RankedConnectionModel>;
  TaskEdge: ResolverTypeWrapper<Omit<TaskEdge, 'node'> & { node: ResolversTypes['Task'] }>;
  URL: ResolverTypeWrapper<Scalars['URL']['output']>;
  UserError: ResolverTypeWrapper<UserError>;
  UserErrorCode: UserErrorCode;
  YearCount: ResolverTypeWrapper<YearCount>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AbstractInput: AbstractInput;
  Boolean: Scalars['Boolean']['output'];
  Comparison: ComparisonModel;
  ComparisonCell: ComparisonCellModel;
  Dataset: EntityModel;
  DatasetConnection: RankedConnectionModel;
  DatasetEdge: Omit<DatasetEdge, 'node'> & { node: ResolversParentTypes['Dataset'] };
  Date: Scalars['Date']['output'];
  Entity: EntityModel;
  EntityLink: LinkModel;
  EntityRef: EntityRef;
  Float: Scalars['Float']['output'];
  ID: Scalars['ID']['output'];
  IngestInput: IngestInput;
  IngestPayload: IngestPayload;
  IngestResult: IngestResult;
  Institution: EntityModel;
  InstitutionConnection: RankedConnectionModel;
  InstitutionEdge: Omit<InstitutionEdge, 'node'> & { node: ResolversParentTypes['Institution'] };
  Int: Scalars['Int']['output'];
  Leaderboard: LeaderboardModel;
  LeaderboardEntry: LeaderboardEntryModel;
  Method: EntityModel;
  MethodConnection: RankedConnectionModel;
  MethodEdge: Omit<MethodEdge, 'node'> & { node: ResolversParentTypes['Method'] };
  Metric: EntityModel;
  MetricConnection: RankedConnectionModel;
  MetricEdge: Omit<MetricEdge, 'node'> & { node: ResolversParentTypes['Metric'] };
  Mutation: Record<PropertyKey, never>;
  Node: ResolversInterfaceTypes<ResolversParentTypes>['Node'];
  PageInfo: PageInfo;
  Paper: PaperModel;
  PaperConnection: PaperConnectionModel;
  PaperEdge: Omit<PaperEdge, 'node'> & { node: ResolversParentTypes['Paper'] };
  PaperFilter: PaperFilter;
  PaperLinkEvent: Omit<PaperLinkEvent, 'entity' | 'paper'> & { entity: ResolversParentTypes['Entity'], paper: ResolversParentTypes['Paper'] };
  Path: PathModel;
  PathStep: PathStepModel;
  Query: Record<PropertyKey, never>;
  Result: ResultModel;
  ResultConnection: ResultConnectionModel;
  ResultEdge: Omit<ResultEdge, 'node'> & { node: ResolversParentTypes['Result'] };
  SearchHit: SearchHitModel;
  Source: Source;
  Stats: Stats;
  String: Scalars['String']['output'];
  Subscription: Record<PropertyKey, never>;
  Task: EntityModel;
  TaskConnection: RankedConnectionModel;
  TaskEdge: Omit<TaskEdge, 'node'> & { node: ResolversParentTypes['Task'] };
  URL: Scalars['URL']['output'];
  UserError: UserError;
  YearCount: YearCount;
}>;

export type ComparisonResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Comparison'] = ResolversParentTypes['Comparison']> = ResolversObject<{
  cells?: Resolver<Array<ResolversTypes['ComparisonCell']>, ParentType, ContextType>;
  datasets?: Resolver<Array<ResolversTypes['Dataset']>, ParentType, ContextType>;
  methods?: Resolver<Array<ResolversTypes['Method']>, ParentType, ContextType>;
  unknown?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ComparisonCellResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ComparisonCell'] = ResolversParentTypes['ComparisonCell']> = ResolversObject<{
  best?: Resolver<ResolversTypes['Result'], ParentType, ContextType>;
  dataset?: Resolver<ResolversTypes['Dataset'], ParentType, ContextType>;
  method?: Resolver<ResolversTypes['Method'], ParentType, ContextType>;
  metric?: Resolver<ResolversTypes['Metric'], ParentType, ContextType>;
}>;

export type DatasetResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Dataset'] = ResolversParentTypes['Dataset']> = ResolversObject<{
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  institutions?: Resolver<ResolversTypes['InstitutionConnection'], ParentType, ContextType, Partial<DatasetInstitutionsArgs>>;
  leaderboards?: Resolver<Array<ResolversTypes['Leaderboard']>, ParentType, ContextType, RequireFields<DatasetLeaderboardsArgs, 'first'>>;
  methods?: Resolver<ResolversTypes['MethodConnection'], ParentType, ContextType, Partial<DatasetMethodsArgs>>;
  metrics?: Resolver<ResolversTypes['MetricConnection'], ParentType, ContextType, Partial<DatasetMetricsArgs>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  paperCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  papers?: Resolver<ResolversTypes['PaperConnection'], ParentType, ContextType, Partial<DatasetPapersArgs>>;
  results?: Resolver<Array<ResolversTypes['Result']>, ParentType, ContextType, RequireFields<DatasetResultsArgs, 'first'>>;
  tasks?: Resolver<ResolversTypes['TaskConnection'], ParentType, ContextType, Partial<DatasetTasksArgs>>;
  trend?: Resolver<Array<ResolversTypes['YearCount']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  uid?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type DatasetConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DatasetConnection'] = ResolversParentTypes['DatasetConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['DatasetEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type DatasetEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DatasetEdge'] = ResolversParentTypes['DatasetEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Dataset'], ParentType, ContextType>;
  paperCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export type EntityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Entity'] = ResolversParentTypes['Entity']> = ResolversObject<{
  __resolveType: TypeResolveFn<'Dataset' | 'Institution' | 'Method' | 'Metric' | 'Task', ParentType, ContextType>;
}>;

export type EntityLinkResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EntityLink'] = ResolversParentTypes['EntityLink']> = ResolversObject<{
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  entity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  evidence?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  paper?: Resolver<ResolversTypes['Paper'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['LinkSource'], ParentType, ContextType>;
}>;

export type IngestPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IngestPayload'] = ResolversParentTypes['IngestPayload']> = ResolversObject<{
  links?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  received?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  results?: Resolver<Array<ResolversTypes['IngestResult']>, ParentType, ContextType>;
  unchanged?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  userErrors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  written?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type IngestResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IngestResult'] = ResolversParentTypes['IngestResult']> = ResolversObject<{
  index?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  paperId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['IngestStatus'], ParentType, ContextType>;
}>;

export type InstitutionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Institution'] = ResolversParentTypes['Institution']> = ResolversObject<{
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  datasets?: Resolver<ResolversTypes['DatasetConnection'], ParentType, ContextType, Partial<InstitutionDatasetsArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  methods?: Resolver<ResolversTypes['MethodConnection'], ParentType, ContextType, Partial<InstitutionMethodsArgs>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  paperCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  papers?: Resolver<ResolversTypes['PaperConnection'], ParentType, ContextType, Partial<InstitutionPapersArgs>>;
  trend?: Resolver<Array<ResolversTypes['YearCount']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  uid?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type InstitutionConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['InstitutionConnection'] = ResolversParentTypes['InstitutionConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['InstitutionEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type InstitutionEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['InstitutionEdge'] = ResolversParentTypes['InstitutionEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Institution'], ParentType, ContextType>;
  paperCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type LeaderboardResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Leaderboard'] = ResolversParentTypes['Leaderboard']> = ResolversObject<{
  dataset?: Resolver<ResolversTypes['Dataset'], ParentType, ContextType>;
  entries?: Resolver<Array<ResolversTypes['LeaderboardEntry']>, ParentType, ContextType>;
  higherIsBetter?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  metric?: Resolver<ResolversTypes['Metric'], ParentType, ContextType>;
  task?: Resolver<Maybe<ResolversTypes['Task']>, ParentType, ContextType>;
}>;

export type LeaderboardEntryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LeaderboardEntry'] = ResolversParentTypes['LeaderboardEntry']> = ResolversObject<{
  method?: Resolver<ResolversTypes['Method'], ParentType, ContextType>;
  rank?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  result?: Resolver<ResolversTypes['Result'], ParentType, ContextType>;
}>;

export type MethodResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Method'] = ResolversParentTypes['Method']> = ResolversObject<{
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  datasets?: Resolver<ResolversTypes['DatasetConnection'], ParentType, ContextType, Partial<MethodDatasetsArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  institutions?: Resolver<ResolversTypes['InstitutionConnection'], ParentType, ContextType, Partial<MethodInstitutionsArgs>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  paperCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  papers?: Resolver<ResolversTypes['PaperConnection'], ParentType, ContextType, Partial<MethodPapersArgs>>;
  proposedIn?: Resolver<Array<ResolversTypes['Paper']>, ParentType, ContextType>;
  relatedMethods?: Resolver<ResolversTypes['MethodConnection'], ParentType, ContextType, Partial<MethodRelatedMethodsArgs>>;
  results?: Resolver<ResolversTypes['ResultConnection'], ParentType, ContextType, RequireFields<MethodResultsArgs, 'first'>>;
  tasks?: Resolver<ResolversTypes['TaskConnection'], ParentType, ContextType, Partial<MethodTasksArgs>>;
  trend?: Resolver<Array<ResolversTypes['YearCount']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  uid?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type MethodConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MethodConnection'] = ResolversParentTypes['MethodConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['MethodEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type MethodEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MethodEdge'] = ResolversParentTypes['MethodEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Method'], ParentType, ContextType>;
  paperCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type MetricResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Metric'] = ResolversParentTypes['Metric']> = ResolversObject<{
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  datasets?: Resolver<ResolversTypes['DatasetConnection'], ParentType, ContextType, RequireFields<MetricDatasetsArgs, 'first'>>;
  higherIsBetter?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  paperCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  papers?: Resolver<ResolversTypes['PaperConnection'], ParentType, ContextType, Partial<MetricPapersArgs>>;
  tasks?: Resolver<ResolversTypes['TaskConnection'], ParentType, ContextType, RequireFields<MetricTasksArgs, 'first'>>;
  trend?: Resolver<Array<ResolversTypes['YearCount']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  uid?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type MetricConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MetricConnection'] = ResolversParentTypes['MetricConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['MetricEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type MetricEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MetricEdge'] = ResolversParentTypes['MetricEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Metric'], ParentType, ContextType>;
  paperCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  ingest?: Resolver<ResolversTypes['IngestPayload'], ParentType, ContextType, RequireFields<MutationIngestArgs, 'input'>>;
}>;

export type NodeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Node'] = ResolversParentTypes['Node']> = ResolversObject<{
  __resolveType: TypeResolveFn<'Dataset' | 'Institution' | 'Method' | 'Metric' | 'Paper' | 'Task', ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type PaperResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Paper'] = ResolversParentTypes['Paper']> = ResolversObject<{
  abstract?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  arxivId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  authors?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  categories?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  entities?: Resolver<Array<ResolversTypes['EntityLink']>, ParentType, ContextType, Partial<PaperEntitiesArgs>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  language?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  paperId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  published?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  results?: Resolver<Array<ResolversTypes['Result']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  urls?: Resolver<Array<ResolversTypes['URL']>, ParentType, ContextType>;
  year?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type PaperConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PaperConnection'] = ResolversParentTypes['PaperConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['PaperEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type PaperEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PaperEdge'] = ResolversParentTypes['PaperEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Paper'], ParentType, ContextType>;
}>;

export type PaperLinkEventResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PaperLinkEvent'] = ResolversParentTypes['PaperLinkEvent']> = ResolversObject<{
  entity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  evidence?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  paper?: Resolver<ResolversTypes['Paper'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
}>;

export type PathResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Path'] = ResolversParentTypes['Path']> = ResolversObject<{
  length?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  steps?: Resolver<Array<ResolversTypes['PathStep']>, ParentType, ContextType>;
}>;

export type PathStepResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PathStep'] = ResolversParentTypes['PathStep']> = ResolversObject<{
  from?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  fromEvidence?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fromRole?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
  paper?: Resolver<ResolversTypes['Paper'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  toEvidence?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  toRole?: Resolver<ResolversTypes['Role'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  compare?: Resolver<ResolversTypes['Comparison'], ParentType, ContextType, RequireFields<QueryCompareArgs, 'methods'>>;
  dataset?: Resolver<Maybe<ResolversTypes['Dataset']>, ParentType, ContextType, RequireFields<QueryDatasetArgs, 'name'>>;
  entity?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType, RequireFields<QueryEntityArgs, 'name' | 'type'>>;
  institution?: Resolver<Maybe<ResolversTypes['Institution']>, ParentType, ContextType, RequireFields<QueryInstitutionArgs, 'name'>>;
  leaderboard?: Resolver<Maybe<ResolversTypes['Leaderboard']>, ParentType, ContextType, RequireFields<QueryLeaderboardArgs, 'dataset' | 'first' | 'metric'>>;
  method?: Resolver<Maybe<ResolversTypes['Method']>, ParentType, ContextType, RequireFields<QueryMethodArgs, 'name'>>;
  metric?: Resolver<Maybe<ResolversTypes['Metric']>, ParentType, ContextType, RequireFields<QueryMetricArgs, 'name'>>;
  node?: Resolver<Maybe<ResolversTypes['Node']>, ParentType, ContextType, RequireFields<QueryNodeArgs, 'id'>>;
  nodes?: Resolver<Array<Maybe<ResolversTypes['Node']>>, ParentType, ContextType, RequireFields<QueryNodesArgs, 'ids'>>;
  paper?: Resolver<Maybe<ResolversTypes['Paper']>, ParentType, ContextType, RequireFields<QueryPaperArgs, 'id'>>;
  papers?: Resolver<ResolversTypes['PaperConnection'], ParentType, ContextType, Partial<QueryPapersArgs>>;
  path?: Resolver<Maybe<ResolversTypes['Path']>, ParentType, ContextType, RequireFields<QueryPathArgs, 'from' | 'maxHops' | 'to'>>;
  search?: Resolver<Array<ResolversTypes['SearchHit']>, ParentType, ContextType, RequireFields<QuerySearchArgs, 'first' | 'text'>>;
  stats?: Resolver<ResolversTypes['Stats'], ParentType, ContextType>;
  task?: Resolver<Maybe<ResolversTypes['Task']>, ParentType, ContextType, RequireFields<QueryTaskArgs, 'name'>>;
}>;

export type ResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Result'] = ResolversParentTypes['Result']> = ResolversObject<{
  confidence?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  dataset?: Resolver<Maybe<ResolversTypes['Dataset']>, ParentType, ContextType>;
  evidence?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ResultKind'], ParentType, ContextType>;
  method?: Resolver<Maybe<ResolversTypes['Method']>, ParentType, ContextType>;
  metric?: Resolver<ResolversTypes['Metric'], ParentType, ContextType>;
  paper?: Resolver<ResolversTypes['Paper'], ParentType, ContextType>;
  score?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  task?: Resolver<Maybe<ResolversTypes['Task']>, ParentType, ContextType>;
  unit?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ResultConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ResultConnection'] = ResolversParentTypes['ResultConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['ResultEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ResultEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ResultEdge'] = ResolversParentTypes['ResultEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Result'], ParentType, ContextType>;
}>;

export type SearchHitResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SearchHit'] = ResolversParentTypes['SearchHit']> = ResolversObject<{
  entity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
}>;

export type SourceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Source'] = ResolversParentTypes['Source']> = ResolversObject<{
  file?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  line?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type StatsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Stats'] = ResolversParentTypes['Stats']> = ResolversObject<{
  datasets?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  institutions?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  methods?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  metrics?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  papers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  results?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  synthetic?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  tasks?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type SubscriptionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Subscription'] = ResolversParentTypes['Subscription']> = ResolversObject<{
  paperLinked?: SubscriptionResolver<ResolversTypes['PaperLinkEvent'], "paperLinked", ParentType, ContextType, RequireFields<SubscriptionPaperLinkedArgs, 'entity'>>;
}>;

export type TaskResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Task'] = ResolversParentTypes['Task']> = ResolversObject<{
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  datasets?: Resolver<ResolversTypes['DatasetConnection'], ParentType, ContextType, RequireFields<TaskDatasetsArgs, 'first'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  leaderboards?: Resolver<Array<ResolversTypes['Leaderboard']>, ParentType, ContextType, RequireFields<TaskLeaderboardsArgs, 'first'>>;
  methods?: Resolver<ResolversTypes['MethodConnection'], ParentType, ContextType, RequireFields<TaskMethodsArgs, 'first'>>;
  metrics?: Resolver<ResolversTypes['MetricConnection'], ParentType, ContextType, RequireFields<TaskMetricsArgs, 'first'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  paperCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  papers?: Resolver<ResolversTypes['PaperConnection'], ParentType, ContextType, Partial<TaskPapersArgs>>;
  trend?: Resolver<Array<ResolversTypes['YearCount']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['EntityType'], ParentType, ContextType>;
  uid?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type TaskConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TaskConnection'] = ResolversParentTypes['TaskConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['TaskEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type TaskEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TaskEdge'] = ResolversParentTypes['TaskEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Task'], ParentType, ContextType>;
  paperCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export interface UrlScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['URL'], any> {
  name: 'URL';
}

export type UserErrorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UserError'] = ResolversParentTypes['UserError']> = ResolversObject<{
  code?: Resolver<ResolversTypes['UserErrorCode'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  path?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type YearCountResolvers<ContextType = Context, ParentType extends ResolversParentTypes['YearCount'] = ResolversParentTypes['YearCount']> = ResolversObject<{
  papers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = Context> = ResolversObject<{
  Comparison?: ComparisonResolvers<ContextType>;
  ComparisonCell?: ComparisonCellResolvers<ContextType>;
  Dataset?: DatasetResolvers<ContextType>;
  DatasetConnection?: DatasetConnectionResolvers<ContextType>;
  DatasetEdge?: DatasetEdgeResolvers<ContextType>;
  Date?: GraphQLScalarType;
  Entity?: EntityResolvers<ContextType>;
  EntityLink?: EntityLinkResolvers<ContextType>;
  IngestPayload?: IngestPayloadResolvers<ContextType>;
  IngestResult?: IngestResultResolvers<ContextType>;
  Institution?: InstitutionResolvers<ContextType>;
  InstitutionConnection?: InstitutionConnectionResolvers<ContextType>;
  InstitutionEdge?: InstitutionEdgeResolvers<ContextType>;
  Leaderboard?: LeaderboardResolvers<ContextType>;
  LeaderboardEntry?: LeaderboardEntryResolvers<ContextType>;
  Method?: MethodResolvers<ContextType>;
  MethodConnection?: MethodConnectionResolvers<ContextType>;
  MethodEdge?: MethodEdgeResolvers<ContextType>;
  Metric?: MetricResolvers<ContextType>;
  MetricConnection?: MetricConnectionResolvers<ContextType>;
  MetricEdge?: MetricEdgeResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Node?: NodeResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Paper?: PaperResolvers<ContextType>;
  PaperConnection?: PaperConnectionResolvers<ContextType>;
  PaperEdge?: PaperEdgeResolvers<ContextType>;
  PaperLinkEvent?: PaperLinkEventResolvers<ContextType>;
  Path?: PathResolvers<ContextType>;
  PathStep?: PathStepResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Result?: ResultResolvers<ContextType>;
  ResultConnection?: ResultConnectionResolvers<ContextType>;
  ResultEdge?: ResultEdgeResolvers<ContextType>;
  SearchHit?: SearchHitResolvers<ContextType>;
  Source?: SourceResolvers<ContextType>;
  Stats?: StatsResolvers<ContextType>;
  Subscription?: SubscriptionResolvers<ContextType>;
  Task?: TaskResolvers<ContextType>;
  TaskConnection?: TaskConnectionResolvers<ContextType>;
  TaskEdge?: TaskEdgeResolvers<ContextType>;
  URL?: GraphQLScalarType;
  UserError?: UserErrorResolvers<ContextType>;
  YearCount?: YearCountResolvers<ContextType>;
}>;

