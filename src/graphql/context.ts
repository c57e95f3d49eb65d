import type { Database } from '../db/database.js';
import { EntityCache } from './entity-cache.js';
import { createLoaders, type Loaders } from './loaders.js';
import { Repository } from './repository.js';

/** What the ingest mutation needs from the server; absent when ingestion over HTTP is off. */
export interface IngestAccess {
  /** True when the request carried the configured API key. */
  authorized: boolean;
  /** False when the server has no API key configured. */
  enabled: boolean;
  db: Database;
}

/** Built fresh for every request, with new DataLoaders; resolvers read it and never mutate it. */
export interface Context {
  repo: Repository;
  loaders: Loaders;
  requestId: string;
  ingest: IngestAccess;
  /** Shared by the server's requests: entities by name, for a few seconds. */
  entityCache: EntityCache;
}

export function createContext(
  db: Database,
  requestId: string,
  ingest: Omit<IngestAccess, 'db'>,
  batching = true,
  entityCache = new EntityCache(),
): Context {
  const repo = new Repository(db);
  return { repo, loaders: createLoaders(repo, batching, entityCache), entityCache, requestId, ingest: { ...ingest, db } };
}
