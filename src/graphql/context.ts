import type { Database } from '../db/database.js';
import { EntityCache } from './entity-cache.js';
import { createLoaders, type Loaders } from './loaders.js';
import { Repository } from './repository.js';

/** One abstract as the ingest mutation receives it (the SDL's AbstractInput). */
export interface AbstractFields {
  id?: string | null;
  title?: string | null;
  abstract: string;
  published?: string | null;
  affiliations?: string[] | null;
}

export type IngestItem =
  | { index: number; status: 'WRITTEN' | 'UNCHANGED'; paperId: string }
  | { index: number; status: 'REJECTED'; code: 'TOO_LONG' | 'EMPTY' | 'REJECTED'; field: 'abstract' | 'title' | 'id'; message: string };

export interface IngestOutcome {
  /** One per input abstract, in input order. */
  items: IngestItem[];
  written: number;
  unchanged: number;
  links: number;
}

/**
 * Extraction and loading, done for the ingest mutation by the server (src/server/ingest-service.ts),
 * so that the read side never imports the writer. Absent when ingestion over HTTP is off.
 */
export interface IngestService {
  ingest(abstracts: AbstractFields[], requestId: string): Promise<IngestOutcome>;
}

/** A new link from a paper to an entity, as the server's watermark poller found it. */
export interface LinkEvent {
  paperId: string;
  uid: string;
  role: string;
  evidence: string;
}

/** New links as they are committed, from any process (src/server/link-feed.ts). */
export interface LinkFeed {
  /** Events until `signal` aborts. */
  listen(signal: AbortSignal): AsyncIterable<LinkEvent>;
}

/** What the ingest mutation needs from the server. */
export interface IngestAccess {
  /** True when the request carried the configured API key. */
  authorized: boolean;
  /** False when the server has no API key configured. */
  enabled: boolean;
  service?: IngestService;
}

/** Built fresh for every request (or subscription), with new DataLoaders; resolvers read it and never mutate it. */
export interface Context {
  repo: Repository;
  loaders: Loaders;
  requestId: string;
  ingest: IngestAccess;
  /**
   * Shared by the server's requests: entities by name, for a few seconds. The server clears it
   * whenever the graph's ingest watermark moves (an ingest from any process), see link-feed.ts.
   */
  entityCache: EntityCache;
  links?: LinkFeed;
}

export interface ContextOptions {
  batching?: boolean;
  entityCache?: EntityCache;
  links?: LinkFeed;
}

export function createContext(db: Database, requestId: string, ingest: IngestAccess, options: ContextOptions = {}): Context {
  const repo = new Repository(db);
  const entityCache = options.entityCache ?? new EntityCache();
  return {
    repo,
    loaders: createLoaders(repo, options.batching ?? true, entityCache),
    entityCache,
    requestId,
    ingest,
    links: options.links,
  };
}
