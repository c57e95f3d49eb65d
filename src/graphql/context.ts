import type { Database } from '../db/database.js';
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
}

export function createContext(db: Database, requestId: string, ingest: Omit<IngestAccess, 'db'>, batching = true): Context {
  const repo = new Repository(db);
  return { repo, loaders: createLoaders(repo, batching), requestId, ingest: { ...ingest, db } };
}
