import type { Database } from '../db/database.js';
import { Repository } from './repository.js';

/** Built fresh for every request; resolvers read it and never mutate it. */
export interface Context {
  repo: Repository;
  requestId: string;
}

export function createContext(db: Database, requestId: string): Context {
  return { repo: new Repository(db), requestId };
}
