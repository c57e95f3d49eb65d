import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startEmbedded, stopEmbedded, type EmbeddedOptions } from '../../src/db/embedded.js';
import { freePort } from '../support/ports.js';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jUri: string;
  }
}

/**
 * Integration tests run against a real Neo4j: NEO4J_URI when set, otherwise an embedded
 * instance of their own (fresh PAPERGRAPH_HOME, free port) that is stopped at the end.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (process.env.NEO4J_URI) {
    project.provide('neo4jUri', process.env.NEO4J_URI);
    return async () => {};
  }
  const home = mkdtempSync(path.join(tmpdir(), 'papergraph-test-'));
  const options: EmbeddedOptions = {
    home,
    boltPort: await freePort(),
    heap: '1g',
    pageCache: '256m',
    log: (m) => console.log(`[neo4j] ${m}`),
  };
  await startEmbedded(options);
  const uri = `bolt://127.0.0.1:${options.boltPort}`;
  project.provide('neo4jUri', uri);
  return async () => {
    await stopEmbedded(options);
    rmSync(home, { recursive: true, force: true });
  };
}
