import { inject } from 'vitest';
import { loadConfig, type Config } from '../../src/config.js';
import { Database } from '../../src/db/database.js';

/** Configuration pointing at the test run's Neo4j (see test/setup/neo4j.ts). */
export function testConfig(overrides: Parameters<typeof loadConfig>[0] = {}): Config {
  return loadConfig({ neo4jUri: inject('neo4jUri'), logLevel: 'silent', ...overrides }, { ...process.env, NEO4J_URI: '' });
}

export function testDatabase(): Database {
  return Database.connect(testConfig());
}
